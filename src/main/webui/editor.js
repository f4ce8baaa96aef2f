// The authoring editor: CodeMirror 6 over the page's plain form. Without this script the page is a textarea that saves
// and checks on the server; with it, the markdown is highlighted, and a short pause after the last keystroke the unsaved
// text is checked on the server (the same checks as saving, publishing and the validate command): the findings appear
// in the gutter beside their lines, in the list beside the editor, and the preview is replaced.
import {EditorState} from '@codemirror/state';
import {
  EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter, drawSelection, highlightSpecialChars
} from '@codemirror/view';
import {defaultKeymap, history, historyKeymap} from '@codemirror/commands';
import {
  Language, defineLanguageFacet, syntaxHighlighting, defaultHighlightStyle, indentOnInput, bracketMatching
} from '@codemirror/language';
import {parser as markdownParser, GFM} from '@lezer/markdown';
import {tags} from '@lezer/highlight';
import {linter, lintGutter, lintKeymap, forceLinting} from '@codemirror/lint';
import {search, searchKeymap, highlightSelectionMatches} from '@codemirror/search';

const CHECK_PAUSE_MS = 400;

// Markdown with GitHub's tables and task lists, highlighted by the parser's own tags; without the HTML and code-block
// languages that @codemirror/lang-markdown would bundle (a third of the size, for text authors rarely write).
// The front matter between the first two '---' lines is read as one block (markdown alone would make it a heading).
const frontMatter = {
  defineNodes: [{name: 'FrontMatter', block: true, style: tags.meta}],
  parseBlock: [{
    name: 'FrontMatter',
    before: 'IndentedCode',
    parse(cx, line) {
      if (cx.lineStart !== 0 || line.text.trimEnd() !== '---') {
        return false;
      }
      const from = cx.lineStart;
      let to = from + line.text.length;
      while (cx.nextLine()) {
        to = cx.lineStart + line.text.length;
        if (line.text.trimEnd() === '---') {
          cx.nextLine();
          break;
        }
      }
      cx.addElement(cx.elt('FrontMatter', from, to));
      return true;
    }
  }]
};

const markdownLanguage = new Language(defineLanguageFacet({commentTokens: {block: {open: '<!--', close: '-->'}}}),
  markdownParser.configure([GFM, frontMatter]), [], 'markdown');

// Inside the shadow root the page's style sheet does not reach: the editor's look is set here, with the page's colours.
const editorTheme = EditorView.theme({
  '&': {border: '1px solid #6b6b6b', minHeight: '20rem', maxHeight: '75vh', backgroundColor: '#fff', color: '#1b1f24'},
  '&.cm-focused': {outline: '3px solid var(--accent, #f2b134)', outlineOffset: '2px'},
  '.cm-scroller': {fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: '0.95rem', lineHeight: '1.45'},
  '.cm-content': {minHeight: '20rem'},
  '.cm-gutters': {backgroundColor: '#f3f3f3', color: '#4d4d4d', borderRight: '1px solid #c8c8c8'},
  '.cm-diagnostic': {whiteSpace: 'pre-wrap'}
});

function start() {
  const form = document.getElementById('editor-form');
  const textarea = document.getElementById('text');
  const findings = document.getElementById('findings');
  const preview = document.getElementById('preview');
  if (!form || !textarea || !findings || !preview || !window.fetch) {
    return;
  }
  const savedText = textarea.value;
  let sent = 0;

  // The editor lives in a shadow root: there CodeMirror's styles are constructed style sheets, which the pages' strict
  // Content-Security-Policy (style-src 'self', no inline style) allows; in the page itself they would be refused.
  const host = document.createElement('div');
  host.className = 'code-editor-host';
  const shadow = host.attachShadow({mode: 'open'});
  const view = new EditorView({
    root: shadow,
    parent: shadow,
    state: EditorState.create({
      doc: textarea.value,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightSpecialChars(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        highlightActiveLine(),
        highlightSelectionMatches(),
        search({top: true}),
        markdownLanguage,
        syntaxHighlighting(defaultHighlightStyle, {fallback: true}),
        EditorView.lineWrapping,
        editorTheme,
        lintGutter(),
        linter(checkOnServer, {delay: CHECK_PAUSE_MS}),
        keymap.of([
          {key: 'Mod-s', preventDefault: true, run: () => { save(); return true; }},
          ...defaultKeymap, ...historyKeymap, ...searchKeymap, ...lintKeymap
        ]),
        EditorView.contentAttributes.of({
          'aria-label': 'Markdown with front matter',
          'aria-describedby': textarea.getAttribute('aria-describedby') || 'findings-heading',
          'spellcheck': 'true',
          'data-testid': 'code-editor'
        }),
        EditorView.updateListener.of(update => {
          if (update.docChanged) {
            textarea.value = update.state.doc.toString();
          }
        })
      ]
    })
  });
  textarea.parentNode.insertBefore(host, textarea.nextSibling);
  textarea.hidden = true;
  textarea.setAttribute('aria-hidden', 'true');
  document.querySelector('label[for="text"]')?.addEventListener('click', () => view.focus());
  form.classList.add('has-code-editor');

  function save() {
    if (form.requestSubmit) {
      form.requestSubmit();
    } else {
      form.submit();
    }
  }

  form.addEventListener('submit', () => {
    textarea.value = view.state.doc.toString();
    window.removeEventListener('beforeunload', warnIfUnsaved);
  });

  function warnIfUnsaved(event) {
    if (view.state.doc.toString() !== savedText) {
      event.preventDefault();
      event.returnValue = '';
    }
  }
  window.addEventListener('beforeunload', warnIfUnsaved);

  async function checkOnServer(editor) {
    const body = new URLSearchParams(new FormData(form));
    body.delete('baseRevision');
    body.set('path', form.dataset.path);
    body.set('text', editor.state.doc.toString());
    const mine = ++sent;
    let result;
    try {
      const response = await fetch(form.dataset.checkUrl, {
        method: 'POST',
        headers: {'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/json'},
        body: body.toString(),
        credentials: 'same-origin'
      });
      result = response.ok ? await response.json() : null;
    } catch (e) {
      result = null;
    }
    if (!result || mine !== sent) {
      return [];
    }
    render(result);
    return result.findings.map(finding => diagnostic(editor.state.doc, finding));
  }

  function diagnostic(doc, finding) {
    const line = doc.line(Math.min(Math.max(1, finding.line), doc.lines));
    const from = Math.min(line.from + Math.max(0, finding.column - 1), line.to);
    const to = from < line.to ? line.to : from;
    return {from, to, severity: finding.warning ? 'warning' : 'error', message: finding.message};
  }

  function goToLine(lineNumber, column) {
    const doc = view.state.doc;
    const line = doc.line(Math.min(Math.max(1, lineNumber), doc.lines));
    const at = Math.min(line.from + Math.max(0, (column || 1) - 1), line.to);
    view.dispatch({selection: {anchor: at}, effects: EditorView.scrollIntoView(at, {y: 'center'})});
    view.focus();
  }

  function render(result) {
    findings.textContent = '';
    if (result.findings.length === 0) {
      const ok = document.createElement('p');
      ok.className = 'notice notice-ok';
      ok.textContent = 'No findings in this file.';
      findings.appendChild(ok);
    } else {
      const list = document.createElement('ol');
      list.className = 'findings';
      result.findings.forEach(finding => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = '#text';
        link.dataset.line = finding.line;
        link.dataset.column = finding.column;
        const code = document.createElement('code');
        code.textContent = finding.line + ':' + finding.column;
        link.appendChild(code);
        item.appendChild(link);
        if (finding.warning) {
          const label = document.createElement('strong');
          label.textContent = ' warning:';
          item.appendChild(label);
        }
        item.appendChild(document.createTextNode(' ' + finding.message));
        list.appendChild(item);
      });
      findings.appendChild(list);
    }
    if (result.findingsElsewhere > 0) {
      const elsewhere = document.createElement('p');
      elsewhere.className = 'small';
      elsewhere.textContent = result.findingsElsewhere + ' finding(s) in other files';
      findings.appendChild(elsewhere);
    }
    preview.innerHTML = result.previewHtml;
  }

  function jumpFrom(event) {
    const link = event.target.closest('[data-line]');
    if (link) {
      event.preventDefault();
      goToLine(parseInt(link.dataset.line, 10), parseInt(link.dataset.column || '1', 10));
    }
  }
  findings.addEventListener('click', jumpFrom);
  preview.addEventListener('click', jumpFrom);

  const target = /^#line-(\d+)$/.exec(window.location.hash);
  if (target) {
    goToLine(parseInt(target[1], 10), 1);
  }
  forceLinting(view);
}

start();

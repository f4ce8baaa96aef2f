// The editor's live check: a short pause after the last keystroke, the unsaved text is checked on the server (the same
// checks as saving, publishing and the validate command) and the findings and preview beside the editor are replaced.
// Without this script the page is a plain form: saving shows the same findings.
(function () {
  'use strict';
  var form = document.getElementById('editor-form');
  var text = document.getElementById('text');
  var findings = document.getElementById('findings');
  var preview = document.getElementById('preview');
  if (!form || !text || !findings || !preview || !window.fetch) {
    return;
  }
  var timer = null;
  var sent = 0;

  function goToLine(line, column) {
    var lines = text.value.split('\n');
    var offset = 0;
    for (var i = 0; i < line - 1 && i < lines.length; i++) {
      offset += lines[i].length + 1;
    }
    offset += Math.max(0, column - 1);
    text.focus();
    text.setSelectionRange(offset, offset);
    var lineHeight = text.scrollHeight / Math.max(1, lines.length);
    text.scrollTop = Math.max(0, (line - 3) * lineHeight);
  }

  function render(result) {
    findings.textContent = '';
    if (result.findings.length === 0) {
      var ok = document.createElement('p');
      ok.className = 'notice notice-ok';
      ok.textContent = 'No findings in this file.';
      findings.appendChild(ok);
    } else {
      var list = document.createElement('ol');
      list.className = 'findings';
      result.findings.forEach(function (finding) {
        var item = document.createElement('li');
        var link = document.createElement('a');
        link.href = '#text';
        link.dataset.line = finding.line;
        link.dataset.column = finding.column;
        var code = document.createElement('code');
        code.textContent = finding.line + ':' + finding.column;
        link.appendChild(code);
        item.appendChild(link);
        if (finding.warning) {
          var label = document.createElement('strong');
          label.textContent = ' warning:';
          item.appendChild(label);
        }
        item.appendChild(document.createTextNode(' ' + finding.message));
        list.appendChild(item);
      });
      findings.appendChild(list);
    }
    if (result.findingsElsewhere > 0) {
      var elsewhere = document.createElement('p');
      elsewhere.className = 'small';
      elsewhere.textContent = result.findingsElsewhere + ' finding(s) in other files';
      findings.appendChild(elsewhere);
    }
    preview.innerHTML = result.previewHtml;
  }

  function check() {
    var body = new URLSearchParams(new FormData(form));
    body.delete('baseRevision');
    body.set('path', form.dataset.path);
    var mine = ++sent;
    fetch(form.dataset.checkUrl, {
      method: 'POST',
      headers: {'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/json'},
      body: body.toString(),
      credentials: 'same-origin'
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (result) {
      if (result && mine === sent) {
        render(result);
      }
    }).catch(function () { /* the next keystroke checks again; saving always checks */ });
  }

  text.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(check, 400);
  });
  findings.addEventListener('click', function (event) {
    var link = event.target.closest('a[data-line]');
    if (link) {
      event.preventDefault();
      goToLine(parseInt(link.dataset.line, 10), parseInt(link.dataset.column, 10));
    }
  });
  var target = /^#line-(\d+)$/.exec(window.location.hash);
  if (target) {
    goToLine(parseInt(target[1], 10), 1);
  }
}());

package org.mhfa.catalogue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.Node;

/** Reads a branching scenario ({@code *.scenario.md}): each {@code ## Title {#id}} a node, a list of links its choices. */
final class ScenarioParser {

    private static final Set<String> KEYS = Set.of("title", "summary", "content-warning", "scoring", "pass-score",
            "back-navigation", "start", "required");
    private static final int MAX_NESTING = 50;
    private static final String TOO_DEEP = "quotes, lists or emphasis are nested more than " + MAX_NESTING
            + " levels deep here: a scenario needs only a few levels, so flatten them";

    private final MarkdownRenderer markdown;

    ScenarioParser(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /** The scenario in {@code text}; empty when the file has any error (each one is reported), so it is never served broken. */
    Optional<Scenario> parse(ContentFile file, String id, String text, String version) {
        int errorsBefore = file.errorCount();
        Optional<FrontMatter> front = FrontMatter.read(file, text, KEYS);
        if (front.isEmpty()) {
            return Optional.empty();
        }
        ScenarioSettings settings = ScenarioSettings.read(front.get(), file, text);
        Optional<Node> document = parseShallow(file, text, settings.closingLine());
        if (document.isEmpty()) {
            return Optional.empty();
        }
        LinkReader.read(file, document.get(), ScenarioChoiceReader::isChoiceLink);
        ScenarioErrors errors = new ScenarioErrors(file);
        int errorsBeforeBody = errors.count();
        ScenarioNodeReader reader = readBody(errors, settings, document.get());
        Map<String, ScenarioNode> nodes = reader.buildNodes();
        new ScenarioGraphCheck(errors, settings, reader.drafts(), reader.nodeDrafts(), errorsBeforeBody).check(nodes);
        if (settings.title() == null || file.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        String startId = settings.start() != null ? settings.start() : nodes.keySet().iterator().next();
        return Optional.of(new Scenario(id, settings.title(), settings.summary(), settings.contentWarning(), settings.scoring(),
                settings.passScore(), settings.backNavigation(), settings.required(), startId,
                markdown.render(reader.intro()), Collections.unmodifiableMap(nodes), version));
    }

    /**
     * The graph in {@code text} read past its errors, which are not reported: a file whose front matter cannot be read
     * still gives its nodes, a node heading without a valid id is left out, a choice to a missing node is kept.
     */
    ScenarioSketch sketch(String id, String text) {
        ContentFile scratch = new ContentFile(Path.of("draft"), Path.of("draft", "scenario.md"), new ArrayList<>());
        ScenarioSettings settings = FrontMatter.read(scratch, text, KEYS)
                .map(front -> ScenarioSettings.read(front, scratch, text))
                .orElseGet(() -> ScenarioSettings.unread(FrontMatter.closingLineOf(text)));
        Optional<Node> document = parseShallow(scratch, text, settings.closingLine());
        if (document.isEmpty()) {
            return new ScenarioSketch(id, settings.title(), settings.scoring(), settings.passScore(), null, Map.of(), Map.of());
        }
        ScenarioNodeReader reader = readBody(new ScenarioErrors(scratch), settings, document.get());
        Map<String, ScenarioNode> nodes = reader.buildNodes();
        Map<String, ScenarioSketch.Heading> headings = new LinkedHashMap<>();
        reader.nodeDrafts().forEach(draft -> headings.put(draft.id,
                new ScenarioSketch.Heading(draft.position.line(), draft.position.column())));
        String startId = settings.start() != null ? settings.start() : nodes.keySet().stream().findFirst().orElse(null);
        return new ScenarioSketch(id, settings.title(), settings.scoring(), settings.passScore(), startId, nodes, headings);
    }

    private ScenarioNodeReader readBody(ScenarioErrors errors, ScenarioSettings settings, Node document) {
        ScenarioNodeReader reader = new ScenarioNodeReader(markdown, errors, settings);
        reader.readBody(document);
        return reader;
    }

    /**
     * The markdown tree of the file, or empty (with an error) when quotes, lists or emphasis are nested so deeply that
     * parsing or rendering would exhaust the stack: commonmark walks the tree recursively.
     */
    private Optional<Node> parseShallow(ContentFile file, String text, int closingLine) {
        Node document;
        try {
            document = markdown.parse(text);
        } catch (StackOverflowError e) {
            file.error(closingLine + 1, 1, TOO_DEEP);
            return Optional.empty();
        }
        Optional<Node> tooDeep = firstNodeDeeperThan(document, MAX_NESTING);
        tooDeep.ifPresent(node -> {
            ScenarioPosition position = ScenarioPosition.ofNearestBlock(node);
            file.error(position.line(), position.column(), TOO_DEEP);
        });
        return tooDeep.isPresent() ? Optional.empty() : Optional.of(document);
    }

    private static Optional<Node> firstNodeDeeperThan(Node document, int limit) {
        Deque<Node> pending = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        pending.push(document);
        depths.push(0);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            int depth = depths.pop();
            if (depth > limit) {
                return Optional.of(node);
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                pending.push(child);
                depths.push(depth + 1);
            }
        }
        return Optional.empty();
    }
}

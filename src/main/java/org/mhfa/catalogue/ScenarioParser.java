package org.mhfa.catalogue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;

/** Reads a branching scenario ({@code *.scenario.md}): each {@code ## Title {#id}} a node, a list of links its choices. */
final class ScenarioParser {

    private static final Set<String> KEYS = Set.of("title", "summary", "content-warning", "scoring", "pass-score",
            "back-navigation", "start", "required");
    private static final Set<String> SCORINGS = Set.of("dynamic", "static");
    private static final Set<String> HEADING_KEYS = Set.of("outcome", "score");
    private static final Set<String> CHOICE_KEYS = Set.of("score", "step");
    private static final Set<String> OUTCOMES = Set.of("good", "neutral", "harmful");
    private static final Set<String> STEPS = Arrays.stream(AlgeeStep.values()).map(AlgeeStep::key).collect(Collectors.toSet());
    private static final String END_CLASS = "end";
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,6}");
    private static final int PASS_SCORE_LIMIT = 100_000;
    private static final int MAX_HEADING_LENGTH = 500;
    private static final int MAX_SUGGESTED_WORD_LENGTH = 100;
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
        Settings settings = Settings.read(front.get(), file, text);
        Optional<Node> document = parseShallow(file, text, settings.closingLine());
        if (document.isEmpty()) {
            return Optional.empty();
        }
        ScenarioReading reading = new ScenarioReading(file, settings);
        reading.readBody(document.get());
        Map<String, ScenarioNode> nodes = reading.buildNodes();
        reading.checkGraph(nodes);
        if (settings.title() == null || file.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        String startId = settings.start() != null ? settings.start() : nodes.keySet().iterator().next();
        return Optional.of(new Scenario(id, settings.title(), settings.summary(), settings.contentWarning(), settings.scoring(),
                settings.passScore(), settings.backNavigation(), settings.required(), startId,
                markdown.render(reading.intro), Collections.unmodifiableMap(nodes), version));
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
            Position position = Position.ofNearestBlock(node);
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

    /** Where something is in the file, 1-based. */
    private record Position(int line, int column) {

        static Position of(Node node) {
            if (node.getSourceSpans().isEmpty()) {
                return new Position(1, 1);
            }
            return new Position(node.getSourceSpans().get(0).getLineIndex() + 1, node.getSourceSpans().get(0).getColumnIndex() + 1);
        }

        /** The position of the block holding {@code node}: inline nodes have no position of their own. */
        static Position ofNearestBlock(Node node) {
            Node block = node;
            while (block.getSourceSpans().isEmpty() && block.getParent() != null) {
                block = block.getParent();
            }
            return of(block);
        }

        /** The position of the value of a front-matter key, for errors found after the front matter was read. */
        static Position ofValue(FrontMatter front, String text, String key) {
            int line = front.lineOf(key);
            int lineStart = 0;
            for (int i = 1; i < line && lineStart >= 0; i++) {
                lineStart = text.indexOf('\n', lineStart) + 1;
            }
            int lineEnd = text.indexOf('\n', lineStart);
            String lineText = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
            int keyAt = lineText.indexOf(key + ":");
            int column = keyAt >= 0 ? keyAt + key.length() + 1 : 0;
            while (column < lineText.length() && Character.isWhitespace(lineText.charAt(column))) {
                column++;
            }
            return new Position(line, column + 1);
        }
    }

    /** The front-matter settings of a scenario; {@code title} and {@code passScore} are null when missing or wrong. */
    private record Settings(String title, String summary, String contentWarning, Scoring scoring, Integer passScore,
            boolean backNavigation, boolean required, String start, Position startPosition, Position passScorePosition,
            int closingLine) {

        static Settings read(FrontMatter front, ContentFile file, String text) {
            String title = front.requiredString("title");
            String summary = front.optionalString("summary");
            String contentWarning = front.optionalString("content-warning");
            Scoring scoring = Scoring.valueOf(front.choice("scoring", SCORINGS, "dynamic").toUpperCase(Locale.ROOT));
            Integer passScore = requiredInteger(front, file, "pass-score");
            boolean backNavigation = front.bool("back-navigation", false);
            boolean required = front.bool("required", true);
            String start = front.optionalString("start");
            return new Settings(title, summary, contentWarning, scoring, passScore, backNavigation, required, start,
                    Position.ofValue(front, text, "start"), Position.ofValue(front, text, "pass-score"), front.closingLine());
        }

        private static Integer requiredInteger(FrontMatter front, ContentFile file, String key) {
            int errorsBefore = file.errorCount();
            Integer value = front.optionalInteger(key, -PASS_SCORE_LIMIT, PASS_SCORE_LIMIT);
            if (value == null && file.errorCount() == errorsBefore) {
                file.error(1, 1, "the front matter needs '" + key + ":', the score a trainee needs to pass; "
                        + "add a line such as '" + key + ": 6'");
            }
            return value;
        }
    }

    /** A choice as read, with the position of its list item for errors found later. */
    private record ChoiceDraft(Choice choice, Position position) {
    }

    /** A node heading and the blocks under it, while they are being read. */
    private static final class NodeDraft {

        private final Position position;
        private String id;
        private String title = "";
        private boolean declaredEnd;
        private Outcome outcome;
        private Integer endScore;
        private final List<Node> narrative = new ArrayList<>();
        private Node choiceList;
        private final List<ChoiceDraft> choices = new ArrayList<>();

        NodeDraft(Heading heading) {
            this.position = Position.of(heading);
        }

        String label() {
            return id != null ? "'" + id + "'" : "'" + abbreviate(title) + "'";
        }

        boolean isDeadEnd() {
            return !declaredEnd && choiceList == null;
        }
    }

    /** The reading of one scenario file: its intro, its node drafts (all, and those that became nodes) and its checks. */
    private final class ScenarioReading {

        private final ContentFile file;
        private final Settings settings;
        private final List<Node> intro = new ArrayList<>();
        private final List<NodeDraft> drafts = new ArrayList<>();
        private final List<NodeDraft> nodeDrafts = new ArrayList<>();
        private int errorsBeforeBody;

        ScenarioReading(ContentFile file, Settings settings) {
            this.file = file;
            this.settings = settings;
        }

        void readBody(Node document) {
            errorsBeforeBody = file.errorCount();
            NodeDraft draft = null;
            for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
                if (block instanceof YamlFrontMatterBlock || Position.of(block).line() <= settings.closingLine()) {
                    continue;
                }
                if (block instanceof Heading heading && heading.getLevel() == 2) {
                    draft = readHeading(heading);
                    drafts.add(draft);
                } else if (draft == null) {
                    intro.add(block);
                } else {
                    addBlock(draft, block);
                }
            }
        }

        private NodeDraft readHeading(Heading heading) {
            NodeDraft draft = new NodeDraft(heading);
            String text = plainText(heading);
            if (text.length() > MAX_HEADING_LENGTH) {
                error(draft.position, "the node heading is " + text.length() + " characters long; keep it under "
                        + MAX_HEADING_LENGTH + ": a title of a few words and its braces");
                draft.title = text;
                return draft;
            }
            Attributes.Split split = Attributes.splitTrailing(text);
            draft.title = split.text();
            Attributes attributes = split.attributes();
            readNodeId(draft, attributes);
            if (draft.title.isBlank()) {
                error(draft.position, "node " + draft.label() + " has no title: write it after '## ', before the braces");
            }
            attributes.problems().forEach(problem -> error(draft.position, problem));
            attributes.unknownKeys(HEADING_KEYS).forEach(problem -> error(draft.position, problem));
            readClasses(draft, attributes);
            readOutcome(draft, attributes);
            readEndScore(draft, attributes);
            return draft;
        }

        private void readNodeId(NodeDraft draft, Attributes attributes) {
            if (attributes.id() == null) {
                error(draft.position, "the node heading '" + abbreviate(draft.title) + "' has no id: add one in braces, e.g. '## "
                        + abbreviate(draft.title) + " {#" + slug(draft.title) + "}'");
            } else if (!ContentLoader.ID.matcher(attributes.id()).matches()) {
                error(draft.position, "'#" + abbreviate(attributes.id()) + "' is not a valid node id: use lowercase letters, "
                        + "digits and hyphens, starting with a letter, e.g. '{#" + slug(attributes.id()) + "}'");
            } else {
                draft.id = attributes.id();
            }
        }

        private void readClasses(NodeDraft draft, Attributes attributes) {
            for (String kind : attributes.classes()) {
                if (kind.equals(END_CLASS)) {
                    draft.declaredEnd = true;
                } else {
                    error(draft.position, "unknown class '." + abbreviate(kind) + "' on node " + draft.label()
                            + ": the only class a node heading takes is '.end', which makes the node an ending");
                }
            }
        }

        /** A missing or unknown outcome is reported and stands in as neutral, so the graph checks still see an ending. */
        private void readOutcome(NodeDraft draft, Attributes attributes) {
            Optional<String> outcome = attributes.value("outcome");
            if (!draft.declaredEnd) {
                outcome.ifPresent(value -> error(draft.position, "outcome=" + abbreviate(value) + " on node " + draft.label()
                        + ", which is not an ending: add '.end' to its braces to make it one, or remove the outcome"));
                return;
            }
            if (outcome.isEmpty()) {
                error(draft.position, "ending " + draft.label() + " has no outcome: add outcome=good, outcome=neutral "
                        + "or outcome=harmful to its braces");
            } else if (!OUTCOMES.contains(outcome.get())) {
                error(draft.position, "unknown outcome '" + abbreviate(outcome.get()) + "'" + suggestion(outcome.get(), OUTCOMES)
                        + "; allowed: good, harmful, neutral");
            }
            draft.outcome = outcome.filter(OUTCOMES::contains)
                    .map(value -> Outcome.valueOf(value.toUpperCase(Locale.ROOT)))
                    .orElse(Outcome.NEUTRAL);
        }

        private void readEndScore(NodeDraft draft, Attributes attributes) {
            Optional<String> score = attributes.value("score");
            if (score.isPresent() && !draft.declaredEnd) {
                error(draft.position, "score=" + abbreviate(score.get()) + " on node " + draft.label() + ", which is not an ending: "
                        + "put scores on its choices ('- [...](#next) {score=" + abbreviate(score.get()) + " step=...}'), "
                        + "or add '.end' to make it an ending");
            } else if (score.isPresent()) {
                draft.endScore = wholeNumber(score.get(), draft.position, "the score of ending " + draft.label());
            } else if (draft.declaredEnd && settings.scoring() == Scoring.STATIC) {
                error(draft.position, "ending " + draft.label() + " has no score, which static scoring needs: add score=... "
                        + "to its braces, e.g. '{#" + (draft.id != null ? draft.id : "ending-id") + " .end outcome="
                        + draft.outcome.name().toLowerCase(Locale.ROOT) + " score=10}'");
            }
        }

        private void addBlock(NodeDraft draft, Node block) {
            if (draft.choiceList != null) {
                error(Position.of(block), "unexpected text after the choices of node " + draft.label()
                        + ": the narrative goes before the list of choices, and only the choices' indented '> feedback' after them");
            } else if (block instanceof BulletList list && isChoiceList(list)) {
                draft.choiceList = list;
                readChoices(draft, list);
            } else {
                draft.narrative.add(block);
            }
        }

        private void readChoices(NodeDraft draft, BulletList list) {
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                readChoice((ListItem) item, draft.choices.size()).ifPresent(draft.choices::add);
            }
        }

        private Optional<ChoiceDraft> readChoice(ListItem item, int index) {
            Position position = Position.of(item);
            Link link = leadingLink(item);
            if (link == null || !link.getDestination().startsWith("#")) {
                error(position, "each choice must start with a link to the node it leads to, e.g. "
                        + "'- [Ask how they are feeling](#ask-feelings) {score=1 step=approach}'"
                        + (link == null ? "" : "; '" + abbreviate(link.getDestination())
                                + "' is not a node link: write '#' and a node id"));
                return Optional.empty();
            }
            String target = link.getDestination().substring(1);
            String html = markdown.render(children(link));
            if (html.isBlank()) {
                error(position, "the choice linking to '#" + abbreviate(target) + "' has no text: write what the first aider "
                        + "does between the [brackets]");
            }
            Optional<Attributes> attributes = choiceAttributes(link, position);
            int score = attributes.map(found -> choiceScore(found, position)).orElse(0);
            AlgeeStep step = attributes.map(found -> choiceStep(found, position)).orElse(null);
            String feedback = markdown.render(feedback(item));
            return Optional.of(new ChoiceDraft(new Choice(index, html, target, score, step, feedback), position));
        }

        private Optional<Attributes> choiceAttributes(Link link, Position position) {
            String rest = textAfter(link).strip();
            if (rest.isEmpty()) {
                return Optional.of(Attributes.none());
            }
            boolean oneBraceBlock = rest.startsWith("{") && rest.endsWith("}")
                    && rest.indexOf('{', 1) < 0 && rest.indexOf('}') == rest.length() - 1;
            if (!oneBraceBlock) {
                error(position, "unexpected text '" + abbreviate(rest) + "' after the link of a choice: put the words "
                        + "inside the link's [brackets], and after the link only '{score=... step=...}'");
                return Optional.empty();
            }
            Attributes attributes = Attributes.parse(rest.substring(1, rest.length() - 1));
            attributes.problems().forEach(problem -> error(position, problem));
            attributes.unknownKeys(CHOICE_KEYS).forEach(problem -> error(position, problem));
            if (attributes.id() != null || !attributes.classes().isEmpty()) {
                String extra = attributes.id() != null ? "#" + attributes.id() : "." + attributes.classes().get(0);
                error(position, "a choice's braces take only score=... and step=...: remove '" + abbreviate(extra) + "'");
            }
            return Optional.of(attributes);
        }

        private int choiceScore(Attributes attributes, Position position) {
            Optional<String> score = attributes.value("score");
            return score.map(value -> wholeNumber(value, position, "the score of a choice")).orElse(0);
        }

        private AlgeeStep choiceStep(Attributes attributes, Position position) {
            Optional<String> step = attributes.value("step");
            if (step.isEmpty()) {
                error(position, "the choice has no ALGEE step: add step=approach, listen, support, professional or "
                        + "other-supports to its braces, e.g. '{score=1 step=listen}'");
                return null;
            }
            Optional<AlgeeStep> known = AlgeeStep.fromKey(step.get());
            if (known.isEmpty()) {
                error(position, "unknown step '" + abbreviate(step.get()) + "'" + suggestion(step.get(), STEPS)
                        + "; allowed: " + String.join(", ", STEPS.stream().sorted().toList()));
            }
            return known.orElse(null);
        }

        private List<Node> feedback(ListItem item) {
            List<Node> feedback = new ArrayList<>();
            boolean quoted = false;
            for (Node part = item.getFirstChild().getNext(); part != null; part = part.getNext()) {
                if (part instanceof BlockQuote && !quoted) {
                    quoted = true;
                    feedback.addAll(children(part));
                } else {
                    error(Position.of(part), "a choice holds only its link, its braces and one feedback blockquote "
                            + "('> ...' indented under the choice): move this text into the feedback or into the narrative");
                }
            }
            return feedback;
        }

        private Integer wholeNumber(String value, Position position, String what) {
            if (WHOLE_NUMBER.matcher(value).matches()) {
                return Integer.parseInt(value);
            }
            error(position, what + " must be a whole number such as 2 or -1, found '" + abbreviate(value) + "'");
            return null;
        }

        Map<String, ScenarioNode> buildNodes() {
            Map<String, ScenarioNode> nodes = new LinkedHashMap<>();
            Map<String, NodeDraft> firstWithId = new LinkedHashMap<>();
            for (NodeDraft draft : drafts) {
                if (draft.id == null) {
                    continue;
                }
                NodeDraft first = firstWithId.putIfAbsent(draft.id, draft);
                if (first != null) {
                    error(draft.position, "a second node with the id '" + draft.id + "' (the first is on line "
                            + first.position.line() + "): give each node its own {#id}");
                    continue;
                }
                nodeDrafts.add(draft);
                List<Choice> choices = draft.choices.stream().map(ChoiceDraft::choice).toList();
                nodes.put(draft.id, new ScenarioNode(draft.id, draft.title, markdown.render(draft.narrative), choices,
                        draft.declaredEnd ? draft.outcome : null, draft.endScore == null ? 0 : draft.endScore));
            }
            return nodes;
        }

        void checkGraph(Map<String, ScenarioNode> nodes) {
            if (nodes.isEmpty()) {
                if (drafts.isEmpty()) {
                    error(new Position(settings.closingLine() + 1, 1), "the scenario has no nodes: start each node with a "
                            + "heading '## Node title {#node-id}', and each ending with '## Ending title {#ending-id .end outcome=good}'");
                }
                return;
            }
            checkChoiceTargets(nodes);
            checkNodeShapes();
            boolean soundShape = file.errorCount() == errorsBeforeBody;
            String startId = settings.start() != null ? settings.start() : drafts.get(0).id;
            if (startId == null) {
                return;
            }
            if (!nodes.containsKey(startId)) {
                error(settings.startPosition(), "'start' is '" + abbreviate(startId) + "', which is not a node of this scenario"
                        + nodeSuggestion(startId, nodes.keySet(), ""));
                return;
            }
            checkReachability(nodes, startId);
            if (soundShape) {
                checkPassScore(nodes, startId);
            }
        }

        private void checkChoiceTargets(Map<String, ScenarioNode> nodes) {
            for (NodeDraft draft : drafts) {
                for (ChoiceDraft choice : draft.choices) {
                    String target = choice.choice().target();
                    if (!nodes.containsKey(target)) {
                        error(choice.position(), "choice links to '#" + abbreviate(target) + "', which is not a node of this scenario"
                                + nodeSuggestion(target, nodes.keySet(), "#"));
                    }
                }
            }
        }

        private void checkNodeShapes() {
            for (NodeDraft draft : nodeDrafts) {
                if (draft.isDeadEnd()) {
                    error(draft.position, "node '" + draft.id + "' has no choices and is not an ending: add a list of choices "
                            + "such as '- [What the first aider does](#next-node) {score=1 step=listen}', or make it an ending "
                            + "with '{#" + draft.id + " .end outcome=neutral}'");
                } else if (draft.declaredEnd && draft.choiceList != null) {
                    error(draft.position, "node '" + draft.id + "' is an ending (.end) but has choices: an ending has only its "
                            + "debrief; remove the choices, or remove '.end' and the outcome");
                }
            }
        }

        private void checkReachability(Map<String, ScenarioNode> nodes, String startId) {
            Set<String> reachable = ScenarioGraph.reachableFromStart(nodes, startId);
            Predicate<ScenarioNode> stopsThere = node -> node.isEnd() || node.choices().isEmpty();
            Set<String> leadingToAStop = ScenarioGraph.nodesLeadingTo(nodes, stopsThere);
            for (NodeDraft draft : nodeDrafts) {
                if (!reachable.contains(draft.id)) {
                    error(draft.position, "node '" + draft.id + "' cannot be reached from the start node '" + startId
                            + "': link to it from a choice ('- [...](#" + draft.id + ") {step=...}') of a node that can be "
                            + "reached, or remove it");
                } else if (!leadingToAStop.contains(draft.id)) {
                    error(draft.position, "no ending can be reached from node '" + draft.id + "': its choices only lead "
                            + "round a loop; give a node of the loop a choice that leads towards an ending (.end)");
                }
            }
        }

        /** Only run on a sound graph: a missing score, a dangling link or a forgotten '.end' would make the best path wrong. */
        private void checkPassScore(Map<String, ScenarioNode> nodes, String startId) {
            if (settings.passScore() == null) {
                return;
            }
            int passScore = settings.passScore();
            if (settings.scoring() == Scoring.STATIC) {
                ScenarioGraph.highestEndScore(nodes, startId).ifPresent(best -> {
                    if (passScore > best) {
                        error(settings.passScorePosition(), "pass-score is " + passScore + ", but the highest score of a "
                                + "reachable ending is " + best + ": lower pass-score to " + best
                                + " or less, or raise the score of the best ending");
                    }
                });
                return;
            }
            OptionalLong best = ScenarioGraph.maxDynamicScore(nodes, startId);
            if (best.isPresent() && passScore > best.getAsLong()) {
                error(settings.passScorePosition(), "pass-score is " + passScore + ", but the best path through the scenario "
                        + "scores " + best.getAsLong() + ": lower pass-score to " + best.getAsLong()
                        + " or less, or raise the scores of the choices on the best path");
            }
        }

        private void error(Position position, String message) {
            file.error(position.line(), position.column(), message);
        }
    }

    /** True when the list is the node's choices: an item of it starts with a link to {@code #node-id}. */
    private static boolean isChoiceList(BulletList list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            Link link = leadingLink((ListItem) item);
            if (link != null && link.getDestination().startsWith("#")) {
                return true;
            }
        }
        return false;
    }

    private static Link leadingLink(ListItem item) {
        if (item.getFirstChild() instanceof Paragraph paragraph && paragraph.getFirstChild() instanceof Link link) {
            return link;
        }
        return null;
    }

    private static List<Node> children(Node parent) {
        List<Node> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            children.add(child);
        }
        return children;
    }

    private static String textAfter(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node sibling = node.getNext(); sibling != null; sibling = sibling.getNext()) {
            text.append(sibling instanceof SoftLineBreak || sibling instanceof HardLineBreak ? " " : plainText(sibling));
        }
        return text.toString();
    }

    private static String plainText(Node node) {
        String text = MarkdownRenderer.plainText(node);
        return node instanceof Heading ? text.strip() : text;
    }

    private static String suggestion(String word, Set<String> candidates) {
        return word.length() > MAX_SUGGESTED_WORD_LENGTH ? "" : FrontMatter.suggestion(word, candidates);
    }

    private static String nodeSuggestion(String id, Set<String> nodeIds, String prefix) {
        Set<String> candidates = nodeIds.stream().map(nodeId -> prefix + nodeId).collect(Collectors.toSet());
        String suggestion = suggestion(prefix + id, candidates);
        return suggestion.isEmpty() ? "; use the {#id} of one of its node headings, such as '" + prefix
                + nodeIds.iterator().next() + "'" : suggestion;
    }

    private static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        slug = slug.length() > 40 ? slug.substring(0, 40).replaceAll("-+$", "") : slug;
        if (slug.isEmpty()) {
            return "node-id";
        }
        return slug.charAt(0) >= 'a' && slug.charAt(0) <= 'z' ? slug : "node-" + slug;
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}

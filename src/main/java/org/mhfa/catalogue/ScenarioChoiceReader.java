package org.mhfa.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;

/** Reads the choices of a scenario node: each list item's link, its {@code {score=... step=...}} and its feedback. */
final class ScenarioChoiceReader {

    private static final Set<String> CHOICE_KEYS = Set.of("score", "step");
    private static final Set<String> STEPS = Arrays.stream(AlgeeStep.values()).map(AlgeeStep::key).collect(Collectors.toSet());

    private final MarkdownRenderer markdown;
    private final ScenarioErrors errors;

    ScenarioChoiceReader(MarkdownRenderer markdown, ScenarioErrors errors) {
        this.markdown = markdown;
        this.errors = errors;
    }

    /**
     * True when the list is the node's choices: an item of it starts with a link to {@code #node-id}, or with a link
     * followed by braces ({@code - [...](somewhere) {score=1 step=listen}}, a choice whose link is wrong).
     */
    static boolean isChoiceList(BulletList list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            Link link = leadingLink((ListItem) item);
            if (link != null && (link.getDestination().startsWith("#") || textAfter(link).strip().startsWith("{"))) {
                return true;
            }
        }
        return false;
    }

    /** True for the link a choice starts with, which the choice reader reads: it names the node the choice leads to. */
    static boolean isChoiceLink(Link link) {
        return link.getParent() instanceof Paragraph paragraph && paragraph.getFirstChild() == link
                && paragraph.getParent() instanceof ListItem item && item.getFirstChild() == paragraph
                && item.getParent() instanceof BulletList list && list.getParent() instanceof Document
                && isChoiceList(list);
    }

    void readChoices(ScenarioNodeDraft draft, BulletList list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            readChoice((ListItem) item, draft.choices.size())
                    .ifPresentOrElse(draft.choices::add, () -> draft.unreadChoice = true);
        }
    }

    private Optional<ScenarioNodeDraft.ChoiceDraft> readChoice(ListItem item, int index) {
        ScenarioPosition position = ScenarioPosition.of(item);
        Link link = leadingLink(item);
        if (link == null || !link.getDestination().startsWith("#")) {
            errors.at(position, "each choice must start with a link to the node it leads to, e.g. "
                    + "'- [Ask how they are feeling](#ask-feelings) {score=1 step=approach}'"
                    + (link == null ? "" : "; '" + ScenarioErrors.abbreviate(link.getDestination())
                            + "' is not a node link: write '#' and a node id"));
            return Optional.empty();
        }
        String target = link.getDestination().substring(1);
        String html = markdown.render(children(link));
        if (html.isBlank()) {
            errors.at(position, "the choice linking to '#" + ScenarioErrors.abbreviate(target) + "' has no text: write what "
                    + "the first aider does between the [brackets]");
        }
        Optional<Attributes> attributes = choiceAttributes(link, position);
        int score = attributes.map(found -> choiceScore(found, position)).orElse(0);
        AlgeeStep step = attributes.map(found -> choiceStep(found, position)).orElse(null);
        String feedback = markdown.render(feedback(item));
        return Optional.of(new ScenarioNodeDraft.ChoiceDraft(new Choice(index, html, target, score, step, feedback), position));
    }

    private Optional<Attributes> choiceAttributes(Link link, ScenarioPosition position) {
        String rest = textAfter(link).strip();
        if (rest.isEmpty()) {
            return Optional.of(Attributes.none());
        }
        boolean oneBraceBlock = rest.startsWith("{") && rest.endsWith("}")
                && rest.indexOf('{', 1) < 0 && rest.indexOf('}') == rest.length() - 1;
        if (!oneBraceBlock) {
            errors.at(position, "unexpected text '" + ScenarioErrors.abbreviate(rest) + "' after the link of a choice: put the "
                    + "words inside the link's [brackets], and after the link only '{score=... step=...}'");
            return Optional.empty();
        }
        Attributes attributes = Attributes.parse(rest.substring(1, rest.length() - 1));
        attributes.problems().forEach(problem -> errors.at(position, problem));
        attributes.words().forEach(word -> errors.at(position, "'" + ScenarioErrors.abbreviate(word) + "' is not an "
                + "attribute: a choice's braces take only score=... and step=..." + choiceWordSuggestion(word)));
        attributes.unknownKeys(CHOICE_KEYS).forEach(problem -> errors.at(position, problem));
        if (attributes.id() != null || !attributes.classes().isEmpty()) {
            String extra = attributes.id() != null ? "#" + attributes.id() : "." + attributes.classes().get(0);
            errors.at(position, "a choice's braces take only score=... and step=...: remove '"
                    + ScenarioErrors.abbreviate(extra) + "'");
        }
        return Optional.of(attributes);
    }

    /** "; did you mean 'step=listen'?" for a step, "; did you mean 'score=2'?" for a number; else nothing. */
    private static String choiceWordSuggestion(String word) {
        if (STEPS.contains(word)) {
            return "; did you mean 'step=" + word + "'?";
        }
        return isWholeNumber(word) ? "; did you mean 'score=" + word + "'?" : "";
    }

    private static boolean isWholeNumber(String word) {
        return word.matches("[+-]?\\d{1,6}");
    }

    private int choiceScore(Attributes attributes, ScenarioPosition position) {
        Optional<String> score = attributes.value("score");
        return score.map(value -> errors.wholeNumber(value, position, "the score of a choice")).orElse(0);
    }

    /** The step of a choice; a step written without 'step=' (already reported) stands in for it. */
    private AlgeeStep choiceStep(Attributes attributes, ScenarioPosition position) {
        Optional<String> step = attributes.value("step")
                .or(() -> attributes.words().stream().filter(STEPS::contains).findFirst());
        if (step.isEmpty()) {
            errors.at(position, "the choice has no ALGEE step: add step=approach, listen, support, professional or "
                    + "other-supports to its braces, e.g. '{score=1 step=listen}'");
            return null;
        }
        Optional<AlgeeStep> known = AlgeeStep.fromKey(step.get());
        if (known.isEmpty()) {
            errors.at(position, "unknown step '" + ScenarioErrors.abbreviate(step.get()) + "'"
                    + ScenarioErrors.suggestion(step.get(), STEPS)
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
                errors.at(ScenarioPosition.of(part), "a choice holds only its link, its braces and one feedback blockquote "
                        + "('> ...' indented under the choice): move this text into the feedback or into the narrative");
            }
        }
        return feedback;
    }

    /** What a choice says: the text of its link, or of the whole item when it has no link. */
    static String choiceText(ListItem item) {
        Link link = leadingLink(item);
        return MarkdownRenderer.plainText(link != null ? link : item).strip();
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
            text.append(sibling instanceof SoftLineBreak || sibling instanceof HardLineBreak ? " "
                    : MarkdownRenderer.plainText(sibling));
        }
        return text.toString();
    }
}

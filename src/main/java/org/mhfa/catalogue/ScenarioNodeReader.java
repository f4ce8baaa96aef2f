package org.mhfa.catalogue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;

/** Reads the body of a scenario file into its intro and node drafts, and builds the nodes from the drafts. */
final class ScenarioNodeReader {

    private static final Set<String> HEADING_KEYS = Set.of("outcome", "score");
    private static final Set<String> OUTCOMES = Set.of("good", "neutral", "harmful");
    private static final String END_CLASS = "end";
    private static final int MAX_HEADING_LENGTH = 500;

    private final MarkdownRenderer markdown;
    private final ScenarioErrors errors;
    private final ScenarioSettings settings;
    private final ScenarioChoiceReader choiceReader;
    private final List<Node> intro = new ArrayList<>();
    private final List<ScenarioNodeDraft> drafts = new ArrayList<>();
    private final List<ScenarioNodeDraft> nodeDrafts = new ArrayList<>();

    ScenarioNodeReader(MarkdownRenderer markdown, ScenarioErrors errors, ScenarioSettings settings) {
        this.markdown = markdown;
        this.errors = errors;
        this.settings = settings;
        this.choiceReader = new ScenarioChoiceReader(markdown, errors);
    }

    /** The blocks before the first node heading. */
    List<Node> intro() {
        return intro;
    }

    /** Every node heading as read, with or without a valid id. */
    List<ScenarioNodeDraft> drafts() {
        return drafts;
    }

    /** The drafts that became nodes: a valid id, the first with it. */
    List<ScenarioNodeDraft> nodeDrafts() {
        return nodeDrafts;
    }

    void readBody(Node document) {
        ScenarioNodeDraft draft = null;
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof YamlFrontMatterBlock || ScenarioPosition.of(block).line() <= settings.closingLine()) {
                continue;
            }
            if (block instanceof Heading heading && heading.getLevel() == 2 && isHeadingInside(draft, heading)) {
                errors.at(ScenarioPosition.of(heading), headingWithoutBraces(draft, MarkdownRenderer.plainText(heading).strip()));
                draft.narrative.add(heading);
            } else if (block instanceof Heading heading && heading.getLevel() == 2) {
                draft = readHeading(heading, draft);
                drafts.add(draft);
            } else if (draft == null) {
                intro.add(block);
            } else {
                addBlock(draft, block);
            }
        }
    }

    Map<String, ScenarioNode> buildNodes() {
        Map<String, ScenarioNode> nodes = new LinkedHashMap<>();
        Map<String, ScenarioNodeDraft> firstWithId = new LinkedHashMap<>();
        for (ScenarioNodeDraft draft : drafts) {
            if (draft.id == null) {
                continue;
            }
            ScenarioNodeDraft first = firstWithId.putIfAbsent(draft.id, draft);
            if (first != null) {
                errors.at(draft.position, "a second node with the id '" + draft.id + "' (the first is on line "
                        + first.position.line() + "): give each node its own {#id}");
                continue;
            }
            nodeDrafts.add(draft);
            List<Choice> choices = draft.choices.stream().map(ScenarioNodeDraft.ChoiceDraft::choice).toList();
            nodes.put(draft.id, new ScenarioNode(draft.id, draft.title, markdown.render(draft.narrative), choices,
                    draft.declaredEnd ? draft.outcome : null, draft.endScore == null ? 0 : draft.endScore));
        }
        return nodes;
    }

    /**
     * True for a {@code ##} heading without braces in the middle of a node (before its choices): meant as a heading in
     * the node's narrative, it would end the node and start a new one without an id.
     */
    private static boolean isHeadingInside(ScenarioNodeDraft node, Heading heading) {
        String text = MarkdownRenderer.plainText(heading).strip();
        return node != null && node.choiceList == null && !node.declaredEnd && text.length() <= MAX_HEADING_LENGTH
                && !text.endsWith("}");
    }

    /** The message for a {@code ##} heading without braces after {@code previous}: a heading meant inside it, or a new node. */
    private static String headingWithoutBraces(ScenarioNodeDraft previous, String text) {
        String title = ScenarioErrors.abbreviate(text);
        return "'## " + title + "' starts a new node, but has no id: for a heading inside node " + previous.label()
                + ", write '### " + title + "'; for a new node, add an id, e.g. '## " + title + " {#" + slug(text) + "}'";
    }

    private ScenarioNodeDraft readHeading(Heading heading, ScenarioNodeDraft previous) {
        ScenarioNodeDraft draft = new ScenarioNodeDraft(heading);
        String text = MarkdownRenderer.plainText(heading).strip();
        if (text.length() > MAX_HEADING_LENGTH) {
            errors.at(draft.position, "the node heading is " + text.length() + " characters long; keep it under "
                    + MAX_HEADING_LENGTH + ": a title of a few words and its braces");
            draft.title = text;
            return draft;
        }
        Attributes.Split split = Attributes.splitTrailing(text);
        draft.title = split.text();
        Attributes attributes = split.attributes();
        List<String> strayWords = attributes.words().stream().filter(word -> headingWordSuggestion(word).isEmpty()).toList();
        boolean idWithSpaces = attributes.id() != null && !ContentLoader.ID.matcher(attributes.id()).matches()
                && !strayWords.isEmpty();
        if (previous != null && !text.endsWith("}")) {
            errors.at(draft.position, headingWithoutBraces(previous, text));
        } else {
            readNodeId(draft, idWithSpaces ? attributes.id() + " " + String.join(" ", strayWords) : attributes.id());
        }
        if (draft.title.isBlank()) {
            errors.at(draft.position, "node " + draft.label() + " has no title: write it after '## ', before the braces");
        }
        attributes.problems().forEach(problem -> errors.at(draft.position, problem));
        attributes.words().stream().filter(word -> !idWithSpaces || !strayWords.contains(word))
                .forEach(word -> errors.at(draft.position, "'" + ScenarioErrors.abbreviate(word) + "' is not an attribute: a "
                        + "node heading's braces take its #id, '.end' for an ending, outcome=... and score=..."
                        + headingWordSuggestion(word)));
        attributes.unknownKeys(HEADING_KEYS).forEach(problem -> errors.at(draft.position, problem));
        draft.misspeltEnd = attributes.words().contains(END_CLASS);
        readClasses(draft, attributes);
        readOutcome(draft, attributes);
        readEndScore(draft, attributes);
        return draft;
    }

    /** "; did you mean '.end'?" for {@code end}, "; did you mean 'outcome=good'?" for an outcome; else nothing. */
    private static String headingWordSuggestion(String word) {
        if (word.equals(END_CLASS)) {
            return "; did you mean '." + END_CLASS + "'?";
        }
        return OUTCOMES.contains(word) ? "; did you mean 'outcome=" + word + "'?" : "";
    }

    private void readNodeId(ScenarioNodeDraft draft, String writtenId) {
        String title = ScenarioErrors.abbreviate(draft.title);
        if (writtenId == null) {
            errors.at(draft.position, "the node heading '" + title + "' has no id: add one in braces, e.g. '## "
                    + title + " {#" + slug(draft.title) + "}'");
        } else if (!ContentLoader.ID.matcher(writtenId).matches()) {
            errors.at(draft.position, "'#" + ScenarioErrors.abbreviate(writtenId) + "' is not a valid node id: use "
                    + "lowercase letters, digits and hyphens, starting with a letter, e.g. '{#" + slug(writtenId) + "}'");
        } else {
            draft.id = writtenId;
        }
    }

    private void readClasses(ScenarioNodeDraft draft, Attributes attributes) {
        for (String kind : attributes.classes()) {
            if (kind.equals(END_CLASS)) {
                draft.declaredEnd = true;
            } else {
                draft.misspeltEnd = true;
                errors.at(draft.position, "unknown class '." + ScenarioErrors.abbreviate(kind) + "' on node " + draft.label()
                        + ": the only class a node heading takes is '.end', which makes the node an ending");
            }
        }
    }

    /** A missing or unknown outcome is reported and stands in as neutral, so the graph checks still see an ending. */
    private void readOutcome(ScenarioNodeDraft draft, Attributes attributes) {
        Optional<String> outcome = attributes.value("outcome");
        if (!draft.declaredEnd) {
            outcome.filter(value -> !draft.misspeltEnd).ifPresent(value -> errors.at(draft.position, "outcome="
                    + ScenarioErrors.abbreviate(value) + " on node " + draft.label() + ", which is not an ending: add '.end' "
                    + "to its braces to make it one, or remove the outcome"));
            return;
        }
        if (outcome.isEmpty()) {
            errors.at(draft.position, "ending " + draft.label() + " has no outcome: add outcome=good, outcome=neutral "
                    + "or outcome=harmful to its braces");
        } else if (!OUTCOMES.contains(outcome.get())) {
            errors.at(draft.position, "unknown outcome '" + ScenarioErrors.abbreviate(outcome.get()) + "'"
                    + ScenarioErrors.suggestion(outcome.get(), OUTCOMES) + "; allowed: good, harmful, neutral");
        }
        draft.outcome = outcome.filter(OUTCOMES::contains)
                .map(value -> Outcome.valueOf(value.toUpperCase(Locale.ROOT)))
                .orElse(Outcome.NEUTRAL);
    }

    private void readEndScore(ScenarioNodeDraft draft, Attributes attributes) {
        Optional<String> score = attributes.value("score");
        if (score.isPresent() && !draft.declaredEnd && !draft.misspeltEnd) {
            String value = ScenarioErrors.abbreviate(score.get());
            errors.at(draft.position, "score=" + value + " on node " + draft.label() + ", which is not an ending: "
                    + "put scores on its choices ('- [...](#next) {score=" + value + " step=...}'), "
                    + "or add '.end' to make it an ending");
        } else if (score.isPresent() && draft.declaredEnd) {
            draft.endScore = errors.wholeNumber(score.get(), draft.position, "the score of ending " + draft.label());
        } else if (draft.declaredEnd && settings.scoring() == Scoring.STATIC) {
            errors.at(draft.position, "ending " + draft.label() + " has no score, which static scoring needs: add score=... "
                    + "to its braces, e.g. '{#" + (draft.id != null ? draft.id : "ending-id") + " .end outcome="
                    + draft.outcome.name().toLowerCase(Locale.ROOT) + " score=10}'");
        }
    }

    private void addBlock(ScenarioNodeDraft draft, Node block) {
        if (draft.choiceList == null && block instanceof BulletList list && ScenarioChoiceReader.isChoiceList(list)) {
            draft.choiceList = list;
            draft.lastChoiceList = list;
            choiceReader.readChoices(draft, list);
        } else if (draft.choiceList == null) {
            draft.narrative.add(block);
        } else if (block instanceof BlockQuote quote && isUnindentedFeedback(draft, quote)) {
            draft.strayFeedback = quote;
            errors.at(ScenarioPosition.of(quote), "the feedback of choice '"
                    + ScenarioErrors.abbreviate(ScenarioChoiceReader.choiceText((ListItem) draft.lastChoiceList.getLastChild()))
                    + "' is not indented, so it ends the list of choices: indent its '>' lines by two spaces to put it "
                    + "under the choice");
        } else if (block instanceof BulletList list && block.getPrevious() == draft.strayFeedback
                && ScenarioChoiceReader.isChoiceList(list)) {
            draft.lastChoiceList = list;
            choiceReader.readChoices(draft, list);
        } else {
            errors.at(ScenarioPosition.of(block), "unexpected text after the choices of node " + draft.label()
                    + ": the narrative goes before the list of choices, and only the choices' indented '> feedback' "
                    + "after them");
        }
    }

    /**
     * True when a blockquote right after the choices is a choice's feedback written without its indent: more choices
     * follow it, or it starts on the line after the choices.
     */
    private static boolean isUnindentedFeedback(ScenarioNodeDraft draft, BlockQuote quote) {
        if (quote.getPrevious() != draft.lastChoiceList) {
            return false;
        }
        boolean moreChoices = quote.getNext() instanceof BulletList list && ScenarioChoiceReader.isChoiceList(list);
        return moreChoices || ScenarioPosition.of(quote).line() == ScenarioPosition.lastLine(draft.lastChoiceList) + 1;
    }

    private static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        slug = slug.length() > 40 ? slug.substring(0, 40).replaceAll("-+$", "") : slug;
        if (slug.isEmpty()) {
            return "node-id";
        }
        return slug.charAt(0) >= 'a' && slug.charAt(0) <= 'z' ? slug : "node-" + slug;
    }
}

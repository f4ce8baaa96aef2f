package org.mhfa.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;

/**
 * A question of a knowledge check while its heading and the blocks under it are read, then checked and built: the
 * heading's braces, the answer list (a task list, a numbered list or {@code left -> right} pairs) and the explanation.
 */
final class QuestionDraft {

    private static final Set<String> TYPE_KEYS = Set.of("single", "multiple", "true-false", "ordering", "matching");
    private static final String PAIR_SEPARATOR = " -> ";
    private static final int MAX_OPTIONS = 26;

    private final MarkdownRenderer markdown;

    private final Heading heading;
    private final ContentFile file;
    private final String id;
    private final String prompt;
    private QuestionType declaredType;
    private final List<Node> detail = new ArrayList<>();
    private ListBlock answers;
    /** Lists that continue the answers after an option's feedback that was not indented under it. */
    private final List<ListBlock> continuations = new ArrayList<>();
    private BlockQuote strayFeedback;
    private final List<Node> explanation = new ArrayList<>();
    private boolean valid = true;

    QuestionDraft(MarkdownRenderer markdown, Heading heading, int position, ContentFile file, Set<String> usedIds) {
        this.markdown = markdown;
        this.heading = heading;
        this.file = file;
        Attributes.Split split = Attributes.splitTrailing(QuizParser.plainText(heading));
        Attributes attributes = split.attributes();
        attributes.problems().forEach(problem -> error(heading, problem));
        List<String> strayWords = attributes.words().stream().filter(word -> typeSuggestion(word).isEmpty()).toList();
        boolean idWithSpaces = attributes.id() != null && !ContentLoader.ID.matcher(attributes.id()).matches()
                && !strayWords.isEmpty();
        for (String word : attributes.words()) {
            if (!idWithSpaces || !strayWords.contains(word)) {
                error(heading, "'" + abbreviate(word) + "' is neither an id nor a type: write '#' before the question's "
                        + "id and '.' before its type" + typeSuggestion(word));
            }
        }
        for (String keyValue : attributes.keyValues()) {
            error(heading, "a question's braces take only its #id and its .type: remove '" + abbreviate(keyValue) + "'");
        }
        String writtenId = idWithSpaces ? attributes.id() + " " + String.join(" ", strayWords) : attributes.id();
        this.id = readId(writtenId, position, usedIds);
        readType(attributes);
        this.prompt = split.text();
        if (prompt.isBlank()) {
            error(heading, "the question heading has no text: write the question after '## '");
        }
    }

    /** The id written in the braces when it is valid and not used before, else {@code q} and the question's position. */
    private String readId(String writtenId, int position, Set<String> usedIds) {
        String questionId = "q" + position;
        if (writtenId != null) {
            if (ContentLoader.ID.matcher(writtenId).matches()) {
                questionId = writtenId;
            } else {
                error(heading, "'#" + abbreviate(writtenId) + "' is not a valid question id: "
                        + "use lowercase letters, digits and hyphens, starting with a letter");
            }
        }
        if (!usedIds.add(questionId)) {
            error(heading, "the question id '" + questionId + "' is used twice in this knowledge check: give each "
                    + "question its own {#id}");
        }
        return questionId;
    }

    private void readType(Attributes attributes) {
        for (String kind : attributes.classes()) {
            Optional<QuestionType> type = QuestionType.fromKey(kind);
            if (type.isEmpty()) {
                error(heading, "unknown question type '." + abbreviate(kind) + "'" + typeSuggestion(kind)
                        + "; types: .single, .multiple, .true-false, .ordering, .matching");
            } else if (declaredType != null) {
                error(heading, "a question has one type; remove '." + kind + "'");
            } else {
                declaredType = type.get();
            }
        }
    }

    void add(Node node) {
        if (answers == null && node instanceof ListBlock list) {
            answers = list;
        } else if (answers == null) {
            detail.add(node);
        } else if (node instanceof BlockQuote quote && isUnindentedFeedback(quote)) {
            strayFeedback = quote;
            error(quote, "the feedback of option '" + abbreviate(QuizParser.plainText(lastAnswerList().getLastChild()))
                    + "' is not indented, so it ends the list of answers: indent its '>' lines by two spaces to put it "
                    + "under the option");
        } else if (node instanceof BulletList list && strayFeedback != null && list.getPrevious() == strayFeedback) {
            continuations.add(list);
        } else if (node instanceof BlockQuote && explanation.isEmpty()) {
            for (Node part = node.getFirstChild(); part != null; part = part.getNext()) {
                explanation.add(part);
            }
        } else {
            error(node, "unexpected text after the answers of question '" + id
                    + "': only one explanation may follow, as a blockquote ('> ...')");
        }
    }

    /**
     * True when a blockquote right after a task list is an option's feedback written without its indent: another
     * list of options follows it, or it starts on the line after the options and more follows it.
     */
    private boolean isUnindentedFeedback(BlockQuote quote) {
        ListBlock options = lastAnswerList();
        if (!(options instanceof BulletList) || quote.getPrevious() != options) {
            return false;
        }
        Node next = quote.getNext();
        boolean adjacent = QuizParser.line(quote) == lastLine(options) + 1;
        return next instanceof BulletList || (adjacent && (next instanceof BlockQuote || strayFeedback != null));
    }

    private ListBlock lastAnswerList() {
        return continuations.isEmpty() ? answers : continuations.get(continuations.size() - 1);
    }

    Optional<Question> finish() {
        if (answers == null) {
            error(heading, "question '" + id + "' has no answers: add a task list below it ('- [ ] wrong', '- [x] right'), "
                    + "a numbered list for an ordering question, or '- left -> right' pairs for a matching question");
            return Optional.empty();
        }
        QuestionType type = declaredType != null ? declaredType : inferType();
        if (type == null) {
            return Optional.empty();
        }
        List<QuizOption> options = switch (type) {
            case SINGLE, MULTIPLE, TRUE_FALSE -> readChoices(type);
            case ORDERING -> readOrdering();
            case MATCHING -> readPairs();
        };
        if (!valid) {
            return Optional.empty();
        }
        return Optional.of(new Question(id, type, prompt, markdown.render(detail), List.copyOf(options),
                markdown.render(explanation)));
    }

    private QuestionType inferType() {
        if (answers instanceof OrderedList) {
            return QuestionType.ORDERING;
        }
        List<ListItem> items = items();
        long checked = items.stream().map(this::marker).filter(marker -> marker != null && marker.isChecked()).count();
        boolean anyMarker = items.stream().anyMatch(item -> marker(item) != null);
        if (!anyMarker && items.stream().allMatch(item -> QuizParser.plainText(item).contains(PAIR_SEPARATOR))) {
            return QuestionType.MATCHING;
        }
        if (!anyMarker) {
            error(answers, "the answers of question '" + id + "' must be a task list: start each option with '[ ] ' "
                    + "(or '[x] ' for a correct one); for a matching question write '- left -> right'");
            return null;
        }
        return checked > 1 ? QuestionType.MULTIPLE : QuestionType.SINGLE;
    }

    private List<QuizOption> readChoices(QuestionType type) {
        if (!(answers instanceof BulletList)) {
            error(answers, "options of a ." + type.key() + " question must be a task list ('- [ ] option'), not a numbered list");
            return List.of();
        }
        List<QuizOption> options = new ArrayList<>();
        char letter = 'a';
        for (ListItem item : items()) {
            TaskListItemMarker marker = marker(item);
            if (marker == null) {
                error(item, "each option must start with '[ ] ' (or '[x] ' for a correct one), e.g. '- [ ] "
                        + abbreviate(QuizParser.plainText(item)) + "'");
                continue;
            }
            List<Node> content = new ArrayList<>();
            List<Node> feedback = new ArrayList<>();
            for (Node part = item.getFirstChild(); part != null; part = part.getNext()) {
                if (part instanceof BlockQuote) {
                    for (Node inner = part.getFirstChild(); inner != null; inner = inner.getNext()) {
                        feedback.add(inner);
                    }
                } else if (!(part instanceof TaskListItemMarker)) {
                    content.add(part);
                }
            }
            String html = unwrapParagraph(markdown.render(content));
            if (html.isBlank()) {
                error(item, "an option has no text after its checkbox");
                continue;
            }
            if (options.size() == MAX_OPTIONS) {
                error(item, "a question may have at most " + MAX_OPTIONS + " options");
                break;
            }
            options.add(new QuizOption(String.valueOf(letter++), html, marker.isChecked(), markdown.render(feedback), null));
        }
        long correct = options.stream().filter(QuizOption::correct).count();
        if (options.size() < 2 && valid) {
            error(answers, "question '" + id + "' needs at least two options");
        } else if (correct == 0 && valid) {
            error(answers, "question '" + id + "' has no correct answer: mark the right option with '[x]'");
        } else if (correct > 1 && type != QuestionType.MULTIPLE) {
            error(answers, "question '" + id + "' is ." + type.key() + " but has " + correct
                    + " options marked '[x]': mark exactly one, or make it '.multiple'");
        }
        if (type == QuestionType.TRUE_FALSE && valid) {
            List<String> texts = options.stream().map(option -> option.html().toLowerCase(Locale.ROOT)).sorted().toList();
            if (!texts.equals(List.of("false", "true"))) {
                error(answers, "a .true-false question has exactly two options, 'True' and 'False'");
            }
        }
        return options;
    }

    private List<QuizOption> readOrdering() {
        if (!(answers instanceof OrderedList)) {
            error(answers, "an .ordering question lists its items as a numbered list in the correct order ('1. first')");
            return List.of();
        }
        List<QuizOption> options = new ArrayList<>();
        char letter = 'a';
        for (ListItem item : items()) {
            String html = unwrapParagraph(markdown.render(children(item)));
            if (html.isBlank()) {
                error(item, "an item of an ordering question has no text");
                continue;
            }
            options.add(new QuizOption(String.valueOf(letter++), html, true, "", null));
        }
        if (options.size() < 2 && valid) {
            error(answers, "an ordering question needs at least two items");
        }
        if (options.size() > MAX_OPTIONS) {
            error(answers, "a question may have at most " + MAX_OPTIONS + " items");
        }
        return options;
    }

    private List<QuizOption> readPairs() {
        List<QuizOption> options = new ArrayList<>();
        Set<String> rights = new HashSet<>();
        char letter = 'a';
        for (ListItem item : items()) {
            String text = QuizParser.plainText(item);
            int separator = text.indexOf(PAIR_SEPARATOR);
            if (marker(item) != null || separator < 0 || text.indexOf(PAIR_SEPARATOR, separator + 1) >= 0) {
                error(item, "each item of a matching question is one pair: '- left -> right'");
                continue;
            }
            String left = text.substring(0, separator).strip();
            String right = text.substring(separator + PAIR_SEPARATOR.length()).strip();
            if (left.isEmpty() || right.isEmpty()) {
                error(item, "both sides of a pair need text: '- left -> right'");
                continue;
            }
            if (!rights.add(right)) {
                error(item, "the right side '" + abbreviate(right) + "' appears twice: each pair needs its own");
                continue;
            }
            options.add(new QuizOption(String.valueOf(letter++), inline(left), true, "", inline(right)));
        }
        if (options.size() < 2 && valid) {
            error(answers, "a matching question needs at least two pairs");
        }
        if (options.size() > MAX_OPTIONS) {
            error(answers, "a question may have at most " + MAX_OPTIONS + " pairs");
        }
        return options;
    }

    /** The items of the answer list and of its continuations. */
    private List<ListItem> items() {
        List<ListItem> items = new ArrayList<>();
        List<ListBlock> lists = new ArrayList<>(List.of(answers));
        lists.addAll(continuations);
        for (ListBlock list : lists) {
            for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof ListItem item) {
                    items.add(item);
                }
            }
        }
        return items;
    }

    private List<Node> children(Node parent) {
        List<Node> children = new ArrayList<>();
        for (Node part = parent.getFirstChild(); part != null; part = part.getNext()) {
            children.add(part);
        }
        return children;
    }

    private TaskListItemMarker marker(ListItem item) {
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TaskListItemMarker marker) {
                return marker;
            }
        }
        return null;
    }

    private String inline(String text) {
        return unwrapParagraph(markdown.render(markdown.parse(text)));
    }

    private void error(Node node, String message) {
        valid = false;
        file.error(QuizParser.line(node), QuizParser.column(node), message);
    }

    /** "; did you mean '.multiple'?" for a word that is, or is close to, a question type; else nothing. */
    private static String typeSuggestion(String word) {
        Set<String> types = new HashSet<>();
        TYPE_KEYS.forEach(type -> types.add("." + type));
        return FrontMatter.suggestion("." + word, types);
    }

    /** The 1-based line a block ends on. */
    private static int lastLine(Node block) {
        int spans = block.getSourceSpans().size();
        return spans == 0 ? 1 : block.getSourceSpans().get(spans - 1).getLineIndex() + 1;
    }

    private static String unwrapParagraph(String html) {
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            return html.substring(3, html.length() - 4).strip();
        }
        return html;
    }

    private static String abbreviate(String text) {
        return text.length() > 30 ? text.substring(0, 30).stripTrailing() + "…" : text;
    }
}

package org.mhfa.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.mhfa.quiz.Question;
import org.mhfa.quiz.Quiz;
import org.mhfa.quiz.QuizOption;

/** Reads a knowledge check ({@code *.quiz.md}): each {@code ## heading} a question, a task list its options. */
final class QuizParser {

    private static final Set<String> QUIZ_KEYS = Set.of("title", "pass-mark");
    private static final Pattern EXPLICIT_ID = Pattern.compile("^(.*?)\\s*\\{#([^}]*)\\}\\s*$");
    private static final int MAX_OPTIONS = 26;

    private final MarkdownRenderer markdown;

    QuizParser(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    Optional<Quiz> parse(ContentFile file, String id, String text, String version) {
        Optional<FrontMatter> front = FrontMatter.read(file, text, QUIZ_KEYS);
        if (front.isEmpty()) {
            return Optional.empty();
        }
        String title = front.get().requiredString("title");
        int passMark = front.get().integer("pass-mark", 70, 0, 100);
        Node document = markdown.parse(text);
        List<Node> intro = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        Set<String> questionIds = new HashSet<>();
        QuestionDraft draft = null;
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof YamlFrontMatterBlock) {
                continue;
            }
            if (node instanceof Heading heading && heading.getLevel() == 2) {
                if (draft != null) {
                    draft.finish(file).ifPresent(questions::add);
                }
                draft = new QuestionDraft(heading, questions.size() + 1, file, questionIds);
            } else if (draft == null) {
                intro.add(node);
            } else {
                draft.add(node, file);
            }
        }
        if (draft != null) {
            draft.finish(file).ifPresent(questions::add);
        }
        if (draft == null) {
            file.error(front.get().closingLine() + 1, 1,
                    "the knowledge check has no questions: start each question with a heading '## Question text'");
        }
        if (title == null) {
            return Optional.empty();
        }
        return Optional.of(new Quiz(id, title, passMark, markdown.render(intro), List.copyOf(questions), version));
    }

    private static int line(Node node) {
        return node.getSourceSpans().isEmpty() ? 1 : node.getSourceSpans().get(0).getLineIndex() + 1;
    }

    private static int column(Node node) {
        return node.getSourceSpans().isEmpty() ? 1 : node.getSourceSpans().get(0).getColumnIndex() + 1;
    }

    private static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text textNode) {
                text.append(textNode.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString().strip();
    }

    /** A question while its nodes are being read. */
    private final class QuestionDraft {

        private final Heading heading;
        private final String id;
        private final String prompt;
        private final List<Node> detail = new ArrayList<>();
        private final List<QuizOption> options = new ArrayList<>();
        private Node optionList;
        private final List<Node> explanation = new ArrayList<>();

        QuestionDraft(Heading heading, int position, ContentFile file, Set<String> usedIds) {
            this.heading = heading;
            String text = plainText(heading);
            Matcher explicit = EXPLICIT_ID.matcher(text);
            String questionId = "q" + position;
            if (explicit.matches()) {
                text = explicit.group(1);
                if (ContentLoader.ID.matcher(explicit.group(2)).matches()) {
                    questionId = explicit.group(2);
                } else {
                    file.error(line(heading), column(heading), "'{#" + explicit.group(2) + "}' is not a valid question id: "
                            + "use lowercase letters, digits and hyphens, starting with a letter");
                }
            }
            if (!usedIds.add(questionId)) {
                file.error(line(heading), column(heading), "the question id '" + questionId
                        + "' is used twice in this knowledge check: give each question its own {#id}");
            }
            this.id = questionId;
            this.prompt = text;
            if (text.isBlank()) {
                file.error(line(heading), column(heading), "the question heading has no text: write the question after '## '");
            }
        }

        void add(Node node, ContentFile file) {
            if (optionList == null && node instanceof BulletList list) {
                optionList = list;
                readOptions(list, file);
            } else if (optionList == null && node instanceof OrderedList) {
                file.error(line(node), column(node), "options must be a task list, not a numbered list: write '- [ ] option' "
                        + "and '- [x] option' for the correct one");
                optionList = node;
            } else if (optionList == null) {
                detail.add(node);
            } else if (node instanceof BlockQuote && explanation.isEmpty()) {
                for (Node part = node.getFirstChild(); part != null; part = part.getNext()) {
                    explanation.add(part);
                }
            } else {
                file.error(line(node), column(node), "unexpected text after the options of question '" + id
                        + "': only one explanation may follow, as a blockquote ('> ...')");
            }
        }

        private void readOptions(BulletList list, ContentFile file) {
            char letter = 'a';
            for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
                ListItem item = (ListItem) child;
                TaskListItemMarker marker = findMarker(item);
                if (marker == null) {
                    file.error(line(item), column(item), "each option must start with '[ ] ' (or '[x] ' for the correct one), e.g. '- [ ] "
                            + abbreviate(plainText(item)) + "'");
                    continue;
                }
                List<Node> content = new ArrayList<>();
                for (Node part = item.getFirstChild(); part != null; part = part.getNext()) {
                    if (!(part instanceof TaskListItemMarker)) {
                        content.add(part);
                    }
                }
                String html = unwrapParagraph(markdown.render(content));
                if (html.isBlank()) {
                    file.error(line(item), column(item), "an option has no text after its checkbox");
                    continue;
                }
                if (options.size() == MAX_OPTIONS) {
                    file.error(line(item), column(item), "a question may have at most " + MAX_OPTIONS + " options");
                    break;
                }
                options.add(new QuizOption(String.valueOf(letter++), html, marker.isChecked()));
            }
        }

        Optional<Question> finish(ContentFile file) {
            long correct = options.stream().filter(QuizOption::correct).count();
            boolean valid = true;
            if (optionList == null) {
                file.error(line(heading), column(heading), "question '" + id + "' has no options: add a task list below it, "
                        + "'- [ ] wrong option' and '- [x] correct option'");
                return Optional.empty();
            }
            if (options.size() < 2 && optionList instanceof BulletList) {
                file.error(line(optionList), column(optionList), "question '" + id + "' needs at least two options");
                valid = false;
            }
            if (correct == 0 && !options.isEmpty()) {
                file.error(line(optionList), column(optionList), "question '" + id
                        + "' has no correct answer: mark the right option with '[x]'");
                valid = false;
            } else if (correct > 1) {
                file.error(line(optionList), column(optionList), "question '" + id + "' is single choice but has " + correct
                        + " options marked '[x]': mark exactly one");
                valid = false;
            }
            if (!valid || options.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Question(id, prompt, markdown.render(detail), List.copyOf(options), markdown.render(explanation)));
        }

        private TaskListItemMarker findMarker(ListItem item) {
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof TaskListItemMarker marker) {
                    return marker;
                }
            }
            return null;
        }

        private String unwrapParagraph(String html) {
            if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
                return html.substring(3, html.length() - 4).strip();
            }
            return html;
        }

        private String abbreviate(String text) {
            return text.length() > 30 ? text.substring(0, 30) + "…" : text;
        }
    }
}

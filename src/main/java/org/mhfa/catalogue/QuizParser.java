package org.mhfa.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * Reads a knowledge check ({@code *.quiz.md}): each {@code ## heading} a question, a task list, numbered list or
 * list of {@code left -> right} pairs its answers, a blockquote its explanation.
 */
final class QuizParser {

    private static final Set<String> QUIZ_KEYS = Set.of("title", "pass-mark", "attempts", "retry-after-minutes",
            "time-limit-minutes", "draw", "review", "required", "banks");
    private static final Set<String> BANK_KEYS = Set.of("title");
    private static final Set<String> REVIEW_POLICIES = Set.of("answers", "feedback", "after-pass");

    private final MarkdownRenderer markdown;

    QuizParser(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /** Reads a knowledge check whose pool may add questions of the course's {@code banks}. */
    Optional<Quiz> parse(ContentFile file, String id, String text, String version, QuestionBanks banks) {
        int errorsBefore = file.errorCount();
        Optional<FrontMatter> front = FrontMatter.read(file, text, QUIZ_KEYS);
        if (front.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter keys = front.get();
        String title = keys.requiredString("title");
        int passMark = keys.integer("pass-mark", 70, 0, 100);
        Integer attempts = keys.optionalInteger("attempts", 1, 1000);
        int retryAfter = keys.integer("retry-after-minutes", 0, 0, 525_600);
        Integer timeLimit = keys.optionalInteger("time-limit-minutes", 1, 1440);
        Integer draw = keys.optionalInteger("draw", 1, 1000);
        ReviewPolicy review = ReviewPolicy.fromKey(keys.choice("review", REVIEW_POLICIES, "answers")).orElseThrow();
        boolean required = keys.bool("required", true);
        List<FrontMatter.Located<String>> bankNames = keys.wordList("banks", "banks: [warning-signs]");

        Questions own = readQuestions(file, text);
        List<QuestionBank> drawnFrom = bankNames == null ? List.of() : banks.named(file, bankNames);
        List<Question> pool = new ArrayList<>(own.questions());
        drawnFrom.forEach(bank -> pool.addAll(bank.pooled()));
        if (!own.any() && bankNames == null) {
            file.error(keys.closingLine() + 1, 1,
                    "the knowledge check has no questions: start each question with a heading '## Question text'");
        }
        int poolSize = own.ids().size() + drawnFrom.stream().mapToInt(bank -> bank.questions().size()).sum();
        boolean everyBankRead = bankNames == null || drawnFrom.size() == bankNames.size();
        if (draw != null && everyBankRead && (own.any() || !drawnFrom.isEmpty()) && draw > poolSize) {
            file.error(keys.lineOf("draw"), 1, bankNames == null
                    ? "'draw' is " + draw + " but the file has only " + poolSize + " questions: lower 'draw' or add questions to the pool"
                    : "'draw' is " + draw + " but the pool has only " + poolSize + " questions (" + own.ids().size()
                            + " in the file, the rest from its banks): lower 'draw' or add questions to the file or its banks");
        }
        if (title == null || file.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new Quiz(id, title, passMark, attempts, retryAfter, timeLimit, draw, review, required,
                markdown.render(own.intro()), List.copyOf(pool), QuestionBanks.poolVersion(version, drawnFrom)));
    }

    /** Reads a question bank: front matter with a title, then questions written as in a knowledge check. */
    Optional<QuestionBank> parseBank(ContentFile file, String id, String text, String version) {
        int errorsBefore = file.errorCount();
        Optional<FrontMatter> front = FrontMatter.read(file, text, BANK_KEYS);
        if (front.isEmpty()) {
            return Optional.empty();
        }
        String title = front.get().requiredString("title");
        Questions questions = readQuestions(file, text);
        if (!questions.any()) {
            file.error(front.get().closingLine() + 1, 1,
                    "the question bank has no questions: start each question with a heading '## Question text'");
        }
        if (title == null || file.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new QuestionBank(id, title, questions.questions(), version));
    }

    /** The questions of a file, the text before the first, their ids, and whether any question heading was found. */
    private record Questions(List<Node> intro, List<Question> questions, Set<String> ids, boolean any) {
    }

    private Questions readQuestions(ContentFile file, String text) {
        Node document = markdown.parse(text);
        LinkReader.read(file, document);
        List<Node> intro = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        Set<String> questionIds = new HashSet<>();
        QuestionDraft draft = null;
        int position = 0;
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof YamlFrontMatterBlock) {
                continue;
            }
            if (node instanceof Heading heading && heading.getLevel() == 2) {
                if (draft != null) {
                    draft.finish().ifPresent(questions::add);
                }
                draft = new QuestionDraft(markdown, heading, ++position, file, questionIds);
            } else if (draft == null) {
                intro.add(node);
            } else {
                draft.add(node);
            }
        }
        if (draft != null) {
            draft.finish().ifPresent(questions::add);
        }
        return new Questions(intro, List.copyOf(questions), questionIds, draft != null);
    }

    static int line(Node node) {
        return node.getSourceSpans().isEmpty() ? 1 : node.getSourceSpans().get(0).getLineIndex() + 1;
    }

    static int column(Node node) {
        return node.getSourceSpans().isEmpty() ? 1 : node.getSourceSpans().get(0).getColumnIndex() + 1;
    }

    static String plainText(Node node) {
        return MarkdownRenderer.plainText(node).strip();
    }
}

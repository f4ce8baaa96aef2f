package org.mhfa.catalogue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Test access to the real knowledge-check parser for tests outside this package: parses a .quiz.md given as text. */
public final class QuizText {

    /** The parsed check, when the text had no errors, and the validator's messages for it. */
    public record Parsed(Optional<Quiz> quiz, List<String> errors) {
    }

    private QuizText() {
    }

    public static Parsed parse(String text) {
        List<ContentError> errors = new ArrayList<>();
        Path root = Path.of("content");
        ContentFile file = new ContentFile(root, root.resolve("courses/imported/01-module/01-check.quiz.md"), errors);
        Optional<Quiz> quiz = new QuizParser(new MarkdownRenderer()).parse(file, "check", text, "v1", QuestionBanks.NONE);
        return new Parsed(quiz, errors.stream().map(ContentError::toString).toList());
    }

    /** The check {@code quizText} of a course whose bank {@code bankId} is {@code bankText}; fails on any error. */
    public static Quiz loadWithBank(String quizText, String bankId, String bankText) {
        java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("course.md", "---\ntitle: Imported\nsummary: For tests.\n---\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        files.put("01-module/module.md", "---\ntitle: Module\n---\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        files.put("01-module/01-check.quiz.md", quizText.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        files.put("banks/" + bankId + ".bank.md", bankText.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (ContentTree tree = ContentTree.of("imported", CourseFiles.of(files))) {
            ContentLoader.CourseLoad load = tree.load(new ContentLoader());
            if (!load.problems().isEmpty()) {
                throw new AssertionError("the course does not load: " + load.problems());
            }
            return load.course().orElseThrow().quiz("check").orElseThrow();
        }
    }

    /** The check in {@code text}; fails with the validator's messages when it has any. */
    public static Quiz parseValid(String text) {
        Parsed parsed = parse(text);
        if (!parsed.errors().isEmpty() || parsed.quiz().isEmpty()) {
            throw new AssertionError("the knowledge check does not parse: " + parsed.errors() + "\n" + text);
        }
        return parsed.quiz().get();
    }
}

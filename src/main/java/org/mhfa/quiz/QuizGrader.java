package org.mhfa.quiz;

import java.util.LinkedHashMap;
import java.util.Map;

/** Grades answers against a knowledge check, after checking that every question has exactly one valid answer. */
public final class QuizGrader {

    /** The grade of one submission. */
    public record Grade(int correct, int total, int percent, boolean passed) {
    }

    private QuizGrader() {
    }

    /** Throws {@link InvalidSubmissionException} unless every question is answered with one of its options and nothing else is sent. */
    public static void validate(Quiz quiz, Map<String, String> answers) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (answers == null) {
            throw new InvalidSubmissionException(Map.of("answers", "send an answer for every question"));
        }
        for (Question question : quiz.questions()) {
            String chosen = answers.get(question.id());
            if (chosen == null || chosen.isBlank()) {
                errors.put(question.id(), "Choose an answer.");
            } else if (question.option(chosen).isEmpty()) {
                errors.put(question.id(), "'" + abbreviate(chosen) + "' is not one of this question's options.");
            }
        }
        answers.keySet().stream()
                .filter(key -> quiz.question(key).isEmpty())
                .forEach(key -> errors.put(abbreviate(key), "This knowledge check has no such question."));
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
    }

    public static Grade grade(Quiz quiz, Map<String, String> answers) {
        validate(quiz, answers);
        int correct = (int) quiz.questions().stream()
                .filter(question -> question.correctOption().id().equals(answers.get(question.id())))
                .count();
        int total = quiz.questions().size();
        int percent = total == 0 ? 0 : Math.round(correct * 100f / total);
        return new Grade(correct, total, percent, percent >= quiz.passMark());
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}

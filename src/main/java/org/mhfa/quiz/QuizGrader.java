package org.mhfa.quiz;

import org.mhfa.catalogue.Question;
import org.mhfa.catalogue.QuizOption;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Grades answers to the questions an attempt drew, after checking that each is a well-formed answer.
 * Answers are lists of option ids: one id for single choice and true/false, the chosen ids for multiple choice,
 * every id in the trainee's order for ordering, and for matching the id of the chosen right side for each left
 * item in authored order.
 */
public final class QuizGrader {

    /** The grade of one submission: points per question (0 to 1), questions fully right, percent, pass. */
    public record Grade(Map<String, Double> points, int fullyCorrect, int total, int percent, boolean passed) {
    }

    private QuizGrader() {
    }

    /** Throws {@link InvalidSubmissionException} unless every drawn question has a well-formed answer and nothing else is sent. */
    public static void validate(List<Question> questions, Map<String, List<String>> answers) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (answers == null) {
            throw new InvalidSubmissionException(Map.of("answers", "send an answer for every question"));
        }
        for (Question question : questions) {
            List<String> answer = answers.get(question.id());
            String problem = answer == null || answer.isEmpty() ? "Answer this question." : problemWith(question, answer);
            if (problem != null) {
                errors.put(question.id(), problem);
            }
        }
        Set<String> asked = new HashSet<>();
        questions.forEach(question -> asked.add(question.id()));
        answers.keySet().stream().filter(key -> !asked.contains(key))
                .forEach(key -> errors.put(abbreviate(key), "This attempt has no such question."));
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
    }

    public static Grade grade(List<Question> questions, int passMark, Map<String, List<String>> answers) {
        validate(questions, answers);
        Map<String, Double> points = new LinkedHashMap<>();
        for (Question question : questions) {
            points.put(question.id(), points(question, answers.get(question.id())));
        }
        double sum = points.values().stream().mapToDouble(Double::doubleValue).sum();
        int fullyCorrect = (int) points.values().stream().filter(value -> value >= 1.0).count();
        int percent = questions.isEmpty() ? 0 : (int) Math.round(sum * 100 / questions.size());
        return new Grade(points, fullyCorrect, questions.size(), percent, percent >= passMark);
    }

    /** The points (0 to 1) a well-formed answer earns; the partial-credit rules are in content/README.md. */
    public static double points(Question question, List<String> answer) {
        List<QuizOption> options = question.options();
        return switch (question.type()) {
            case SINGLE, TRUE_FALSE -> question.option(answer.get(0)).map(QuizOption::correct).orElse(false) ? 1 : 0;
            case MULTIPLE -> {
                long right = answer.stream().filter(id -> question.option(id).map(QuizOption::correct).orElse(false)).count();
                long wrong = answer.size() - right;
                yield Math.max(0, (double) (right - wrong) / question.correctOptions().size());
            }
            case ORDERING, MATCHING -> {
                int inPlace = 0;
                for (int i = 0; i < options.size(); i++) {
                    if (options.get(i).id().equals(answer.get(i))) {
                        inPlace++;
                    }
                }
                yield (double) inPlace / options.size();
            }
        };
    }

    private static String problemWith(Question question, List<String> answer) {
        for (String id : answer) {
            if (id == null || question.option(id).isEmpty()) {
                return notAnOption(String.valueOf(id));
            }
        }
        int size = question.options().size();
        return switch (question.type()) {
            case SINGLE, TRUE_FALSE -> answer.size() == 1 ? null : "Choose one answer.";
            case MULTIPLE -> new HashSet<>(answer).size() == answer.size() ? null : "Choose each option at most once.";
            case ORDERING -> answer.size() == size && new HashSet<>(answer).size() == size
                    ? null : "Put every item in a position of its own (1 to " + size + ").";
            case MATCHING -> answer.size() == size ? null : "Match every item on the left.";
        };
    }

    /** The message for an answer naming something that is not one of the question's options. */
    static String notAnOption(String sent) {
        return "'" + abbreviate(sent) + "' is not one of this question's options.";
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}

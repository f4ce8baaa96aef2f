package org.mhfa.quiz;

import org.mhfa.catalogue.Question;
import org.mhfa.catalogue.Quiz;
import org.mhfa.catalogue.QuizOption;
import org.mhfa.catalogue.ReviewPolicy;
import java.util.List;
import java.util.Map;

/**
 * A closed attempt laid beside its questions, showing only what the check's review policy allows: the correct
 * answers, the feedback on the chosen options, the explanation.
 */
public record AttemptReview(QuizAttempt attempt, Quiz quiz, List<QuestionReview> questions, boolean showCorrectAnswers,
        boolean showFeedback) {

    /** One question of a reviewed attempt. */
    public record QuestionReview(Question question, List<QuizOption> chosen, double points) {

        public boolean correct() {
            return points >= 1.0;
        }

        public int percent() {
            return (int) Math.round(points * 100);
        }

        /** The chosen options in the order given (for ordering and matching: the answer in the trainee's order). */
        public List<QuizOption> chosenOptions() {
            return chosen;
        }
    }

    public static AttemptReview of(QuizAttempt attempt, Quiz quiz, List<Question> drawn, Map<String, List<String>> answers,
            boolean passedEver) {
        List<QuestionReview> questions = questionReviews(drawn, answers, attempt.status == AttemptStatus.SUBMITTED);
        boolean everything = switch (quiz.review()) {
            case ANSWERS -> true;
            case FEEDBACK -> false;
            case AFTER_PASS -> passedEver;
        };
        boolean feedback = quiz.review() == ReviewPolicy.FEEDBACK || everything;
        return new AttemptReview(attempt, quiz, questions, everything, feedback);
    }

    /** Each question beside the options chosen for it and, when {@code graded}, its points (an unknown option scores nothing). */
    public static List<QuestionReview> questionReviews(List<Question> drawn, Map<String, List<String>> answers, boolean graded) {
        return drawn.stream().map(question -> {
            List<String> answer = answers.getOrDefault(question.id(), List.of());
            List<QuizOption> chosen = answer.stream().map(question::option).flatMap(java.util.Optional::stream).toList();
            double points = graded && chosen.size() == answer.size() && !answer.isEmpty() ? QuizGrader.points(question, answer) : 0;
            return new QuestionReview(question, chosen, points);
        }).toList();
    }

    /** True when the knowledge check was edited after this attempt was made. */
    public boolean contentChanged() {
        return !attempt.contentVersion.equals(quiz.version());
    }

    public boolean expired() {
        return attempt.status == AttemptStatus.EXPIRED;
    }
}

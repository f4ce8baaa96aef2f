package org.mhfa.quiz;

import java.util.List;
import java.util.Map;

/** A submitted attempt laid beside its knowledge check: per question what was chosen, what was right, and why. */
public record AttemptReview(QuizAttempt attempt, Quiz quiz, List<QuestionReview> questions) {

    /** One question of a reviewed attempt. */
    public record QuestionReview(Question question, QuizOption chosen, QuizOption correctOption) {

        public boolean correct() {
            return chosen != null && chosen.id().equals(correctOption.id());
        }
    }

    public static AttemptReview of(QuizAttempt attempt, Quiz quiz, Map<String, String> answers) {
        List<QuestionReview> questions = quiz.questions().stream()
                .map(question -> new QuestionReview(question,
                        question.option(answers.getOrDefault(question.id(), "")).orElse(null), question.correctOption()))
                .toList();
        return new AttemptReview(attempt, quiz, questions);
    }

    /** True when the knowledge check was edited after this attempt was made. */
    public boolean contentChanged() {
        return !attempt.contentVersion.equals(quiz.version());
    }
}

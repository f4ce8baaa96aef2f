package org.mhfa.catalogue;

import java.util.List;
import java.util.Optional;

/** A knowledge check: a pool of questions, graded on the server against a pass mark, under its attempt rules. */
public record Quiz(String id, String title, int passMark, Integer attemptLimit, int retryAfterMinutes,
        Integer timeLimitMinutes, Integer draw, ReviewPolicy review, boolean required, String introHtml,
        List<Question> questions, String version) implements ModuleItem {

    @Override
    public String kind() {
        return "quizzes";
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(question -> question.id().equals(questionId)).findFirst();
    }

    /** How many questions each attempt asks. */
    public int questionsPerAttempt() {
        return draw == null ? questions.size() : Math.min(draw, questions.size());
    }
}

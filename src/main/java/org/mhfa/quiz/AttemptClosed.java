package org.mhfa.quiz;

import org.mhfa.catalogue.Question;
import org.mhfa.catalogue.Quiz;
import java.util.List;
import java.util.Map;
import org.mhfa.catalogue.Course;

/**
 * A CDI event: a knowledge-check attempt was graded, or expired ({@code grade} null); fired inside the transaction
 * that closes it.
 */
public record AttemptClosed(QuizAttempt attempt, Course course, Quiz quiz, List<Question> questions,
        Map<String, List<String>> answers, QuizGrader.Grade grade) {
}

package org.mhfa.quiz;

import org.mhfa.catalogue.Question;
import org.mhfa.catalogue.Quiz;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which questions an attempt asks, fixed by the attempt's seed through {@link OptionTokens} (an HMAC, so that what a
 * trainee sees of a draw tells nothing about the seed that also names the options).
 */
public final class QuizDraw {

    private QuizDraw() {
    }

    /** Draws the attempt's questions from the pool: all of them, or {@code draw} at random, kept in authored order. */
    public static List<Question> draw(Quiz quiz, long seed) {
        List<Question> pool = new ArrayList<>(quiz.questions());
        if (quiz.draw() == null || quiz.draw() >= pool.size()) {
            return List.copyOf(pool);
        }
        OptionTokens keyed = new OptionTokens(seed);
        List<Question> drawn = new ArrayList<>(pool.stream()
                .sorted(Comparator.comparing(question -> keyed.drawRank(question.id()), Long::compareUnsigned))
                .limit(quiz.draw()).toList());
        drawn.sort(Comparator.comparingInt(pool::indexOf));
        return List.copyOf(drawn);
    }

    /** The questions an attempt drew, looked up in the knowledge check as it is now. */
    public static List<Question> drawnQuestions(Quiz quiz, QuizAttempt attempt) {
        return attempt.drawnQuestionIds().stream().map(quiz::question).flatMap(java.util.Optional::stream).toList();
    }
}

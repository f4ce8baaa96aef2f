package org.mhfa.quiz;

import org.mhfa.catalogue.Question;
import org.mhfa.catalogue.QuestionType;
import org.mhfa.catalogue.Quiz;
import org.mhfa.catalogue.QuizOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/** Which questions an attempt asks and in which order shuffled items are shown, both fixed by the attempt's seed. */
public final class QuizDraw {

    private QuizDraw() {
    }

    /** Draws the attempt's questions from the pool: all of them, or {@code draw} at random, kept in authored order. */
    public static List<Question> draw(Quiz quiz, long seed) {
        List<Question> pool = new ArrayList<>(quiz.questions());
        if (quiz.draw() == null || quiz.draw() >= pool.size()) {
            return List.copyOf(pool);
        }
        List<Question> shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, new Random(seed));
        List<Question> drawn = new ArrayList<>(shuffled.subList(0, quiz.draw()));
        drawn.sort(Comparator.comparingInt(pool::indexOf));
        return List.copyOf(drawn);
    }

    /** The questions an attempt drew, looked up in the knowledge check as it is now. */
    public static List<Question> drawnQuestions(Quiz quiz, QuizAttempt attempt) {
        return attempt.drawnQuestionIds().stream().map(quiz::question).flatMap(java.util.Optional::stream).toList();
    }

    /**
     * The order in which the items of an ordering question, or the right sides of a matching question, are shown:
     * shuffled by the seed, and never in the correct order when there are two or more.
     */
    public static List<QuizOption> shownOrder(Question question, long seed) {
        List<QuizOption> options = new ArrayList<>(question.options());
        if (question.type() != QuestionType.ORDERING && question.type() != QuestionType.MATCHING) {
            return List.copyOf(options);
        }
        Random random = new Random(seed ^ question.id().hashCode());
        Collections.shuffle(options, random);
        if (options.size() > 1 && options.equals(question.options())) {
            Collections.rotate(options, 1);
        }
        return List.copyOf(options);
    }
}

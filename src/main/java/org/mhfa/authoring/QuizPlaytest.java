package org.mhfa.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.mhfa.catalogue.Question;
import org.mhfa.catalogue.Quiz;
import org.mhfa.quiz.AttemptReview;
import org.mhfa.quiz.FormState;
import org.mhfa.quiz.InvalidSubmissionException;
import org.mhfa.quiz.OptionTokens;
import org.mhfa.quiz.QuizDraw;
import org.mhfa.quiz.QuizGrader;
import org.mhfa.quiz.ShownQuestion;
import org.mhfa.quiz.SubmittedAnswers;

/**
 * Takes a knowledge check of the draft as a trainee would, without recording anything: the attempt's seed (which
 * questions are drawn, how options are named and ordered) travels in the form, the answers are graded by the same
 * grader as real attempts, and no attempt, progress, learning record or certificate is ever made.
 */
@ApplicationScoped
public class QuizPlaytest {

    /** The form of one play-test: the check, the seed that fixes the draw, the questions as shown, and what came back. */
    public record Sheet(Quiz quiz, long seed, List<ShownQuestion> questions, FormState state) {
    }

    /** A graded play-test: the grade, and each question with the answer given, its feedback and the right answer. */
    public record Result(Quiz quiz, QuizGrader.Grade grade, List<AttemptReview.QuestionReview> questions) {
    }

    /** Either the sheet again with errors, or the result. */
    public record Graded(Sheet sheet, Result result) {
    }

    private static final SecureRandom SEEDS = new SecureRandom();

    private final DraftItems items;

    QuizPlaytest(DraftItems items) {
        this.items = items;
    }

    /** A seed for a new play-test: a fresh draw, as a trainee's next attempt would have. */
    public long newSeed() {
        return SEEDS.nextLong();
    }

    /** The play-test of the check at {@code path} with {@code seed}: the same seed shows the same questions and options. */
    public Sheet start(String courseId, String path, long seed) {
        return sheet(quiz(courseId, path), seed, FormState.empty());
    }

    /**
     * Grades the answers of the play-test with {@code seed}; an incomplete or malformed form comes back as the sheet with
     * the message beside each question (the left value), a complete one as its result (the right value).
     */
    public Graded grade(String courseId, String path, long seed, MultivaluedMap<String, String> form) {
        Quiz quiz = quiz(courseId, path);
        List<Question> drawn = QuizDraw.draw(quiz, seed);
        try {
            Map<String, List<String>> answers = SubmittedAnswers.fromForm(drawn, new OptionTokens(seed), form);
            QuizGrader.validate(drawn, answers);
            return new Graded(null, new Result(quiz, QuizGrader.grade(drawn, quiz.passMark(), answers),
                    AttemptReview.questionReviews(drawn, answers, true)));
        } catch (InvalidSubmissionException e) {
            return new Graded(sheet(quiz, seed, new FormState(SubmittedAnswers.lenient(drawn, form), e.fieldErrors())), null);
        }
    }

    private Quiz quiz(String courseId, String path) {
        return items.item(courseId, path, Quiz.class, "knowledge check");
    }

    private static Sheet sheet(Quiz quiz, long seed, FormState state) {
        OptionTokens tokens = new OptionTokens(seed);
        return new Sheet(quiz, seed, QuizDraw.draw(quiz, seed).stream().map(question -> ShownQuestion.of(question, tokens)).toList(), state);
    }
}

package org.mhfa.quiz;

import org.mhfa.catalogue.Question;
import org.mhfa.catalogue.QuestionType;
import org.mhfa.catalogue.Quiz;
import org.mhfa.catalogue.QuizOption;
import org.mhfa.catalogue.ReviewPolicy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuizGraderTest {

    private static QuizOption option(String id, boolean correct) {
        return new QuizOption(id, "Option " + id, correct, "", null);
    }

    private static final Question SINGLE = new Question("single", QuestionType.SINGLE, "Pick one", "",
            List.of(option("a", false), option("b", true), option("c", false)), "");
    private static final Question TRUE_FALSE = new Question("truth", QuestionType.TRUE_FALSE, "True?", "",
            List.of(new QuizOption("a", "True", false, "", null), new QuizOption("b", "False", true, "", null)), "");
    private static final Question MULTIPLE = new Question("multiple", QuestionType.MULTIPLE, "Pick all", "",
            List.of(option("a", true), option("b", true), option("c", false), option("d", false)), "");
    private static final Question ORDERING = new Question("order", QuestionType.ORDERING, "Order", "",
            List.of(option("a", true), option("b", true), option("c", true), option("d", true)), "");
    private static final Question MATCHING = new Question("match", QuestionType.MATCHING, "Match", "",
            List.of(new QuizOption("a", "A", true, "", "1"), new QuizOption("b", "B", true, "", "2"),
                    new QuizOption("c", "C", true, "", "3")), "");

    @Test
    void singleChoiceAndTrueFalseScoreAllOrNothing() {
        assertEquals(1.0, QuizGrader.points(SINGLE, List.of("b")));
        assertEquals(0.0, QuizGrader.points(SINGLE, List.of("a")));
        assertEquals(1.0, QuizGrader.points(TRUE_FALSE, List.of("b")));
        assertEquals(0.0, QuizGrader.points(TRUE_FALSE, List.of("a")));
    }

    @Test
    void multipleChoiceGivesPartialCreditAndSubtractsWrongChoices() {
        assertEquals(1.0, QuizGrader.points(MULTIPLE, List.of("a", "b")));
        assertEquals(0.5, QuizGrader.points(MULTIPLE, List.of("a")));
        assertEquals(0.5, QuizGrader.points(MULTIPLE, List.of("b", "a", "c")) + 0.0, 0.0001);
        assertEquals(0.0, QuizGrader.points(MULTIPLE, List.of("a", "c")));
        assertEquals(0.0, QuizGrader.points(MULTIPLE, List.of("c", "d")), "never below zero");
        assertEquals(0.0, QuizGrader.points(MULTIPLE, List.of("a", "b", "c", "d")), "ticking everything earns nothing");
    }

    @Test
    void orderingCountsItemsInTheirPlace() {
        assertEquals(1.0, QuizGrader.points(ORDERING, List.of("a", "b", "c", "d")));
        assertEquals(0.5, QuizGrader.points(ORDERING, List.of("a", "b", "d", "c")));
        assertEquals(0.0, QuizGrader.points(ORDERING, List.of("d", "a", "b", "c")));
    }

    @Test
    void matchingCountsRightPairs() {
        assertEquals(1.0, QuizGrader.points(MATCHING, List.of("a", "b", "c")));
        assertEquals(1.0 / 3, QuizGrader.points(MATCHING, List.of("a", "c", "b")), 0.0001);
        assertEquals(0.0, QuizGrader.points(MATCHING, List.of("b", "c", "a")));
    }

    @Test
    void theScoreIsTheAverageOfQuestionPointsAgainstThePassMark() {
        List<Question> questions = List.of(SINGLE, MULTIPLE, ORDERING, MATCHING);
        Map<String, List<String>> answers = Map.of("single", List.of("b"), "multiple", List.of("a"),
                "order", List.of("a", "b", "d", "c"), "match", List.of("a", "b", "c"));
        QuizGrader.Grade grade = QuizGrader.grade(questions, 75, answers);
        assertEquals(75, grade.percent());
        assertEquals(2, grade.fullyCorrect());
        assertTrue(grade.passed());
        assertFalse(QuizGrader.grade(questions, 76, answers).passed());
    }

    @Test
    void malformedAnswersAreRefusedQuestionByQuestion() {
        List<Question> questions = List.of(SINGLE, MULTIPLE, ORDERING, MATCHING);
        Map<String, List<String>> answers = Map.of("single", List.of("a", "b"), "multiple", List.of("a", "a"),
                "order", List.of("a", "b", "c"), "match", List.of("a"), "extra", List.of("a"));
        InvalidSubmissionException refused = assertThrows(InvalidSubmissionException.class,
                () -> QuizGrader.grade(questions, 70, answers));
        assertEquals(Map.of("single", "Choose one answer.", "multiple", "Choose each option at most once.",
                "order", "Put every item in a position of its own (1 to 4).", "match", "Match every item on the left.",
                "extra", "This attempt has no such question."), refused.fieldErrors());
        assertEquals(Map.of("single", "Answer this question."), assertThrows(InvalidSubmissionException.class,
                () -> QuizGrader.validate(List.of(SINGLE), Map.of())).fieldErrors());
    }

    @Test
    void theDrawIsFixedBySeedAndKeepsAuthoredOrder() {
        List<Question> pool = List.of(SINGLE, TRUE_FALSE, MULTIPLE, ORDERING, MATCHING);
        Quiz quiz = new Quiz("q", "Q", 70, null, 0, null, 3, ReviewPolicy.ANSWERS, true, "", pool, "v");
        for (long seed = 0; seed < 200; seed++) {
            List<Question> drawn = QuizDraw.draw(quiz, seed);
            assertEquals(3, drawn.size());
            assertEquals(drawn, QuizDraw.draw(quiz, seed), "the same seed draws the same questions");
            assertEquals(drawn.stream().sorted(java.util.Comparator.comparingInt(pool::indexOf)).toList(), drawn);
        }
        long distinctDraws = java.util.stream.LongStream.range(0, 200).mapToObj(seed -> QuizDraw.draw(quiz, seed)).distinct().count();
        assertTrue(distinctDraws > 5, "different seeds draw different questions");
    }
}

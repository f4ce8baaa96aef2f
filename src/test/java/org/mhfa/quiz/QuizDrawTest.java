package org.mhfa.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mhfa.catalogue.Question;
import org.mhfa.catalogue.Quiz;
import org.mhfa.catalogue.QuizText;

/** Draws from a pool that adds a question bank's questions to the check's own. */
class QuizDrawTest {

    private static final String CHECK = """
            ---
            title: Check
            draw: 3
            banks: [signs]
            ---
            ## Own one? {#own-one}

            - [x] Yes
            - [ ] No

            ## Own two? {#own-two}

            - [x] Yes
            - [ ] No
            """;

    private static final String BANK = """
            ---
            title: Signs
            ---
            ## Bank one? {#one}

            - [x] Yes
            - [ ] No

            ## Bank two? {#two}

            - [x] Yes
            - [ ] No
            """;

    private final Quiz quiz = QuizText.loadWithBank(CHECK, "signs", BANK);

    @Test
    void drawsFromTheWholePoolAndBankQuestionsCanBeDrawn() {
        Set<String> seen = new HashSet<>();
        for (long seed = 1; seed <= 200; seed++) {
            List<Question> drawn = QuizDraw.draw(quiz, seed);
            assertEquals(3, drawn.size());
            drawn.forEach(question -> seen.add(question.id()));
        }
        assertEquals(Set.of("own-one", "own-two", "signs/one", "signs/two"), seen);
    }

    @Test
    void aDrawIsFixedByItsSeedAndKeptInPoolOrder() {
        List<String> ids = QuizDraw.draw(quiz, 42).stream().map(Question::id).toList();

        assertEquals(ids, QuizDraw.draw(quiz, 42).stream().map(Question::id).toList());
        List<String> pool = quiz.questions().stream().map(Question::id).toList();
        assertTrue(ids.stream().map(pool::indexOf).sorted().toList().equals(ids.stream().map(pool::indexOf).toList()));
    }

    @Test
    void theStoredIdsOfABankQuestionFindItAgain() {
        for (Question drawn : QuizDraw.draw(quiz, 7)) {
            assertEquals(drawn, quiz.question(drawn.id()).orElseThrow());
        }
        assertEquals("Bank two?", quiz.question("signs/two").orElseThrow().prompt());
    }
}

package org.mhfa.catalogue.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mhfa.catalogue.exchange.ExchangeFixtures.optionTexts;
import static org.mhfa.catalogue.exchange.ExchangeFixtures.parse;
import static org.mhfa.catalogue.exchange.ExchangeFixtures.rightOptions;
import static org.mhfa.catalogue.exchange.ExchangeFixtures.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mhfa.catalogue.Question;
import org.mhfa.catalogue.QuestionType;
import org.mhfa.catalogue.Quiz;

class AikenImporterTest {

    @Test
    void questionsWithLetteredOptionsBecomeSingleChoiceQuestionsTheParserAccepts() {
        ImportResult result = AikenImporter.read("""
                What is the first step of the action plan?
                A. Listen non-judgementally
                B. Approach, assess for risk and assist with any crisis
                C. Encourage self-help
                ANSWER: B

                Which of these is a *myth* about suicide?
                A) Asking about suicide puts the idea in someone's head
                B) Talking about it can bring relief
                ANSWER: A
                """);
        assertEquals(List.of(), result.findings());
        assertEquals(List.of("q1", "q2"), result.questions().stream().map(ImportedQuestion::id).toList());
        assertEquals(List.of(1, 7), result.questions().stream().map(ImportedQuestion::line).toList());
        Quiz quiz = parse(result);
        Question first = quiz.questions().get(0);
        assertEquals(QuestionType.SINGLE, first.type());
        assertEquals("What is the first step of the action plan?", first.prompt());
        assertEquals(List.of("Listen non-judgementally", "Approach, assess for risk and assist with any crisis",
                "Encourage self-help"), optionTexts(first));
        assertEquals(List.of("b"), rightOptions(first));
        Question second = quiz.questions().get(1);
        assertEquals("Which of these is a *myth* about suicide?", second.prompt());
        assertEquals(List.of("a"), rightOptions(second));
        assertEquals("Asking about suicide puts the idea in someone's head", text(second.options().get(0).html()));
    }

    @Test
    void questionTextOverSeveralLinesIsJoinedAndBlankLinesAreIgnored() {
        ImportResult result = AikenImporter.read("\r\nJun feels ashamed of needing help.\r\nWhich kind of stigma is this?\r\n\r\n"
                + "A. Public stigma\r\nB. Self-stigma\r\nanswer: b\r\n");
        assertEquals(List.of(), result.findings());
        Question question = parse(result).questions().get(0);
        assertEquals("Jun feels ashamed of needing help. Which kind of stigma is this?", question.prompt());
        assertEquals(List.of("b"), rightOptions(question));
    }

    @Test
    void everyProblemIsReportedAtItsLineAndOnlyGoodQuestionsAreImported() {
        ImportResult result = AikenImporter.read("""
                A. An option before any question
                ANSWER: A
                Out of order?
                A. One
                C. Three
                ANSWER: A
                Two right answers?
                A. One
                B. Two
                ANSWER: A, B
                Not an option?
                A. One
                B. Two
                ANSWER: D
                Only one option?
                A. One
                ANSWER: A
                Forgot the answer?
                A. One
                B. Two
                A good question after it?
                A. Yes
                B. No
                ANSWER: A
                No answer at the end?
                A. One
                B. Two
                """);
        assertEquals(List.of("q6"), result.questions().stream().map(ImportedQuestion::id).toList());
        assertEquals(List.of(
                "1:1: an option with no question before it is not imported: write the question on the line above its options",
                "2:1: an ANSWER line with no question before it is not imported",
                "5:1: question 'q1' is not imported: its option 'C' should be 'B': letter the options A, B, C … in order",
                "10:1: question 'q2' is not imported: its ANSWER 'A, B' is not one letter: Aiken has exactly one right answer",
                "14:1: question 'q3' is not imported: its ANSWER 'D' is not one of its options",
                "17:1: question 'q4' is not imported: it has 1 options: a question needs at least two",
                "18:1: question 'q5' is not imported: its options are followed by text, not by an 'ANSWER: X' line: is the "
                        + "ANSWER line missing, or is line 21 an option without its letter?",
                "25:1: question 'q7' is not imported: it has no 'ANSWER: X' line"),
                result.findings().stream().map(Finding::toString).toList());
    }
}

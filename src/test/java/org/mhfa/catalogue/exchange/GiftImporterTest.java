package org.mhfa.catalogue.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mhfa.catalogue.exchange.ExchangeFixtures.EVERY_TYPE;
import static org.mhfa.catalogue.exchange.ExchangeFixtures.lineOf;
import static org.mhfa.catalogue.exchange.ExchangeFixtures.optionTexts;
import static org.mhfa.catalogue.exchange.ExchangeFixtures.parse;
import static org.mhfa.catalogue.exchange.ExchangeFixtures.question;
import static org.mhfa.catalogue.exchange.ExchangeFixtures.rightOptions;
import static org.mhfa.catalogue.exchange.ExchangeFixtures.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mhfa.catalogue.Question;
import org.mhfa.catalogue.QuestionType;
import org.mhfa.catalogue.Quiz;

class GiftImporterTest {

    private static final String GIFT = ExchangeFixtures.read(EVERY_TYPE);
    private static final ImportResult RESULT = GiftImporter.read(GIFT);
    private static final Quiz QUIZ = parse(RESULT);

    @Test
    void everyQuestionAKnowledgeCheckCanHoldIsImportedAndAcceptedByTheParser() {
        assertEquals(List.of("first-response", "signs-of-struggle", "no-diagnosis", "q4", "where-to-turn", "q6", "escapes",
                "several-right", "partial-credit", "penalties"), QUIZ.questions().stream().map(Question::id).toList());
        assertEquals(List.of(QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE, QuestionType.TRUE_FALSE,
                QuestionType.MATCHING, QuestionType.SINGLE, QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.SINGLE,
                QuestionType.MULTIPLE), QUIZ.questions().stream().map(Question::type).toList());
        assertEquals(RESULT.questions().stream().map(ImportedQuestion::type).toList(),
                QUIZ.questions().stream().map(Question::type).toList());
    }

    @Test
    void eachQuestionIsEitherImportedOrReportedAsNotImported() {
        long notImported = RESULT.findings().stream().filter(finding -> finding.message().contains("is not imported")).count();
        assertEquals(18, RESULT.questions().size() + notImported, RESULT.findings().toString());
    }

    @Test
    void aSingleChoiceQuestionIsWrittenAsTheAuthoringGuideShows() {
        assertEquals("""
                ## A colleague tells you they have been feeling low for weeks. What is the best first response? {#first-response .single}

                - [ ] Tell them that everyone feels like that sometimes.
                  > This can make them feel their feelings don't matter.
                - [x] Thank them for telling you, and ask them to say more about how they have been feeling.
                  > Right. Listening without judging comes first.
                - [ ] Tell them which condition you think they have.
                  > A first aider does not diagnose.

                > Listening without judging comes first.
                >
                > You are not there to diagnose.
                """, RESULT.questions().get(0).markdown());
        assertEquals(lineOf(GIFT, "::First response::"), RESULT.questions().get(0).line());
    }

    @Test
    void rightAnswersFeedbackAndTheGeneralFeedbackSurviveTheParser() {
        Question question = question(QUIZ, "first-response");
        assertEquals(List.of("b"), rightOptions(question));
        assertEquals("<p>Right. Listening without judging comes first.</p>", question.options().get(1).feedbackHtml());
        assertEquals("<p>Listening without judging comes first.</p>\n<p>You are not there to diagnose.</p>",
                question.explanationHtml());
    }

    @Test
    void equalWeightsWithoutAnEqualsSignMakeAMultipleQuestion() {
        Question question = question(QUIZ, "signs-of-struggle");
        assertEquals("Which of these changes could show that a colleague is struggling? Choose all that apply.",
                question.prompt());
        assertEquals(List.of("a", "b", "d"), rightOptions(question));
        assertEquals("<p>Not on its own.</p>", question.options().get(2).feedbackHtml());
        assertTrue(RESULT.findings().stream().noneMatch(finding -> finding.message().contains("signs-of-struggle")));
    }

    @Test
    void trueFalseFeedbackGoesFirstToTheWrongThenToTheRightOption() {
        Question question = question(QUIZ, "no-diagnosis");
        assertEquals(List.of("True", "False"), optionTexts(question));
        assertEquals(List.of("b"), rightOptions(question));
        assertEquals("<p>Diagnosis is for professionals, not first aiders.</p>", question.options().get(0).feedbackHtml());
        assertEquals("<p>Right. Notice and ask; leave diagnosis to professionals.</p>",
                question.options().get(1).feedbackHtml());
        assertEquals("<p>A first aider does not diagnose.</p>", question.explanationHtml());
        assertEquals(List.of("a"), rightOptions(question(QUIZ, "q4")));
    }

    @Test
    void matchingPairsAreReadAndADistractorIsReported() {
        Question question = question(QUIZ, "where-to-turn");
        assertEquals(List.of("A colleague wants confidential counselling through work", "Someone's low mood has lasted for weeks",
                "Someone is in immediate danger"), optionTexts(question));
        assertEquals(List.of("The employee assistance programme", "Their doctor", "Your local emergency number"),
                question.options().stream().map(option -> text(option.matchHtml())).toList());
        assertFinding("= -> A horoscope", "the extra right side 'A horoscope' (a distractor with no left side) is not kept");
    }

    @Test
    void theMissingWordFormLeavesABlankInThePrompt() {
        Question question = question(QUIZ, "q6");
        assertEquals("A first aider _____ the person in distress.", question.prompt());
        assertEquals(List.of("diagnoses", "listens to", "ignores"), optionTexts(question));
        assertEquals(List.of("b"), rightOptions(question));
    }

    @Test
    void escapedCharactersAreText() {
        Question question = question(QUIZ, "escapes");
        assertEquals("Which of these is written with GIFT's special characters: 1 = 1?", question.prompt());
        assertEquals("The set {a} ~ #1, with a backslash \\ too", text(question.options().get(0).html()));
        assertEquals("Right: all of them are escaped.", text(question.options().get(0).feedbackHtml()));
    }

    @Test
    void severalRightAnswersMakeAMultipleQuestionAndSaySo() {
        assertEquals(List.of("a", "b"), rightOptions(question(QUIZ, "several-right")));
        assertFinding("=A crisis line in your region", "2 answers are marked right: Moodle accepts any one of them, here it is a "
                + ".multiple question where trainees choose all of them");
    }

    @Test
    void partialCreditAndPenaltiesAKnowledgeCheckScoresOtherwiseAreReported() {
        assertEquals(List.of("a"), rightOptions(question(QUIZ, "partial-credit")));
        assertFinding("~%50%Listen non-judgementally", "the partial credit 50% is not kept: this option counts as wrong");
        assertEquals(List.of("a", "b"), rightOptions(question(QUIZ, "penalties")));
        assertFinding("~A sunny mood", "the weights of its wrong answers (0%) are not kept: here each wrong option "
                + "chosen takes away 50% (one right option's share), never going below 0");
    }

    @Test
    void everyConstructThatCannotBeImportedIsReportedAtItsLine() {
        Map<String, String> reported = new LinkedHashMap<>();
        reported.put("$CATEGORY:", "the category '$course$/Mental health first aid/Knowledge checks' is not kept");
        reported.put("::Essay::", "question 'essay' is not imported: it is an essay question");
        reported.put("::Short answer::", "question 'short-answer' is not imported: it is a short-answer question");
        reported.put("The first step of ALGEE", "question 'q13' is not imported: it is a missing-word question with typed answers");
        reported.put("::Numerical::", "question 'numerical' is not imported: it is a numerical question");
        reported.put("::HTML::", "question 'html' is not imported: it uses the [html] text format");
        reported.put("::Moodle::", "question 'moodle' is not imported: it uses the [moodle] text format");
        reported.put("::Markdown::", "question 'markdown' is not imported: it uses the [markdown] text format");
        reported.put("This text has no answers", "question 'q18' is not imported: it has no answers in braces, so Moodle "
                + "reads it as a description");
        reported.forEach(this::assertFinding);
    }

    @Test
    void aFindingNamesTheLineAndColumnOfTheConstruct() {
        int line = lineOf(GIFT, "::Numerical::");
        int column = GIFT.lines().toList().get(line - 1).indexOf('{') + 1;
        assertTrue(RESULT.findings().stream().map(Finding::toString).anyMatch((line + ":" + column + ": question 'numerical' "
                + "is not imported: it is a numerical question, a type a knowledge check does not have")::equals),
                RESULT.findings().toString());
    }

    @Test
    void findingsAreInFileOrder() {
        List<Integer> lines = RESULT.findings().stream().map(Finding::line).toList();
        assertEquals(lines.stream().sorted().toList(), lines);
    }

    private void assertFinding(String marker, String message) {
        int line = lineOf(GIFT, marker);
        assertTrue(RESULT.findings().stream().anyMatch(finding -> finding.line() == line && finding.message().contains(message)),
                "no finding at line " + line + " saying '" + message + "' in " + RESULT.findings());
    }
}

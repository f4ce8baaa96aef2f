package org.mhfa.catalogue.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mhfa.catalogue.QuizText;

class GiftExporterTest {

    private static final String CHECK = """
            ---
            title: Check your understanding
            ---

            ## A colleague tells you they have been feeling low for weeks. What is the best first response? {#first-response .single}

            You are in a quiet room and have time to talk.

            - [ ] Tell them that everyone feels like that sometimes.
              > This can make them feel their feelings don't matter.
            - [x] Thank them for telling you, and ask them to say more.
              > Right. Listening without judging comes first.

            > Listening without judging comes first.
            >
            > You are not there to diagnose.

            ## Which of these changes could show that a colleague is struggling? Choose all that apply. {#signs .multiple}

            - [x] They seem withdrawn.
            - [ ] They have started cycling to work.
            - [x] They seem tired or tearful.

            ## As a first aider, you diagnose. {#no-diagnosis .true-false}

            - [ ] True
              > Diagnosis is for professionals.
            - [x] False

            > Notice and ask.

            ## Match each situation with a place to turn. {#where-to-turn .matching}

            - Confidential counselling through work -> The employee assistance programme
            - Immediate danger -> Your local emergency number
            """;

    @Test
    void choiceTrueFalseAndMatchingQuestionsAreWrittenAsMoodleWritesThem() {
        ExportResult result = GiftExporter.write(QuizText.parseValid(CHECK));
        assertEquals("""
                // Check your understanding

                ::first-response::A colleague tells you they have been feeling low for weeks. What is the best first response?\\n\\nYou are in a quiet room and have time to talk.{
                \t~Tell them that everyone feels like that sometimes.#This can make them feel their feelings don't matter.
                \t=Thank them for telling you, and ask them to say more.#Right. Listening without judging comes first.
                \t####Listening without judging comes first.\\n\\nYou are not there to diagnose.
                }

                ::signs::Which of these changes could show that a colleague is struggling? Choose all that apply.{
                \t~%50%They seem withdrawn.
                \t~%-50%They have started cycling to work.
                \t~%50%They seem tired or tearful.
                }

                ::no-diagnosis::As a first aider, you diagnose.{FALSE#Diagnosis is for professionals.####Notice and ask.}

                ::where-to-turn::Match each situation with a place to turn.{
                \t=Confidential counselling through work -> The employee assistance programme
                \t=Immediate danger -> Your local emergency number
                }

                """, result.text());
        assertEquals(List.of(), result.findings());
    }

    @Test
    void trueFalseFeedbackForARightAnswerAloneKeepsItsPlace() {
        String check = CHECK.replace("- [x] False\n", "- [x] False\n  > Right.\n").replace("  > Diagnosis is for professionals.\n", "");
        assertTrue(GiftExporter.write(QuizText.parseValid(check)).text()
                .contains("::no-diagnosis::As a first aider, you diagnose.{FALSE##Right.####Notice and ask.}"));
    }

    @Test
    void anOrderingQuestionIsACommentAndAFindingAtItsLine() throws IOException {
        ExportResult result = GiftExporter.write(QuizText.parseValid(Files.readString(
                Path.of("content/courses/community-crisis-support/02-supportive-spaces/03-spaces-check.quiz.md"))));
        Finding ordering = result.findings().stream().filter(finding -> finding.message().contains("suggest-a-group"))
                .findFirst().orElseThrow();
        assertEquals("question 'suggest-a-group' is an ordering question, and GIFT has no ordering type: it is written "
                + "as a comment", ordering.message());
        List<String> lines = result.text().lines().toList();
        assertEquals(List.of(
                "// Not exported: question 'suggest-a-group' is an ordering question, and GIFT has no ordering type.",
                "// Put these steps for suggesting a peer group to someone in a sensible order.",
                "//   1. Ask whether it would help to meet others who have been through something similar."),
                lines.subList(ordering.line() - 1, ordering.line() + 2));
        assertFalse(result.text().contains("::suggest-a-group::"));
        assertTrue(GiftImporter.read(result.text()).questions().stream().noneMatch(q -> q.id().equals("suggest-a-group")));
    }

    @Test
    void settingsAndTheIntroductionAreCommentsWithFindings() {
        String check = CHECK.replace("title: Check your understanding\n", "title: Check your understanding\npass-mark: 80\n"
                + "attempts: 3\ndraw: 2\nreview: after-pass\n").replace("---\n\n## A colleague", "---\nFour questions.\n\n## A colleague");
        ExportResult result = GiftExporter.write(QuizText.parseValid(check));
        assertTrue(result.text().startsWith("""
                // Check your understanding
                // Settings: pass-mark 80, attempts 3, draw 2, review after-pass
                // Introduction:
                // Four questions.

                ::first-response::"""), result.text());
        assertEquals(List.of("2:1: the check's settings are not part of GIFT: they are written as a comment; set them on "
                + "the Moodle quiz", "3:1: GIFT has no place for the check's introduction: it is written as a comment"),
                result.findings().stream().map(Finding::toString).toList());
    }

    @Test
    void giftsSpecialCharactersAreEscaped() {
        String check = CHECK.replace("They seem withdrawn.", "{Braces}, = ~ # : and a \\\\ backslash");
        assertTrue(GiftExporter.write(QuizText.parseValid(check)).text()
                .contains("\t~%50%\\{Braces\\}, \\= \\~ \\# \\: and a \\\\ backslash\n"));
    }

    @Test
    void aQuestionWithFormattingIsWrittenAsHtml() {
        String check = CHECK.replace("They seem withdrawn.", "They seem *withdrawn*.");
        String gift = GiftExporter.write(QuizText.parseValid(check)).text();
        assertTrue(gift.contains("::signs::[html]Which of these changes could show that a colleague is struggling? "
                + "Choose all that apply.{\n\t~%50%They seem <em>withdrawn</em>.\n"), gift);
        assertTrue(GiftImporter.read(gift).findings().stream().anyMatch(finding -> finding.message()
                .startsWith("question 'signs' is not imported: it uses the [html] text format")));
    }

    @Test
    void matchingSidesGiftCannotHoldAreReported() {
        String check = CHECK.replace("- Immediate danger -> Your local emergency number",
                "- Immediate danger -> \\*Your local emergency number\\*");
        ExportResult formatted = GiftExporter.write(QuizText.parseValid(check));
        assertTrue(formatted.text().contains("\t=Immediate danger -> Your local emergency number\n"));
        assertEquals(List.of("question 'where-to-turn': the formatting of the right side 'Your local emergency number' "
                + "is not kept: GIFT has right sides in plain text"), formatted.findings().stream().map(Finding::message).toList());
        ExportResult arrow = GiftExporter.write(QuizText.parseValid(CHECK.replace("- Immediate danger", "- Danger->now")));
        assertFalse(arrow.text().contains("::where-to-turn::"));
        assertEquals(List.of("question 'where-to-turn' has '->' in the left side of a pair, where GIFT ends the left "
                + "side: it is written as a comment"), arrow.findings().stream().map(Finding::message).toList());
    }

    @Test
    void aWrongOptionThatStartsLikeAWeightGetsAnExplicitZeroWeight() {
        String check = CHECK.replace("Tell them that everyone", "%50% of people would tell them that everyone");
        String gift = GiftExporter.write(QuizText.parseValid(check)).text();
        assertTrue(gift.contains("\t~%0%%50% of people would tell them"), gift);
        assertEquals("%50% of people would tell them that everyone feels like that sometimes.",
                ExchangeFixtures.text(ExchangeFixtures.parse(GiftImporter.read(gift)).questions().get(0).options().get(0).html()));
    }
}

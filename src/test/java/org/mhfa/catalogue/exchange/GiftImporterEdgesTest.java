package org.mhfa.catalogue.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mhfa.catalogue.exchange.ExchangeFixtures.optionTexts;
import static org.mhfa.catalogue.exchange.ExchangeFixtures.parse;
import static org.mhfa.catalogue.exchange.ExchangeFixtures.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mhfa.catalogue.Question;
import org.mhfa.catalogue.Quiz;

class GiftImporterEdgesTest {

    @Test
    void textThatLooksLikeMarkdownReadsBackAsWritten() {
        List<String> tricky = List.of("*not bold* and _not italic_", "# not a heading", "1. not a list", "- not a bullet",
                "> not a quote", "[x] not a checkbox", "`not code`", "a \\ backslash", "&amp; stays an ampersand",
                "[a link](https://example.org) stays text", "ends with -", "x->y", "{#id .single} = ~ : braces");
        StringBuilder gift = new StringBuilder();
        for (int i = 0; i < tricky.size(); i++) {
            String text = gift(tricky.get(i));
            String left = gift(tricky.get(i).replace("->", "=>"));
            gift.append("::T").append(i).append("::").append(text).append("{=").append(text).append("#").append(text)
                    .append(" ~wrong####").append(text).append("}\n\n")
                    .append("::P").append(i).append("::Pair ").append(i).append("{=").append(left)
                    .append(" -> ").append(text).append(" =other -> side}\n\n");
        }
        ImportResult result = GiftImporter.read(gift.toString());
        assertEquals(List.of(), result.findings());
        Quiz quiz = parse(result);
        for (int i = 0; i < tricky.size(); i++) {
            String expected = tricky.get(i);
            Question choice = quiz.questions().get(2 * i);
            assertEquals(expected, choice.prompt());
            assertEquals(expected, text(choice.options().get(0).html()));
            assertEquals(expected, text(choice.options().get(0).feedbackHtml()));
            assertEquals(expected, text(choice.explanationHtml()));
            Question pair = quiz.questions().get(2 * i + 1);
            assertEquals(expected.replace("->", "=>"), text(pair.options().get(0).html()), result.markdown());
            assertEquals(expected, text(pair.options().get(0).matchHtml()), result.markdown());
        }
    }

    @Test
    void idsComeFromTitlesAndStayUniqueAndValid() {
        ImportResult result = GiftImporter.read("""
                ::Same title::A?{=a ~b}

                ::Same title::B?{=a ~b}

                ::123 go::C?{=a ~b}

                ::Ünïcödé façade!::D?{=a ~b}

                ::q6::E?{=a ~b}

                F?{=a ~b}

                ::???::G?{=a ~b}
                """);
        assertEquals(List.of("same-title", "same-title-2", "q-123-go", "unicode-facade", "q6", "q6-2", "q7"),
                result.questions().stream().map(ImportedQuestion::id).toList());
        assertEquals("q" + "x".repeat(62), new QuestionIds().assign("q" + "x".repeat(70), 1));
    }

    @Test
    void lineBreaksWrittenAsBackslashNStartNewParagraphs() {
        Quiz quiz = parse(GiftImporter.read("::Jun::Which kind of stigma is this?\\nJun believes needing help makes him "
                + "weak.\\n\\nHe has stopped telling anyone.{~Public stigma =Self-stigma#Right.\\nJun turned it on himself.}"));
        Question question = quiz.questions().get(0);
        assertEquals("Which kind of stigma is this?", question.prompt());
        assertEquals("<p>Jun believes needing help makes him weak.</p>\n<p>He has stopped telling anyone.</p>",
                question.detailHtml());
        assertEquals("<p>Right.</p>\n<p>Jun turned it on himself.</p>", question.options().get(1).feedbackHtml());
    }

    @Test
    void windowsLineEndingsAByteOrderMarkAndThePlainFormatAreRead() {
        ImportResult result = GiftImporter.read("\uFEFF// comment\r\n::A::[plain]Pick one\r\n{\r\n=yes\r\n~no\r\n}\r\n");
        assertEquals(List.of(), result.findings());
        Question question = parse(result).questions().get(0);
        assertEquals("Pick one", question.prompt());
        assertEquals(List.of("yes", "no"), optionTexts(question));
    }

    @Test
    void htmlInPlainTextIsKeptAsTextAndReported() {
        ImportResult result = GiftImporter.read("::A::Is <b>this</b> bold?{T}");
        assertEquals("Is <b>this</b> bold?", parse(result).questions().get(0).prompt());
        assertEquals(List.of("1:9: question 'a': the HTML '<b>' is kept as plain text: trainees see the tag as written, "
                + "where Moodle would format the text"), strings(result.findings()));
    }

    @Test
    void malformedQuestionsAreReportedAndNotImported() {
        ImportResult result = GiftImporter.read("""
                ::Unclosed title{=a ~b}

                ::Braces::Open { but never closed

                ::Two blocks::A {=a ~b} and {=c ~d}

                ::Before::Pick {stray text ~a =b}

                ::Arrow::Match {=a -> b =c d}

                ::Twice::Match {=a -> same =b -> same}

                ::Hash::Match {=a -> b#feedback =c -> d}

                ::One::Pick {~only}

                ::None::Pick all {~a ~b}

                ::Empty::Pick {=  ~b}

                ::Untold::{=a ~b}
                """);
        assertEquals(List.of(), result.questions());
        assertEquals(List.of(
                "1:1: a question is not imported: its title is not closed; end it with '::' (write a colon in a title as '\\:')",
                "3:16: question 'braces' is not imported: its '{' and '}' do not pair up: write the answers as '{...}' and a brace in text as '\\{' or '\\}'",
                "5:29: question 'two-blocks' is not imported: it has a second '{' or '}' after its answers: a question has one answer block; write a brace in text as '\\{' or '\\}'",
                "7:17: question 'before' is not imported: it has text before its first answer: start each answer with '=' (right) or '~' (wrong)",
                "9:25: question 'arrow' is not imported: a matching answer is one pair, '=left -> right'",
                "11:28: question 'twice' is not imported: the right side 'same' belongs to two pairs: a knowledge check needs a different right side for each pair",
                "13:23: question 'hash' is not imported: GIFT has no feedback on matching pairs: Moodle shows '#…' as part of the answer; remove it, or write '\\#' for a '#' in the text",
                "15:13: question 'one' is not imported: it has 1 answers: a knowledge check question needs from 2 to 26",
                "17:19: question 'none' is not imported: no answer is right: mark the right one with '=', or give each right answer a share of the credit such as '~%50%'",
                "19:16: question 'empty' is not imported: one of its answers has no text",
                "21:11: question 'untold' is not imported: it has no question text: write the question before its '{'"),
                strings(result.findings()));
    }

    @Test
    void aCategoryLineSwallowsTheLinesAfterItUpToABlankLine() {
        ImportResult result = GiftImporter.read("$CATEGORY: first\n::A::Pick{=a ~b}\n");
        assertEquals(List.of(), result.questions());
        assertTrue(result.findings().get(1).toString().startsWith("2:1: this line is not imported: it is read as part "
                + "of the $CATEGORY line above it"), result.findings().toString());
    }

    /** Text with GIFT's special characters escaped. */
    private static String gift(String text) {
        return text.replace("\\", "\\\\").replaceAll("([~=#{}:])", "\\\\$1");
    }

    private static List<String> strings(List<Finding> findings) {
        return findings.stream().map(Finding::toString).toList();
    }
}

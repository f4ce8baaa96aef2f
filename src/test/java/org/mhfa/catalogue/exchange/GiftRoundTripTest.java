package org.mhfa.catalogue.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mhfa.catalogue.exchange.ExchangeFixtures.EVERY_TYPE;
import static org.mhfa.catalogue.exchange.ExchangeFixtures.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mhfa.catalogue.Question;
import org.mhfa.catalogue.QuestionType;
import org.mhfa.catalogue.Quiz;
import org.mhfa.catalogue.QuizText;

class GiftRoundTripTest {

    @Test
    void importingWhatWasExportedGivesTheSameQuestions() {
        ImportResult first = GiftImporter.read(ExchangeFixtures.read(EVERY_TYPE));
        Quiz quiz = parse(first);
        ImportResult second = GiftImporter.read(GiftExporter.write(quiz).text());
        assertEquals(List.of(), second.findings());
        assertEquals(withoutLines(first.questions()), withoutLines(second.questions()));
        assertEquals(first.markdown(), second.markdown());
        assertEquals(quiz.questions(), parse(second).questions());
    }

    @Test
    void everySampleKnowledgeCheckSurvivesExportAndImportExceptItsOrderingQuestions() throws IOException {
        List<Path> checks;
        try (Stream<Path> files = Files.walk(Path.of("content/courses"))) {
            checks = files.filter(file -> file.toString().endsWith(".quiz.md")).sorted().toList();
        }
        assertFalse(checks.isEmpty());
        for (Path check : checks) {
            Quiz original = QuizText.parseValid(Files.readString(check));
            ExportResult exported = GiftExporter.write(original);
            ImportResult imported = GiftImporter.read(exported.text());
            assertEquals(List.of(), imported.findings(), check.toString());
            List<Question> expected = original.questions().stream()
                    .filter(question -> question.type() != QuestionType.ORDERING).toList();
            assertEquals(expected, parse(imported).questions(), check.toString());
        }
    }

    private static List<List<Object>> withoutLines(List<ImportedQuestion> questions) {
        return questions.stream().map(question -> List.<Object>of(question.id(), question.type(), question.markdown())).toList();
    }
}

package org.mhfa.catalogue.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mhfa.catalogue.Question;
import org.mhfa.catalogue.Quiz;
import org.mhfa.catalogue.QuizOption;
import org.mhfa.catalogue.QuizText;

/** Shared helpers of the exchange tests: the GIFT test file, and reading questions back with the real parser. */
final class ExchangeFixtures {

    static final Path EVERY_TYPE = Path.of("src/test/resources/exchange/every-type.gift");

    private ExchangeFixtures() {
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based number of the only line of {@code text} that contains {@code marker}. */
    static int lineOf(String text, String marker) {
        List<String> lines = text.lines().toList();
        List<Integer> hits = java.util.stream.IntStream.range(0, lines.size())
                .filter(i -> lines.get(i).contains(marker)).boxed().toList();
        if (hits.size() != 1) {
            throw new AssertionError("'" + marker + "' is on " + hits.size() + " lines, not one");
        }
        return hits.get(0) + 1;
    }

    /** The imported questions wrapped into a knowledge check and read by the real parser, which must accept it. */
    static Quiz parse(ImportResult result) {
        return QuizText.parseValid(result.quizFile("Imported questions"));
    }

    static Question question(Quiz quiz, String id) {
        return quiz.question(id).orElseThrow(() -> new AssertionError("no question '" + id + "'"));
    }

    /** What a reader sees of an HTML fragment: its text, paragraphs joined by a space. */
    static String text(String html) {
        return HtmlText.of(html).oneLine();
    }

    static List<String> optionTexts(Question question) {
        return question.options().stream().map(option -> text(option.html())).toList();
    }

    static List<String> rightOptions(Question question) {
        return question.correctOptions().stream().map(QuizOption::id).toList();
    }
}

package org.mhfa.catalogue.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mhfa.catalogue.QuestionType;

/** Converts an Aiken file into single-choice knowledge-check questions, with a finding for everything it cannot convert. */
public final class AikenImporter {

    private static final Pattern OPTION = Pattern.compile("([A-Z])[.)][ \\t]+(.*)");
    private static final Pattern ANSWER = Pattern.compile("(?i)ANSWER:(.*)");
    private static final Pattern ONE_LETTER = Pattern.compile("[A-Z]");

    private final List<ImportedQuestion> questions = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final QuestionIds ids = new QuestionIds();
    private int position;
    private Pending pending;

    /** A question being read: where it started, its text so far, its options and whether it can still be imported. */
    private static final class Pending {
        final String id;
        final int line;
        final StringBuilder text = new StringBuilder();
        final List<String> options = new ArrayList<>();
        boolean readable = true;

        Pending(String id, int line) {
            this.id = id;
            this.line = line;
        }
    }

    private AikenImporter() {
    }

    /**
     * The questions of an Aiken file as knowledge-check markdown, and findings sorted by line. Each question is a line
     * of text (further lines before the options are joined to it), options {@code A.} or {@code A)} in letter order,
     * and {@code ANSWER: X} (in either case); blank lines are ignored. Reported and not imported: options out of
     * letter order, an answer that is not one option's letter (Aiken has one right answer), fewer than two options, a
     * question without its ANSWER line, and options or ANSWER lines without a question.
     */
    public static ImportResult read(String aiken) {
        AikenImporter importer = new AikenImporter();
        String text = aiken.startsWith("\uFEFF") ? aiken.substring(1) : aiken;
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        for (int i = 0; i < lines.length; i++) {
            importer.line(i + 1, lines[i]);
        }
        if (importer.pending != null) {
            importer.fail(importer.pending.line, 1, "it has no 'ANSWER: X' line");
        }
        importer.findings.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column));
        return new ImportResult(importer.questions, importer.findings);
    }

    private void line(int number, String raw) {
        String line = raw.strip();
        if (line.isEmpty()) {
            return;
        }
        int column = raw.indexOf(line.charAt(0)) + 1;
        Matcher option = OPTION.matcher(line);
        Matcher answer = ANSWER.matcher(line);
        if (answer.matches()) {
            answer(number, column, answer.group(1).strip().toUpperCase(Locale.ROOT));
        } else if (option.matches() && pending != null) {
            option(number, column, option.group(1).charAt(0), option.group(2).strip().replaceAll("\\s+", " "));
        } else if (option.matches()) {
            findings.add(new Finding(number, column, "an option with no question before it is not imported: "
                    + "write the question on the line above its options"));
        } else {
            if (pending != null && !pending.options.isEmpty()) {
                fail(pending.line, 1, "its options are followed by text, not by an 'ANSWER: X' line: is the ANSWER "
                        + "line missing, or is line " + number + " an option without its letter?");
            }
            if (pending == null || !pending.options.isEmpty()) {
                pending = new Pending(ids.assign(null, ++position), number);
            }
            pending.text.append(pending.text.isEmpty() ? "" : " ").append(line.replaceAll("\\s+", " "));
        }
    }

    private void option(int number, int column, char letter, String text) {
        char expected = (char) ('A' + pending.options.size());
        if (letter != expected) {
            fail(number, column, "its option '" + letter + "' should be '" + expected + "': letter the options A, B, "
                    + "C … in order");
        }
        pending.options.add(text);
    }

    private void answer(int number, int column, String value) {
        if (pending == null) {
            findings.add(new Finding(number, column, "an ANSWER line with no question before it is not imported"));
            return;
        }
        int right = ONE_LETTER.matcher(value).matches() ? value.charAt(0) - 'A' : -1;
        if (pending.options.size() < 2) {
            fail(number, column, "it has " + pending.options.size() + " options: a question needs at least two");
        } else if (right < 0) {
            fail(number, column, "its ANSWER '" + value + "' is not one letter: Aiken has exactly one right answer");
        } else if (right >= pending.options.size()) {
            fail(number, column, "its ANSWER '" + value + "' is not one of its options");
        }
        if (pending.readable) {
            List<Draft.Option> options = new ArrayList<>();
            for (int i = 0; i < pending.options.size(); i++) {
                options.add(Draft.Option.choice(pending.options.get(i), i == right, List.of()));
            }
            questions.add(new Draft(pending.id, QuestionType.SINGLE, pending.line, pending.text.toString(), List.of(),
                    options, List.of()).toImported());
        }
        pending = null;
    }

    private void fail(int line, int column, String message) {
        if (pending != null) {
            pending.readable = false;
            findings.add(new Finding(line, column, "question '" + pending.id + "' is not imported: " + message));
        }
    }
}

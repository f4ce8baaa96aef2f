package org.mhfa.platform;

import static java.util.Map.entry;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map.Entry;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.mhfa.platform.CorpusFixture.Body;

/** The text bad-input corpus, for the CSV roster: files that are not a roster of at most 1,000 rows. */
final class TextCorpus {

    /** Whole bodies, made from the good roster: its header line, then one row {@code name,code}. */
    static final List<Entry<String, Function<Roster, byte[]>>> ROSTERS = List.of(
            entry("an empty body", good -> new byte[0]),
            entry("no header line", good -> utf8(good.row())),
            entry("a header without 'code'", good -> utf8("name,email\n" + good.row())),
            entry("JSON instead of CSV", good -> utf8("{\"codes\": [\"" + good.code() + "\"]}")),
            entry("a NUL character in a row", good -> utf8(good.header() + "Hol\u0000der," + good.code() + "\n")),
            entry("control characters in a row", good -> utf8(good.header() + "a\u0001b\u0007c\u001bd\u007fe," + good.code() + "\n")),
            entry("a row of 100,000 characters", good -> utf8(good.header() + "x".repeat(100_000) + "," + good.code() + "\n")),
            entry("an unterminated quote", good -> utf8(good.header() + "\"Holder," + good.code() + "\n")),
            entry("more than 1,000 rows", good -> utf8(good.header() + IntStream.range(0, 1001).mapToObj(i -> good.row())
                    .collect(Collectors.joining()))),
            entry("invalid UTF-8", good -> JsonCorpus.concat(utf8(good.header()), new byte[] {(byte) 0xC3, 0x28}, utf8("," + good.code() + "\n"))),
            entry("a body over the size limit", good -> utf8(good.header() + ("x".repeat(1000) + "," + good.code() + "\n")
                    .repeat((int) (CorpusLimits.maxBodySize() / 1000) + 2))));

    /**
     * Rows a roster answers in their own entry, as documented (verification-and-partners.md: "A row that cannot be read …
     * gets its own entry"): the other rows are still answered, so the request is not refused.
     */
    static final Set<String> ANSWERED_PER_ROW = Set.of("a NUL character in a row", "control characters in a row",
            "a row of 100,000 characters", "an unterminated quote");

    /** A good roster split into its parts. */
    record Roster(String header, String row, String code) {

        static Roster of(String text) {
            String[] lines = text.split("\n");
            return new Roster(lines[0] + "\n", lines[1] + "\n", lines[1].substring(lines[1].lastIndexOf(',') + 1));
        }
    }

    private TextCorpus() {
    }

    static List<CorpusCase> cases() {
        return ROSTERS.stream().map(roster -> new CorpusCase(roster.getKey(), fixture -> {
            CorpusFixture.Text text = (CorpusFixture.Text) fixture;
            return new Body(text.contentType(), roster.getValue().apply(Roster.of(text.valid())));
        }, ANSWERED_PER_ROW.contains(roster.getKey()))).toList();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

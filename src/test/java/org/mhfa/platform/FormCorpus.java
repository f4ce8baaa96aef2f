package org.mhfa.platform;

import static java.util.Map.entry;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map.Entry;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.mhfa.platform.CorpusFixture.Body;

/**
 * The form bad-input corpus: each field of a good form (with its CSRF token) spoiled in turn, and whole forms no browser
 * sends. Values are written as they travel (percent-encoded), so that broken escapes can be sent.
 */
final class FormCorpus {

    /** Values put in place of a field's good value. */
    static final List<Entry<String, String>> BAD_VALUES = List.of(
            entry("100,000 characters", "x".repeat(100_000)),
            entry("a NUL character", "before%00after"),
            entry("control characters", "a%01b%07c%1Bd%7Fe"),
            entry("a broken %-escape (%zz)", "abc%zz"),
            entry("a cut %-escape (a trailing %)", "abc%"),
            entry("invalid UTF-8 (%C3%28)", "abc%C3%28"));

    /** Values put in place of a whole-number field's good value. */
    static final List<Entry<String, String>> BAD_NUMBERS = List.of(
            entry("a word", "seven"),
            entry("1e309", "1e309"),
            entry("2^63", "9223372036854775808"),
            entry("-2^63-1", "-9223372036854775809"),
            entry("99999999999999999999", "99999999999999999999"));

    /** Whole bodies, made from the good body as it travels (hidden fields first). */
    static final List<Entry<String, UnaryOperator<String>>> WHOLE = List.of(
            entry("an empty body", good -> ""),
            entry("JSON instead of a form", good -> "{\"text\": \"text\"}"),
            entry("more than 1,000 fields", good -> good + IntStream.range(0, 1001).mapToObj(i -> "&field" + i + "=x")
                    .collect(Collectors.joining())),
            entry("a body over the size limit", good -> good + "&padding=" + "x".repeat((int) CorpusLimits.maxBodySize() + 1024)));

    private FormCorpus() {
    }

    /**
     * The cases for a form, from its good filling. A case names its field by {@link #labels label}, so that it finds the same
     * field in a fixture made again, whose field names may hold new ids and tokens.
     */
    static List<CorpusCase> cases(CorpusFixture.Form template) {
        List<CorpusCase> cases = new ArrayList<>();
        WHOLE.forEach(whole -> cases.add(new CorpusCase(whole.getKey(),
                fixture -> form(whole.getValue().apply(new String(fixture.good().bytes(), StandardCharsets.UTF_8))))));
        List<String> names = template.valid().stream().map(Entry::getKey).toList();
        if (names.size() != Set.copyOf(names).size()) {
            throw new IllegalStateException("a good form names each field once: " + names);
        }
        List<String> labels = labels(names);
        for (int i = 0; i < names.size(); i++) {
            String field = names.get(i);
            String label = labels.get(i);
            if (template.required().contains(field)) {
                cases.add(spoiled(label, "missing", (fields, at) -> without(fields, at)));
            }
            if (!template.repeatable().contains(field)) {
                cases.add(spoiled(label, "sent twice", (fields, at) -> join(fields, List.of(fields.get(at)))));
            }
            List<Entry<String, String>> values = template.numbers().contains(field) ? join(BAD_NUMBERS, BAD_VALUES) : BAD_VALUES;
            values.forEach(value -> cases.add(spoiled(label, value.getKey(), (fields, at) -> replaced(fields, at, value.getValue()))));
        }
        return cases;
    }

    /**
     * What cases call the fields: a name such as {@code question.token} becomes "question item N" (its Nth field), and the
     * digits of ids give way to {@code <id>} ({@code status-<id>}).
     */
    static List<String> labels(List<String> names) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            int dot = name.indexOf('.');
            if (dot > 0) {
                String question = name.substring(0, dot);
                long earlier = names.subList(0, i).stream().filter(other -> other.startsWith(question + ".")).count();
                labels.add(question + " item " + (earlier + 1));
            } else {
                labels.add(name.replaceAll("\\d+", "<id>"));
            }
        }
        return labels;
    }

    /** The live good form (as it travels) with one field changed; the hidden fields (the CSRF token) stay as the page gave them. */
    private static CorpusCase spoiled(String label, String variant, BiFunction<List<Entry<String, String>>, Integer, List<Entry<String, String>>> change) {
        return new CorpusCase(label + ": " + variant, fixture -> {
            CorpusFixture.Form form = (CorpusFixture.Form) fixture;
            int at = labels(form.valid().stream().map(Entry::getKey).toList()).indexOf(label);
            if (at < 0) {
                throw new IllegalStateException("the form made again has no field " + label + ": " + form.valid());
            }
            List<Entry<String, String>> hidden = onTheWire(form.session().hiddenFields(form.page(), form.action()));
            return form(new String(joined(hidden, change.apply(onTheWire(form.valid()), at)), StandardCharsets.UTF_8));
        });
    }

    private static List<Entry<String, String>> without(List<Entry<String, String>> fields, int at) {
        List<Entry<String, String>> fewer = new ArrayList<>(fields);
        fewer.remove(at);
        return fewer;
    }

    private static List<Entry<String, String>> replaced(List<Entry<String, String>> fields, int at, String value) {
        List<Entry<String, String>> changed = new ArrayList<>(fields);
        changed.set(at, entry(fields.get(at).getKey(), value));
        return changed;
    }

    /** Name-value pairs percent-encoded, as they travel. */
    static List<Entry<String, String>> onTheWire(List<Entry<String, String>> fields) {
        return fields.stream().map(pair -> entry(URLEncoder.encode(pair.getKey(), StandardCharsets.UTF_8),
                URLEncoder.encode(pair.getValue(), StandardCharsets.UTF_8))).toList();
    }

    /** Encoded pairs joined into a body. */
    @SafeVarargs
    static byte[] joined(List<Entry<String, String>>... parts) {
        return Stream.of(parts).flatMap(List::stream).map(pair -> pair.getKey() + "=" + pair.getValue())
                .collect(Collectors.joining("&")).getBytes(StandardCharsets.UTF_8);
    }

    private static Body form(String body) {
        return new Body("application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Entry<String, String>> join(List<Entry<String, String>> first, List<Entry<String, String>> second) {
        List<Entry<String, String>> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}

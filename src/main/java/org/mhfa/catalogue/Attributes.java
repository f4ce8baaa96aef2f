package org.mhfa.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Attributes written in braces after a heading or a choice, Pandoc style: {@code {#id .class key=value}}.
 * Parsing never throws; an id or key given twice is returned as a message, and words that are none of these are
 * returned as they are, for the caller to say what its braces take.
 */
public record Attributes(String id, List<String> classes, Map<String, String> values, List<String> words, List<String> problems) {

    /** Text with the trailing brace block removed, and the attributes it held (empty when there was none). */
    public record Split(String text, Attributes attributes) {
    }

    public static Attributes none() {
        return new Attributes(null, List.of(), Map.of(), List.of(), List.of());
    }

    /** Splits {@code "Question text {#id .multiple}"} into its text and attributes. */
    public static Split splitTrailing(String text) {
        String trimmed = text.strip();
        int open = trimmed.lastIndexOf('{');
        if (!trimmed.endsWith("}") || open < 0 || trimmed.indexOf('}', open) != trimmed.length() - 1) {
            return new Split(trimmed, none());
        }
        return new Split(trimmed.substring(0, open).strip(), parse(trimmed.substring(open + 1, trimmed.length() - 1)));
    }

    /** Parses the inside of a brace block. */
    public static Attributes parse(String inside) {
        String id = null;
        List<String> classes = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        List<String> words = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String token : inside.strip().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (token.startsWith("#")) {
                if (id != null) {
                    problems.add("two ids ('#" + id + "' and '" + token + "'): keep one");
                }
                id = token.substring(1);
            } else if (token.startsWith(".")) {
                classes.add(token.substring(1));
            } else if (token.contains("=")) {
                String key = token.substring(0, token.indexOf('='));
                String value = token.substring(token.indexOf('=') + 1);
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                if (values.put(key, value) != null) {
                    problems.add("'" + key + "' is given twice: keep one");
                }
            } else {
                words.add(token);
            }
        }
        return new Attributes(id, List.copyOf(classes), values, List.copyOf(words), List.copyOf(problems));
    }

    public Optional<String> value(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** Messages for keys not in {@code allowed} (not empty), each with a "did you mean" where one is close. */
    public List<String> unknownKeys(Set<String> allowed) {
        return values.keySet().stream()
                .filter(key -> !allowed.contains(key))
                .map(key -> "unknown attribute '" + key + "'" + FrontMatter.suggestion(key, allowed)
                        + "; allowed: " + String.join(", ", allowed.stream().sorted().toList()))
                .toList();
    }

    /** The keys and values as written: {@code key=value}. */
    public List<String> keyValues() {
        return values.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue()).toList();
    }
}

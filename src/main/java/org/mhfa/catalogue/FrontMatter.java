package org.mhfa.catalogue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/** The YAML front matter of a content file, read with line numbers so that every error points at its line. */
final class FrontMatter {

    /** One parser per thread: building a Yaml is costly and it is not thread-safe. */
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(() -> {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(10);
        options.setCodePointLimit(64 * 1024);
        return new Yaml(new SafeConstructor(options));
    });

    private final ContentFile file;
    private final Map<String, Node> values;
    private final Map<String, Node> keys;
    /** The allowed keys suggested for unknown ones ("did you mean"): already reported when missing. */
    private final Set<String> suggestedKeys;
    private final int closingLine;

    private FrontMatter(ContentFile file, Map<String, Node> values, Map<String, Node> keys, Set<String> suggestedKeys,
            int closingLine) {
        this.file = file;
        this.values = values;
        this.keys = keys;
        this.suggestedKeys = suggestedKeys;
        this.closingLine = closingLine;
    }

    /**
     * Reads the front matter at the top of {@code text} and checks its keys against {@code allowedKeys};
     * empty when the file has none or it cannot be parsed (the errors are recorded).
     */
    static Optional<FrontMatter> read(ContentFile file, String text, Set<String> allowedKeys) {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].stripTrailing().equals("---")) {
            file.error(1, 1, "the file must start with front matter: a line '---', the keys (title: ...), and a closing '---'");
            return Optional.empty();
        }
        int closing = closingIndex(lines);
        if (closing < 0) {
            file.error(1, 1, "the front matter is not closed: add a line '---' after its last key");
            return Optional.empty();
        }
        String yaml = String.join("\n", java.util.Arrays.asList(lines).subList(1, closing));
        Node root;
        try {
            root = YAML.get().compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 2 : mark.getLine() + 2;
            int column = mark == null ? 1 : mark.getColumn() + 1;
            file.error(line, column, "the front matter is not valid YAML: " + firstLine(e.getProblem())
                    + "; write one 'key: value' per line and quote values that contain ': '");
            return Optional.empty();
        } catch (YAMLException e) {
            file.error(2, 1, "the front matter is not valid YAML: " + firstLine(e.getMessage()));
            return Optional.empty();
        }
        Map<String, Node> values = new LinkedHashMap<>();
        Map<String, Node> keys = new LinkedHashMap<>();
        Set<String> suggestedKeys = new java.util.HashSet<>();
        if (root == null) {
            return Optional.of(new FrontMatter(file, values, keys, suggestedKeys, closing + 1));
        }
        if (!(root instanceof MappingNode mapping)) {
            file.error(root.getStartMark().getLine() + 2, root.getStartMark().getColumn() + 1,
                    "the front matter must be a list of 'key: value' lines");
            return Optional.empty();
        }
        readKeys(file, mapping, allowedKeys, "front-matter key", "", values, keys, suggestedKeys);
        return Optional.of(new FrontMatter(file, values, keys, suggestedKeys, closing + 1));
    }

    /** The 1-based line of the front matter's closing fence, read without parsing it; 0 when the file has none. */
    static int closingLineOf(String text) {
        String[] lines = text.split("\n", -1);
        return lines[0].stripTrailing().equals("---") ? closingIndex(lines) + 1 : 0;
    }

    /** The 0-based index of the line closing the front matter opened on the first line; -1 when it is not closed. */
    private static int closingIndex(String[] lines) {
        for (int i = 1; i < lines.length; i++) {
            String fence = lines[i].stripTrailing();
            if (fence.equals("---") || fence.equals("...")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Checks the keys of a mapping against {@code allowedKeys} (null: any key) and collects their values, and the keys
     * suggested for unknown ones.
     */
    private static void readKeys(ContentFile file, MappingNode mapping, Set<String> allowedKeys, String what, String where,
            Map<String, Node> values, Map<String, Node> keys, Set<String> suggestedKeys) {
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            int line = keyNode.getStartMark().getLine() + 2;
            int column = keyNode.getStartMark().getColumn() + 1;
            if (!(keyNode instanceof ScalarNode scalarKey)) {
                file.error(line, column, "a " + what + " must be a plain word such as 'title'");
                continue;
            }
            String key = scalarKey.getValue();
            if (allowedKeys != null && !allowedKeys.contains(key)) {
                closest(key, allowedKeys).ifPresent(suggestedKeys::add);
                file.error(line, column, "unknown " + what + " '" + key + "'" + where + suggestion(key, allowedKeys)
                        + "; allowed keys: " + String.join(", ", allowedKeys.stream().sorted().toList()));
            } else if (values.containsKey(key)) {
                file.error(line, column, "the key '" + key + "' is given twice: keep one");
            } else {
                values.put(key, tuple.getValueNode());
                keys.put(key, keyNode);
            }
        }
    }

    /** A value written under a key, with where it was written. */
    record Located<T>(T value, int line, int column) {
    }

    /**
     * The nested map under {@code key} ({@code key:} followed by indented {@code name: value} lines, or
     * {@code key: {name: value}}), its keys checked against {@code allowedKeys} (null: any key, e.g. ids); empty when
     * the key is absent or not a map (reported).
     */
    Optional<FrontMatter> section(String key, Set<String> allowedKeys, String example) {
        Node node = values.get(key);
        if (node == null) {
            return Optional.empty();
        }
        if (!(node instanceof MappingNode mapping)) {
            String found = node instanceof ScalarNode scalar ? "'" + abbreviate(scalar.getValue()) + "'" : "a list";
            file.error(node.getStartMark().getLine() + 2, node.getStartMark().getColumn() + 1,
                    "'" + key + "' must be a map of 'name: value' lines indented under it, e.g. '" + example + "', found " + found);
            return Optional.empty();
        }
        Map<String, Node> nested = new LinkedHashMap<>();
        Map<String, Node> nestedKeys = new LinkedHashMap<>();
        Set<String> nestedSuggestions = new java.util.HashSet<>();
        readKeys(file, mapping, allowedKeys, "key", " under '" + key + "'", nested, nestedKeys, nestedSuggestions);
        return Optional.of(new FrontMatter(file, nested, nestedKeys, nestedSuggestions, closingLine));
    }

    /** The keys of this front matter (or section) in the order written, each with its line and column. */
    List<Located<String>> keys() {
        return keys.entrySet().stream()
                .map(entry -> new Located<>(entry.getKey(), entry.getValue().getStartMark().getLine() + 2,
                        entry.getValue().getStartMark().getColumn() + 1))
                .toList();
    }

    /** The 1-based column of a key, for errors about the key itself. */
    int columnOfKey(String key) {
        Node node = keys.get(key);
        return node == null ? 1 : node.getStartMark().getColumn() + 1;
    }

    /**
     * A list of words, written as {@code key: [a, b]}, as indented {@code - a} lines, or as one word; null when the key
     * is absent or wrong (reported).
     */
    List<Located<String>> wordList(String key, String example) {
        Node node = values.get(key);
        if (node == null) {
            return null;
        }
        List<Node> items = node instanceof org.yaml.snakeyaml.nodes.SequenceNode sequence ? sequence.getValue()
                : node instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL) && !scalar.getValue().isBlank() ? List.of(node)
                : null;
        if (items == null || items.isEmpty()) {
            String found = node instanceof MappingNode ? "a map" : node instanceof ScalarNode scalar ? "'" + abbreviate(scalar.getValue()) + "'"
                    : "an empty list";
            file.error(node.getStartMark().getLine() + 2, node.getStartMark().getColumn() + 1,
                    "'" + key + "' must be a list of ids such as '" + example + "', found " + found);
            return null;
        }
        List<Located<String>> words = new ArrayList<>();
        for (Node item : items) {
            int line = item.getStartMark().getLine() + 2;
            int column = item.getStartMark().getColumn() + 1;
            if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                words.add(new Located<>(scalar.getValue().strip(), line, column));
            } else {
                file.error(line, column, "each entry of '" + key + "' must be one word, e.g. '" + example + "'");
            }
        }
        return words;
    }

    /** The 1-based line number of the closing '---'. */
    int closingLine() {
        return closingLine;
    }

    /** A line of text that must be there; a missing key is reported, unless a misspelling of it already was. */
    String requiredString(String key) {
        String value = optionalString(key);
        if (value == null && !values.containsKey(key) && !isMisspelt(key)) {
            file.error(1, 1, "the front matter needs '" + key + ":'; add a line such as '" + key + ": ...'");
        }
        return value;
    }

    /** True when an unknown key was reported with a "did you mean" naming {@code key}. */
    boolean isMisspelt(String key) {
        return suggestedKeys.contains(key);
    }

    String optionalString(String key) {
        Node node = values.get(key);
        if (node == null) {
            return null;
        }
        if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank() || scalar.getTag().equals(Tag.NULL)) {
            typeError(node, key, "a line of text");
            return null;
        }
        return scalar.getValue().strip();
    }

    int integer(String key, int defaultValue, int min, int max) {
        Node node = values.get(key);
        if (node == null) {
            return defaultValue;
        }
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
            try {
                int value = Integer.parseInt(scalar.getValue().replace("_", ""));
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        typeError(node, key, "a whole number from " + min + " to " + max);
        return defaultValue;
    }

    /** An optional whole number: null when the key is absent (or wrong, which is reported). */
    Integer optionalInteger(String key, int min, int max) {
        if (!values.containsKey(key)) {
            return null;
        }
        int value = integer(key, Integer.MIN_VALUE, min, max);
        return value == Integer.MIN_VALUE ? null : value;
    }

    /** One of a fixed set of words, with a "did you mean" for near misses. */
    String choice(String key, Set<String> allowed, String defaultValue) {
        Node node = values.get(key);
        if (node == null) {
            return defaultValue;
        }
        if (node instanceof ScalarNode scalar && allowed.contains(scalar.getValue().strip())) {
            return scalar.getValue().strip();
        }
        String found = node instanceof ScalarNode scalar ? scalar.getValue() : "";
        file.error(node.getStartMark().getLine() + 2, node.getStartMark().getColumn() + 1, "'" + key + "' must be one of "
                + String.join(", ", allowed.stream().sorted().toList()) + ", found '" + abbreviate(found) + "'"
                + suggestion(found, allowed));
        return defaultValue;
    }

    /** The 1-based line of a key's value, for errors found later about that value. */
    int lineOf(String key) {
        Node node = values.get(key);
        return node == null ? 1 : node.getStartMark().getLine() + 2;
    }

    boolean bool(String key, boolean defaultValue) {
        Node node = values.get(key);
        if (node == null) {
            return defaultValue;
        }
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
            return Set.of("true", "yes", "y", "on").contains(scalar.getValue().toLowerCase(java.util.Locale.ROOT));
        }
        typeError(node, key, "true or false");
        return defaultValue;
    }

    private void typeError(Node node, String key, String expected) {
        String found = node instanceof ScalarNode scalar ? "'" + abbreviate(scalar.getValue()) + "'" : "a list or a map";
        file.error(node.getStartMark().getLine() + 2, node.getStartMark().getColumn() + 1,
                "'" + key + "' must be " + expected + ", found " + found);
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse(message).strip();
    }

    static String suggestion(String word, Set<String> candidates) {
        return closest(word, candidates).map(closest -> "; did you mean '" + closest + "'?").orElse("");
    }

    /** The candidate nearest to {@code word}, when it is near enough to be a misspelling of it. */
    static Optional<String> closest(String word, Set<String> candidates) {
        List<String> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(candidate -> distance(word, candidate)));
        if (!sorted.isEmpty() && distance(word, sorted.get(0)) <= Math.max(2, word.length() / 3)) {
            return Optional.of(sorted.get(0));
        }
        return Optional.empty();
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

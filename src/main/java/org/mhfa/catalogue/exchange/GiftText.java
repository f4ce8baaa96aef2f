package org.mhfa.catalogue.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Text of a GIFT question with its escapes resolved ({@code \~ \= \# \{ \} \: \\ \n}): each character knows whether
 * it was escaped, so only unescaped ones are read as syntax, and where it stood in the file, for findings.
 */
final class GiftText {

    private static final String ESCAPABLE = "~=#{}:\\";

    private final String chars;
    private final boolean[] escaped;
    private final int[] lines;
    private final int[] columns;
    private final int line;
    private final int column;

    private GiftText(String chars, boolean[] escaped, int[] lines, int[] columns, int line, int column) {
        this.chars = chars;
        this.escaped = escaped;
        this.lines = lines;
        this.columns = columns;
        this.line = line;
        this.column = column;
    }

    /** The lines of one question joined by (unescaped) newlines, with their escapes resolved. */
    static GiftText of(List<GiftSource.Line> sourceLines) {
        StringBuilder chars = new StringBuilder();
        List<int[]> positions = new ArrayList<>();
        List<Boolean> escapes = new ArrayList<>();
        for (GiftSource.Line source : sourceLines) {
            if (!positions.isEmpty()) {
                chars.append('\n');
                escapes.add(false);
                positions.add(new int[] {source.number(), source.column()});
            }
            String text = source.text();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean escape = c == '\\' && i + 1 < text.length()
                        && (ESCAPABLE.indexOf(text.charAt(i + 1)) >= 0 || text.charAt(i + 1) == 'n');
                positions.add(new int[] {source.number(), source.column() + i});
                escapes.add(escape);
                if (escape) {
                    i++;
                    chars.append(text.charAt(i) == 'n' ? '\n' : text.charAt(i));
                } else {
                    chars.append(c);
                }
            }
        }
        boolean[] escaped = new boolean[escapes.size()];
        int[] lines = new int[positions.size()];
        int[] columns = new int[positions.size()];
        for (int i = 0; i < escaped.length; i++) {
            escaped[i] = escapes.get(i);
            lines[i] = positions.get(i)[0];
            columns[i] = positions.get(i)[1];
        }
        GiftSource.Line first = sourceLines.get(0);
        return new GiftText(chars.toString(), escaped, lines, columns, first.number(), first.column());
    }

    String text() {
        return chars;
    }

    int length() {
        return chars.length();
    }

    boolean isBlank() {
        return chars.isBlank();
    }

    int line() {
        return chars.isEmpty() ? line : lines[0];
    }

    int column() {
        return chars.isEmpty() ? column : columns[0];
    }

    Finding finding(String message) {
        return new Finding(line(), column(), message);
    }

    /** True when {@code token} stands at {@code at}, none of its characters escaped. */
    boolean isAt(int at, String token) {
        if (at < 0 || !chars.startsWith(token, at)) {
            return false;
        }
        for (int i = at; i < at + token.length(); i++) {
            if (escaped[i]) {
                return false;
            }
        }
        return true;
    }

    /** The first unescaped {@code token} at or after {@code from}, or -1. */
    int indexOf(String token, int from) {
        for (int at = Math.max(0, from); at <= chars.length() - token.length(); at++) {
            if (isAt(at, token)) {
                return at;
            }
        }
        return -1;
    }

    /** The last unescaped {@code token}, or -1. */
    int lastIndexOf(String token) {
        for (int at = chars.length() - token.length(); at >= 0; at--) {
            if (isAt(at, token)) {
                return at;
            }
        }
        return -1;
    }

    GiftText sub(int from) {
        return sub(from, chars.length());
    }

    GiftText sub(int from, int to) {
        int startLine = from < chars.length() ? lines[from] : chars.isEmpty() ? line : lines[chars.length() - 1];
        int startColumn = from < chars.length() ? columns[from] : chars.isEmpty() ? column : columns[chars.length() - 1] + 1;
        return new GiftText(chars.substring(from, to), Arrays.copyOfRange(escaped, from, to),
                Arrays.copyOfRange(lines, from, to), Arrays.copyOfRange(columns, from, to), startLine, startColumn);
    }

    GiftText strip() {
        int start = 0;
        int end = chars.length();
        while (start < end && Character.isWhitespace(chars.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(chars.charAt(end - 1))) {
            end--;
        }
        return sub(start, end);
    }

    /** The text cut before each unescaped character of {@code markers}; the first part is what precedes the first. */
    List<GiftText> splitBefore(String markers) {
        List<GiftText> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < chars.length(); i++) {
            if (!escaped[i] && markers.indexOf(chars.charAt(i)) >= 0) {
                parts.add(sub(start, i));
                start = i;
            }
        }
        parts.add(sub(start));
        return parts;
    }

    /** The text on one line: every run of white space, escaped line breaks included, made one space. */
    String oneLine() {
        return chars.replaceAll("\\s+", " ").strip();
    }

    /** Paragraphs: the text between escaped line breaks ({@code \n}), white space collapsed, empty ones left out. */
    List<String> paragraphs() {
        List<String> paragraphs = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= chars.length(); i++) {
            if (i == chars.length() || (escaped[i] && chars.charAt(i) == '\n')) {
                String paragraph = chars.substring(start, i).replaceAll("\\s+", " ").strip();
                if (!paragraph.isEmpty()) {
                    paragraphs.add(paragraph);
                }
                start = i + 1;
            }
        }
        return paragraphs;
    }
}

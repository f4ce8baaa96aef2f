package org.mhfa.partner;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a staff roster in CSV (RFC 4180: comma-separated, fields optionally in double quotes, {@code ""} for a quote
 * inside, CRLF or LF line ends, line breaks allowed inside quotes). It never gives up on the whole file: a record with
 * text after a closing quote, or a quote never closed, becomes a {@link Row} with an error and reading goes on with the
 * next line. Blank lines are skipped; a UTF-8 byte order mark is ignored.
 */
public final class RosterCsv {

    /** One record: its line number in the file (the header is line 1), its fields, or why it could not be read. */
    public record Row(int line, List<String> fields, String error) {

        public boolean readable() {
            return error == null;
        }
    }

    private final String text;
    private int position;
    private int line = 1;

    private RosterCsv(String text) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Every record of the text, the header included, in order. */
    public static List<Row> read(String text) {
        return new RosterCsv(text == null ? "" : text).rows();
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        while (position < text.length()) {
            int startLine = line;
            int startPosition = position;
            Row row = record(startLine);
            if (row.error() != null && row.error().startsWith("A quoted field is never closed")) {
                // resume at the line after the record's first line, so the rest of the file is still read
                position = startPosition;
                line = startLine;
                skipRestOfLine();
            }
            if (!(row.readable() && row.fields().size() == 1 && row.fields().get(0).isEmpty())) {
                rows.add(row);
            }
        }
        return rows;
    }

    private Row record(int startLine) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (position >= text.length()) {
                fields.add(field.toString());
                return new Row(startLine, fields, null);
            }
            char c = text.charAt(position);
            if (c == '"' && field.isEmpty()) {
                position++;
                String error = quoted(field);
                if (error != null) {
                    if (!error.startsWith("A quoted field is never closed")) {
                        skipRestOfLine();
                    }
                    return new Row(startLine, List.of(), error);
                }
                if (position < text.length() && !isSeparatorOrEnd(text.charAt(position))) {
                    skipRestOfLine();
                    return new Row(startLine, List.of(), "Text after a closing quote; put the whole field in quotes and "
                            + "write a quote inside it as two quotes (\"\").");
                }
                continue;
            }
            position++;
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && position < text.length() && text.charAt(position) == '\n') {
                    position++;
                }
                line++;
                fields.add(field.toString());
                return new Row(startLine, fields, null);
            } else if (c == '"') {
                skipRestOfLine();
                return new Row(startLine, List.of(), "A quote inside an unquoted field; put the field in quotes and "
                        + "write the quote as two quotes (\"\").");
            } else {
                field.append(c);
            }
        }
    }

    /** Reads a quoted field's content after its opening quote; returns an error, or null when it closed properly. */
    private String quoted(StringBuilder field) {
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == '"') {
                if (position < text.length() && text.charAt(position) == '"') {
                    field.append('"');
                    position++;
                } else {
                    return null;
                }
            } else {
                if (c == '\n') {
                    line++;
                }
                field.append(c);
            }
        }
        return "A quoted field is never closed; every opening quote needs a closing quote.";
    }

    private boolean isSeparatorOrEnd(char c) {
        return c == ',' || c == '\n' || c == '\r';
    }

    private void skipRestOfLine() {
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == '\n') {
                line++;
                return;
            }
        }
    }
}

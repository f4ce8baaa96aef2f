package org.mhfa.cohort;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A table written as CSV (RFC 4180: comma-separated, CRLF line ends, fields with commas, quotes or line breaks quoted,
 * quotes doubled) that is safe to open in a spreadsheet: a cell starting with {@code = + - @}, a tab or a carriage
 * return gets a leading apostrophe, so it is shown as text and never run as a formula. UTF-8 with a byte-order mark, so
 * that spreadsheets read names with accents correctly.
 */
public final class CsvTable {

    private static final String BOM = "\uFEFF";

    private final List<List<String>> rows = new ArrayList<>();
    private final int columns;

    public CsvTable(List<String> header) {
        this.columns = header.size();
        rows.add(List.copyOf(header));
    }

    /** Adds a row; null cells are written empty. */
    public CsvTable row(List<?> cells) {
        if (cells.size() != columns) {
            throw new IllegalArgumentException("a row of " + cells.size() + " cells in a table of " + columns + " columns");
        }
        rows.add(cells.stream().map(cell -> cell == null ? "" : cell.toString()).toList());
        return this;
    }

    /** The CSV text, starting with a byte-order mark. */
    public String text() {
        StringBuilder csv = new StringBuilder(BOM);
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    csv.append(',');
                }
                csv.append(field(row.get(i)));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** One cell: neutralised if a spreadsheet could take it for a formula, then quoted where RFC 4180 needs it. */
    static String field(String value) {
        String safe = startsLikeAFormula(value) ? "'" + value : value;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0;
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    private static boolean startsLikeAFormula(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}

package org.mhfa.certificate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** Measures text in a PDFBox font and fits it into a column: shrinking it, or wrapping it onto a few lines. */
final class TextFitting {

    /** Text that must not be printed smaller than this (names and titles shrink down to it, then wrap). */
    static final float MIN_FONT_SIZE = 14f;
    private static final int MAX_LINES = 3;

    private TextFitting() {
    }

    /** The lines of a name or title, and the size they are set in. */
    record TextBlock(List<String> lines, float size) {
    }

    /**
     * Fits text into the text column: one line at {@code maxSize}, or smaller down to {@link #MIN_FONT_SIZE};
     * failing that, wrapped on spaces into as few lines as possible (at most {@link #MAX_LINES}) at up to
     * {@code wrappedMaxSize}.
     */
    static TextBlock fit(String text, String field, PDFont font, float maxSize, float wrappedMaxSize,
            float width) throws IOException {
        float oneLine = width / unitWidth(font, text);
        if (oneLine >= MIN_FONT_SIZE) {
            return new TextBlock(List.of(text), Math.min(maxSize, oneLine));
        }
        for (int lines = 2; lines <= MAX_LINES; lines++) {
            for (float size = wrappedMaxSize; size >= MIN_FONT_SIZE; size -= 0.5f) {
                List<String> wrapped = wrap(font, text, size, width);
                if (wrapped.size() <= lines) {
                    return new TextBlock(wrapped, size);
                }
            }
        }
        throw new IllegalArgumentException("The " + field + " is too long to fit on the certificate ("
                + text.codePointCount(0, text.length()) + " characters)");
    }

    /** Greedy word wrap at the given size; a word wider than the column is broken between characters. */
    static List<String> wrap(PDFont font, String text, float size, float width) throws IOException {
        float maxUnits = width / size;
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (unitWidth(font, candidate) <= maxUnits) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            while (unitWidth(font, word) > maxUnits) {
                int cut = word.offsetByCodePoints(0, 1);
                while (cut < word.length()
                        && unitWidth(font, word.substring(0, word.offsetByCodePoints(cut, 1))) <= maxUnits) {
                    cut = word.offsetByCodePoints(cut, 1);
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            line = word;
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    static float shrink(PDFont font, String text, float maxSize, float minSize, float width)
            throws IOException {
        float units = unitWidth(font, text);
        return units <= 0 ? maxSize : Math.max(minSize, Math.min(maxSize, width / units));
    }

    /** Advance width of the text at a font size of 1 pt. */
    static float unitWidth(PDFont font, String text) throws IOException {
        return font.getStringWidth(text) / 1000f;
    }
}

package org.mhfa.catalogue.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a GIFT file into questions as Moodle does: blank lines separate them, each line is trimmed, and lines
 * starting with {@code //} are comments and left out.
 */
final class GiftSource {

    /** A trimmed line of text: its 1-based number and the column its first character stood at. */
    record Line(int number, int column, String text) {
    }

    private GiftSource() {
    }

    /** The non-comment lines of each question, in file order; a block of comments alone is no question. */
    static List<List<Line>> blocks(String file) {
        String text = file.startsWith("\uFEFF") ? file.substring(1) : file;
        String[] raw = text.split("\\r\\n|\\r|\\n", -1);
        List<List<Line>> blocks = new ArrayList<>();
        List<Line> block = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].strip();
            if (line.isEmpty()) {
                if (!block.isEmpty()) {
                    blocks.add(block);
                }
                block = new ArrayList<>();
            } else if (!line.startsWith("//")) {
                block.add(new Line(i + 1, raw[i].indexOf(line.charAt(0)) + 1, line));
            }
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        return blocks;
    }
}

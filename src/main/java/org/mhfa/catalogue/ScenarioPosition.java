package org.mhfa.catalogue;

import org.commonmark.node.Node;

/** Where something is in a scenario file, 1-based. */
record ScenarioPosition(int line, int column) {

    static ScenarioPosition of(Node node) {
        if (node.getSourceSpans().isEmpty()) {
            return new ScenarioPosition(1, 1);
        }
        return new ScenarioPosition(node.getSourceSpans().get(0).getLineIndex() + 1,
                node.getSourceSpans().get(0).getColumnIndex() + 1);
    }

    /** The 1-based line a block ends on. */
    static int lastLine(Node block) {
        int spans = block.getSourceSpans().size();
        return spans == 0 ? 1 : block.getSourceSpans().get(spans - 1).getLineIndex() + 1;
    }

    /** The position of the block holding {@code node}: inline nodes have no position of their own. */
    static ScenarioPosition ofNearestBlock(Node node) {
        Node block = node;
        while (block.getSourceSpans().isEmpty() && block.getParent() != null) {
            block = block.getParent();
        }
        return of(block);
    }

    /** The position of the value of a front-matter key, for errors found after the front matter was read. */
    static ScenarioPosition ofValue(FrontMatter front, String text, String key) {
        int line = front.lineOf(key);
        int lineStart = 0;
        for (int i = 1; i < line && lineStart >= 0; i++) {
            lineStart = text.indexOf('\n', lineStart) + 1;
        }
        int lineEnd = text.indexOf('\n', lineStart);
        String lineText = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        int keyAt = lineText.indexOf(key + ":");
        int column = keyAt >= 0 ? keyAt + key.length() + 1 : 0;
        while (column < lineText.length() && Character.isWhitespace(lineText.charAt(column))) {
            column++;
        }
        return new ScenarioPosition(line, column + 1);
    }
}

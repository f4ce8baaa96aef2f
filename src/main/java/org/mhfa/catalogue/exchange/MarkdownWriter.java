package org.mhfa.catalogue.exchange;

import java.util.List;
import java.util.regex.Pattern;
import org.mhfa.catalogue.QuestionType;

/** Writes a draft question as knowledge-check markdown, escaping its plain text so that it reads back as written. */
final class MarkdownWriter {

    static final String PAIR_SEPARATOR = " -> ";
    private static final Pattern ENTITY = Pattern.compile("&(#?[A-Za-z0-9]+;)");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,9})([.)])");

    private MarkdownWriter() {
    }

    static String write(Draft question) {
        StringBuilder md = new StringBuilder("## ").append(inline(question.prompt()))
                .append(" {#").append(question.id()).append(" .").append(question.type().key()).append("}\n");
        for (String paragraph : question.detail()) {
            md.append('\n').append(block(paragraph)).append('\n');
        }
        md.append('\n');
        for (Draft.Option option : question.options()) {
            if (question.type() == QuestionType.MATCHING) {
                md.append("- ").append(pairSide(option.text())).append(PAIR_SEPARATOR).append(pairSide(option.match()))
                        .append('\n');
            } else {
                md.append(option.correct() ? "- [x] " : "- [ ] ").append(inline(option.text())).append('\n');
                quote(md, "  ", option.feedback());
            }
        }
        if (!question.explanation().isEmpty()) {
            md.append('\n');
            quote(md, "", question.explanation());
        }
        return md.toString();
    }

    /** True when {@code left -> right} is one pair that the parser splits where it was joined. */
    static boolean isOnePair(String left, String right) {
        String pair = left + PAIR_SEPARATOR + right;
        return pair.indexOf(PAIR_SEPARATOR) == left.length() && pair.lastIndexOf(PAIR_SEPARATOR) == left.length();
    }

    private static void quote(StringBuilder md, String indent, List<String> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) {
                md.append(indent).append(">\n");
            }
            md.append(indent).append("> ").append(block(paragraphs.get(i))).append('\n');
        }
    }

    /** Plain text escaped for a place where only inline markdown is read: a heading or an option after its checkbox. */
    static String inline(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\`*_[<".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return ENTITY.matcher(escaped).replaceAll("\\\\&$1");
    }

    /** Plain text escaped to start a line of its own, where it could otherwise open a heading, list, quote or break. */
    static String block(String text) {
        String escaped = inline(text);
        if (!escaped.isEmpty() && "#>-+=~|".indexOf(escaped.charAt(0)) >= 0) {
            return "\\" + escaped;
        }
        return NUMBERED.matcher(escaped).replaceFirst("$1\\\\$2");
    }

    /**
     * A side of a matching pair, escaped twice: the parser reads the pair as plain text and then reads each side as
     * markdown again.
     */
    private static String pairSide(String text) {
        return block(block(text));
    }
}

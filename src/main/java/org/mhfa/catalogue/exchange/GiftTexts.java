package org.mhfa.catalogue.exchange;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Entities;
import org.mhfa.catalogue.Question;

/**
 * The texts of one question written for GIFT: as plain text with {@code \n\n} between paragraphs, or, when any of
 * them has formatting, all as HTML under an {@code [html]} tag (Moodle reads the answers in the question's format).
 */
final class GiftTexts {

    private final Question question;
    private final boolean html;

    private GiftTexts(Question question, boolean html) {
        this.question = question;
        this.html = html;
    }

    static GiftTexts of(Question question) {
        Stream<String> fragments = Stream.concat(Stream.of(question.detailHtml(), question.explanationHtml()),
                question.options().stream().flatMap(option -> Stream.of(option.html(), option.feedbackHtml())));
        return new GiftTexts(question, fragments.anyMatch(fragment -> HtmlText.of(fragment).formatted()));
    }

    /** The prompt and the detail paragraphs. */
    String questionText() {
        if (html) {
            String prompt = Entities.escape(question.prompt());
            String detail = question.detailHtml() == null ? "" : question.detailHtml();
            return "[html]" + escape(detail.isBlank() ? prompt : "<p>" + prompt + "</p>" + detail);
        }
        return Stream.concat(Stream.of(question.prompt()), HtmlText.of(question.detailHtml()).paragraphs().stream())
                .map(GiftTexts::escape).collect(Collectors.joining("\\n\\n"));
    }

    /** An option's text. */
    String inline(String fragment) {
        return escape(html ? fragment : HtmlText.of(fragment).oneLine());
    }

    /** Feedback or an explanation: empty when there is none. */
    String block(String fragment) {
        if (fragment == null || fragment.isBlank()) {
            return "";
        }
        return html ? escape(fragment)
                : HtmlText.of(fragment).paragraphs().stream().map(GiftTexts::escape).collect(Collectors.joining("\\n\\n"));
    }

    /** The right side of a matching pair, which Moodle reads as plain text whatever the question's format. */
    String rightSide(String fragment) {
        return escape(HtmlText.of(fragment).oneLine());
    }

    /** GIFT's escapes, as Moodle writes them: {@code \\ \~ \= \# \{ \} \:} and {@code \n} for a line break. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '\n') {
                escaped.append("\\n");
            } else if (c != '\r') {
                escaped.append("\\~=#{}:".indexOf(c) >= 0 ? "\\" : "").append(c);
            }
        }
        return escaped.toString();
    }
}

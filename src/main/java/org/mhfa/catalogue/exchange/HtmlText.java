package org.mhfa.catalogue.exchange;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Rendered knowledge-check HTML as paragraphs of plain text, and whether it held formatting that plain text loses. */
record HtmlText(List<String> paragraphs, boolean formatted) {

    static HtmlText of(String html) {
        if (html == null || html.isBlank()) {
            return new HtmlText(List.of(), false);
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        boolean formatted = body.getAllElements().stream()
                .anyMatch(element -> element != body && (!element.normalName().equals("p") || element.parent() != body));
        List<String> paragraphs = new ArrayList<>();
        if (body.children().isEmpty()) {
            paragraphs.add(body.text());
        } else {
            body.children().forEach(child -> paragraphs.add(child.text()));
        }
        paragraphs.removeIf(String::isBlank);
        return new HtmlText(List.copyOf(paragraphs), formatted);
    }

    String oneLine() {
        return String.join(" ", paragraphs);
    }
}

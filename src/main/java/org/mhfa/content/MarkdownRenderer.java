package org.mhfa.content;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/** Parses authored markdown with commonmark and renders it to sanitised HTML. */
public final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(
            YamlFrontMatterExtension.create(), TablesExtension.create(), TaskListItemsExtension.create());

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("figure", "figcaption", "hr", "abbr", "mark")
            .addAttributes("abbr", "title")
            .addAttributes("th", "scope")
            .removeProtocols("a", "href", "ftp")
            .preserveRelativeLinks(true);

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private final Parser parser = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .sanitizeUrls(true)
            .build();

    /** Parses a whole file, front matter included (the front matter becomes a node that renders to nothing). */
    public Node parse(String markdown) {
        return parser.parse(markdown);
    }

    /** Renders a node and its children to HTML, with anything unsafe removed. */
    public String render(Node node) {
        return sanitise(renderer.render(node));
    }

    /** Renders a sequence of sibling nodes to one HTML fragment. */
    public String render(List<Node> nodes) {
        StringBuilder html = new StringBuilder();
        for (Node node : nodes) {
            html.append(renderer.render(node));
        }
        return sanitise(html.toString());
    }

    /** Removes scripts, styles, event handlers, frames and unsafe URLs from authored HTML. */
    public static String sanitise(String html) {
        return Jsoup.clean(html, "https://content.invalid/", SAFELIST, OUTPUT).strip();
    }
}

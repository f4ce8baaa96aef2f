package org.mhfa.catalogue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import java.util.Set;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;
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
            .addAttributes("img", "loading")
            .removeProtocols("a", "href", "ftp")
            .addEnforcedAttribute("a", "rel", "nofollow")
            .preserveRelativeLinks(true);

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private final Parser parser = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .sanitizeUrls(true)
            .urlSanitizer(new SafeUrls())
            .attributeProviderFactory(context -> MarkdownRenderer::imageAttributes)
            .build();

    /** A course image's address with its size after '#', as {@link LinkReader} writes it. */
    private static final Pattern SIZED_ASSET = Pattern.compile("(/courses/[^/#]+/assets/[0-9a-f]{64}\\.[a-z]+)#([0-9]{1,5})x([0-9]{1,5})");

    /** Images load when they come near the screen, and a course image has its width and height so the page does not jump. */
    private static void imageAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (!(node instanceof Image) || !"img".equals(tagName)) {
            return;
        }
        Matcher sized = SIZED_ASSET.matcher(attributes.getOrDefault("src", ""));
        if (sized.matches()) {
            attributes.put("src", sized.group(1));
            attributes.put("width", sized.group(2));
            attributes.put("height", sized.group(3));
        }
        attributes.put("loading", "lazy");
    }

    /** The same URL policy as the HTML sanitiser: links to http(s), mailto and relative paths; images from http(s) and relative paths. */
    private static final class SafeUrls implements UrlSanitizer {

        @Override
        public String sanitizeLinkUrl(String url) {
            return allowed(url, Set.of("http", "https", "mailto")) ? url : "";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return allowed(url, Set.of("http", "https")) ? url : "";
        }

        private static boolean allowed(String url, Set<String> schemes) {
            String trimmed = url.strip();
            int colon = trimmed.indexOf(':');
            int boundary = firstOf(trimmed, "/?#");
            if (colon < 0 || (boundary >= 0 && boundary < colon)) {
                return true;
            }
            return schemes.contains(trimmed.substring(0, colon).toLowerCase(java.util.Locale.ROOT));
        }

        private static int firstOf(String text, String characters) {
            int first = -1;
            for (char c : characters.toCharArray()) {
                int at = text.indexOf(c);
                if (at >= 0 && (first < 0 || at < first)) {
                    first = at;
                }
            }
            return first;
        }
    }

    /** Parses a whole file, front matter included (the front matter becomes a node that renders to nothing). */
    public Node parse(String markdown) {
        return parser.parse(markdown);
    }

    /** Renders a node and its children to HTML, with anything unsafe removed. */
    public String render(Node node) {
        return render(List.of(node));
    }

    /**
     * Renders a sequence of sibling nodes to one HTML fragment. Commonmark escapes text and drops unsafe URLs itself;
     * only fragments with raw HTML in them go through the HTML sanitiser.
     */
    public String render(List<Node> nodes) {
        StringBuilder html = new StringBuilder();
        boolean rawHtml = false;
        for (Node node : nodes) {
            html.append(renderer.render(node));
            rawHtml |= containsRawHtml(node);
        }
        return rawHtml ? sanitise(html.toString()) : html.toString().strip();
    }

    /** The text of a node as a reader sees it: text and code literals, line breaks as spaces, quotes left out. */
    public static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text textNode) {
                text.append(textNode.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                text.append(' ');
            }

            @Override
            public void visit(BlockQuote blockQuote) {
                // feedback and explanations are read on their own
            }
        });
        return text.toString();
    }

    private static boolean containsRawHtml(Node node) {
        boolean[] found = {false};
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock htmlBlock) {
                found[0] = true;
            }

            @Override
            public void visit(HtmlInline htmlInline) {
                found[0] = true;
            }
        });
        return found[0];
    }

    /** Removes scripts, styles, event handlers, frames and unsafe URLs from authored HTML. */
    public static String sanitise(String html) {
        return Jsoup.clean(html, "https://content.invalid/", SAFELIST, OUTPUT).strip();
    }
}

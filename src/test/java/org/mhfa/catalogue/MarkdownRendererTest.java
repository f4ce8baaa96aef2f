package org.mhfa.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Authored markdown is rendered to HTML with anything unsafe removed and the useful parts kept. */
class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private String render(String markdown) {
        return renderer.render(renderer.parse(markdown));
    }

    private static void assertAbsent(String html, String... fragments) {
        String lower = html.toLowerCase(Locale.ROOT);
        for (String fragment : fragments) {
            assertFalse(lower.contains(fragment.toLowerCase(Locale.ROOT)), () -> "'" + fragment + "' survived in: " + html);
        }
    }

    // ---------------------------------------------------------------- removed

    @Test
    void scriptBlocksAreRemovedWithTheirContent() {
        String html = render("<script>alert('x')</script>\n\nAfter the script.");

        assertEquals("<p>After the script.</p>", html);
    }

    @Test
    void inlineScriptsAreRemoved() {
        String html = render("Before <script>alert('x')</script> after.");

        assertAbsent(html, "<script", "alert");
        assertTrue(html.contains("Before") && html.contains("after."), html);
    }

    @Test
    void scriptWithUnusualCaseAndAttributesIsRemoved() {
        assertAbsent(render("<SCRIPT type=\"text/javascript\" src=\"https://evil.example/x.js\"></SCRIPT>\n\nText."),
                "script", "evil.example");
    }

    @Test
    void eventHandlersAreRemovedButTheLinkIsKept() {
        String html = render("<a href=\"https://example.org/help\" onclick=\"steal()\">help</a>");

        assertEquals("<p><a href=\"https://example.org/help\" rel=\"nofollow\">help</a></p>", html);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<img src=\"https://example.org/a.png\" onerror=\"steal()\" alt=\"a\">",
        "<div onmouseover=\"steal()\">hover</div>",
        "<p onload=\"steal()\">text</p>",
        "<svg onload=\"steal()\"></svg>",
        "<body onload=\"steal()\">text</body>",
    })
    void everyEventHandlerIsRemoved(String markdown) {
        assertAbsent(render(markdown), "onerror", "onmouseover", "onload", "steal");
    }

    @Test
    void javascriptMarkdownLinksAreNeutralised() {
        String html = render("[click me](javascript:alert(1))");

        assertAbsent(html, "javascript", "alert");
        assertTrue(html.contains("click me"), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<a href=\"javascript:alert(1)\">click me</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">click me</a>",
        "<a href=\" javascript:alert(1)\">click me</a>",
        "<a href=\"java&#x09;script:alert(1)\">click me</a>",
        "<a href=\"vbscript:alert(1)\">click me</a>",
        "<a href=\"data:text/html,<script>alert(1)</script>\">click me</a>",
    })
    void unsafeHtmlLinksLoseTheirTarget(String markdown) {
        String html = render(markdown);

        assertAbsent(html, "javascript", "vbscript", "data:", "alert");
        assertTrue(html.contains("click me"), html);
    }

    @Test
    void iframesAreRemoved() {
        String html = render("<iframe src=\"https://evil.example/\"></iframe>\n\nAfter the frame.");

        assertEquals("<p>After the frame.</p>", html);
    }

    @Test
    void objectsEmbedsAndFormsAreRemoved() {
        assertAbsent(render("<object data=\"x.swf\"></object><embed src=\"x.swf\"><form action=\"https://evil.example\"><input name=\"p\"></form>"),
                "<object", "<embed", "<form", "<input", "evil.example");
    }

    @Test
    void styleBlocksAreRemovedWithTheirContent() {
        String html = render("<style>body { display: none }</style>\n\nAfter the style.");

        assertEquals("<p>After the style.</p>", html);
    }

    @Test
    void inlineStylesAreRemovedButTheElementIsKept() {
        assertEquals("<p>red text</p>", render("<p style=\"color: red\">red text</p>"));
        assertAbsent(render("Some <span style=\"position: fixed\">fixed</span> text"), "style", "position");
    }

    @Test
    void sanitiseAloneRemovesUnsafeHtml() {
        assertEquals("<p>ok</p>", MarkdownRenderer.sanitise("<p onclick=\"x()\" style=\"color:red\">ok</p><script>x()</script>"));
    }

    // ---------------------------------------------------------------- kept

    @Test
    void plainLinksAreKept() {
        assertEquals("<p><a rel=\"nofollow\" href=\"https://example.org/page\">a page</a></p>", render("[a page](https://example.org/page)"));
        assertEquals("<p><a rel=\"nofollow\" href=\"http://example.org/\">http</a></p>", render("[http](http://example.org/)"));
        assertEquals("<p><a rel=\"nofollow\" href=\"mailto:help@example.org\">mail</a></p>", render("[mail](mailto:help@example.org)"));
    }

    @Test
    void relativeLinksStayRelative() {
        assertEquals("<p><a rel=\"nofollow\" href=\"../02-other-lesson\">next</a></p>", render("[next](../02-other-lesson)"));
        assertEquals("<p><a rel=\"nofollow\" href=\"#section\">section</a></p>", render("[section](#section)"));
    }

    @Test
    void imagesWithHttpsSourceAreKept() {
        assertEquals("<p><img src=\"https://example.org/a.png\" alt=\"A chart\" loading=\"lazy\" /></p>", render("![A chart](https://example.org/a.png)"));
    }

    @Test
    void imagesWithRelativeSourceAreKept() {
        assertEquals("<p><img src=\"assets/a.png\" alt=\"A chart\" loading=\"lazy\" /></p>", render("![A chart](assets/a.png)"));
    }

    @Test
    void imagesWithDataSourceLoseTheirSource() {
        assertAbsent(render("![A chart](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)"), "data:", "base64");
    }

    @Test
    void tablesAreKept() {
        String html = render("""
                | Instead of | Try |
                |---|---|
                | "a schizophrenic" | "a person living with schizophrenia" |
                """);

        assertEquals("<table>\n<thead>\n<tr>\n<th>Instead of</th>\n<th>Try</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
                + "<td>&quot;a schizophrenic&quot;</td>\n<td>&quot;a person living with schizophrenia&quot;</td>\n</tr>\n</tbody>\n</table>", html);
    }

    @Test
    void headingsAreKept() {
        assertEquals("<h2>Section</h2>\n<h3>Sub-section</h3>", render("## Section\n\n### Sub-section"));
    }

    @Test
    void emphasisListsBlockquotesAndCodeAreKept() {
        String html = render("**bold** and *italic*\n\n- one\n- two\n\n1. first\n\n> quoted\n\n`code`");

        assertEquals("<p><strong>bold</strong> and <em>italic</em></p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n"
                + "<ol>\n<li>first</li>\n</ol>\n<blockquote>\n<p>quoted</p>\n</blockquote>\n<p><code>code</code></p>", html);
    }

    @Test
    void frontMatterIsNotRendered() {
        assertEquals("<p>Body.</p>", render("---\ntitle: A title\nminutes: 3\n---\nBody."));
    }

    @Test
    void textThatLooksLikeHtmlInCodeIsEscaped() {
        assertEquals("<p><code>&lt;script&gt;</code></p>", render("`<script>`"));
    }
}

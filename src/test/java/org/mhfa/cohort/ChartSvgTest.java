package org.mhfa.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The funnel and histogram SVGs: well-formed, titled and described with every number, bars in proportion. */
class ChartSvgTest {

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Document document, String tag) {
        return document.getElementsByTagName(tag).item(0).getTextContent();
    }

    @Test
    void theFunnelHasATitleADescriptionWithEveryStageAndProportionalBars() throws Exception {
        String svg = FunnelChartSvg.render("funnel", "Completion funnel <cohort & co>", List.of(
                new FunnelChartSvg.Stage("Enrolled", 4), new FunnelChartSvg.Stage("Started", 3),
                new FunnelChartSvg.Stage("Certified", 1)));

        Document document = parse(svg);
        Element root = document.getDocumentElement();
        assertEquals("img", root.getAttribute("role"));
        assertEquals("funnel-title funnel-desc", root.getAttribute("aria-labelledby"));
        assertEquals("Completion funnel <cohort & co>", text(document, "title"));
        assertEquals("Enrolled: 4 of 4 (100%); Started: 3 of 4 (75%); Certified: 1 of 4 (25%).", text(document, "desc"));
        List<Integer> widths = bars(document);
        assertEquals(3, widths.size());
        assertEquals(widths.get(0) * 3 / 4, widths.get(1), 1);
        assertEquals(widths.get(0) / 4, widths.get(2), 1);
        assertTrue(svg.contains(">3 (75%)</text>"));
    }

    @Test
    void anEmptyFunnelDrawsNoBarsAndSaysSo() throws Exception {
        Document document = parse(FunnelChartSvg.render("f", "Funnel", List.of(new FunnelChartSvg.Stage("Enrolled", 0))));

        assertEquals("Enrolled: 0 of 0 (0%).", text(document, "desc"));
        assertEquals(List.of(0), bars(document));
    }

    @Test
    void theHistogramDescribesEveryBinAndScalesToTheTallest() throws Exception {
        String svg = HistogramSvg.render("scores", "Best check scores", "Best score of each trainee", List.of(
                new HistogramSvg.Bin("0–49%", 1), new HistogramSvg.Bin("50–79%", 0), new HistogramSvg.Bin("80–100%", 2)));

        Document document = parse(svg);
        assertEquals("Best check scores", text(document, "title"));
        assertEquals("Best score of each trainee, 3 in all: 0–49%: 1; 50–79%: 0; 80–100%: 2.", text(document, "desc"));
        List<Integer> heights = heights(document);
        assertEquals(List.of(heights.get(2) / 2, 0, heights.get(2)), heights);
    }

    private static List<Integer> bars(Document document) {
        return elements(document, "rect").stream().filter(rect -> "bar".equals(rect.getAttribute("class")))
                .map(rect -> Integer.parseInt(rect.getAttribute("width"))).toList();
    }

    private static List<Integer> heights(Document document) {
        return elements(document, "rect").stream().filter(rect -> "bar".equals(rect.getAttribute("class")))
                .map(rect -> Integer.parseInt(rect.getAttribute("height"))).toList();
    }

    private static List<Element> elements(Document document, String tag) {
        var nodes = document.getElementsByTagName(tag);
        return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).toList();
    }
}

package org.mhfa.catalogue;

import static org.mhfa.catalogue.SvgDocuments.first;
import static org.mhfa.catalogue.SvgDocuments.parse;
import static org.mhfa.catalogue.SvgDocuments.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ScenarioGraphSvgEditorTest {

    private static final String PREFIX = "scenario-map-flawed-";

    private static String editorSvg() {
        return ScenarioGraphSvg.renderForEditor(ScenarioSketch.of("flawed", ScenarioSketchTest.FLAWED));
    }

    @Test
    void theDescriptionCountsUnreachableNodesDeadEndsAndMissingNodes() throws Exception {
        Element root = parse(editorSvg()).getDocumentElement();

        assertEquals("5 nodes, 1 ending (1 good, 0 neutral, 0 harmful). Passing score: 1 (the sum of the scores of the "
                + "choices made). Starts at \u201cStart\u201d. 1 node cannot be reached from the start. 3 nodes lead to no "
                + "ending. Choices lead to 1 missing node: #nowhere.", first(root, "desc").getTextContent());
        assertEquals("group", root.getAttribute("role"));
    }

    @Test
    void aDeadEndHasAThickDottedDarkRedOutlineAndSaysSo() throws Exception {
        Document svg = parse(editorSvg());

        Element loop = first(group(svg, "node-loop-one"), "rect");
        assertEquals("2 3", loop.getAttribute("stroke-dasharray"));
        assertEquals("#7f0000", loop.getAttribute("stroke"));
        assertEquals("3", loop.getAttribute("stroke-width"));
        assertTrue(texts(group(svg, "node-loop-one")).contains("dead end \u00b7 #loop-one"));
        assertTrue(texts(group(svg, "node-lost")).contains("unreachable \u00b7 dead end \u00b7 #lost"));
        assertEquals("", first(group(svg, "node-calm"), "rect").getAttribute("stroke-dasharray"));
        assertTrue(texts(svg.getDocumentElement()).contains("Dead end: no ending can be reached"));
    }

    @Test
    void aChoiceToAMissingNodeEndsAtAMissingBox() throws Exception {
        Document svg = parse(editorSvg());

        assertTrue(texts(group(svg, "missing-nowhere")).contains("missing #nowhere"));
        assertEquals("1 3", first(group(svg, "missing-nowhere"), "rect").getAttribute("stroke-dasharray"));
        assertEquals(5, svg.getElementsByTagName("path").getLength() - 1, "an arrow for each of the five choices, and the arrowhead");
    }

    @Test
    void eachNodeLinksToTheLineOfItsHeading() throws Exception {
        String text = editorSvg();
        Document svg = parse(text);

        NodeList links = svg.getElementsByTagName("a");
        assertEquals(5, links.getLength());
        Element lost = (Element) group(svg, "node-lost").getParentNode();
        assertEquals("a", lost.getTagName());
        assertEquals("#text", lost.getAttribute("href"));
        assertEquals("18", lost.getAttribute("data-line"));
        assertEquals("1", lost.getAttribute("data-column"));
        assertEquals("Go to line 18: Lost (unreachable \u00b7 dead end \u00b7 #lost)", lost.getAttribute("aria-label"));
        assertTrue(text.contains("<a href=\"#text\" data-line=\"5\" data-column=\"1\""), text);
    }

    @Test
    void thePublishedMapHasNoLinksAndNoEditorLegend() {
        Scenario scenario = new Scenario("s", "T", null, null, Scoring.DYNAMIC, 1, false, true, "a", "",
                ScenarioGraphTest.nodes(ScenarioGraphTest.node("a", ScenarioGraphTest.to("b", 1)),
                        ScenarioGraphTest.end("b", Outcome.GOOD, 0)), "v");

        String published = ScenarioGraphSvg.render(scenario);
        assertFalse(published.contains("<a "));
        assertFalse(published.contains("Dead end"));
        assertTrue(published.contains("role=\"img\""));
        assertFalse(ScenarioGraphSvg.renderForEditor(ScenarioSketch.of(scenario)).contains("<a "), "no lines, no links");
    }

    private static Element group(Document svg, String suffix) {
        return SvgDocuments.groupWithId(svg, PREFIX + suffix);
    }
}

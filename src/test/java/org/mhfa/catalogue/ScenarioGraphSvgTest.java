package org.mhfa.catalogue;

import static org.mhfa.catalogue.SvgDocuments.first;
import static org.mhfa.catalogue.SvgDocuments.parse;
import static org.mhfa.catalogue.SvgDocuments.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mhfa.catalogue.ScenarioGraphTest.end;
import static org.mhfa.catalogue.ScenarioGraphTest.node;
import static org.mhfa.catalogue.ScenarioGraphTest.nodes;
import static org.mhfa.catalogue.ScenarioGraphTest.to;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ScenarioGraphSvgTest {

    private static final String PREFIX = "scenario-map-bus-";

    private static Scenario busScenario() {
        Map<String, ScenarioNode> nodes = nodes(
                titled(node("on-the-bus", to("sit-beside", 2), to("shuts-down", -2)), "A passenger in distress"),
                titled(node("sit-beside", to("calmer", 2), to("ambulance", 0), to("on-the-bus", 0)), "Beside him"),
                titled(node("shuts-down", to("off-the-bus", -1), to("shuts-down", 0)), "He shuts down"),
                titled(node("ambulance", to("shaken", 1)), "The ambulance"),
                titled(node("lost", to("calmer", 1)), "Fear & <panic> \"at\" 'stop'"),
                titled(end("calmer", Outcome.GOOD, 0), "Calmer"),
                titled(end("shaken", Outcome.NEUTRAL, 0), "Safe, but shaken"),
                titled(end("off-the-bus", Outcome.HARMFUL, 0), "Off the bus, alone in a crowd at night"));
        return new Scenario("bus", "Panic on the bus", null, null, Scoring.DYNAMIC, 4, false, true, "on-the-bus", "", nodes, "v1");
    }

    @Test
    void theMapIsWellFormedAccessibleXml() throws Exception {
        Document svg = parse(ScenarioGraphSvg.render(busScenario()));
        Element root = svg.getDocumentElement();

        assertEquals("svg", root.getTagName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals("img", root.getAttribute("role"));
        assertEquals("scenario-map-bus-title scenario-map-bus-desc", root.getAttribute("aria-labelledby"));
        assertEquals("Scenario map: Panic on the bus", first(root, "title").getTextContent());
        assertEquals("8 nodes, 3 endings (1 good, 1 neutral, 1 harmful). Passing score: 4 (the sum of the scores of the "
                + "choices made). Starts at \u201cA passenger in distress\u201d. 1 node cannot be reached from the start.",
                first(root, "desc").getTextContent());
    }

    @Test
    void everyNodeIsDrawnWithItsTitleTruncatedWhenLong() throws Exception {
        Document svg = parse(ScenarioGraphSvg.render(busScenario()));
        List<String> texts = texts(svg.getDocumentElement());

        for (String title : List.of("A passenger in distress", "Beside him", "He shuts down", "The ambulance", "Calmer",
                "Safe, but shaken")) {
            assertTrue(texts.contains(title), title + " in " + texts);
        }
        assertTrue(texts.contains("Off the bus, alone in a cro\u2026"), texts.toString());
        assertEquals("Off the bus, alone in a crowd at night", first(group(svg, "off-the-bus"), "title").getTextContent());
    }

    @Test
    void endingsCarryTheirOutcomeColoursAndTheStartAThickerBorder() throws Exception {
        Document svg = parse(ScenarioGraphSvg.render(busScenario()));

        assertBox(svg, "calmer", "#d7f0dd", "#1a6b34");
        assertBox(svg, "shaken", "#fff4d6", "#7a4d00");
        assertBox(svg, "off-the-bus", "#f8d7d5", "#a3201c");
        assertBox(svg, "ambulance", "#ffffff", "#3b4a5a");
        assertEquals("3.5", rect(svg, "on-the-bus").getAttribute("stroke-width"));
        assertEquals("1.5", rect(svg, "sit-beside").getAttribute("stroke-width"));
        assertTrue(texts(group(svg, "calmer")).contains("good ending \u00b7 #calmer"));
    }

    @Test
    void anUnreachableNodeIsDashedAndSaysSo() throws Exception {
        Document svg = parse(ScenarioGraphSvg.render(busScenario()));

        assertEquals("6 4", rect(svg, "lost").getAttribute("stroke-dasharray"));
        assertEquals("", rect(svg, "ambulance").getAttribute("stroke-dasharray"));
        assertTrue(texts(group(svg, "lost")).contains("unreachable \u00b7 #lost"));
    }

    @Test
    void titlesWithMarkupCharactersAreEscaped() throws Exception {
        String text = ScenarioGraphSvg.render(busScenario());

        assertTrue(text.contains("Fear &amp; &lt;panic&gt; &quot;at&quot; &apos;stop&apos;"));
        assertTrue(texts(group(parse(text), "lost")).contains("Fear & <panic> \"at\" 'stop'"));
    }

    @Test
    void choicesAreArrowsLabelledWithScoreAndStep() throws Exception {
        Document svg = parse(ScenarioGraphSvg.render(busScenario()));
        List<String> texts = texts(svg.getDocumentElement());

        assertTrue(texts.contains("+2 listen"), texts.toString());
        assertTrue(texts.contains("\u22122 listen"), texts.toString());
        assertTrue(texts.contains("0 listen"), texts.toString());
        NodeList paths = svg.getElementsByTagName("path");
        int arrows = 0;
        for (int i = 0; i < paths.getLength(); i++) {
            if (((Element) paths.item(i)).getAttribute("marker-end").equals("url(#" + PREFIX + "arrow)")) {
                arrows++;
            }
        }
        assertEquals(9, arrows);
    }

    @Test
    void theSameScenarioGivesTheSameSvgWithoutScriptsOrExternalResources() {
        String first = ScenarioGraphSvg.render(busScenario());

        assertEquals(first, ScenarioGraphSvg.render(busScenario()));
        assertFalse(first.contains("<script"));
        assertFalse(first.replace("xmlns=\"http://www.w3.org/2000/svg\"", "").contains("http"));
        assertFalse(first.contains("href"));
    }

    @Test
    void oddScenariosStillGiveWellFormedSvg() throws Exception {
        Scenario empty = new Scenario("e", "Nothing yet", null, null, Scoring.STATIC, 0, false, true, "none", "", Map.of(), "v");
        Scenario strange = new Scenario("odd id!", "Bad \u0000 title \uD800", null, null, Scoring.STATIC, 3, false, true, "x",
                "", nodes(titled(end("x", Outcome.GOOD, 3), "\uD83D\uDE31 \u202Eevil\u202C " + "long ".repeat(20))), "v");

        assertEquals("0 nodes, 0 endings (0 good, 0 neutral, 0 harmful). Passing score: 0 (the score of the ending reached).",
                first(parse(ScenarioGraphSvg.render(empty)).getDocumentElement(), "desc").getTextContent());
        assertNotNull(parse(ScenarioGraphSvg.render(strange)));
    }

    private static ScenarioNode titled(ScenarioNode node, String title) {
        return new ScenarioNode(node.id(), title, node.html(), node.choices(), node.outcome(), node.endScore());
    }

    private static void assertBox(Document svg, String id, String fill, String stroke) {
        assertEquals(fill, rect(svg, id).getAttribute("fill"), id);
        assertEquals(stroke, rect(svg, id).getAttribute("stroke"), id);
    }

    private static Element rect(Document svg, String nodeId) {
        return first(group(svg, nodeId), "rect");
    }

    private static Element group(Document svg, String nodeId) {
        return SvgDocuments.groupWithId(svg, PREFIX + "node-" + nodeId);
    }
}

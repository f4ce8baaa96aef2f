package org.mhfa.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The graph of a scenario as far as its file can be read, errors and all: the nodes whose heading has an id, where each
 * heading is, and the choices between them, including choices to nodes that do not exist. What the editor's map draws.
 *
 * @param title the front matter's title; null when missing or unreadable
 * @param passScore null when missing or unreadable
 * @param startId the {@code start:} node, else the first node; null when there are no nodes
 * @param headings where each node's heading is in the file; empty for a published scenario
 */
public record ScenarioSketch(String id, String title, Scoring scoring, Integer passScore, String startId,
        Map<String, ScenarioNode> nodes, Map<String, Heading> headings) {

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    /** Where a node's {@code ##} heading is in its file, 1-based. */
    public record Heading(int line, int column) {
    }

    public ScenarioSketch {
        nodes = Collections.unmodifiableMap(nodes);
        headings = Collections.unmodifiableMap(headings);
    }

    /** The sketch of the scenario file {@code fileText}, read with the parser that loads scenarios but past its errors. */
    public static ScenarioSketch of(String id, String fileText) {
        return new ScenarioParser(MARKDOWN).sketch(id, fileText);
    }

    /** The sketch of a loaded scenario, without positions. */
    public static ScenarioSketch of(Scenario scenario) {
        return new ScenarioSketch(scenario.id(), scenario.title(), scenario.scoring(), scenario.passScore(),
                scenario.startNodeId(), scenario.nodes(), Map.of());
    }

    public ScenarioNode start() {
        return startId == null ? null : nodes.get(startId);
    }

    /** The nodes that cannot be reached from the start, in authored order. */
    public List<String> unreachable() {
        Set<String> reachable = ScenarioGraph.reachableFromStart(nodes, startId);
        return nodes.keySet().stream().filter(nodeId -> !reachable.contains(nodeId)).toList();
    }

    /** The nodes that are not endings and from which no ending can be reached, in authored order. */
    public List<String> deadEnds() {
        Set<String> leading = ScenarioGraph.nodesLeadingToAnEnd(nodes);
        return nodes.keySet().stream().filter(nodeId -> !leading.contains(nodeId)).toList();
    }

    /** The ids that choices lead to but no node has, in the order they are first named. */
    public List<String> missingTargets() {
        Set<String> missing = new LinkedHashSet<>();
        nodes.values().forEach(node -> node.choices().stream().map(Choice::target)
                .filter(target -> !nodes.containsKey(target)).forEach(missing::add));
        return new ArrayList<>(missing);
    }
}

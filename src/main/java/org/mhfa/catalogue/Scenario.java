package org.mhfa.catalogue;

import java.util.Map;
import java.util.Optional;

/** A branching crisis scenario: nodes of narrative joined by scored choices, played from a start node to an end. */
public record Scenario(String id, String title, String summary, String contentWarning, Scoring scoring, int passScore,
        boolean backNavigation, boolean required, String startNodeId, String introHtml, Map<String, ScenarioNode> nodes,
        String version) implements ModuleItem {

    @Override
    public String kind() {
        return "scenarios";
    }

    public ScenarioNode start() {
        return nodes.get(startNodeId);
    }

    public Optional<ScenarioNode> node(String nodeId) {
        return Optional.ofNullable(nodes.get(nodeId));
    }
}

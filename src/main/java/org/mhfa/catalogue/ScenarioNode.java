package org.mhfa.catalogue;

import java.util.List;

/**
 * A node of a branching scenario: narrative and choices, or, for an end node, the debrief with its outcome
 * (and, under static scoring, its score).
 */
public record ScenarioNode(String id, String title, String html, List<Choice> choices, Outcome outcome, int endScore) {

    public boolean isEnd() {
        return outcome != null;
    }
}

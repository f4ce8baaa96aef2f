package org.mhfa.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import org.mhfa.catalogue.Choice;
import org.mhfa.catalogue.Scenario;
import org.mhfa.catalogue.ScenarioNode;
import org.mhfa.catalogue.Scoring;

/**
 * Plays a scenario of the draft as a trainee would, without recording anything: the whole state (the node reached, the
 * score so far and the feedback of the last choice) travels in the page's links, so no run, progress, learning record or
 * certificate is ever made.
 */
@ApplicationScoped
public class ScenarioPlaytest {

    /** One step of a play-test: the scenario, the node reached, the score so far, the last choice (if any) and the result at an end. */
    public record Step(Scenario scenario, ScenarioNode node, int score, Choice lastChoice, Integer finalScore, Boolean passed) {

        public boolean atEnd() {
            return node.isEnd();
        }
    }

    private final DraftItems items;

    ScenarioPlaytest(DraftItems items) {
        this.items = items;
    }

    /**
     * The step reached by taking choice {@code choice} at node {@code at} with {@code score} so far; with no node, the start.
     * An unknown node or choice (an old link after an edit) starts again.
     */
    public Step step(String courseId, String path, String at, Integer choice, int score) {
        Scenario scenario = items.item(courseId, path, Scenario.class, "scenario");
        ScenarioNode node = at == null ? null : scenario.node(at).orElse(null);
        if (node == null || choice == null || choice < 0 || choice >= node.choices().size()) {
            return new Step(scenario, node == null ? scenario.start() : node, node == null ? 0 : score, null, null, null);
        }
        Choice taken = node.choices().get(choice);
        ScenarioNode reached = scenario.node(taken.target()).orElse(scenario.start());
        int total = score + taken.score();
        if (!reached.isEnd()) {
            return new Step(scenario, reached, total, taken, null, null);
        }
        int finalScore = scenario.scoring() == Scoring.STATIC ? reached.endScore() : total;
        return new Step(scenario, reached, total, taken, finalScore, finalScore >= scenario.passScore());
    }
}

package org.mhfa.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScenarioGraphTest {

    @Test
    void theBestDynamicScoreTakesTheBestBranch() {
        Map<String, ScenarioNode> nodes = nodes(
                node("start", to("calm", 2), to("panic", -1), to("ask", 1)),
                node("ask", to("calm", 3), to("panic", 0)),
                end("calm", Outcome.GOOD, 0),
                end("panic", Outcome.HARMFUL, 0));

        assertEquals(OptionalLong.of(4), ScenarioGraph.maxDynamicScore(nodes, "start"));
    }

    @Test
    void theBestDynamicScoreMayBeNegative() {
        Map<String, ScenarioNode> nodes = nodes(node("start", to("a", -2), to("b", -3)), node("a", to("end", -4)),
                node("b", to("end", 0)), end("end", Outcome.NEUTRAL, 0));

        assertEquals(OptionalLong.of(-3), ScenarioGraph.maxDynamicScore(nodes, "start"));
    }

    @Test
    void aLoopIsWalkedAtMostOncePerPath() {
        Map<String, ScenarioNode> nodes = nodes(
                node("start", to("hub", 0)),
                node("hub", to("end", 0), to("b", 5)),
                node("b", to("c", 5)),
                node("c", to("hub", 100), to("end", 1)),
                end("end", Outcome.GOOD, 0));

        assertEquals(OptionalLong.of(11), ScenarioGraph.maxDynamicScore(nodes, "start"));
    }

    @Test
    void aPathMayEnterALoopAnywhereAndLeaveItAnywhere() {
        Map<String, ScenarioNode> nodes = nodes(
                node("start", to("a", 0), to("c", 1)),
                node("a", to("b", 2)),
                node("b", to("c", 2), to("end", 0)),
                node("c", to("a", 3), to("self", 0)),
                node("self", to("self", 50), to("end", 1)),
                end("end", Outcome.GOOD, 0));

        assertEquals(OptionalLong.of(6), ScenarioGraph.maxDynamicScore(nodes, "start"));
    }

    @Test
    void noBestScoreWhenNoEndingCanBeReached() {
        Map<String, ScenarioNode> nodes = nodes(node("start", to("loop", 1)), node("loop", to("start", 1)), end("end", Outcome.GOOD, 5));

        assertEquals(OptionalLong.empty(), ScenarioGraph.maxDynamicScore(nodes, "start"));
        assertEquals(OptionalInt.empty(), ScenarioGraph.highestEndScore(nodes, "start"));
        assertEquals(OptionalLong.empty(), ScenarioGraph.maxDynamicScore(nodes, "missing"));
    }

    @Test
    void aDenseLoopStaysFastAndGivesAnUpperBound() {
        List<ScenarioNode> rooms = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            List<Choice> choices = new ArrayList<>();
            for (int j = 0; j < 45; j++) {
                choices.add(new Choice(j, "", "r" + j, (i + j) % 3, AlgeeStep.SUPPORT, ""));
            }
            choices.add(new Choice(45, "", "out", 0, AlgeeStep.SUPPORT, ""));
            rooms.add(new ScenarioNode("r" + i, "Room " + i, "", choices, null, 0));
        }
        rooms.add(end("out", Outcome.NEUTRAL, 0));
        Map<String, ScenarioNode> nodes = nodes(rooms.toArray(ScenarioNode[]::new));

        // a guard against an exponential search that would never end, not a speed check
        long best = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> ScenarioGraph.maxDynamicScore(nodes, "r0").getAsLong());

        assertTrue(best >= 2 + 2, "at least r0 -> r2 -> r3 -> out: " + best);
        assertTrue(best <= 45 * 2, "never more than every room's best choice: " + best);
    }

    @Test
    void aLongChainNeedsNoDeepRecursion() {
        List<ScenarioNode> chain = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            chain.add(node("n" + i, to("n" + (i + 1), 1), to("n" + Math.max(0, i - 1), 0)));
        }
        chain.add(end("n20000", Outcome.GOOD, 0));
        Map<String, ScenarioNode> nodes = nodes(chain.toArray(ScenarioNode[]::new));

        assertEquals(20_001, ScenarioGraph.reachableFromStart(nodes, "n0").size());
        assertEquals(20_001, ScenarioGraph.nodesLeadingToAnEnd(nodes).size());
        assertTrue(ScenarioGraph.maxDynamicScore(nodes, "n0").getAsLong() <= 20_000);
    }

    @Test
    void reachabilityFollowsChoicesAndIgnoresLinksToNoNode() {
        Map<String, ScenarioNode> nodes = nodes(
                node("start", to("a", 0), to("ghost", 0)),
                node("a", to("end", 0)),
                node("island", to("end", 0)),
                end("end", Outcome.GOOD, 0));

        assertEquals(List.of("start", "a", "end"), List.copyOf(ScenarioGraph.reachableFromStart(nodes, "start")));
        assertEquals(Set.of(), ScenarioGraph.reachableFromStart(nodes, "ghost"));
    }

    @Test
    void nodesLeadingToAnEndLeaveOutLoopsWithoutAWayOut() {
        Map<String, ScenarioNode> nodes = nodes(
                node("start", to("spiral", 0), to("end", 0)),
                node("spiral", to("spiral-2", 0)),
                node("spiral-2", to("spiral", 0)),
                end("end", Outcome.GOOD, 0));

        assertEquals(List.of("start", "end"), List.copyOf(ScenarioGraph.nodesLeadingToAnEnd(nodes)));
    }

    @Test
    void theHighestEndScoreCountsOnlyReachableEndings() {
        Map<String, ScenarioNode> nodes = nodes(node("start", to("low", 0), to("mid", 0)), end("low", Outcome.HARMFUL, 1),
                end("mid", Outcome.NEUTRAL, 5), end("unreachable", Outcome.GOOD, 10));

        assertEquals(OptionalInt.of(5), ScenarioGraph.highestEndScore(nodes, "start"));
    }

    @Test
    void depthsAreBreadthFirst() {
        Map<String, ScenarioNode> nodes = nodes(node("start", to("a", 0), to("b", 0)), node("a", to("c", 0)),
                node("b", to("end", 0)), node("c", to("end", 0), to("start", 0)), end("end", Outcome.GOOD, 0));

        assertEquals(Map.of("start", 0, "a", 1, "b", 1, "c", 2, "end", 2), ScenarioGraph.depthsFromStart(nodes, "start"));
    }

    static Map<String, ScenarioNode> nodes(ScenarioNode... nodes) {
        Map<String, ScenarioNode> map = new LinkedHashMap<>();
        for (ScenarioNode node : nodes) {
            map.put(node.id(), node);
        }
        return map;
    }

    static ScenarioNode node(String id, Choice... choices) {
        List<Choice> indexed = new ArrayList<>();
        for (int i = 0; i < choices.length; i++) {
            Choice choice = choices[i];
            indexed.add(new Choice(i, choice.html(), choice.target(), choice.score(), choice.step(), choice.feedbackHtml()));
        }
        return new ScenarioNode(id, "Node " + id, "<p>" + id + "</p>", indexed, null, 0);
    }

    static ScenarioNode end(String id, Outcome outcome, int score) {
        return new ScenarioNode(id, "Ending " + id, "<p>" + id + "</p>", List.of(), outcome, score);
    }

    static Choice to(String target, int score) {
        return new Choice(0, "Go to " + target, target, score, AlgeeStep.LISTEN, "");
    }
}

package org.mhfa.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioSketchTest {

    /**
     * Lines: 5 ## Start, 10 ## Loop one, 14 ## Loop two, 18 ## Lost, 22 ## Calm; a loop with no way out, a node nothing
     * leads to, and a choice to a node that does not exist.
     */
    static final String FLAWED = """
            ---
            title: Flawed
            pass-score: 1
            ---
            ## Start {#start}
            You see someone upset.

            - [Ask how they are](#calm) {score=1 step=approach}
            - [Keep talking](#loop-one) {score=0 step=listen}
            ## Loop one {#loop-one}
            Round and round.

            - [Again](#loop-two) {score=0 step=listen}
            ## Loop two {#loop-two}
            And again.

            - [Back](#loop-one) {score=0 step=listen}
            ## Lost {#lost}
            Nobody comes here.

            - [Somewhere](#nowhere) {score=0 step=listen}
            ## Calm {#calm .end outcome=good}
            They feel heard.
            """;

    @Test
    void aFileWithGraphErrorsStillGivesEveryNodeWithItsHeadingLine() {
        ScenarioSketch sketch = ScenarioSketch.of("flawed", FLAWED);

        assertEquals("Flawed", sketch.title());
        assertEquals(1, sketch.passScore());
        assertEquals("start", sketch.startId());
        assertEquals(List.of("start", "loop-one", "loop-two", "lost", "calm"), List.copyOf(sketch.nodes().keySet()));
        assertEquals(new ScenarioSketch.Heading(5, 1), sketch.headings().get("start"));
        assertEquals(10, sketch.headings().get("loop-one").line());
        assertEquals(18, sketch.headings().get("lost").line());
        assertEquals(22, sketch.headings().get("calm").line());
        assertEquals(Outcome.GOOD, sketch.nodes().get("calm").outcome());
        assertEquals("Loop two", sketch.nodes().get("loop-two").title());
        assertEquals(List.of("calm", "loop-one"), sketch.nodes().get("start").choices().stream().map(Choice::target).toList());
    }

    @Test
    void theStartIsTheFirstNodeUnlessTheFrontMatterNamesAnother() {
        assertEquals("Start", ScenarioSketch.of("flawed", FLAWED).start().title());
        assertEquals("Calm", ScenarioSketch.of("flawed", FLAWED.replaceFirst("---\n", "---\nstart: calm\n")).start().title());
        assertNull(ScenarioSketch.of("empty", "---\ntitle: Nothing yet\n---\n").start());
    }

    @Test
    void aNodeNothingLeadsToIsUnreachable() {
        assertEquals(List.of("lost"), ScenarioSketch.of("flawed", FLAWED).unreachable());
    }

    @Test
    void aLoopWithNoWayToAnEndingIsADeadEndAsIsANodeLeadingOnlyToAMissingOne() {
        assertEquals(List.of("loop-one", "loop-two", "lost"), ScenarioSketch.of("flawed", FLAWED).deadEnds());
    }

    @Test
    void aChoiceToAMissingNodeIsKeptAsDangling() {
        ScenarioSketch sketch = ScenarioSketch.of("flawed", FLAWED);

        assertEquals(List.of("nowhere"), sketch.missingTargets());
        assertEquals("nowhere", sketch.nodes().get("lost").choices().get(0).target());
        assertFalse(sketch.nodes().containsKey("nowhere"));
    }

    @Test
    void aHeadingWithoutAnIdIsLeftOutAndChoicesToItDangle() {
        ScenarioSketch sketch = ScenarioSketch.of("s", """
                ---
                title: No ids
                pass-score: 1
                ---
                ## Start {#start}
                - [Go on](#next) {score=1 step=approach}
                - [Stop](#calm) {score=1 step=approach}

                ## Next
                No braces.

                ## Calm {.end outcome=good}
                Braces without an id.
                """);

        assertEquals(List.of("start"), List.copyOf(sketch.nodes().keySet()));
        assertEquals(List.of("next", "calm"), sketch.missingTargets());
    }

    @Test
    void errorsElsewhereInTheFileLeaveTheOtherNodes() {
        ScenarioSketch sketch = ScenarioSketch.of("s", """
                ---
                title: [unclosed
                pass-score: lots
                ---
                ## Start {#start}
                - [Go on](somewhere) {score=1 step=approach}
                - [Calmly](#calm) {score=many step=hop}

                ## Calm {#calm .end outcome=nice}
                Fine.

                ## Calm again {#calm .end outcome=good}
                A second node with the same id.
                """);

        assertNull(sketch.title());
        assertNull(sketch.passScore());
        assertEquals(List.of("start", "calm"), List.copyOf(sketch.nodes().keySet()));
        assertEquals(List.of("calm"), sketch.nodes().get("start").choices().stream().map(Choice::target).toList());
        assertEquals(9, sketch.headings().get("calm").line());
        assertTrue(sketch.nodes().get("calm").isEnd());
        assertEquals(List.of(), sketch.unreachable());
        assertEquals(List.of(), sketch.deadEnds());
    }

    @Test
    void aFileWithoutFrontMatterOrNodesGivesAnEmptySketch() {
        ScenarioSketch empty = ScenarioSketch.of("s", "Just some text.\n");

        assertEquals(List.of(), List.copyOf(empty.nodes().keySet()));
        assertNull(empty.startId());
        assertEquals(List.of(), empty.unreachable());
    }

    @Test
    void aLoadedScenarioGivesTheSameGraphWithoutPositions() {
        ScenarioSketch sketch = ScenarioSketch.of(new Scenario("s", "T", null, null, Scoring.DYNAMIC, 1, false, true, "a", "",
                ScenarioGraphTest.nodes(ScenarioGraphTest.node("a", ScenarioGraphTest.to("b", 1)),
                        ScenarioGraphTest.end("b", Outcome.GOOD, 0)), "v"));

        assertEquals(List.of("a", "b"), List.copyOf(sketch.nodes().keySet()));
        assertTrue(sketch.headings().isEmpty());
        assertEquals(List.of(), sketch.deadEnds());
    }
}

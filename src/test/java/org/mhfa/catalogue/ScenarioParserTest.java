package org.mhfa.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioParserTest {

    private static final String PANIC_ON_THE_BUS = """
            ---
            title: Panic on the bus
            summary: A passenger on a crowded bus seems to be having a panic attack.
            content-warning: Describes a panic attack and a fear of dying.
            pass-score: 6
            back-navigation: true
            ---
            You are on a crowded evening bus on your way home.

            ## A passenger in distress {#on-the-bus}
            A young man across the aisle is breathing fast, gripping the rail. He says he thinks he is dying.

            - [Sit down beside him and ask quietly if he is OK](#sit-beside) {score=2 step=approach}
              > Approaching calmly and at his level helps him feel safe.
            - [Tell him to *pull himself together*](#shuts-down) {score=-2 step=listen}
              > This dismisses his distress.
            - [Look away; someone else will help](#off-the-bus) {step=other-supports}

            ## Beside him {#sit-beside}
            He says his heart is pounding and he cannot get enough air.

            - [Ask whether this has happened before and whether he has a heart condition](#assess) {score=2 step=approach}
              > Checking for a physical cause is part of assessing for risk.
            - [Tell him he is just panicking](#shuts-down) {score=-1 step=listen}

            ## Assessing the risk {#assess}
            He has had panic attacks before and has no heart condition.

            - [Breathe slowly with him and let him talk](#listening) {score=2 step=listen}
            - [Call an ambulance straight away](#ambulance) {score=0 step=professional}

            ## Listening {#listening}
            His breathing slows. He tells you the attacks have been getting worse since he lost his job.

            - [Suggest he talks to his GP about the attacks](#calmer) {score=2 step=professional}
              > Encouraging professional help is one of the five steps.
            - [Ask whether there is someone he would like to call](#calmer) {score=1 step=other-supports}

            ## The ambulance {#ambulance}
            The paramedics check him over and find nothing physically wrong.

            - [Stay with him until they have finished](#shaken) {score=1 step=support}

            ## He shuts down {#shuts-down}
            He turns away from you and presses his face against the window.

            - [Apologise and try again](#sit-beside) {score=0 step=approach}
            - [Get off at the next stop](#off-the-bus) {score=-1 step=other-supports}

            ## Off the bus {#off-the-bus .end outcome=harmful}
            He is left alone in a crowd, still believing he is dying.

            ## Calmer {#calmer .end outcome=good}
            He is calmer, and knows where to get help.

            ## Safe, but shaken {#shaken .end outcome=neutral}
            He is safe, but nobody has talked with him about what happened.
            """;

    /**
     * Lines: 1 ---, 2 title, 3 pass-score, 4 ---, 5 ## Start, 6 narrative, 7 blank, 8 first choice, 9 second choice,
     * 10 blank, 11 ## Calm, 12 debrief, 13 blank, 14 ## Walked past, 15 debrief.
     */
    private static final String TINY = """
            ---
            title: Tiny
            pass-score: 1
            ---
            ## Start {#start}
            You see someone upset.

            - [Ask how they are](#calm) {score=1 step=approach}
            - [Walk past](#walked-past) {score=-1 step=other-supports}

            ## Calm {#calm .end outcome=good}
            They feel heard.

            ## Walked past {#walked-past .end outcome=harmful}
            They are left alone.
            """;

    @TempDir
    Path root;

    @Test
    void aValidScenarioLoadsWithItsNodesChoicesAndEndings() throws IOException {
        Scenario scenario = loadValid(PANIC_ON_THE_BUS);

        assertEquals("s", scenario.id());
        assertEquals("Panic on the bus", scenario.title());
        assertEquals("A passenger on a crowded bus seems to be having a panic attack.", scenario.summary());
        assertEquals("Describes a panic attack and a fear of dying.", scenario.contentWarning());
        assertEquals(Scoring.DYNAMIC, scenario.scoring());
        assertEquals(6, scenario.passScore());
        assertTrue(scenario.backNavigation());
        assertTrue(scenario.required());
        assertEquals("<p>You are on a crowded evening bus on your way home.</p>", scenario.introHtml());
        assertEquals(List.of("on-the-bus", "sit-beside", "assess", "listening", "ambulance", "shuts-down", "off-the-bus",
                "calmer", "shaken"), List.copyOf(scenario.nodes().keySet()));
        assertEquals("on-the-bus", scenario.startNodeId());
        assertTrue(scenario.version().matches("[0-9a-f]{12}"), scenario.version());
    }

    @Test
    void choicesKeepTheirTextTargetScoreStepAndFeedback() throws IOException {
        ScenarioNode first = loadValid(PANIC_ON_THE_BUS).start();

        assertEquals("A passenger in distress", first.title());
        assertEquals("<p>A young man across the aisle is breathing fast, gripping the rail. He says he thinks he is dying.</p>",
                first.html());
        assertFalse(first.isEnd());
        assertEquals(List.of(
                new Choice(0, "Sit down beside him and ask quietly if he is OK", "sit-beside", 2, AlgeeStep.APPROACH,
                        "<p>Approaching calmly and at his level helps him feel safe.</p>"),
                new Choice(1, "Tell him to <em>pull himself together</em>", "shuts-down", -2, AlgeeStep.LISTEN,
                        "<p>This dismisses his distress.</p>"),
                new Choice(2, "Look away; someone else will help", "off-the-bus", 0, AlgeeStep.OTHER_SUPPORTS, "")),
                first.choices());
    }

    @Test
    void endNodesCarryTheirOutcomeAndDebrief() throws IOException {
        Scenario scenario = loadValid(PANIC_ON_THE_BUS);

        assertEquals(Outcome.HARMFUL, scenario.nodes().get("off-the-bus").outcome());
        assertEquals(Outcome.GOOD, scenario.nodes().get("calmer").outcome());
        assertEquals(Outcome.NEUTRAL, scenario.nodes().get("shaken").outcome());
        assertEquals("<p>He is calmer, and knows where to get help.</p>", scenario.nodes().get("calmer").html());
        assertEquals(List.of(), scenario.nodes().get("calmer").choices());
        assertEquals(8, ScenarioGraph.maxDynamicScore(scenario).getAsLong());
    }

    @Test
    void theParserPassesTheVersionThroughAndHonoursAnExplicitStartAndStaticScoring() {
        String text = TINY.replace("pass-score: 1", "pass-score: 10\nscoring: static\nstart: start\nrequired: false")
                .replace("outcome=good}", "outcome=good score=10}")
                .replace("outcome=harmful}", "outcome=harmful score=0}");
        List<ContentError> errors = new ArrayList<>();

        Optional<Scenario> scenario = parseDirectly(text, errors);

        assertEquals(List.of(), errors);
        assertEquals("v-123", scenario.orElseThrow().version());
        assertEquals("start", scenario.get().startNodeId());
        assertEquals(Scoring.STATIC, scenario.get().scoring());
        assertEquals(10, scenario.get().nodes().get("calm").endScore());
        assertFalse(scenario.get().required());
        assertFalse(scenario.get().backNavigation());
        assertNull(scenario.get().summary());
    }

    @Test
    void aPassScoreEqualToTheBestPathIsAccepted() throws IOException {
        assertEquals(List.of(), errors(TINY));
    }

    @Test
    void aBrokenScenarioIsNeverReturned() {
        List<ContentError> errors = new ArrayList<>();

        Optional<Scenario> scenario = parseDirectly(TINY.replace("step=approach", "step=aproach"), errors);

        assertTrue(scenario.isEmpty());
        assertEquals(1, errors.size());
    }

    @Test
    void duplicateNodeIds() throws IOException {
        String text = TINY.replace("{#walked-past .end", "{#calm .end").replace("(#walked-past)", "(#calm)");

        assertEquals(List.of(at(14, 1, "a second node with the id 'calm' (the first is on line 11): give each node its own {#id}")),
                errors(text));
    }

    @Test
    void aChoiceLinkingToNoNodeIsReportedOnTheChoiceLineWithASuggestion() throws IOException {
        String text = TINY.replace("#calm", "#sit-beside").replace("(#sit-beside)", "(#sit-besid)");

        assertEquals(List.of(
                at(8, 1, "choice links to '#sit-besid', which is not a node of this scenario; did you mean '#sit-beside'?")),
                errors(text), "the node the link was meant for is not reported as unreachable");
    }

    @Test
    void aChoiceLinkingToNoNodeWithoutANearMissNamesTheWayToFixIt() throws IOException {
        String text = TINY.replace("(#walked-past)", "(#somewhere-else)")
                .replace("\n## Walked past {#walked-past .end outcome=harmful}\nThey are left alone.\n", "");

        assertEquals(List.of(at(9, 1, "choice links to '#somewhere-else', which is not a node of this scenario; use the {#id} "
                + "of one of its node headings, such as '#start'")), errors(text));
    }

    @Test
    void unreachableNode() throws IOException {
        String text = TINY + "\n## Aside {#aside}\nA quiet corner.\n\n- [Go back](#start) {step=listen}\n";

        assertEquals(List.of(at(17, 1, "node 'aside' cannot be reached from the start node 'start': link to it from a choice "
                + "('- [...](#aside) {step=...}') of a node that can be reached, or remove it")), errors(text));
    }

    @Test
    void deadEnd() throws IOException {
        String text = TINY.replace("{#calm .end outcome=good}", "{#calm}");

        assertEquals(List.of(at(11, 1, "node 'calm' has no choices and is not an ending: add a list of choices such as "
                + "'- [What the first aider does](#next-node) {score=1 step=listen}', or make it an ending with "
                + "'{#calm .end outcome=neutral}'")), errors(text));
    }

    @Test
    void endWithChoices() throws IOException {
        String text = TINY.replace("They feel heard.\n", "They feel heard.\n\n- [Start again](#start) {step=listen}\n");

        assertEquals(List.of(at(11, 1, "node 'calm' is an ending (.end) but has choices: an ending has only its debrief; "
                + "remove the choices, or remove '.end' and the outcome")), errors(text));
    }

    @Test
    void aLoopWithNoWayToAnEnding() throws IOException {
        String text = TINY.replace("step=other-supports}\n", "step=other-supports}\n- [Argue](#spiral-a) {step=listen}\n")
                + "\n## Spiral A {#spiral-a}\nYou argue.\n\n- [Keep arguing](#spiral-b) {step=listen}\n"
                + "\n## Spiral B {#spiral-b}\nThey argue back.\n\n- [Argue more](#spiral-a) {step=listen}\n";

        String fix = "': its choices only lead round a loop; give a node of the loop a choice that leads towards an ending (.end)";
        assertEquals(List.of(at(18, 1, "no ending can be reached from node 'spiral-a" + fix),
                at(23, 1, "no ending can be reached from node 'spiral-b" + fix)), errors(text));
    }

    @Test
    void unknownAttributeOnAChoice() throws IOException {
        assertEquals(List.of(at(8, 1, "unknown attribute 'scor'; did you mean 'score'?; allowed: score, step")),
                errors(TINY.replace("{score=1 step=approach}", "{scor=1 step=approach}")));
    }

    @Test
    void unknownAttributeOnANodeHeading() throws IOException {
        assertEquals(List.of(at(11, 1, "unknown attribute 'outcom'; did you mean 'outcome'?; allowed: outcome, score"),
                at(11, 1, "ending 'calm' has no outcome: add outcome=good, outcome=neutral or outcome=harmful to its braces")),
                errors(TINY.replace("outcome=good", "outcom=good")));
    }

    @Test
    void aChoiceScoreThatIsNotAWholeNumber() throws IOException {
        assertEquals(List.of(at(8, 1, "the score of a choice must be a whole number such as 2 or -1, found 'one'")),
                errors(TINY.replace("score=1 step=approach", "score=one step=approach")));
    }

    @Test
    void anEndScoreThatIsNotAWholeNumber() throws IOException {
        assertEquals(List.of(at(11, 1, "the score of ending 'calm' must be a whole number such as 2 or -1, found 'ten'")),
                errors(TINY.replace("outcome=good}", "outcome=good score=ten}")));
    }

    @Test
    void anUnknownStep() throws IOException {
        assertEquals(List.of(at(8, 1, "unknown step 'aproach'; did you mean 'approach'?; allowed: approach, listen, "
                + "other-supports, professional, support")), errors(TINY.replace("step=approach", "step=aproach")));
    }

    @Test
    void anUnknownOutcome() throws IOException {
        assertEquals(List.of(at(11, 1, "unknown outcome 'gud'; did you mean 'good'?; allowed: good, harmful, neutral")),
                errors(TINY.replace("outcome=good", "outcome=gud")));
    }

    @Test
    void aMissingStep() throws IOException {
        String missing = "the choice has no ALGEE step: add step=approach, listen, support, professional or other-supports "
                + "to its braces, e.g. '{score=1 step=listen}'";
        assertEquals(List.of(at(8, 1, missing)), errors(TINY.replace("{score=1 step=approach}", "{score=1}")));
        assertEquals(List.of(at(8, 1, missing)), errors(TINY.replace(" {score=1 step=approach}", "")));
    }

    @Test
    void anEndWithoutOutcome() throws IOException {
        assertEquals(List.of(at(11, 1, "ending 'calm' has no outcome: add outcome=good, outcome=neutral or outcome=harmful "
                + "to its braces")), errors(TINY.replace("{#calm .end outcome=good}", "{#calm .end}")));
    }

    @Test
    void aScoreOnANodeThatIsNotAnEnding() throws IOException {
        assertEquals(List.of(at(5, 1, "score=2 on node 'start', which is not an ending: put scores on its choices "
                + "('- [...](#next) {score=2 step=...}'), or add '.end' to make it an ending")),
                errors(TINY.replace("{#start}", "{#start score=2}")));
    }

    @Test
    void anOutcomeOnANodeThatIsNotAnEnding() throws IOException {
        assertEquals(List.of(at(5, 1, "outcome=good on node 'start', which is not an ending: add '.end' to its braces to make "
                + "it one, or remove the outcome")), errors(TINY.replace("{#start}", "{#start outcome=good}")));
    }

    @Test
    void anEndingWithoutScoreUnderStaticScoring() throws IOException {
        String text = TINY.replace("pass-score: 1", "pass-score: 1\nscoring: static")
                .replace("outcome=harmful}", "outcome=harmful score=0}");

        assertEquals(List.of(at(12, 1, "ending 'calm' has no score, which static scoring needs: add score=... to its braces, "
                + "e.g. '{#calm .end outcome=good score=10}'")), errors(text));
    }

    @Test
    void aPassScoreNoPathCanReachUnderDynamicScoring() throws IOException {
        assertEquals(List.of(at(3, 13, "pass-score is 5, but the best path through the scenario scores 1: lower pass-score "
                + "to 1 or less, or raise the scores of the choices on the best path")),
                errors(TINY.replace("pass-score: 1", "pass-score: 5")));
    }

    @Test
    void aPassScoreNoEndingReachesUnderStaticScoring() throws IOException {
        String text = TINY.replace("pass-score: 1", "pass-score:   11\nscoring: static")
                .replace("outcome=good}", "outcome=good score=10}")
                .replace("outcome=harmful}", "outcome=harmful score=0}");

        assertEquals(List.of(at(3, 15, "pass-score is 11, but the highest score of a reachable ending is 10: lower pass-score "
                + "to 10 or less, or raise the score of the best ending")), errors(text));
    }

    @Test
    void aScenarioWithoutNodes() throws IOException {
        assertEquals(List.of(at(5, 1, "the scenario has no nodes: start each node with a heading '## Node title {#node-id}', "
                + "and each ending with '## Ending title {#ending-id .end outcome=good}'")),
                errors("---\ntitle: Empty\npass-score: 0\n---\nJust an introduction.\n"));
    }

    @Test
    void aStartThatNamesNoNode() throws IOException {
        assertEquals(List.of(at(4, 8, "'start' is 'strat', which is not a node of this scenario; did you mean 'start'?")),
                errors(TINY.replace("pass-score: 1", "pass-score: 1\nstart: strat")));
    }

    @Test
    void aMissingPassScore() throws IOException {
        assertEquals(List.of(at(1, 1, "the front matter needs 'pass-score:', the score a trainee needs to pass; add a line "
                + "such as 'pass-score: 6'")), errors(TINY.replace("pass-score: 1\n", "")));
    }

    @Test
    void anUnknownScoringWord() throws IOException {
        assertEquals(List.of(at(4, 10, "'scoring' must be one of dynamic, static, found 'statik'; did you mean 'static'?")),
                errors(TINY.replace("pass-score: 1", "pass-score: 1\nscoring: statik")));
    }

    @Test
    void aMisspeltPassScoreIsReportedOnceAsUnknownNotAlsoAsMissing() throws IOException {
        assertEquals(List.of(at(3, 1, "unknown front-matter key 'pass-scor'; did you mean 'pass-score'?; allowed keys: "
                + "back-navigation, content-warning, pass-score, required, scoring, start, summary, title")),
                errors(TINY.replace("pass-score: 1", "pass-scor: 1")));
    }

    @Test
    void anUnknownFrontMatterKey() throws IOException {
        assertEquals(List.of(at(4, 1, "unknown front-matter key 'back-navigaton'; did you mean 'back-navigation'?; allowed "
                + "keys: back-navigation, content-warning, pass-score, required, scoring, start, summary, title")),
                errors(TINY.replace("pass-score: 1", "pass-score: 1\nback-navigaton: true")));
    }

    @Test
    void aNodeHeadingWithoutId() throws IOException {
        assertEquals(List.of(at(5, 1, "the node heading 'Start here' has no id: add one in braces, e.g. "
                + "'## Start here {#start-here}'")), errors(TINY.replace("## Start {#start}", "## Start here")));
    }

    @Test
    void aLevelTwoHeadingInsideANodeIsReportedOnceAsAHeadingThatWouldStartANode() throws IOException {
        assertEquals(List.of(at(7, 1, "'## What you notice' starts a new node, but has no id: for a heading inside node "
                + "'start', write '### What you notice'; for a new node, add an id, e.g. '## What you notice "
                + "{#what-you-notice}'")),
                errors(TINY.replace("You see someone upset.\n", "You see someone upset.\n## What you notice\nTheir hands shake.\n")));
    }

    @Test
    void aLevelTwoHeadingWithoutBracesAfterAnEndingIsReportedAsAHeadingOrANodeWithoutAnId() throws IOException {
        assertEquals(List.of(at(14, 1, "'## What went well' starts a new node, but has no id: for a heading inside node "
                + "'calm', write '### What went well'; for a new node, add an id, e.g. '## What went well {#what-went-well}'")),
                errors(TINY.replace("They feel heard.\n", "They feel heard.\n\n## What went well\nYou asked.\n")));
    }

    @Test
    void aLevelThreeHeadingInsideANodeIsPartOfItsNarrative() throws IOException {
        Scenario scenario = loadValid(TINY.replace("You see someone upset.\n", "You see someone upset.\n### What you notice\n"));

        assertTrue(scenario.nodes().get("start").html().contains("<h3>What you notice</h3>"),
                scenario.nodes().get("start").html());
    }

    @Test
    void aNodeIdThatIsNotValid() throws IOException {
        assertEquals(List.of(at(5, 1, "'#Start_1' is not a valid node id: use lowercase letters, digits and hyphens, "
                + "starting with a letter, e.g. '{#start-1}'")), errors(TINY.replace("{#start}", "{#Start_1}")));
    }

    @Test
    void anUnknownClassOnANodeHeadingIsReportedOnceAsAMisspeltEnd() throws IOException {
        assertEquals(List.of(
                at(11, 1, "unknown class '.ending' on node 'calm': the only class a node heading takes is '.end', which "
                        + "makes the node an ending")),
                errors(TINY.replace("{#calm .end outcome=good}", "{#calm .ending outcome=good}")));
    }

    @Test
    void endWithoutItsDotIsReportedOnce() throws IOException {
        assertEquals(List.of(
                at(11, 1, "'end' is not an attribute: a node heading's braces take its #id, '.end' for an ending, outcome=... "
                        + "and score=...; did you mean '.end'?")),
                errors(TINY.replace("{#calm .end outcome=good}", "{#calm end outcome=good}")));
    }

    @Test
    void aNodeIdWithASpaceIsReportedOnceAsAnInvalidId() throws IOException {
        assertEquals(List.of(
                at(11, 1, "'#Calm Down' is not a valid node id: use lowercase letters, digits and hyphens, starting with a "
                        + "letter, e.g. '{#calm-down}'")),
                errors(TINY.replace("{#calm .end outcome=good}", "{#Calm Down .end outcome=good}").replace("(#calm)", "(#calm-down)")));
    }

    @Test
    void aNodeHeadingWithoutAnIdIsReportedOnceThoughStartNamesIt() throws IOException {
        assertEquals(List.of(at(6, 1, "the node heading 'Start' has no id: add one in braces, e.g. '## Start {#start}'")),
                errors(TINY.replace("pass-score: 1", "pass-score: 1\nstart: start").replace("## Start {#start}", "## Start")));
    }

    @Test
    void aDuplicateNodeIdIsReportedOnceThoughTheLinksToTheRenamedNodeNowLeadNowhere() throws IOException {
        assertEquals(List.of(at(14, 1, "a second node with the id 'calm' (the first is on line 11): give each node its own {#id}")),
                errors(TINY.replace("{#walked-past .end", "{#calm .end")));
    }

    @Test
    void aStepWithoutItsKeyIsReportedWithASuggestion() throws IOException {
        assertEquals(List.of(at(8, 1, "'approach' is not an attribute: a choice's braces take only score=... and step=...; "
                + "did you mean 'step=approach'?")),
                errors(TINY.replace("{score=1 step=approach}", "{score=1 approach}")));
    }

    @Test
    void textAfterTheChoices() throws IOException {
        assertEquals(List.of(at(11, 1, "unexpected text after the choices of node 'start': the narrative goes before the list "
                + "of choices, and only the choices' indented '> feedback' after them")),
                errors(TINY.replace("step=other-supports}\n\n", "step=other-supports}\n\nThe bus stops.\n\n")));
    }

    @Test
    void choiceFeedbackThatIsNotIndentedIsReportedOnceAtTheFeedback() throws IOException {
        assertEquals(List.of(at(9, 1, "the feedback of choice 'Ask how they are' is not indented, so it ends "
                + "the list of choices: indent its '>' lines by two spaces to put it under the choice")),
                errors(TINY.replace("step=approach}\n", "step=approach}\n> Asking opens the door.\n")));
    }

    @Test
    void feedbackOfTheLastChoiceThatIsNotIndentedIsReportedAtTheFeedback() throws IOException {
        assertEquals(List.of(at(10, 1, "the feedback of choice 'Walk past' is not indented, so it "
                + "ends the list of choices: indent its '>' lines by two spaces to put it under the choice")),
                errors(TINY.replace("step=other-supports}\n", "step=other-supports}\n> Nobody helps.\n")));
    }

    @Test
    void aChoiceThatDoesNotStartWithALink() throws IOException {
        assertEquals(List.of(
                at(9, 1, "each choice must start with a link to the node it leads to, e.g. '- [Ask how they are feeling]"
                        + "(#ask-feelings) {score=1 step=approach}'")),
                errors(TINY.replace("- [Walk past](#walked-past)", "- Walk past [quickly](#walked-past)")));
    }

    @Test
    void wordsAfterTheLinkOfAChoice() throws IOException {
        assertEquals(List.of(at(8, 1, "unexpected text 'gently {score=1 step=approach}' after the link of a choice: put the "
                + "words inside the link's [brackets], and after the link only '{score=... step=...}'")),
                errors(TINY.replace("(#calm) {score=1", "(#calm) gently {score=1")));
    }

    @Test
    void aChoiceWithMoreThanOneFeedback() throws IOException {
        String text = TINY.replace("step=approach}\n", "step=approach}\n  > Good.\n\n  More words.\n");

        assertEquals(List.of(at(11, 3, "a choice holds only its link, its braces and one feedback blockquote ('> ...' indented "
                + "under the choice): move this text into the feedback or into the narrative")), errors(text));
    }

    @Test
    void quotesNestedTooDeeplyToReadSafely() throws IOException {
        assertEquals(List.of(at(6, 101, "quotes, lists or emphasis are nested more than 50 levels deep here: a scenario needs "
                + "only a few levels, so flatten them")),
                errors(TINY.replace("You see someone upset.", "> ".repeat(60) + "You see someone upset.")));
    }

    @Test
    void everyErrorOfARunIsReported() throws IOException {
        String text = TINY.replace("(#calm)", "(#clam)").replace("step=other-supports", "step=others")
                .replace("pass-score: 1", "pass-score: 1\nstart: nowhere");

        assertEquals(List.of(
                at(10, 1, "unknown step 'others'; allowed: approach, listen, other-supports, professional, support"),
                at(9, 1, "choice links to '#clam', which is not a node of this scenario; did you mean '#calm'?"),
                at(4, 8, "'start' is 'nowhere', which is not a node of this scenario; use the {#id} of one of its node "
                        + "headings, such as 'start'")),
                errors(text));
    }

    @Test
    void anOverlongHeadingIsRefusedRatherThanScanned() throws IOException {
        String heading = "## Start" + " ".repeat(600) + "x {#start}";

        assertEquals(List.of(at(5, 1, "the node heading is 615 characters long; keep it under 500: a title of a few words and "
                + "its braces")), errors(TINY.replace("## Start {#start}", heading)));
    }

    @Test
    void malformedVariantsNeverThrowNorHang() {
        Random random = new Random(20_240_611);
        List<String> truncated = new ArrayList<>();
        for (int end = 0; end <= PANIC_ON_THE_BUS.length(); end += Math.max(1, PANIC_ON_THE_BUS.length() / 120)) {
            truncated.add(PANIC_ON_THE_BUS.substring(0, end));
        }
        for (int i = 0; i < 60; i++) {
            int from = random.nextInt(PANIC_ON_THE_BUS.length());
            int to = Math.min(PANIC_ON_THE_BUS.length(), from + random.nextInt(200));
            truncated.add(PANIC_ON_THE_BUS.substring(0, from) + PANIC_ON_THE_BUS.substring(to));
        }
        List<String> insertions = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            insertions.add(withNastyInsertions(PANIC_ON_THE_BUS, random, 1 + random.nextInt(6)));
        }
        List<String> lineEdits = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            lineEdits.add(withLineEdits(PANIC_ON_THE_BUS, random));
        }

        assertSurvives(truncated);
        assertSurvives(insertions);
        assertSurvives(lineEdits);
        assertSurvives(hugeVariants().subList(0, 12));
        assertSurvives(hugeVariants().subList(12, hugeVariants().size()));
        assertSurvives(graphVariants());
    }

    private static final String[] NASTY = {"\0", "\u202E", "\u200F", "\u2066", "\uD83D\uDE31", "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08",
        "\uD800", "\u0301\u0301\u0301", "\uFEFF", "{", "}", "{#", "#", "[", "](", ")", "](#", "\n", "\n## ", "\n- [", "\n  > ",
        "`", "*", "_", " ", "\t", "=", "score=", "step=", ".end", "outcome=", "---\n", "<script>alert(1)</script>", "&amp;",
        "\\", "\r\n", "\u2028", "\uFFFF"};

    private static String withNastyInsertions(String text, Random random, int count) {
        StringBuilder mutated = new StringBuilder(text);
        for (int i = 0; i < count; i++) {
            mutated.insert(random.nextInt(mutated.length() + 1), NASTY[random.nextInt(NASTY.length)]);
        }
        return mutated.toString();
    }

    private static String withLineEdits(String text, Random random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && !lines.isEmpty(); i++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(4)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(at));
                case 2 -> lines.set(at, "  " + lines.get(at));
                default -> lines.add(random.nextInt(lines.size()), lines.remove(at));
            }
        }
        return String.join("\n", lines);
    }

    private static List<String> hugeVariants() {
        String head = "---\ntitle: Huge\npass-score: 0\n---\n";
        String ending = "\n## End {#end .end outcome=good}\nDone.\n";
        return List.of(
                head + "## Start {#start}\n" + "a".repeat(300_000) + "\n\n- [Go](#end) {step=listen}\n" + ending,
                head + "## Start {#start}\n" + "The same line again.\n".repeat(20_000) + "\n- [Go](#end) {step=listen}\n" + ending,
                head + "## " + "{".repeat(100_000) + "\n- [Go](#end) {step=listen}\n" + ending,
                head + "## Start" + " ".repeat(200_000) + "x {#start}\n- [Go](#end) {step=listen}\n" + ending,
                head + "## Start {#start}\n- [Go](#end) {" + "score=1 ".repeat(20_000) + "step=listen}\n" + ending,
                head + "## Start {#start}\n- [" + "Go ".repeat(50_000) + "](#end) {step=listen}\n" + ending,
                head + "## Start {#start}\n- [Go](#" + "e".repeat(100_000) + ") {step=listen}\n" + ending,
                head + "## Start {#start}\n" + "[".repeat(50_000) + "\n- [Go](#end) {step=listen}\n" + ending,
                head + "## Start {#start}\n" + "> ".repeat(500) + "deep\n\n- [Go](#end) {step=listen}\n" + ending,
                head + "## Start {#start}\n" + "> ".repeat(5_000) + "deep\n\n- [Go](#end) {step=listen}\n" + ending,
                head + "## Start {#start}\n" + "- ".repeat(1_000) + "deep\n\n- [Go](#end) {step=listen}\n" + ending,
                head + "## Start {#start}\n" + "*a ".repeat(3_000) + "deep\n\n- [Go](#end) {step=listen}\n" + ending,
                head + "## Start {#start}\n" + "- [Go](#end) {step=listen}\n".repeat(5_000) + ending,
                head + "## Start {#start}\n- [Go](#end) {step=listen}\n" + "  > feedback\n".repeat(20_000) + ending,
                "---\n" + "title: x\n".repeat(5_000) + "---\n",
                PANIC_ON_THE_BUS.repeat(40),
                PANIC_ON_THE_BUS.replace("\n", "\r\n"),
                PANIC_ON_THE_BUS.replace("\n", "\n\u202E"),
                "", "\n", "---", "---\n---\n", "---\ntitle: [a, b]\npass-score: {x: 1}\n---\n## A {#a}\n");
    }

    private static List<String> graphVariants() {
        String head = "---\ntitle: Graph\npass-score: 0\n---\n";
        StringBuilder chain = new StringBuilder(head);
        StringBuilder chainIntoLoop = new StringBuilder(head);
        for (int i = 0; i < 500; i++) {
            chain.append("## Step ").append(i).append(" {#n").append(i).append("}\n- [Next](#n").append(i + 1)
                    .append(") {score=1 step=listen}\n\n");
            chainIntoLoop.append("## Step ").append(i).append(" {#n").append(i).append("}\n- [Next](#n").append((i + 1) % 500)
                    .append(") {score=1 step=listen}\n\n");
        }
        chain.append("## Last {#n500 .end outcome=good}\nDone.\n");
        StringBuilder complete = new StringBuilder(head);
        for (int i = 0; i < 40; i++) {
            complete.append("## Room ").append(i).append(" {#r").append(i).append("}\n");
            for (int j = 0; j < 40; j++) {
                complete.append("- [To ").append(j).append("](#r").append(j).append(") {score=").append((i * 7 + j * 3) % 5)
                        .append(" step=support}\n");
            }
            complete.append("- [Leave](#out) {step=support}\n\n");
        }
        complete.append("## Out {#out .end outcome=neutral}\nDone.\n");
        String selfLinks = head + "## Again {#again}\n- [Again](#again) {step=listen}\n- [Again and again](#again) {step=listen}\n";
        String selfLinkWithExit = selfLinks + "- [Stop](#end) {step=listen}\n\n## End {#end .end outcome=good}\nDone.\n";
        return List.of(chain.toString(), chainIntoLoop.toString(), complete.toString(),
                complete.toString().replace("pass-score: 0", "pass-score: 100000"), selfLinks, selfLinkWithExit,
                PANIC_ON_THE_BUS.replace("(#calmer)", "(#on-the-bus)"), PANIC_ON_THE_BUS.replace("(#shaken)", "(#ambulance)"));
    }

    private void assertSurvives(List<String> variants) {
        // a guard against hangs only (a loop that never ends), not a speed check: generous for a busy machine
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String variant : variants) {
                List<ContentError> errors = new ArrayList<>();
                Optional<Scenario> scenario = parseDirectly(variant, errors);
                assertTrue(scenario.isPresent() != !errors.isEmpty(), () -> "either a scenario or errors: " + errors);
                scenario.ifPresent(ScenarioParserTest::assertPlayable);
            }
        });
    }

    private static void assertPlayable(Scenario scenario) {
        assertTrue(scenario.nodes().containsKey(scenario.startNodeId()));
        assertEquals(scenario.nodes().keySet(), ScenarioGraph.reachableFromStart(scenario));
        scenario.nodes().values().forEach(node -> node.choices()
                .forEach(choice -> assertTrue(scenario.nodes().containsKey(choice.target()))));
        try {
            DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new org.xml.sax.InputSource(new java.io.StringReader(ScenarioGraphSvg.render(scenario))));
        } catch (Exception e) {
            throw new AssertionError("the SVG of a loaded scenario is not well-formed XML", e);
        }
    }

    private Optional<Scenario> parseDirectly(String text, List<ContentError> errors) {
        ContentFile file = new ContentFile(root, root.resolve("01-s.scenario.md"), errors);
        return new ScenarioParser(new MarkdownRenderer()).parse(file, "s", text, "v-123");
    }

    private Scenario loadValid(String text) throws IOException {
        ContentLoad load = load(text);
        assertEquals(List.of(), load.errors());
        return assertInstanceOf(Scenario.class, load.courses().get(0).modules().get(0).items().get(0));
    }

    private List<String> errors(String text) throws IOException {
        return load(text).errors().stream().map(ContentError::toString).toList();
    }

    private ContentLoad load(String scenarioText) throws IOException {
        Path module = root.resolve("courses/c/01-m");
        Files.createDirectories(module);
        Files.writeString(root.resolve("courses/c/course.md"), "---\ntitle: Course\nsummary: A course.\n---\n");
        Files.writeString(module.resolve("module.md"), "---\ntitle: Module\n---\n");
        Files.writeString(module.resolve("01-s.scenario.md"), scenarioText);
        return new ContentLoader().load(root);
    }

    private String at(int line, int column, String message) {
        return new ContentError(root.resolve("courses/c/01-m/01-s.scenario.md").toString(), line, column, message).toString();
    }
}

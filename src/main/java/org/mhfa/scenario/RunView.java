package org.mhfa.scenario;

import org.mhfa.catalogue.AlgeeStep;
import org.mhfa.catalogue.Scenario;
import org.mhfa.catalogue.ScenarioNode;
import java.util.List;

/**
 * A play-through as the trainee sees it: the node they stand on with its choices (never their scores or targets),
 * the feedback on the last choice, and once finished the score, outcome and the path with its ALGEE steps.
 */
public record RunView(long id, String status, String contentVersion, NodeView node, LastChoice lastChoice, boolean canGoBack,
        Integer score, Integer passScore, Boolean passed, String outcome, List<StepView> path) {

    /** A node as shown: title, narrative, choices by index and text. */
    public record NodeView(String id, String title, String html, boolean end, List<ChoiceView> choices) {
    }

    /** A choice as shown before it is made. */
    public record ChoiceView(int index, String html) {
    }

    /** The choice just made and its feedback. */
    public record LastChoice(String html, String feedbackHtml) {
    }

    /** One step of a finished path. */
    public record StepView(String nodeTitle, String choiceHtml, int score, String step, String stepLabel) {
    }

    public boolean isActive() {
        return status.equals(RunStatus.ACTIVE.name());
    }

    public boolean isCompleted() {
        return status.equals(RunStatus.COMPLETED.name());
    }

    public boolean isLeft() {
        return status.equals(RunStatus.LEFT.name());
    }

    static RunView of(Scenario scenario, ScenarioRun run, List<PathStep> path, ScenarioNode node) {
        NodeView nodeView = new NodeView(node.id(), node.title(), node.html(), node.isEnd(),
                node.choices().stream().map(choice -> new ChoiceView(choice.index(), choice.html())).toList());
        LastChoice last = null;
        if (!path.isEmpty()) {
            PathStep step = path.get(path.size() - 1);
            last = scenario.node(step.node()).filter(from -> step.choice() < from.choices().size())
                    .map(from -> from.choices().get(step.choice()))
                    .map(choice -> new LastChoice(choice.html(), choice.feedbackHtml())).orElse(null);
        }
        boolean finished = run.status == RunStatus.COMPLETED;
        List<StepView> steps = finished ? path.stream().map(step -> {
            ScenarioNode from = scenario.node(step.node()).orElse(null);
            String choiceHtml = from != null && step.choice() < from.choices().size() ? from.choices().get(step.choice()).html() : "";
            String label = AlgeeStep.fromKey(step.step()).map(AlgeeStep::label).orElse(step.step());
            return new StepView(from == null ? step.node() : from.title(), choiceHtml, step.score(), step.step(), label);
        }).toList() : List.of();
        return new RunView(run.id, run.status.name(), run.contentVersion, nodeView, last,
                run.status == RunStatus.ACTIVE && scenario.backNavigation() && !path.isEmpty(),
                finished ? run.score : null, finished ? scenario.passScore() : null, finished ? run.passed : null,
                run.outcome == null ? null : run.outcome.name().toLowerCase(java.util.Locale.ROOT), steps);
    }
}

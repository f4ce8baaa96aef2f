package org.mhfa.catalogue;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Checks the graph of a scenario's nodes: choice targets, endings, the start node, reachability and the pass score. */
final class ScenarioGraphCheck {

    private final ScenarioErrors errors;
    private final ScenarioSettings settings;
    private final List<ScenarioNodeDraft> drafts;
    private final List<ScenarioNodeDraft> nodeDrafts;
    private final int errorsBeforeBody;

    /**
     * {@code drafts} are all node headings, {@code nodeDrafts} those that became nodes; {@code errorsBeforeBody} is the
     * error count before the body was read, so the pass score is only checked on a body without errors.
     */
    ScenarioGraphCheck(ScenarioErrors errors, ScenarioSettings settings, List<ScenarioNodeDraft> drafts,
            List<ScenarioNodeDraft> nodeDrafts, int errorsBeforeBody) {
        this.errors = errors;
        this.settings = settings;
        this.drafts = drafts;
        this.nodeDrafts = nodeDrafts;
        this.errorsBeforeBody = errorsBeforeBody;
    }

    void check(Map<String, ScenarioNode> nodes) {
        if (nodes.isEmpty()) {
            if (drafts.isEmpty()) {
                errors.at(new ScenarioPosition(settings.closingLine() + 1, 1), "the scenario has no nodes: start each node "
                        + "with a heading '## Node title {#node-id}', and each ending with '## Ending title {#ending-id .end "
                        + "outcome=good}'");
            }
            return;
        }
        // A node heading without a valid, unique id may be the node that a link or 'start' names: only its error counts.
        boolean everyNodeNamed = drafts.stream().allMatch(draft -> draft.id != null) && nodeDrafts.size() == drafts.size();
        boolean everyLinkFound = everyNodeNamed && checkChoiceTargets(nodes);
        checkNodeShapes();
        boolean soundShape = errors.count() == errorsBeforeBody;
        if (!everyNodeNamed) {
            return;
        }
        String startId = settings.start() != null ? settings.start() : drafts.get(0).id;
        if (!nodes.containsKey(startId)) {
            errors.at(settings.startPosition(), "'start' is '" + ScenarioErrors.abbreviate(startId) + "', which is not a node "
                    + "of this scenario" + nodeSuggestion(startId, nodes.keySet(), ""));
            return;
        }
        // A choice that could not be read, or that leads nowhere, leaves out a path: nodes after it only seem unreachable.
        if (everyLinkFound && drafts.stream().noneMatch(draft -> draft.unreadChoice)) {
            checkReachability(nodes, startId);
        }
        if (soundShape) {
            checkPassScore(nodes, startId);
        }
    }

    /** Reports every choice that links to no node; true when there is none. */
    private boolean checkChoiceTargets(Map<String, ScenarioNode> nodes) {
        boolean found = true;
        for (ScenarioNodeDraft draft : drafts) {
            for (ScenarioNodeDraft.ChoiceDraft choice : draft.choices) {
                String target = choice.choice().target();
                if (!nodes.containsKey(target)) {
                    found = false;
                    errors.at(choice.position(), "choice links to '#" + ScenarioErrors.abbreviate(target) + "', which is not a "
                            + "node of this scenario" + nodeSuggestion(target, nodes.keySet(), "#"));
                }
            }
        }
        return found;
    }

    private void checkNodeShapes() {
        for (ScenarioNodeDraft draft : nodeDrafts) {
            if (draft.isDeadEnd()) {
                errors.at(draft.position, "node '" + draft.id + "' has no choices and is not an ending: add a list of choices "
                        + "such as '- [What the first aider does](#next-node) {score=1 step=listen}', or make it an ending "
                        + "with '{#" + draft.id + " .end outcome=neutral}'");
            } else if (draft.declaredEnd && draft.choiceList != null) {
                errors.at(draft.position, "node '" + draft.id + "' is an ending (.end) but has choices: an ending has only its "
                        + "debrief; remove the choices, or remove '.end' and the outcome");
            }
        }
    }

    private void checkReachability(Map<String, ScenarioNode> nodes, String startId) {
        Set<String> reachable = ScenarioGraph.reachableFromStart(nodes, startId);
        Predicate<ScenarioNode> stopsThere = node -> node.isEnd() || node.choices().isEmpty();
        Set<String> leadingToAStop = ScenarioGraph.nodesLeadingTo(nodes, stopsThere);
        for (ScenarioNodeDraft draft : nodeDrafts) {
            if (!reachable.contains(draft.id)) {
                errors.at(draft.position, "node '" + draft.id + "' cannot be reached from the start node '" + startId
                        + "': link to it from a choice ('- [...](#" + draft.id + ") {step=...}') of a node that can be "
                        + "reached, or remove it");
            } else if (!leadingToAStop.contains(draft.id)) {
                errors.at(draft.position, "no ending can be reached from node '" + draft.id + "': its choices only lead "
                        + "round a loop; give a node of the loop a choice that leads towards an ending (.end)");
            }
        }
    }

    /** Only run on a sound graph: a missing score, a dangling link or a forgotten '.end' would make the best path wrong. */
    private void checkPassScore(Map<String, ScenarioNode> nodes, String startId) {
        if (settings.passScore() == null) {
            return;
        }
        int passScore = settings.passScore();
        if (settings.scoring() == Scoring.STATIC) {
            ScenarioGraph.highestEndScore(nodes, startId).ifPresent(best -> {
                if (passScore > best) {
                    errors.at(settings.passScorePosition(), "pass-score is " + passScore + ", but the highest score of a "
                            + "reachable ending is " + best + ": lower pass-score to " + best
                            + " or less, or raise the score of the best ending");
                }
            });
            return;
        }
        OptionalLong best = ScenarioGraph.maxDynamicScore(nodes, startId);
        if (best.isPresent() && passScore > best.getAsLong()) {
            errors.at(settings.passScorePosition(), "pass-score is " + passScore + ", but the best path through the scenario "
                    + "scores " + best.getAsLong() + ": lower pass-score to " + best.getAsLong()
                    + " or less, or raise the scores of the choices on the best path");
        }
    }

    private static String nodeSuggestion(String id, Set<String> nodeIds, String prefix) {
        Set<String> candidates = nodeIds.stream().map(nodeId -> prefix + nodeId).collect(Collectors.toSet());
        String suggestion = ScenarioErrors.suggestion(prefix + id, candidates);
        return suggestion.isEmpty() ? "; use the {#id} of one of its node headings, such as '" + prefix
                + nodeIds.iterator().next() + "'" : suggestion;
    }
}

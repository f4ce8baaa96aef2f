package org.mhfa.catalogue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;

/** Questions about the graph of a scenario's nodes: what can be reached, what leads to an ending, the best score, the layers. */
public final class ScenarioGraph {

    private ScenarioGraph() {
    }

    /** The ids of the nodes a trainee can reach from the start, in breadth-first order; choices to unknown nodes are ignored. */
    public static Set<String> reachableFromStart(Scenario scenario) {
        return reachableFromStart(scenario.nodes(), scenario.startNodeId());
    }

    /** The ids of the nodes reachable from {@code startId} (itself included), in breadth-first order; empty if it is no node. */
    public static Set<String> reachableFromStart(Map<String, ScenarioNode> nodes, String startId) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(depthsFromStart(nodes, startId).keySet()));
    }

    /** The number of choices needed to reach each reachable node from the start (the start is 0), in breadth-first order. */
    public static Map<String, Integer> depthsFromStart(Scenario scenario) {
        return depthsFromStart(scenario.nodes(), scenario.startNodeId());
    }

    /** The breadth-first depth of each node reachable from {@code startId}, in the order they were found. */
    public static Map<String, Integer> depthsFromStart(Map<String, ScenarioNode> nodes, String startId) {
        if (startId == null || !nodes.containsKey(startId)) {
            return Map.of();
        }
        Map<String, Integer> depths = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        depths.put(startId, 0);
        queue.add(startId);
        while (!queue.isEmpty()) {
            String id = queue.poll();
            for (Choice choice : nodes.get(id).choices()) {
                String target = choice.target();
                if (nodes.containsKey(target) && !depths.containsKey(target)) {
                    depths.put(target, depths.get(id) + 1);
                    queue.add(target);
                }
            }
        }
        return Collections.unmodifiableMap(depths);
    }

    /** The ids of the nodes from which some end node can be reached (end nodes included), in authored order. */
    public static Set<String> nodesLeadingToAnEnd(Map<String, ScenarioNode> nodes) {
        return nodesLeadingTo(nodes, ScenarioNode::isEnd);
    }

    /** The ids of the nodes from which a node matching {@code goal} can be reached (those nodes included), in authored order. */
    public static Set<String> nodesLeadingTo(Map<String, ScenarioNode> nodes, Predicate<ScenarioNode> goal) {
        Map<String, List<String>> incoming = incomingChoices(nodes);
        Set<String> found = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        nodes.forEach((id, node) -> {
            if (goal.test(node)) {
                found.add(id);
                queue.add(id);
            }
        });
        while (!queue.isEmpty()) {
            for (String source : incoming.getOrDefault(queue.poll(), List.of())) {
                if (found.add(source)) {
                    queue.add(source);
                }
            }
        }
        Set<String> inAuthoredOrder = new LinkedHashSet<>(nodes.keySet());
        inAuthoredOrder.retainAll(found);
        return Collections.unmodifiableSet(inAuthoredOrder);
    }

    /** The highest {@code score} of an end node reachable from the start: the best a trainee can do under static scoring. */
    public static OptionalInt highestEndScore(Scenario scenario) {
        return highestEndScore(scenario.nodes(), scenario.startNodeId());
    }

    /** The highest end score among the end nodes reachable from {@code startId}; empty when none is. */
    public static OptionalInt highestEndScore(Map<String, ScenarioNode> nodes, String startId) {
        return reachableFromStart(nodes, startId).stream()
                .map(nodes::get)
                .filter(ScenarioNode::isEnd)
                .mapToInt(ScenarioNode::endScore)
                .max();
    }

    /**
     * The best sum of choice scores over the paths from the start to an end node, each node visited at most once per path:
     * the best a trainee can do under dynamic scoring. Empty when no end can be reached. Exact unless a loop of the scenario
     * holds more than 63 nodes or the search runs out of its budget; then an upper bound, so a pass score above it is
     * certainly out of reach.
     */
    public static OptionalLong maxDynamicScore(Scenario scenario) {
        return maxDynamicScore(scenario.nodes(), scenario.startNodeId());
    }

    /** {@link #maxDynamicScore(Scenario)} for a node map and a start node id. */
    public static OptionalLong maxDynamicScore(Map<String, ScenarioNode> nodes, String startId) {
        Set<String> reachable = reachableFromStart(nodes, startId);
        if (reachable.isEmpty()) {
            return OptionalLong.empty();
        }
        return new BestPathSearch(nodes, List.copyOf(reachable)).bestFrom(0);
    }

    private static Map<String, List<String>> incomingChoices(Map<String, ScenarioNode> nodes) {
        Map<String, List<String>> incoming = new HashMap<>();
        nodes.forEach((id, node) -> {
            for (Choice choice : node.choices()) {
                if (nodes.containsKey(choice.target())) {
                    incoming.computeIfAbsent(choice.target(), target -> new ArrayList<>()).add(id);
                }
            }
        });
        return incoming;
    }

    /**
     * The longest-path search behind {@link #maxDynamicScore}. The loops of the graph (its strongly connected components)
     * are solved one at a time, downstream ones first: once a path leaves a loop it can never come back, so the best
     * score from the node where a path enters a loop does not depend on how the path got there. Inside a loop every
     * simple path is tried (with memoisation on the set of visited nodes) within a step budget.
     */
    private static final class BestPathSearch {

        private static final long NONE = Long.MIN_VALUE;
        private static final int MAX_EXHAUSTIVE_LOOP = 63;
        private static final long STEP_BUDGET = 500_000;

        private final boolean[] isEnd;
        private final int[][] targets;
        private final int[][] scores;
        private final int[] component;
        private final int[] positionInComponent;
        private final long[] bestFromEntry;
        private List<Map<Long, Long>> memo = List.of();
        private long steps;

        BestPathSearch(Map<String, ScenarioNode> nodes, List<String> ids) {
            int count = ids.size();
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < count; i++) {
                index.put(ids.get(i), i);
            }
            isEnd = new boolean[count];
            targets = new int[count][];
            scores = new int[count][];
            for (int i = 0; i < count; i++) {
                ScenarioNode node = nodes.get(ids.get(i));
                isEnd[i] = node.isEnd();
                List<Choice> choices = node.choices().stream().filter(choice -> index.containsKey(choice.target())).toList();
                targets[i] = choices.stream().mapToInt(choice -> index.get(choice.target())).toArray();
                scores[i] = choices.stream().mapToInt(Choice::score).toArray();
            }
            component = new int[count];
            positionInComponent = new int[count];
            bestFromEntry = new long[count];
            solveComponents(stronglyConnectedComponents());
        }

        OptionalLong bestFrom(int node) {
            return bestFromEntry[node] == NONE ? OptionalLong.empty() : OptionalLong.of(bestFromEntry[node]);
        }

        /** Tarjan's algorithm without recursion; components come out downstream first. */
        private List<List<Integer>> stronglyConnectedComponents() {
            int count = targets.length;
            int[] order = new int[count];
            int[] low = new int[count];
            int[] nextEdge = new int[count];
            boolean[] onStack = new boolean[count];
            Arrays.fill(order, -1);
            Deque<Integer> stack = new ArrayDeque<>();
            Deque<Integer> calls = new ArrayDeque<>();
            List<List<Integer>> components = new ArrayList<>();
            int counter = 0;
            for (int root = 0; root < count; root++) {
                if (order[root] >= 0) {
                    continue;
                }
                order[root] = low[root] = counter++;
                stack.push(root);
                onStack[root] = true;
                calls.push(root);
                while (!calls.isEmpty()) {
                    int node = calls.peek();
                    if (nextEdge[node] < targets[node].length) {
                        int target = targets[node][nextEdge[node]++];
                        if (order[target] < 0) {
                            order[target] = low[target] = counter++;
                            stack.push(target);
                            onStack[target] = true;
                            calls.push(target);
                        } else if (onStack[target]) {
                            low[node] = Math.min(low[node], order[target]);
                        }
                        continue;
                    }
                    calls.pop();
                    if (!calls.isEmpty()) {
                        low[calls.peek()] = Math.min(low[calls.peek()], low[node]);
                    }
                    if (low[node] == order[node]) {
                        components.add(popComponent(stack, onStack, node, components.size()));
                    }
                }
            }
            return components;
        }

        private List<Integer> popComponent(Deque<Integer> stack, boolean[] onStack, int root, int componentId) {
            List<Integer> members = new ArrayList<>();
            int member;
            do {
                member = stack.pop();
                onStack[member] = false;
                component[member] = componentId;
                members.add(member);
            } while (member != root);
            Collections.sort(members);
            for (int i = 0; i < members.size(); i++) {
                positionInComponent[members.get(i)] = i;
            }
            return members;
        }

        private void solveComponents(List<List<Integer>> components) {
            for (List<Integer> members : components) {
                if (members.size() == 1) {
                    int node = members.get(0);
                    bestFromEntry[node] = isEnd[node] ? 0 : bestLeaving(node);
                } else if (members.size() > MAX_EXHAUSTIVE_LOOP || steps > STEP_BUDGET || !searchLoop(members)) {
                    boundLoop(members);
                }
            }
        }

        /** The best score of a node whose choices all leave its component (choices back to itself are skipped). */
        private long bestLeaving(int node) {
            long best = NONE;
            for (int i = 0; i < targets[node].length; i++) {
                int target = targets[node][i];
                if (target != node && bestFromEntry[target] != NONE) {
                    best = Math.max(best, scores[node][i] + bestFromEntry[target]);
                }
            }
            return best;
        }

        /** Tries every simple path inside a loop; false when the step budget ran out. */
        private boolean searchLoop(List<Integer> members) {
            memo = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                memo.add(new HashMap<>());
            }
            for (int entry : members) {
                long best = bestWithin(entry, bit(entry));
                if (steps > STEP_BUDGET) {
                    return false;
                }
                bestFromEntry[entry] = best;
            }
            memo = List.of();
            return true;
        }

        private long bestWithin(int node, long visited) {
            if (isEnd[node]) {
                return 0;
            }
            Long known = memo.get(positionInComponent[node]).get(visited);
            if (known != null) {
                return known;
            }
            if (++steps > STEP_BUDGET) {
                return NONE;
            }
            long best = NONE;
            for (int i = 0; i < targets[node].length; i++) {
                int target = targets[node][i];
                long rest;
                if (component[target] != component[node]) {
                    rest = bestFromEntry[target];
                } else if ((visited & bit(target)) != 0) {
                    continue;
                } else {
                    rest = bestWithin(target, visited | bit(target));
                }
                if (rest != NONE) {
                    best = Math.max(best, scores[node][i] + rest);
                }
            }
            memo.get(positionInComponent[node]).put(visited, best);
            return best;
        }

        private long bit(int node) {
            return 1L << positionInComponent[node];
        }

        /**
         * An upper bound for a loop too large to search: every node of the loop adds at most its best positive choice score,
         * and the path then ends inside the loop or continues with the best score of a node outside it.
         */
        private void boundLoop(List<Integer> members) {
            long positive = 0;
            long bestAfter = NONE;
            for (int node : members) {
                if (isEnd[node]) {
                    bestAfter = Math.max(bestAfter, 0);
                    continue;
                }
                long bestChoice = 0;
                for (int i = 0; i < targets[node].length; i++) {
                    int target = targets[node][i];
                    bestChoice = Math.max(bestChoice, scores[node][i]);
                    if (component[target] != component[node]) {
                        bestAfter = Math.max(bestAfter, bestFromEntry[target]);
                    }
                }
                positive += bestChoice;
            }
            for (int node : members) {
                bestFromEntry[node] = isEnd[node] ? 0 : bestAfter == NONE ? NONE : positive + bestAfter;
            }
        }
    }
}

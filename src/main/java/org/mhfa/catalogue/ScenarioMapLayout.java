package org.mhfa.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Where each box and arrow of a scenario map goes: columns by breadth-first depth from the start, unreachable nodes in a
 * column after them, and the ids that choices name but no node has in a last column.
 */
final class ScenarioMapLayout {

    static final int BOX_WIDTH = 210;
    static final int BOX_HEIGHT = 54;
    static final int PORT_MARGIN = 8;
    static final int COLUMN_GAP = 130;
    static final int ROW_GAP = 40;
    static final int MARGIN_LEFT = 80;
    static final int MARGIN_RIGHT = 90;
    static final int MARGIN = 24;
    static final int LANE_GAP = 16;
    static final int MAX_LANES = 8;
    static final int LEGEND_WIDTH = 700;

    /** How an arrow is drawn: a curve to a later column, a loop onto itself, or a route beside or below the boxes. */
    enum Route {
        FORWARD, SELF, SAME_COLUMN, BACK
    }

    /** A choice drawn as an arrow between two boxes; {@code to} is a box key. */
    record Edge(String from, String to, Choice choice, Route route) {
    }

    private final Map<String, int[]> boxes = new LinkedHashMap<>();
    private final Map<String, Integer> columns = new HashMap<>();
    final List<String> unreachable;
    final List<String> deadEnds;
    final List<String> missing;
    final List<Edge> edges = new ArrayList<>();
    int graphBottom;
    int width;
    int height;

    private ScenarioMapLayout(ScenarioSketch sketch) {
        unreachable = sketch.unreachable();
        deadEnds = sketch.deadEnds();
        missing = sketch.missingTargets();
    }

    /** The layout of {@code sketch}, with {@code legendHeight} below the graph for the legend. */
    static ScenarioMapLayout of(ScenarioSketch sketch, int legendHeight) {
        ScenarioMapLayout layout = new ScenarioMapLayout(sketch);
        Map<String, Integer> depths = ScenarioGraph.depthsFromStart(sketch.nodes(), sketch.startId());
        int unreachableColumn = depths.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        List<List<String>> columnIds = new ArrayList<>();
        depths.forEach((id, depth) -> layout.place(columnIds, id, depth));
        layout.unreachable.forEach(id -> layout.place(columnIds, id, unreachableColumn));
        int missingColumn = columnIds.size();
        layout.missing.forEach(id -> layout.place(columnIds, missingKey(id), missingColumn));
        layout.position(columnIds);
        layout.collectEdges(sketch);
        layout.size(columnIds.size(), legendHeight);
        return layout;
    }

    /** The box key of a missing node: no node id holds a space, so it cannot clash with one. */
    static String missingKey(String id) {
        return "missing " + id;
    }

    int[] box(String key) {
        return boxes.get(key);
    }

    private void place(List<List<String>> columnIds, String key, int column) {
        while (columnIds.size() <= column) {
            columnIds.add(new ArrayList<>());
        }
        columnIds.get(column).add(key);
        columns.put(key, column);
    }

    private void position(List<List<String>> columnIds) {
        int rows = columnIds.stream().mapToInt(List::size).max().orElse(0);
        for (int column = 0; column < columnIds.size(); column++) {
            List<String> ids = columnIds.get(column);
            int top = MARGIN + (rows - ids.size()) * (BOX_HEIGHT + ROW_GAP) / 2;
            for (int row = 0; row < ids.size(); row++) {
                boxes.put(ids.get(row), new int[] {MARGIN_LEFT + column * (BOX_WIDTH + COLUMN_GAP),
                        top + row * (BOX_HEIGHT + ROW_GAP)});
            }
        }
        graphBottom = MARGIN + rows * BOX_HEIGHT + Math.max(0, rows - 1) * ROW_GAP;
    }

    private void collectEdges(ScenarioSketch sketch) {
        sketch.nodes().forEach((id, node) -> node.choices().forEach(choice -> {
            String to = sketch.nodes().containsKey(choice.target()) ? choice.target() : missingKey(choice.target());
            edges.add(new Edge(id, to, choice, route(id, to)));
        }));
    }

    private Route route(String from, String to) {
        if (from.equals(to)) {
            return Route.SELF;
        }
        int difference = columns.get(to) - columns.get(from);
        return difference > 0 ? Route.FORWARD : difference == 0 ? Route.SAME_COLUMN : Route.BACK;
    }

    private void size(int columnCount, int legendHeight) {
        long backEdges = edges.stream().filter(edge -> edge.route() == Route.BACK).count();
        int lanes = (int) Math.min(backEdges, MAX_LANES);
        int graphWidth = MARGIN_LEFT + columnCount * BOX_WIDTH + Math.max(0, columnCount - 1) * COLUMN_GAP + MARGIN_RIGHT;
        width = Math.max(graphWidth, LEGEND_WIDTH);
        height = graphBottom + (lanes == 0 ? 0 : (lanes + 1) * LANE_GAP) + MARGIN + legendHeight;
    }

    /**
     * The heights where forward arrows leave their source box ({@code [0][edge]}) and enter their target box
     * ({@code [1][edge]}): spread along the box side, in the order of the box at the other end, so that arrows do not cross
     * at the boxes.
     */
    int[][] forwardPorts() {
        int[][] ports = new int[2][edges.size()];
        Map<String, List<Integer>> outgoing = new LinkedHashMap<>();
        Map<String, List<Integer>> incoming = new LinkedHashMap<>();
        for (int i = 0; i < edges.size(); i++) {
            Edge edge = edges.get(i);
            if (edge.route() == Route.FORWARD) {
                outgoing.computeIfAbsent(edge.from(), id -> new ArrayList<>()).add(i);
                incoming.computeIfAbsent(edge.to(), id -> new ArrayList<>()).add(i);
            }
        }
        outgoing.forEach((id, indices) -> spread(id, indices, Edge::to, ports[0]));
        incoming.forEach((id, indices) -> spread(id, indices, Edge::from, ports[1]));
        return ports;
    }

    private void spread(String boxId, List<Integer> indices, Function<Edge, String> otherEnd, int[] heights) {
        List<Integer> ordered = new ArrayList<>(indices);
        ordered.sort(Comparator.comparingInt((Integer i) -> box(otherEnd.apply(edges.get(i)))[1]).thenComparingInt(i -> i));
        int top = box(boxId)[1] + PORT_MARGIN;
        int span = BOX_HEIGHT - 2 * PORT_MARGIN;
        for (int k = 0; k < ordered.size(); k++) {
            heights[ordered.get(k)] = top + span * (k + 1) / (ordered.size() + 1);
        }
    }
}

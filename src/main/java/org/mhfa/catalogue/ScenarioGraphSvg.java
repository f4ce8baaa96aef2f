package org.mhfa.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Draws a scenario as a standalone, accessible SVG map: columns by distance from the start, choices as labelled arrows. */
public final class ScenarioGraphSvg {

    private static final int BOX_WIDTH = 210;
    private static final int BOX_HEIGHT = 54;
    private static final int PORT_MARGIN = 8;
    private static final int COLUMN_GAP = 130;
    private static final int ROW_GAP = 40;
    private static final int MARGIN_LEFT = 80;
    private static final int MARGIN_RIGHT = 90;
    private static final int MARGIN = 24;
    private static final int LANE_GAP = 16;
    private static final int MAX_LANES = 8;
    private static final int MAX_SIDE_TRACKS = 6;
    private static final int LEGEND_HEIGHT = 80;
    private static final int LEGEND_WIDTH = 700;
    private static final int TITLE_CHARS = 28;
    private static final int SUBTITLE_CHARS = 34;

    private static final String INK = "#1b1f24";
    private static final String EDGE = "#4a5866";
    private static final String PLAIN_FILL = "#ffffff";
    private static final String PLAIN_STROKE = "#3b4a5a";
    private static final String NORMAL_WIDTH = "1.5";
    private static final String START_WIDTH = "3.5";
    private static final String DASHES = "6 4";

    private ScenarioGraphSvg() {
    }

    /** The SVG map of {@code scenario}; the same scenario always gives the same text. */
    public static String render(Scenario scenario) {
        Layout layout = Layout.of(scenario);
        String prefix = "scenario-map-" + idSafe(scenario.id());
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(layout.width)
                .append("\" height=\"").append(layout.height).append("\" viewBox=\"0 0 ").append(layout.width).append(' ')
                .append(layout.height).append("\" aria-labelledby=\"").append(prefix).append("-title ").append(prefix)
                .append("-desc\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\">\n");
        svg.append("<title id=\"").append(prefix).append("-title\">Scenario map: ").append(xml(scenario.title())).append("</title>\n");
        svg.append("<desc id=\"").append(prefix).append("-desc\">").append(xml(description(scenario, layout))).append("</desc>\n");
        svg.append("<defs><marker id=\"").append(prefix).append("-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" ")
                .append("markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\"><path d=\"M0,0L10,5L0,10z\" fill=\"")
                .append(EDGE).append("\"/></marker></defs>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        appendEdges(svg, layout, prefix);
        appendNodes(svg, scenario, layout, prefix);
        appendLegend(svg, layout.height - LEGEND_HEIGHT);
        return svg.append("</svg>\n").toString();
    }

    /** How an arrow is drawn: a curve to a later column, a loop onto itself, or a route beside or below the boxes. */
    private enum Route {
        FORWARD, SELF, SAME_COLUMN, BACK
    }

    /** A choice drawn as an arrow between two boxes. */
    private record Edge(String from, String to, Choice choice, Route route) {
    }

    /** Where each node's box and each arrow goes: columns by breadth-first depth, unreachable nodes in a last column. */
    private static final class Layout {

        private final Map<String, int[]> boxes = new LinkedHashMap<>();
        private final Map<String, Integer> columns = new HashMap<>();
        private final List<String> unreachable = new ArrayList<>();
        private final List<Edge> edges = new ArrayList<>();
        private int graphBottom;
        private int width;
        private int height;

        static Layout of(Scenario scenario) {
            Layout layout = new Layout();
            Map<String, Integer> depths = ScenarioGraph.depthsFromStart(scenario);
            int unreachableColumn = depths.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
            List<List<String>> columnIds = new ArrayList<>();
            depths.forEach((id, depth) -> layout.place(columnIds, id, depth));
            for (String id : scenario.nodes().keySet()) {
                if (!depths.containsKey(id)) {
                    layout.unreachable.add(id);
                    layout.place(columnIds, id, unreachableColumn);
                }
            }
            layout.position(columnIds);
            layout.collectEdges(scenario);
            layout.size(columnIds.size());
            return layout;
        }

        private void place(List<List<String>> columnIds, String id, int column) {
            while (columnIds.size() <= column) {
                columnIds.add(new ArrayList<>());
            }
            columnIds.get(column).add(id);
            columns.put(id, column);
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

        private void collectEdges(Scenario scenario) {
            scenario.nodes().forEach((id, node) -> node.choices().stream()
                    .filter(choice -> boxes.containsKey(choice.target()))
                    .forEach(choice -> edges.add(new Edge(id, choice.target(), choice, route(id, choice.target())))));
        }

        private Route route(String from, String to) {
            if (from.equals(to)) {
                return Route.SELF;
            }
            int difference = columns.get(to) - columns.get(from);
            return difference > 0 ? Route.FORWARD : difference == 0 ? Route.SAME_COLUMN : Route.BACK;
        }

        private void size(int columnCount) {
            long backEdges = edges.stream().filter(edge -> edge.route() == Route.BACK).count();
            int lanes = (int) Math.min(backEdges, MAX_LANES);
            int graphWidth = MARGIN_LEFT + columnCount * BOX_WIDTH + Math.max(0, columnCount - 1) * COLUMN_GAP + MARGIN_RIGHT;
            width = Math.max(graphWidth, LEGEND_WIDTH);
            height = graphBottom + (lanes == 0 ? 0 : (lanes + 1) * LANE_GAP) + MARGIN + LEGEND_HEIGHT;
        }

        int[] box(String id) {
            return boxes.get(id);
        }
    }

    private static String description(Scenario scenario, Layout layout) {
        Map<Outcome, Integer> endings = new LinkedHashMap<>();
        for (Outcome outcome : Outcome.values()) {
            endings.put(outcome, 0);
        }
        scenario.nodes().values().stream().filter(ScenarioNode::isEnd).forEach(node -> endings.merge(node.outcome(), 1, Integer::sum));
        int endingCount = endings.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder text = new StringBuilder();
        text.append(count(scenario.nodes().size(), "node")).append(", ").append(count(endingCount, "ending"))
                .append(" (").append(endings.get(Outcome.GOOD)).append(" good, ").append(endings.get(Outcome.NEUTRAL))
                .append(" neutral, ").append(endings.get(Outcome.HARMFUL)).append(" harmful). Passing score: ")
                .append(scenario.passScore()).append(scenario.scoring() == Scoring.STATIC
                        ? " (the score of the ending reached)." : " (the sum of the scores of the choices made).");
        if (scenario.start() != null) {
            text.append(" Starts at \u201c").append(scenario.start().title()).append("\u201d.");
        }
        if (!layout.unreachable.isEmpty()) {
            text.append(' ').append(count(layout.unreachable.size(), "node")).append(" cannot be reached from the start.");
        }
        return text.toString();
    }

    private static void appendEdges(StringBuilder svg, Layout layout, String prefix) {
        int[][] ports = forwardPorts(layout);
        int sideTracks = 0;
        int backLanes = 0;
        StringBuilder labels = new StringBuilder();
        svg.append("<g fill=\"none\" stroke=\"").append(EDGE).append("\" stroke-width=\"1.5\">\n");
        for (int i = 0; i < layout.edges.size(); i++) {
            Edge edge = layout.edges.get(i);
            int[] from = layout.box(edge.from());
            int[] to = layout.box(edge.to());
            Arrow arrow = switch (edge.route()) {
                case FORWARD -> forwardArrow(from, to, ports[0][i], ports[1][i]);
                case SELF -> selfArrow(from);
                case SAME_COLUMN -> sideArrow(from, to, sideTracks++ % MAX_SIDE_TRACKS);
                case BACK -> backArrow(from, to, backLanes++ % MAX_LANES, layout.graphBottom);
            };
            svg.append("<path d=\"").append(arrow.path()).append("\" marker-end=\"url(#").append(prefix).append("-arrow)\"/>\n");
            labels.append("<text x=\"").append(arrow.labelX()).append("\" y=\"").append(arrow.labelY()).append("\">")
                    .append(xml(label(edge.choice()))).append("</text>\n");
        }
        svg.append("</g>\n<g font-size=\"11\" text-anchor=\"middle\" fill=\"").append(INK)
                .append("\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">\n").append(labels).append("</g>\n");
    }

    /** The SVG path of an arrow and where its label goes. */
    private record Arrow(String path, int labelX, int labelY) {
    }

    /** A curve from the right side of a box to the left side of a box in a later column. */
    private static Arrow forwardArrow(int[] from, int[] to, int startY, int endY) {
        int startX = from[0] + BOX_WIDTH;
        int endX = to[0];
        int bend = (endX - startX) / 2;
        String path = "M" + startX + "," + startY + " C" + (startX + bend) + "," + startY + " " + (endX - bend) + "," + endY
                + " " + endX + "," + endY;
        return new Arrow(path, (startX + endX) / 2, (startY + endY) / 2 - 4);
    }

    /** A small loop on the right side of a box, for a choice that leads back to its own node. */
    private static Arrow selfArrow(int[] box) {
        int x = box[0] + BOX_WIDTH;
        int y = box[1] + BOX_HEIGHT / 2;
        String path = "M" + x + "," + (y - 12) + " C" + (x + 46) + "," + (y - 44) + " " + (x + 46) + "," + (y + 20) + " " + x
                + "," + (y + 8);
        return new Arrow(path, x + 40, y - 32);
    }

    /** A route along the right side of a column, to another box of the same column; its label sits in the gap by the source. */
    private static Arrow sideArrow(int[] from, int[] to, int track) {
        int x = from[0] + BOX_WIDTH;
        int trackX = x + 14 + 8 * track;
        boolean down = to[1] > from[1];
        int startY = down ? from[1] + BOX_HEIGHT - PORT_MARGIN : from[1] + PORT_MARGIN;
        int endY = down ? to[1] + PORT_MARGIN : to[1] + BOX_HEIGHT - PORT_MARGIN;
        int gapMiddle = down ? from[1] + BOX_HEIGHT + ROW_GAP / 2 : from[1] - ROW_GAP / 2;
        String path = "M" + x + "," + startY + " H" + trackX + " V" + endY + " H" + x;
        return new Arrow(path, from[0] + BOX_WIDTH / 2 + (down ? 50 : -50), gapMiddle + 4);
    }

    /** A route below all boxes, to a box in an earlier column, entering it from the left. */
    private static Arrow backArrow(int[] from, int[] to, int lane, int graphBottom) {
        int laneY = graphBottom + LANE_GAP * (1 + lane);
        int startX = from[0] + BOX_WIDTH;
        int exitX = startX + 14 + 6 * (lane % MAX_SIDE_TRACKS);
        int entryX = to[0] - 14 - 6 * (lane % MAX_SIDE_TRACKS);
        int startY = from[1] + BOX_HEIGHT - PORT_MARGIN / 2;
        int endY = to[1] + BOX_HEIGHT - PORT_MARGIN / 2;
        String path = "M" + startX + "," + startY + " H" + exitX + " V" + laneY + " H" + entryX + " V" + endY + " H" + to[0];
        return new Arrow(path, (exitX + entryX) / 2, laneY - 4);
    }

    /**
     * The heights where forward arrows leave their source box ({@code [0][edge]}) and enter their target box
     * ({@code [1][edge]}): spread along the box side, in the order of the box at the other end, so that arrows do not cross
     * at the boxes.
     */
    private static int[][] forwardPorts(Layout layout) {
        int[][] ports = new int[2][layout.edges.size()];
        Map<String, List<Integer>> outgoing = new LinkedHashMap<>();
        Map<String, List<Integer>> incoming = new LinkedHashMap<>();
        for (int i = 0; i < layout.edges.size(); i++) {
            Edge edge = layout.edges.get(i);
            if (edge.route() == Route.FORWARD) {
                outgoing.computeIfAbsent(edge.from(), id -> new ArrayList<>()).add(i);
                incoming.computeIfAbsent(edge.to(), id -> new ArrayList<>()).add(i);
            }
        }
        outgoing.forEach((id, edges) -> spread(layout, id, edges, Edge::to, ports[0]));
        incoming.forEach((id, edges) -> spread(layout, id, edges, Edge::from, ports[1]));
        return ports;
    }

    private static void spread(Layout layout, String boxId, List<Integer> edges, Function<Edge, String> otherEnd,
            int[] heights) {
        List<Integer> ordered = new ArrayList<>(edges);
        ordered.sort(Comparator.comparingInt((Integer i) -> layout.box(otherEnd.apply(layout.edges.get(i)))[1])
                .thenComparingInt(i -> i));
        int top = layout.box(boxId)[1] + PORT_MARGIN;
        int span = BOX_HEIGHT - 2 * PORT_MARGIN;
        for (int k = 0; k < ordered.size(); k++) {
            heights[ordered.get(k)] = top + span * (k + 1) / (ordered.size() + 1);
        }
    }

    /** "+2 approach", "−1 listen", "0 support": the choice's score and its ALGEE step. */
    private static String label(Choice choice) {
        String score = choice.score() > 0 ? "+" + choice.score()
                : choice.score() < 0 ? "\u2212" + Math.abs((long) choice.score()) : "0";
        return choice.step() == null ? score : score + " " + choice.step().key();
    }

    private static void appendNodes(StringBuilder svg, Scenario scenario, Layout layout, String prefix) {
        svg.append("<g font-size=\"13\" text-anchor=\"middle\" fill=\"").append(INK).append("\">\n");
        scenario.nodes().forEach((id, node) -> {
            boolean isStart = id.equals(scenario.startNodeId());
            boolean isUnreachable = layout.unreachable.contains(id);
            int[] box = layout.box(id);
            int centre = box[0] + BOX_WIDTH / 2;
            svg.append("<g id=\"").append(prefix).append("-node-").append(idSafe(id)).append("\">")
                    .append("<title>").append(xml(node.title())).append("</title>");
            svg.append("<rect x=\"").append(box[0]).append("\" y=\"").append(box[1]).append("\" width=\"").append(BOX_WIDTH)
                    .append("\" height=\"").append(BOX_HEIGHT).append("\" rx=\"10\" ry=\"10\" fill=\"").append(fill(node))
                    .append("\" stroke=\"").append(stroke(node)).append("\" stroke-width=\"")
                    .append(isStart ? START_WIDTH : NORMAL_WIDTH).append('"')
                    .append(isUnreachable ? " stroke-dasharray=\"" + DASHES + "\"" : "").append("/>");
            svg.append("<text x=\"").append(centre).append("\" y=\"").append(box[1] + 23).append("\" font-weight=\"600\">")
                    .append(xml(truncate(node.title(), TITLE_CHARS))).append("</text>");
            svg.append("<text x=\"").append(centre).append("\" y=\"").append(box[1] + 42).append("\" font-size=\"11\">")
                    .append(xml(truncate(subtitle(id, node, isStart, isUnreachable), SUBTITLE_CHARS))).append("</text></g>\n");
        });
        svg.append("</g>\n");
    }

    private static String subtitle(String id, ScenarioNode node, boolean isStart, boolean isUnreachable) {
        List<String> parts = new ArrayList<>();
        if (isUnreachable) {
            parts.add("unreachable");
        }
        if (isStart) {
            parts.add("start");
        }
        if (node.isEnd()) {
            parts.add(node.outcome().name().toLowerCase(Locale.ROOT) + " ending");
        }
        parts.add("#" + id);
        return String.join(" \u00b7 ", parts);
    }

    private static String fill(ScenarioNode node) {
        if (!node.isEnd()) {
            return PLAIN_FILL;
        }
        return switch (node.outcome()) {
            case GOOD -> "#d7f0dd";
            case NEUTRAL -> "#fff4d6";
            case HARMFUL -> "#f8d7d5";
        };
    }

    private static String stroke(ScenarioNode node) {
        if (!node.isEnd()) {
            return PLAIN_STROKE;
        }
        return switch (node.outcome()) {
            case GOOD -> "#1a6b34";
            case NEUTRAL -> "#7a4d00";
            case HARMFUL -> "#a3201c";
        };
    }

    private static void appendLegend(StringBuilder svg, int top) {
        int y = top + 8;
        svg.append("<g font-size=\"12\" fill=\"").append(INK).append("\">\n");
        legendSwatch(svg, MARGIN, y, PLAIN_FILL, PLAIN_STROKE, START_WIDTH, null, "Start");
        legendSwatch(svg, MARGIN + 110, y, "#d7f0dd", "#1a6b34", NORMAL_WIDTH, null, "Good ending");
        legendSwatch(svg, MARGIN + 250, y, "#fff4d6", "#7a4d00", NORMAL_WIDTH, null, "Neutral ending");
        legendSwatch(svg, MARGIN + 400, y, "#f8d7d5", "#a3201c", NORMAL_WIDTH, null, "Harmful ending");
        legendSwatch(svg, MARGIN + 550, y, PLAIN_FILL, PLAIN_STROKE, NORMAL_WIDTH, DASHES, "Unreachable");
        svg.append("<text x=\"").append(MARGIN).append("\" y=\"").append(y + 46)
                .append("\">Arrow labels: the choice\u2019s score and ALGEE step, e.g. \u201c+2 approach\u201d.</text>\n");
        svg.append("</g>\n");
    }

    private static void legendSwatch(StringBuilder svg, int x, int y, String fill, String stroke, String strokeWidth,
            String dashes, String text) {
        svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"28\" height=\"18\" rx=\"5\" ry=\"5\" fill=\"")
                .append(fill).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(strokeWidth).append('"')
                .append(dashes == null ? "" : " stroke-dasharray=\"" + dashes + "\"").append("/>");
        svg.append("<text x=\"").append(x + 36).append("\" y=\"").append(y + 14).append("\">").append(text).append("</text>\n");
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** At most {@code limit} characters (code points), the last one an ellipsis when the text was cut. */
    static String truncate(String text, int limit) {
        String oneLine = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (oneLine.codePointCount(0, oneLine.length()) <= limit) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, limit - 1)).strip() + "\u2026";
    }

    /** Text escaped for XML, with characters XML cannot hold replaced by U+FFFD. */
    static String xml(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(codePoint -> {
            switch (codePoint) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> escaped.appendCodePoint(isXmlCharacter(codePoint) ? codePoint : 0xFFFD);
            }
        });
        return escaped.toString();
    }

    private static boolean isXmlCharacter(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
                || codePoint >= 0x20 && codePoint <= 0xD7FF
                || codePoint >= 0xE000 && codePoint <= 0xFFFD
                || codePoint >= 0x10000 && codePoint <= 0x10FFFF;
    }

    private static String idSafe(String id) {
        return id == null ? "" : id.replaceAll("[^A-Za-z0-9-]", "-");
    }
}

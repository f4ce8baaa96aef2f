package org.mhfa.catalogue;

import static org.mhfa.catalogue.ScenarioMapLayout.BOX_HEIGHT;
import static org.mhfa.catalogue.ScenarioMapLayout.BOX_WIDTH;
import static org.mhfa.catalogue.ScenarioMapLayout.MARGIN;
import static org.mhfa.catalogue.ScenarioMapLayout.MAX_LANES;
import static org.mhfa.catalogue.ScenarioMapArrows.MAX_SIDE_TRACKS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a scenario as a standalone, accessible SVG map: columns by distance from the start, choices as labelled arrows;
 * unreachable nodes, dead ends and choices to missing nodes marked in outline and in words.
 */
public final class ScenarioGraphSvg {

    private static final int LEGEND_HEIGHT = 80;
    private static final int EDITOR_LEGEND_ROW = 26;
    private static final int TITLE_CHARS = 28;
    private static final int SUBTITLE_CHARS = 34;
    private static final int MISSING_WIDTH = 150;
    private static final int MISSING_CHARS = 20;

    private static final String INK = "#1b1f24";
    private static final String EDGE = "#4a5866";
    private static final String PLAIN_FILL = "#ffffff";
    private static final String PLAIN_STROKE = "#3b4a5a";
    private static final String NORMAL_WIDTH = "1.5";
    private static final String START_WIDTH = "3.5";
    private static final String DASHES = "6 4";
    private static final String DEAD_END_STROKE = "#7f0000";
    private static final String DEAD_END_WIDTH = "3";
    private static final String DOTS = "2 3";
    private static final String MISSING_FILL = "#eeeeee";
    private static final String MISSING_STROKE = "#4d4d4d";
    private static final String MISSING_DASHES = "1 3";

    private ScenarioGraphSvg() {
    }

    /** The SVG map of {@code scenario}, as trainees' and published previews show it; the same scenario always gives the same text. */
    public static String render(Scenario scenario) {
        return draw(ScenarioSketch.of(scenario), false);
    }

    /**
     * The SVG map of a draft for the editor: each node whose heading line is known is a link to the editor's text
     * ({@code <a href="#text" data-line="N" data-column="C">}) and the legend explains dead ends and missing nodes.
     */
    public static String renderForEditor(ScenarioSketch sketch) {
        return draw(sketch, true);
    }

    private static String draw(ScenarioSketch sketch, boolean forEditor) {
        int legendHeight = LEGEND_HEIGHT + (forEditor ? EDITOR_LEGEND_ROW : 0);
        ScenarioMapLayout layout = ScenarioMapLayout.of(sketch, legendHeight);
        String prefix = "scenario-map-" + idSafe(sketch.id());
        String title = sketch.title() == null ? "untitled scenario" : sketch.title();
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"").append(forEditor ? "group" : "img")
                .append("\" width=\"").append(layout.width)
                .append("\" height=\"").append(layout.height).append("\" viewBox=\"0 0 ").append(layout.width).append(' ')
                .append(layout.height).append("\" aria-labelledby=\"").append(prefix).append("-title ").append(prefix)
                .append("-desc\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\">\n");
        svg.append("<title id=\"").append(prefix).append("-title\">Scenario map: ").append(xml(title)).append("</title>\n");
        svg.append("<desc id=\"").append(prefix).append("-desc\">").append(xml(description(sketch, layout))).append("</desc>\n");
        svg.append("<defs><marker id=\"").append(prefix).append("-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" ")
                .append("markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\"><path d=\"M0,0L10,5L0,10z\" fill=\"")
                .append(EDGE).append("\"/></marker></defs>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        appendEdges(svg, layout, prefix);
        appendNodes(svg, sketch, layout, prefix, forEditor);
        appendLegend(svg, layout.height - legendHeight, forEditor);
        return svg.append("</svg>\n").toString();
    }

    private static String description(ScenarioSketch sketch, ScenarioMapLayout layout) {
        Map<Outcome, Integer> endings = new LinkedHashMap<>();
        for (Outcome outcome : Outcome.values()) {
            endings.put(outcome, 0);
        }
        sketch.nodes().values().stream().filter(ScenarioNode::isEnd).forEach(node -> endings.merge(node.outcome(), 1, Integer::sum));
        int endingCount = endings.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder text = new StringBuilder();
        text.append(count(sketch.nodes().size(), "node")).append(", ").append(count(endingCount, "ending"))
                .append(" (").append(endings.get(Outcome.GOOD)).append(" good, ").append(endings.get(Outcome.NEUTRAL))
                .append(" neutral, ").append(endings.get(Outcome.HARMFUL)).append(" harmful).");
        if (sketch.passScore() != null) {
            text.append(" Passing score: ").append(sketch.passScore()).append(sketch.scoring() == Scoring.STATIC
                    ? " (the score of the ending reached)." : " (the sum of the scores of the choices made).");
        }
        if (sketch.start() != null) {
            text.append(" Starts at \u201c").append(sketch.start().title()).append("\u201d.");
        }
        if (!layout.unreachable.isEmpty()) {
            text.append(' ').append(count(layout.unreachable.size(), "node")).append(" cannot be reached from the start.");
        }
        if (!layout.deadEnds.isEmpty()) {
            text.append(' ').append(count(layout.deadEnds.size(), "node")).append(layout.deadEnds.size() == 1 ? " leads" : " lead")
                    .append(" to no ending.");
        }
        if (!layout.missing.isEmpty()) {
            text.append(" Choices lead to ").append(count(layout.missing.size(), "missing node")).append(": #")
                    .append(String.join(", #", layout.missing)).append('.');
        }
        return text.toString();
    }

    private static void appendEdges(StringBuilder svg, ScenarioMapLayout layout, String prefix) {
        int[][] ports = layout.forwardPorts();
        int sideTracks = 0;
        int backLanes = 0;
        StringBuilder labels = new StringBuilder();
        svg.append("<g fill=\"none\" stroke=\"").append(EDGE).append("\" stroke-width=\"1.5\">\n");
        for (int i = 0; i < layout.edges.size(); i++) {
            ScenarioMapLayout.Edge edge = layout.edges.get(i);
            int[] from = layout.box(edge.from());
            int[] to = layout.box(edge.to());
            ScenarioMapArrows.Arrow arrow = switch (edge.route()) {
                case FORWARD -> ScenarioMapArrows.forwardArrow(from, to, ports[0][i], ports[1][i]);
                case SELF -> ScenarioMapArrows.selfArrow(from);
                case SAME_COLUMN -> ScenarioMapArrows.sideArrow(from, to, sideTracks++ % MAX_SIDE_TRACKS);
                case BACK -> ScenarioMapArrows.backArrow(from, to, backLanes++ % MAX_LANES, layout.graphBottom);
            };
            svg.append("<path d=\"").append(arrow.path()).append("\" marker-end=\"url(#").append(prefix).append("-arrow)\"/>\n");
            labels.append("<text x=\"").append(arrow.labelX()).append("\" y=\"").append(arrow.labelY()).append("\">")
                    .append(xml(label(edge.choice()))).append("</text>\n");
        }
        svg.append("</g>\n<g font-size=\"11\" text-anchor=\"middle\" fill=\"").append(INK)
                .append("\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">\n").append(labels).append("</g>\n");
    }

    /** "+2 approach", "−1 listen", "0 support": the choice's score and its ALGEE step. */
    private static String label(Choice choice) {
        String score = choice.score() > 0 ? "+" + choice.score()
                : choice.score() < 0 ? "\u2212" + Math.abs((long) choice.score()) : "0";
        return choice.step() == null ? score : score + " " + choice.step().key();
    }

    private static void appendNodes(StringBuilder svg, ScenarioSketch sketch, ScenarioMapLayout layout, String prefix,
            boolean forEditor) {
        svg.append("<g font-size=\"13\" text-anchor=\"middle\" fill=\"").append(INK).append("\">\n");
        sketch.nodes().forEach((id, node) -> {
            String subtitle = subtitle(id, node, id.equals(sketch.startId()), layout);
            ScenarioSketch.Heading heading = forEditor ? sketch.headings().get(id) : null;
            if (heading != null) {
                svg.append("<a href=\"#text\" data-line=\"").append(heading.line()).append("\" data-column=\"")
                        .append(heading.column()).append("\" aria-label=\"")
                        .append(xml("Go to line " + heading.line() + ": " + node.title() + " (" + subtitle + ")")).append("\">");
            }
            appendBox(svg, prefix, id, node, id.equals(sketch.startId()), layout, subtitle);
            svg.append(heading != null ? "</a>\n" : "\n");
        });
        layout.missing.forEach(id -> appendMissing(svg, prefix, id, layout.box(ScenarioMapLayout.missingKey(id))));
        svg.append("</g>\n");
    }

    private static void appendBox(StringBuilder svg, String prefix, String id, ScenarioNode node, boolean isStart,
            ScenarioMapLayout layout, String subtitle) {
        boolean isDeadEnd = layout.deadEnds.contains(id);
        int[] box = layout.box(id);
        int centre = box[0] + BOX_WIDTH / 2;
        String width = isStart ? START_WIDTH : isDeadEnd ? DEAD_END_WIDTH : NORMAL_WIDTH;
        String dashes = isDeadEnd ? DOTS : layout.unreachable.contains(id) ? DASHES : null;
        svg.append("<g id=\"").append(prefix).append("-node-").append(idSafe(id)).append("\">")
                .append("<title>").append(xml(node.title())).append("</title>");
        svg.append("<rect x=\"").append(box[0]).append("\" y=\"").append(box[1]).append("\" width=\"").append(BOX_WIDTH)
                .append("\" height=\"").append(BOX_HEIGHT).append("\" rx=\"10\" ry=\"10\" fill=\"").append(fill(node))
                .append("\" stroke=\"").append(isDeadEnd ? DEAD_END_STROKE : stroke(node)).append("\" stroke-width=\"")
                .append(width).append('"').append(dashes == null ? "" : " stroke-dasharray=\"" + dashes + "\"").append("/>");
        svg.append("<text x=\"").append(centre).append("\" y=\"").append(box[1] + 23).append("\" font-weight=\"600\">")
                .append(xml(truncate(node.title(), TITLE_CHARS))).append("</text>");
        svg.append("<text x=\"").append(centre).append("\" y=\"").append(box[1] + 42).append("\" font-size=\"11\">")
                .append(xml(truncate(subtitle, SUBTITLE_CHARS))).append("</text></g>");
    }

    /** A small grey box where a choice to a node that does not exist ends. */
    private static void appendMissing(StringBuilder svg, String prefix, String id, int[] box) {
        svg.append("<g id=\"").append(prefix).append("-missing-").append(idSafe(id)).append("\"><title>")
                .append(xml("No node has the id \u201c" + id + "\u201d")).append("</title>");
        svg.append("<rect x=\"").append(box[0]).append("\" y=\"").append(box[1] + 8).append("\" width=\"").append(MISSING_WIDTH)
                .append("\" height=\"").append(BOX_HEIGHT - 16).append("\" rx=\"6\" ry=\"6\" fill=\"").append(MISSING_FILL)
                .append("\" stroke=\"").append(MISSING_STROKE).append("\" stroke-width=\"").append(NORMAL_WIDTH)
                .append("\" stroke-dasharray=\"").append(MISSING_DASHES).append("\"/>");
        svg.append("<text x=\"").append(box[0] + MISSING_WIDTH / 2).append("\" y=\"").append(box[1] + 32)
                .append("\" font-size=\"12\">").append(xml(truncate("missing #" + id, MISSING_CHARS))).append("</text></g>\n");
    }

    private static String subtitle(String id, ScenarioNode node, boolean isStart, ScenarioMapLayout layout) {
        List<String> parts = new ArrayList<>();
        if (layout.unreachable.contains(id)) {
            parts.add("unreachable");
        }
        if (layout.deadEnds.contains(id)) {
            parts.add("dead end");
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

    private static void appendLegend(StringBuilder svg, int top, boolean forEditor) {
        int y = top + 8;
        svg.append("<g font-size=\"12\" fill=\"").append(INK).append("\">\n");
        legendSwatch(svg, MARGIN, y, PLAIN_FILL, PLAIN_STROKE, START_WIDTH, null, "Start");
        legendSwatch(svg, MARGIN + 110, y, "#d7f0dd", "#1a6b34", NORMAL_WIDTH, null, "Good ending");
        legendSwatch(svg, MARGIN + 250, y, "#fff4d6", "#7a4d00", NORMAL_WIDTH, null, "Neutral ending");
        legendSwatch(svg, MARGIN + 400, y, "#f8d7d5", "#a3201c", NORMAL_WIDTH, null, "Harmful ending");
        legendSwatch(svg, MARGIN + 550, y, PLAIN_FILL, PLAIN_STROKE, NORMAL_WIDTH, DASHES, "Unreachable");
        if (forEditor) {
            y += EDITOR_LEGEND_ROW;
            legendSwatch(svg, MARGIN, y, PLAIN_FILL, DEAD_END_STROKE, DEAD_END_WIDTH, DOTS, "Dead end: no ending can be reached");
            legendSwatch(svg, MARGIN + 330, y, MISSING_FILL, MISSING_STROKE, NORMAL_WIDTH, MISSING_DASHES,
                    "Missing node: no heading has its id");
        }
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

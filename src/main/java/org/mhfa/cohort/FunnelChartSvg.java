package org.mhfa.cohort;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A completion funnel as a standalone, accessible SVG bar chart: one horizontal bar per stage (enrolled, started, e-learning
 * done, attended, certified), with the count and share written beside each bar, a title and a description that says
 * every number, so the chart reads the same to a screen reader.
 */
public final class FunnelChartSvg {

    /** One stage of the funnel and how many people reached it. */
    public record Stage(String label, int count) {
    }

    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 170;
    private static final int BAR_HEIGHT = 30;
    private static final int GAP = 12;
    private static final int TOP = 16;
    private static final int VALUE_WIDTH = 110;
    private static final String BAR = "#1f5f8b";
    private static final String INK = "#1b1f24";
    private static final String TRACK = "#e6ebf0";

    private FunnelChartSvg() {
    }

    /** The chart; {@code idPrefix} keeps its title and description ids unique on the page. */
    public static String render(String idPrefix, String title, List<Stage> stages) {
        int total = stages.isEmpty() ? 0 : stages.get(0).count();
        int height = TOP * 2 + stages.size() * (BAR_HEIGHT + GAP);
        int barSpace = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        StringBuilder svg = new StringBuilder(2048);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" aria-labelledby=\"").append(idPrefix).append("-title ").append(idPrefix).append("-desc\"")
                .append(" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\" font-size=\"14\">\n");
        svg.append("<title id=\"").append(idPrefix).append("-title\">").append(SvgText.xml(title)).append("</title>\n");
        svg.append("<desc id=\"").append(idPrefix).append("-desc\">").append(SvgText.xml(description(stages, total))).append("</desc>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            int y = TOP + i * (BAR_HEIGHT + GAP);
            int width = total == 0 ? 0 : (int) Math.round((double) barSpace * stage.count() / total);
            int middle = y + BAR_HEIGHT / 2 + 5;
            svg.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(middle).append("\" text-anchor=\"end\" fill=\"")
                    .append(INK).append("\">").append(SvgText.xml(stage.label())).append("</text>\n");
            svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"").append(barSpace)
                    .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"").append(TRACK).append("\"/>\n");
            svg.append("<rect class=\"bar\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"").append(width)
                    .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"").append(BAR).append("\"/>\n");
            svg.append("<text x=\"").append(LABEL_WIDTH + barSpace + 8).append("\" y=\"").append(middle).append("\" fill=\"").append(INK)
                    .append("\">").append(stage.count()).append(" (").append(percent(stage.count(), total)).append("%)</text>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    static String description(List<Stage> stages, int total) {
        if (stages.isEmpty()) {
            return "No stages.";
        }
        return stages.stream().map(stage -> stage.label() + ": " + stage.count() + " of " + total + " (" + percent(stage.count(), total) + "%)")
                .collect(Collectors.joining("; ", "", "."));
    }

    static int percent(int count, int total) {
        return total == 0 ? 0 : (int) Math.round(100.0 * count / total);
    }
}

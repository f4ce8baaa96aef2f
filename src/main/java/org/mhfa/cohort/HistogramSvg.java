package org.mhfa.cohort;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A histogram as a standalone, accessible SVG column chart: one column per bin with its count above it and its label
 * below, a title, and a description that lists every bin, so the chart reads the same to a screen reader.
 */
public final class HistogramSvg {

    /** One bin of the histogram: its label (such as "80–89%") and how many values fell in it. */
    public record Bin(String label, int count) {
    }

    private static final int HEIGHT = 260;
    private static final int COLUMN_WIDTH = 52;
    private static final int GAP = 10;
    private static final int LEFT = 16;
    private static final int TOP = 28;
    private static final int BOTTOM = 48;
    private static final String BAR = "#1f5f8b";
    private static final String INK = "#1b1f24";
    private static final String AXIS = "#4a5866";

    private HistogramSvg() {
    }

    /** The chart; {@code idPrefix} keeps its title and description ids unique on the page. */
    public static String render(String idPrefix, String title, String axisLabel, List<Bin> bins) {
        int width = LEFT * 2 + bins.size() * (COLUMN_WIDTH + GAP);
        int max = bins.stream().mapToInt(Bin::count).max().orElse(0);
        int plot = HEIGHT - TOP - BOTTOM;
        int baseline = TOP + plot;
        StringBuilder svg = new StringBuilder(2048);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\" width=\"").append(width)
                .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(width).append(' ').append(HEIGHT)
                .append("\" aria-labelledby=\"").append(idPrefix).append("-title ").append(idPrefix).append("-desc\"")
                .append(" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\" font-size=\"13\">\n");
        svg.append("<title id=\"").append(idPrefix).append("-title\">").append(SvgText.xml(title)).append("</title>\n");
        svg.append("<desc id=\"").append(idPrefix).append("-desc\">").append(SvgText.xml(description(axisLabel, bins))).append("</desc>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        for (int i = 0; i < bins.size(); i++) {
            Bin bin = bins.get(i);
            int x = LEFT + i * (COLUMN_WIDTH + GAP);
            int height = max == 0 ? 0 : (int) Math.round((double) plot * bin.count() / max);
            int center = x + COLUMN_WIDTH / 2;
            svg.append("<rect class=\"bar\" x=\"").append(x).append("\" y=\"").append(baseline - height).append("\" width=\"")
                    .append(COLUMN_WIDTH).append("\" height=\"").append(height).append("\" fill=\"").append(BAR).append("\"/>\n");
            svg.append("<text x=\"").append(center).append("\" y=\"").append(baseline - height - 6).append("\" text-anchor=\"middle\" fill=\"")
                    .append(INK).append("\">").append(bin.count()).append("</text>\n");
            svg.append("<text x=\"").append(center).append("\" y=\"").append(baseline + 18).append("\" text-anchor=\"middle\" fill=\"")
                    .append(INK).append("\">").append(SvgText.xml(bin.label())).append("</text>\n");
        }
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(baseline).append("\" x2=\"").append(width - LEFT).append("\" y2=\"")
                .append(baseline).append("\" stroke=\"").append(AXIS).append("\"/>\n");
        svg.append("<text x=\"").append(width / 2).append("\" y=\"").append(HEIGHT - 8).append("\" text-anchor=\"middle\" fill=\"").append(INK)
                .append("\">").append(SvgText.xml(axisLabel)).append("</text>\n");
        return svg.append("</svg>\n").toString();
    }

    static String description(String axisLabel, List<Bin> bins) {
        int total = bins.stream().mapToInt(Bin::count).sum();
        return axisLabel + ", " + total + " in all: "
                + bins.stream().map(bin -> bin.label() + ": " + bin.count()).collect(Collectors.joining("; ")) + ".";
    }
}

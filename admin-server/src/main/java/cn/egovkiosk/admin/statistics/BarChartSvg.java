package cn.egovkiosk.admin.statistics;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as SVG text, made on the server: no browser library, no npm. Labels are escaped; at most
 * {@link #MAX_BARS} bars (the table beside it lists all).
 */
final class BarChartSvg {

    static final int MAX_BARS = 25;
    private static final int BAR = 22;
    private static final int GAP = 6;
    private static final int LABEL_WIDTH = 300;
    private static final int PLOT_WIDTH = 420;

    private BarChartSvg() {
    }

    static String render(String title, List<ApplicationCount> counts, boolean english) {
        List<ApplicationCount> shown = counts.subList(0, Math.min(MAX_BARS, counts.size()));
        long max = shown.stream().mapToLong(ApplicationCount::applications).max().orElse(1);
        int height = 40 + shown.size() * (BAR + GAP);
        int width = LABEL_WIDTH + PLOT_WIDTH + 70;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" role=\"img\" font-family=\"sans-serif\" font-size=\"13\">",
                width, height, width, height));
        svg.append("<title>").append(escape(title)).append("</title>");
        svg.append("<text x=\"0\" y=\"18\" font-weight=\"bold\">").append(escape(title)).append("</text>");
        int y = 32;
        for (ApplicationCount count : shown) {
            int length = (int) Math.max(1, Math.round((double) count.applications() / max * PLOT_WIDTH));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
                    LABEL_WIDTH - 8, y + BAR - 6, escape(shorten(count.label(english)))));
            svg.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\""
                    + " fill=\"#1676f3\"/>", LABEL_WIDTH, y, length, BAR));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%d</text>", LABEL_WIDTH + length + 6,
                    y + BAR - 6, count.applications()));
            y += BAR + GAP;
        }
        return svg.append("</svg>").toString();
    }

    private static String shorten(String label) {
        return label.length() > 22 ? label.substring(0, 21) + "…" : label;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

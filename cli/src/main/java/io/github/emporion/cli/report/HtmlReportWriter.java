package io.github.emporion.cli.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Writes a {@link Report} as one self-contained HTML file: inline CSS and inline SVG charts, no
 * scripts, fonts, images or links to anything outside the file, so it opens offline and can be
 * mailed as is.
 *
 * <p>Every number appears with its exact value in a {@code data-value} attribute (table cells,
 * chart bars), so tools and tests can read the figures back without parsing localised digits.
 * Arabic reports get {@code dir="rtl"} and mirrored charts.
 */
public final class HtmlReportWriter {

    private static final String[] PALETTE = {
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"
    };
    private static final int WIDTH = 760;
    private static final int LABEL_WIDTH = 190;
    private static final int VALUE_WIDTH = 90;
    private static final int BAR_HEIGHT = 16;
    private static final int GAP = 10;

    private HtmlReportWriter() {}

    /**
     * Renders the report.
     *
     * @param report the report
     * @return the HTML document
     */
    public static String write(Report report) {
        boolean rtl = report.rightToLeft();
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"")
                .append(escape(report.locale().stripExtensions().toLanguageTag()))
                .append("\" dir=\"")
                .append(rtl ? "rtl" : "ltr")
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(escape(report.title()))
                .append("</title>\n<style>\n")
                .append("body{font-family:system-ui,-apple-system,'Segoe UI',Tahoma,sans-serif;margin:2em auto;")
                .append("max-width:60em;padding:0 1em;color:#222;line-height:1.45}\n")
                .append("h1{border-bottom:3px solid #1f77b4;padding-bottom:.2em}")
                .append("h2{margin-top:2em;border-bottom:1px solid #ccc}\n")
                .append("table{border-collapse:collapse;margin:1em 0;font-size:.9em}")
                .append("th,td{border:1px solid #ddd;padding:.3em .6em}")
                .append("th{background:#f3f6fa;text-align:start}")
                .append("td.num{text-align:end;font-variant-numeric:tabular-nums;white-space:nowrap}")
                .append("tr:nth-child(even) td{background:#fafafa}\n")
                .append("figure{margin:1em 0}figcaption{font-weight:600;margin-bottom:.3em}")
                .append(".legend span{display:inline-block;margin-inline-end:1em}")
                .append(".legend i{display:inline-block;width:.8em;height:.8em;margin-inline-end:.3em}\n")
                .append("</style>\n</head>\n<body>\n<h1>")
                .append(escape(report.title()))
                .append("</h1>\n");
        for (ReportSection section : report.sections()) {
            html.append("<section id=\"").append(escape(section.id())).append("\">\n<h2>");
            html.append(escape(section.title())).append("</h2>\n");
            for (String p : section.paragraphs()) {
                html.append("<p>").append(escape(p)).append("</p>\n");
            }
            for (ReportChart chart : section.charts()) {
                chart(html, chart, rtl);
            }
            for (ReportTable table : section.tables()) {
                table(html, table);
            }
            html.append("</section>\n");
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void table(StringBuilder html, ReportTable table) {
        html.append("<table id=\"table-").append(escape(table.id())).append("\">\n<caption>");
        html.append(escape(table.title())).append("</caption>\n<thead><tr>");
        for (String column : table.columns()) {
            html.append("<th scope=\"col\">").append(escape(column)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (List<Cell> row : table.rows()) {
            html.append("<tr>");
            for (Cell cell : row) {
                if (cell.value() != null) {
                    html.append("<td class=\"num\" data-value=\"")
                            .append(cell.value().toPlainString())
                            .append("\">");
                } else {
                    html.append("<td>");
                }
                html.append(escape(cell.text())).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void chart(StringBuilder html, ReportChart chart, boolean rtl) {
        int seriesCount = Math.max(1, chart.series().size());
        int groupHeight = seriesCount * BAR_HEIGHT + GAP;
        int height = chart.categories().size() * groupHeight + GAP;
        BigDecimal min = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        for (ReportChart.Series s : chart.series()) {
            for (BigDecimal v : s.values()) {
                min = min.min(v);
                max = max.max(v);
            }
        }
        BigDecimal span = max.subtract(min);
        int plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        html.append("<figure id=\"chart-").append(escape(chart.id())).append("\" data-kind=\"");
        html.append(chart.kind().name().toLowerCase(java.util.Locale.ROOT)).append("\">\n<figcaption>");
        html.append(escape(chart.title())).append("</figcaption>\n");
        html.append("<svg role=\"img\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" font-size=\"12\">\n<title>")
                .append(escape(chart.title()))
                .append("</title>\n");
        double zeroX = span.signum() == 0
                ? 0
                : min.negate().divide(span, MathContext.DECIMAL64).doubleValue() * plot;
        for (int c = 0; c < chart.categories().size(); c++) {
            int top = GAP + c * groupHeight;
            double labelY = top + seriesCount * BAR_HEIGHT / 2.0 + 4;
            double labelX = rtl ? WIDTH - 6 : LABEL_WIDTH - 6;
            html.append("<text x=\"")
                    .append(fmt(labelX))
                    .append("\" y=\"")
                    .append(fmt(labelY))
                    .append("\" text-anchor=\"end\" class=\"category\">")
                    .append(escape(chart.categories().get(c)))
                    .append("</text>\n");
            for (int s = 0; s < chart.series().size(); s++) {
                ReportChart.Series series = chart.series().get(s);
                BigDecimal value = series.values().get(c);
                double length = span.signum() == 0
                        ? 0
                        : value.abs().divide(span, MathContext.DECIMAL64).doubleValue() * plot;
                double start = value.signum() < 0 ? zeroX - length : zeroX;
                if (chart.kind() == ReportChart.Kind.FUNNEL) {
                    start = (plot - length) / 2.0;
                }
                double x = rtl ? VALUE_WIDTH + (plot - start - length) : LABEL_WIDTH + start;
                double y = top + s * BAR_HEIGHT;
                html.append("<rect x=\"")
                        .append(fmt(x))
                        .append("\" y=\"")
                        .append(fmt(y))
                        .append("\" width=\"")
                        .append(fmt(Math.max(length, 0.5)))
                        .append("\" height=\"")
                        .append(BAR_HEIGHT - 2)
                        .append("\" fill=\"")
                        .append(PALETTE[s % PALETTE.length])
                        .append("\" data-series=\"")
                        .append(escape(series.name()))
                        .append("\" data-category=\"")
                        .append(escape(chart.categories().get(c)))
                        .append("\" data-value=\"")
                        .append(value.toPlainString())
                        .append("\"><title>")
                        .append(escape(
                                series.name() + " · " + chart.categories().get(c) + ": "
                                        + series.labels().get(c)))
                        .append("</title></rect>\n");
                double textX = rtl ? x - 4 : x + Math.max(length, 0.5) + 4;
                html.append("<text x=\"")
                        .append(fmt(textX))
                        .append("\" y=\"")
                        .append(fmt(y + BAR_HEIGHT - 5))
                        .append("\" text-anchor=\"")
                        .append(rtl ? "end" : "start")
                        .append("\" class=\"value\">")
                        .append(escape(series.labels().get(c)))
                        .append("</text>\n");
            }
        }
        html.append("</svg>\n");
        if (chart.series().size() > 1) {
            html.append("<div class=\"legend\">");
            for (int s = 0; s < chart.series().size(); s++) {
                html.append("<span><i style=\"background:")
                        .append(PALETTE[s % PALETTE.length])
                        .append("\"></i>")
                        .append(escape(chart.series().get(s).name()))
                        .append("</span>");
            }
            html.append("</div>\n");
        }
        html.append("</figure>\n");
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    /**
     * Escapes text for HTML element content and attribute values.
     *
     * @param text the text
     * @return the escaped text
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}

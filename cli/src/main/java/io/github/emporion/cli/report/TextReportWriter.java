package io.github.emporion.cli.report;

import java.util.List;
import java.util.Objects;

/**
 * Renders a {@link Report} as plain text for a terminal: the title, each section's heading and
 * paragraphs, and its tables as aligned columns (numbers right-aligned). Charts are left to the
 * HTML report; they show the same numbers as the tables. A table whose title differs from its
 * section's is introduced by its title.
 *
 * <p>Long tables are cut after {@code maxRows} rows with a line naming the CSV file that holds
 * them all.
 */
public final class TextReportWriter {

    private TextReportWriter() {}

    /**
     * Renders the report.
     *
     * @param report the report
     * @param maxRows the most rows printed per table, at least 1
     * @param moreRows the line printed under a cut table; {@code {0}} is replaced by the number of
     *     rows left out and {@code {1}} by the CSV file name
     * @return the text, lines separated by {@code \n}
     * @throws IllegalArgumentException if {@code maxRows} is below 1
     */
    public static String write(Report report, int maxRows, String moreRows) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(moreRows, "moreRows");
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows: " + maxRows + " must be at least 1");
        }
        StringBuilder out = new StringBuilder(16 * 1024);
        out.append(report.title()).append('\n');
        out.append("=".repeat(width(report.title()))).append("\n");
        for (ReportSection section : report.sections()) {
            out.append('\n').append(section.title()).append('\n');
            out.append("-".repeat(width(section.title()))).append('\n');
            for (String p : section.paragraphs()) {
                out.append(p).append('\n');
            }
            for (ReportTable table : section.tables()) {
                out.append('\n');
                if (!table.title().equals(section.title())) {
                    out.append(table.title()).append(":\n");
                }
                table(out, table, maxRows, moreRows);
            }
        }
        return out.toString();
    }

    private static void table(StringBuilder out, ReportTable table, int maxRows, String moreRows) {
        List<List<Cell>> rows =
                table.rows().subList(0, Math.min(maxRows, table.rows().size()));
        int columns = table.columns().size();
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = width(table.columns().get(c));
            for (List<Cell> row : rows) {
                widths[c] = Math.max(widths[c], width(row.get(c).text()));
            }
        }
        for (int c = 0; c < columns; c++) {
            pad(out, table.columns().get(c), widths[c], c > 0 && numeric(rows, c), c == columns - 1);
        }
        for (List<Cell> row : rows) {
            for (int c = 0; c < columns; c++) {
                Cell cell = row.get(c);
                pad(out, cell.text(), widths[c], cell.numericValue().isPresent(), c == columns - 1);
            }
        }
        int left = table.rows().size() - rows.size();
        if (left > 0) {
            out.append(moreRows.replace("{0}", Integer.toString(left)).replace("{1}", table.id() + ".csv"))
                    .append('\n');
        }
    }

    private static boolean numeric(List<List<Cell>> rows, int column) {
        return rows.stream().anyMatch(r -> r.get(column).numericValue().isPresent());
    }

    private static void pad(StringBuilder out, String text, int width, boolean right, boolean last) {
        String fill = " ".repeat(width - width(text));
        if (right) {
            out.append(fill).append(text);
        } else {
            out.append(text);
            if (!last) {
                out.append(fill);
            }
        }
        out.append(last ? "\n" : "  ");
    }

    /** Display width: code points, not counting combining marks and format characters. */
    private static int width(String s) {
        return (int) s.codePoints()
                .filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK
                        && Character.getType(cp) != Character.FORMAT)
                .count();
    }
}

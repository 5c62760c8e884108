package io.github.emporion.cli.report;

import java.util.List;

/**
 * Writes a {@link ReportTable} as RFC 4180 CSV. Number cells are written as their exact value
 * (plain decimal, {@code .} as separator) so spreadsheets and scripts read them unambiguously;
 * undefined figures are empty.
 */
public final class CsvReportWriter {

    private CsvReportWriter() {}

    /**
     * Renders one table.
     *
     * @param table the table
     * @return CSV text with a header row and CRLF-free {@code \n} line ends
     */
    public static String write(ReportTable table) {
        StringBuilder csv = new StringBuilder();
        line(csv, table.columns());
        for (List<Cell> row : table.rows()) {
            line(
                    csv,
                    row.stream()
                            .map(c -> c.value() != null ? c.value().toPlainString() : c.text())
                            .toList());
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quote(fields.get(i)));
        }
        csv.append('\n');
    }

    /**
     * Quotes a field when it holds a comma, quote or line break.
     *
     * @param field the raw field
     * @return the CSV field
     */
    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}

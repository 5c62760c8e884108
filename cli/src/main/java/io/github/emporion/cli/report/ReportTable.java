package io.github.emporion.cli.report;

import java.util.List;
import java.util.Objects;

/**
 * A table of a report.
 *
 * @param id a stable identifier (snake_case), used as the CSV file name and the HTML element id
 * @param title the heading shown above the table
 * @param columns the column headings
 * @param rows the rows; each has exactly one cell per column
 */
public record ReportTable(String id, String title, List<String> columns, List<List<Cell>> rows) {

    /** Validates the shape and copies the lists. */
    public ReportTable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != columns.size()) {
                throw new IllegalArgumentException("table '" + id + "' row " + i + " has "
                        + rows.get(i).size() + " cells but the table has " + columns.size() + " columns");
            }
        }
    }
}

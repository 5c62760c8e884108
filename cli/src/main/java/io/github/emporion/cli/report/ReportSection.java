package io.github.emporion.cli.report;

import java.util.List;
import java.util.Objects;

/**
 * A section of a report: a heading, some explanatory paragraphs, charts and tables.
 *
 * @param id a stable identifier (snake_case)
 * @param title the heading
 * @param paragraphs explanatory text
 * @param charts the charts, drawn before the tables
 * @param tables the tables
 */
public record ReportSection(
        String id, String title, List<String> paragraphs, List<ReportChart> charts, List<ReportTable> tables) {

    /** Copies the lists. */
    public ReportSection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        paragraphs = List.copyOf(paragraphs);
        charts = List.copyOf(charts);
        tables = List.copyOf(tables);
    }
}

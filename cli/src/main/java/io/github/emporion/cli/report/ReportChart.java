package io.github.emporion.cli.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A chart of a report: categories along one axis and one or more series of values.
 *
 * @param id a stable identifier (snake_case)
 * @param title the heading
 * @param kind how it is drawn
 * @param categories the category labels (channels, funnel steps ...)
 * @param series the series; each has one value per category
 */
public record ReportChart(String id, String title, Kind kind, List<String> categories, List<Series> series) {

    /** How a chart is drawn. */
    public enum Kind {
        /** Horizontal bars, one group of bars per category, one bar per series. */
        BAR,
        /** A funnel: centred bars narrowing step by step (one series). */
        FUNNEL
    }

    /**
     * One series of values.
     *
     * @param name the legend label
     * @param values one value per category
     * @param labels the localised text of each value
     */
    public record Series(String name, List<BigDecimal> values, List<String> labels) {
        /** Validates and copies. */
        public Series {
            Objects.requireNonNull(name, "name");
            values = List.copyOf(values);
            labels = List.copyOf(labels);
            if (values.size() != labels.size()) {
                throw new IllegalArgumentException(
                        "series '" + name + "' has " + values.size() + " values but " + labels.size() + " labels");
            }
        }
    }

    /** Validates and copies. */
    public ReportChart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("chart '" + id + "' series '" + s.name() + "' has "
                        + s.values().size() + " values for " + categories.size() + " categories");
            }
        }
    }
}

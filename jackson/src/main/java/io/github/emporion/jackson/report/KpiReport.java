package io.github.emporion.jackson.report;

import io.github.emporion.jackson.kpi.KpiValueAnswer;
import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link KpiReportRequest}: one group per distinct key (sorted by key) and the
 * total over all kept rows.
 *
 * @param groupBy the dimensions
 * @param groups the groups
 * @param total the results over every kept row
 */
public record KpiReport(List<Dimension> groupBy, List<Group> groups, Group total) {

    /** Copies the lists. */
    public KpiReport {
        groupBy = List.copyOf(groupBy);
        groups = List.copyOf(groups);
    }

    /**
     * One group.
     *
     * @param key the value of each dimension, in {@code groupBy} order (empty for the total)
     * @param volumes counts asked for (orders, sessions, clicks, ...)
     * @param results the KPI results asked for, in request order
     */
    public record Group(List<String> key, Map<String, Long> volumes, List<KpiValueAnswer> results) {

        /** Copies the parts. */
        public Group {
            key = List.copyOf(key);
            volumes = Map.copyOf(volumes);
            results = List.copyOf(results);
        }
    }
}

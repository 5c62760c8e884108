package io.github.emporion.jackson.report;

import io.github.emporion.metrics.grouped.KpiBreakdown;
import io.github.emporion.metrics.kpi.KpiLabel;
import io.github.emporion.metrics.kpi.KpiResult;
import io.github.emporion.metrics.report.KpiReport;
import io.github.emporion.metrics.report.KpiReportResult;
import io.github.emporion.metrics.report.ReportKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Picks KPIs by id out of a {@link KpiReportResult} of the in-process entry point {@link
 * KpiReport}. Nothing is computed here: KPI breakdowns are {@link KpiReportResult#kpis()} and
 * volumes are read from the result's summaries.
 *
 * <p>Ids: every label of {@link KpiReportResult#kpis()} as written by {@link KpiLabel#toString()}
 * ({@code ctr}, {@code aov[net_of_returns]}, {@code conversion_rate[session]}, ...), a bare KPI id
 * for its preferred variant ({@link KpiReportResult#kpi(String)}), and the volumes {@code
 * impressions, clicks, conversions} (campaign days), {@code sessions}, {@code orders, units_sold}
 * and {@code carts}.
 */
public final class KpiReportApi {

    private static final Map<String, Function<KpiReportResult, KpiBreakdown<ReportKey, Long>>> VOLUMES =
            new LinkedHashMap<>();

    static {
        VOLUMES.put("impressions", r -> counts(r.marketing(), s -> s.impressions()));
        VOLUMES.put("clicks", r -> counts(r.marketing(), s -> s.clicks()));
        VOLUMES.put("conversions", r -> counts(r.marketing(), s -> s.conversions()));
        VOLUMES.put("sessions", r -> counts(r.sessions(), s -> s.sessions()));
        VOLUMES.put("orders", r -> counts(r.orders(), s -> s.orders()));
        VOLUMES.put("units_sold", r -> counts(r.orders(), s -> s.units()));
        VOLUMES.put("carts", r -> counts(r.carts(), s -> s.carts()));
    }

    private KpiReportApi() {}

    /**
     * Returns the ids a report can answer: the volumes, the labels of a report (with every order
     * costed, so {@code gross_profit} and {@code gross_margin} are included) and the bare KPI ids.
     *
     * @param report the report configuration
     * @return the ids, sorted
     */
    public static Set<String> kpiIds(KpiReport report) {
        Set<String> ids = new TreeSet<>(VOLUMES.keySet());
        for (KpiLabel label :
                report.run(List.of(), List.of(), List.of(), List.of()).kpis().keySet()) {
            ids.add(label.toString());
            ids.add(label.kpiId());
        }
        return ids;
    }

    /**
     * Tells whether an id is a volume (a count) rather than a KPI.
     *
     * @param id e.g. {@code clicks}
     * @return {@code true} for a volume
     */
    public static boolean isVolume(String id) {
        return VOLUMES.containsKey(id);
    }

    /**
     * Returns the breakdown of a KPI by id.
     *
     * @param result the report result
     * @param id a KPI id, optionally with a variant as {@code id[variant]}
     * @return the breakdown, or empty if the result does not have it (e.g. {@code gross_margin}
     *     when an order has no cost of goods)
     * @throws IllegalArgumentException if the id is malformed
     */
    public static Optional<KpiBreakdown<ReportKey, KpiResult>> kpi(KpiReportResult result, String id) {
        int open = id.indexOf('[');
        if (open > 0 && id.endsWith("]")) {
            return result.kpi(KpiLabel.of(id.substring(0, open), id.substring(open + 1, id.length() - 1)));
        }
        return result.kpi(id);
    }

    /**
     * Returns the breakdown of a volume.
     *
     * @param result the report result
     * @param id a volume id, e.g. {@code sessions}
     * @return the counts per group and in total, or empty if {@code id} is not a volume
     */
    public static Optional<KpiBreakdown<ReportKey, Long>> volume(KpiReportResult result, String id) {
        return Optional.ofNullable(VOLUMES.get(id)).map(f -> f.apply(result));
    }

    private static <S> KpiBreakdown<ReportKey, Long> counts(
            KpiBreakdown<ReportKey, S> breakdown, Function<S, Long> count) {
        Map<ReportKey, Long> groups = new LinkedHashMap<>();
        breakdown.groups().forEach((k, s) -> groups.put(k, count.apply(s)));
        return new KpiBreakdown<>(groups, count.apply(breakdown.total()));
    }
}

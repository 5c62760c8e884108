package io.github.emporion.jackson.report;

import io.github.emporion.metrics.grouped.CartFact;
import io.github.emporion.metrics.grouped.MarketingFact;
import io.github.emporion.metrics.grouped.OrderFact;
import io.github.emporion.metrics.grouped.SessionFact;
import io.github.emporion.metrics.time.TimeWindow;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * A KPI report request: the rows (as grouped-accumulator facts keyed by their {@link RowTags}),
 * the KPI ids wanted, the dimensions to group by, the zone for calendar buckets and an optional
 * half-open period {@code [from, to)} outside which rows are ignored.
 *
 * @param currency the currency of every amount
 * @param zone the zone whose calendar defines days, weeks and months
 * @param period the rows kept, by instant; empty keeps all
 * @param groupBy the dimensions, in order (may be empty: totals only)
 * @param kpis the KPI ids wanted (see {@link KpiReportApi#kpiIds()})
 * @param campaignRows advertising rows
 * @param sessions sessions
 * @param orders completed orders
 * @param carts carts created (purchased or not), dated by their creation
 */
public record KpiReportRequest(
        CurrencyUnit currency,
        ZoneId zone,
        Optional<TimeWindow> period,
        List<Dimension> groupBy,
        List<String> kpis,
        List<MarketingFact<RowTags>> campaignRows,
        List<SessionFact<RowTags>> sessions,
        List<OrderFact<RowTags>> orders,
        List<CartFact<RowTags>> carts) {

    /** Copies the lists. */
    public KpiReportRequest {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(period, "period");
        groupBy = List.copyOf(groupBy);
        kpis = List.copyOf(kpis);
        campaignRows = List.copyOf(campaignRows);
        sessions = List.copyOf(sessions);
        orders = List.copyOf(orders);
        carts = List.copyOf(carts);
    }
}

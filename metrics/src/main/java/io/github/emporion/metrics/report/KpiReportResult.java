package io.github.emporion.metrics.report;

import io.github.emporion.metrics.grouped.CartSummary;
import io.github.emporion.metrics.grouped.EngagementSummary;
import io.github.emporion.metrics.grouped.KpiBreakdown;
import io.github.emporion.metrics.grouped.MarketingSummary;
import io.github.emporion.metrics.grouped.MinorUnits;
import io.github.emporion.metrics.grouped.OrderSummary;
import io.github.emporion.metrics.grouped.SessionSummary;
import io.github.emporion.metrics.kpi.AmountResult;
import io.github.emporion.metrics.kpi.AovVariant;
import io.github.emporion.metrics.kpi.KpiLabel;
import io.github.emporion.metrics.kpi.KpiResult;
import io.github.emporion.metrics.kpi.SalesTotals;
import io.github.emporion.metrics.time.Granularity;
import io.github.emporion.metrics.time.TimeBucketing;
import io.github.emporion.money.CurrencyMismatchException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The result of a {@link KpiReport}: the totals of every group per kind of row, and the KPIs over
 * them, per KPI id, with one value per group and a total row. Every KPI is computed by the
 * summaries' methods, which call {@link io.github.emporion.metrics.kpi.Kpis}; totals are computed
 * from summed counts, never by averaging group rates.
 *
 * <p>KPIs, by source (ids as in {@link io.github.emporion.metrics.catalog.KpiCatalog}):
 *
 * <ul>
 *   <li>campaign days: {@code ctr}, {@code cpc}, {@code cpm}, {@code cpa}, {@code
 *       conversion_rate[per_interaction]} (conversions per click), {@code roas} (platform
 *       conversion value ÷ spend), {@code cpl}, {@code engagement_rate[by_impressions]} (reach is not
 *       additive over days, so the by-reach variant is left to callers with deduplicated reach);
 *   <li>sessions: {@code conversion_rate[session]}, {@code session_engagement_rate}, {@code
 *       bounce_rate}, {@code single_page_session_rate}, {@code checkout_abandonment_rate} (closed
 *       funnel), and the funnel via {@link #sessions()};
 *   <li>orders: {@code gross_sales}, {@code net_sales}, {@code total_sales}, {@code aov} (default,
 *       {@code including_tax_and_shipping}, {@code net_of_returns}), {@code refund_rate}, {@code
 *       return_rate}, and {@code gross_profit} and {@code gross_margin} only if every order counted
 *       had a cost of goods ({@link #ordersWithoutCostOfGoods()} is 0) — otherwise a margin would
 *       be invented;
 *   <li>carts: {@code cart_abandonment_rate}.
 * </ul>
 *
 * <p>A group appears in a KPI's breakdown only if it had rows of that KPI's source (a channel
 * with sessions but no campaign days has no {@code ctr} row). Volumes (impressions, sessions,
 * orders, units, carts) are in the summaries.
 *
 * @param report the configuration that produced this result
 * @param marketing advertising totals per group (from campaign days)
 * @param engagement engagement and lead totals per group (from campaign days)
 * @param sessions session totals per group
 * @param orders order totals per group (cancelled orders skipped)
 * @param carts cart totals per group
 * @param rowsOutsideWindow rows of any kind ignored because their instant is outside the window
 * @param cancelledOrders orders inside the window skipped because they were cancelled
 * @param ordersWithoutCostOfGoods orders counted without a cost of goods
 */
public record KpiReportResult(
        KpiReport report,
        KpiBreakdown<ReportKey, MarketingSummary> marketing,
        KpiBreakdown<ReportKey, EngagementSummary> engagement,
        KpiBreakdown<ReportKey, SessionSummary> sessions,
        KpiBreakdown<ReportKey, OrderSummary> orders,
        KpiBreakdown<ReportKey, CartSummary> carts,
        long rowsOutsideWindow,
        long cancelledOrders,
        long ordersWithoutCostOfGoods) {

    /**
     * Validates the result against its report, as {@link KpiReport} produces it: every amount is in
     * the report's currency; every group key holds only the report's {@link GroupBy} dimensions, and
     * its period, if grouped by time, is the report's {@link TimeBucketing} bucket (granularity,
     * zone, first day of the week); no count is negative, and orders without a cost of goods are at
     * most the orders counted; each breakdown's total is the sum of its groups (every count and
     * every amount, in whole minor units), and zero without groups.
     *
     * @throws IllegalArgumentException if a rule is broken, naming the breakdown and the value
     * @throws io.github.emporion.money.CurrencyMismatchException if an amount is in another currency
     */
    public KpiReportResult {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(marketing, "marketing");
        Objects.requireNonNull(engagement, "engagement");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(carts, "carts");
        requireCount("rowsOutsideWindow", rowsOutsideWindow);
        requireCount("cancelledOrders", cancelledOrders);
        requireCount("ordersWithoutCostOfGoods", ordersWithoutCostOfGoods);
        if (ordersWithoutCostOfGoods > orders.total().orders()) {
            throw new IllegalArgumentException("ordersWithoutCostOfGoods " + ordersWithoutCostOfGoods
                    + " must not exceed the orders counted " + orders.total().orders());
        }
        CurrencyUnit currency = report.currency();
        check("marketing", report, marketing, s -> {
            requireCurrency("marketing", currency, s.spend(), s.revenue());
            return new long[] {
                s.impressions(),
                s.clicks(),
                s.conversions(),
                MinorUnits.of("marketing spend", s.spend()),
                MinorUnits.of("marketing revenue", s.revenue())
            };
        });
        check("engagement", report, engagement, s -> {
            requireCurrency("engagement", currency, s.spend());
            return new long[] {s.impressions(), s.engagements(), s.leads(), MinorUnits.of("engagement spend", s.spend())
            };
        });
        check("sessions", report, sessions, s -> new long[] {
            s.sessions(),
            s.engagedSessions(),
            s.singlePageSessions(),
            s.convertingSessions(),
            s.productViewSessions(),
            s.addToCartSessions(),
            s.checkoutSessions(),
            s.purchaseSessions()
        });
        check("orders", report, orders, s -> {
            SalesTotals sales = s.sales();
            requireCurrency("orders", currency, sales.grossSales());
            return new long[] {
                s.orders(),
                s.units(),
                s.unitsReturned(),
                s.refundedOrders(),
                MinorUnits.of("orders grossSales", sales.grossSales()),
                MinorUnits.of("orders discounts", sales.discounts()),
                MinorUnits.of("orders returns", sales.returns()),
                MinorUnits.of("orders tax", sales.tax()),
                MinorUnits.of("orders shipping", sales.shipping()),
                MinorUnits.of("orders costOfGoods", s.costOfGoods())
            };
        });
        check("carts", report, carts, s -> new long[] {s.carts(), s.purchasedCarts()});
    }

    private static void requireCount(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative but was " + value);
        }
    }

    private static void requireCurrency(String name, CurrencyUnit currency, MonetaryAmount... amounts) {
        for (MonetaryAmount amount : amounts) {
            if (!amount.getCurrency().equals(currency)) {
                throw new CurrencyMismatchException(name, currency, amount.getCurrency());
            }
        }
    }

    /**
     * Checks each group's key against the report's dimensions, and that the total's figures (in
     * component order, money in minor units) are the sum of the groups' figures.
     */
    private static <S> void check(
            String name, KpiReport report, KpiBreakdown<ReportKey, S> breakdown, Function<S, long[]> figures) {
        long[] total = figures.apply(breakdown.total());
        long[] sum = new long[total.length];
        Optional<Granularity> time =
                report.groupBy().stream().flatMap(d -> d.granularity().stream()).findFirst();
        for (Map.Entry<ReportKey, S> group : breakdown.groups().entrySet()) {
            ReportKey key = group.getKey();
            boolean periodMatches = time.isEmpty()
                    ? key.period().isEmpty()
                    : key.period()
                            .filter(p -> p.equals(new TimeBucketing(time.get(), report.zone(), report.firstDayOfWeek())
                                    .bucket(p.window().start())))
                            .isPresent();
            if (!periodMatches
                    || key.channel().isPresent() && !report.groupBy().contains(GroupBy.CHANNEL)
                    || key.channelGroup().isPresent() && !report.groupBy().contains(GroupBy.CHANNEL_GROUP)
                    || key.campaignId().isPresent() && !report.groupBy().contains(GroupBy.CAMPAIGN)) {
                throw new IllegalArgumentException(
                        name + ": the group key " + key + " is not a key of a report grouped by " + report.groupBy()
                                + " in " + report.zone() + " with weeks from " + report.firstDayOfWeek());
            }
            long[] part = figures.apply(group.getValue());
            for (int i = 0; i < sum.length; i++) {
                sum[i] = Math.addExact(sum[i], part[i]);
            }
        }
        if (!Arrays.equals(sum, total)) {
            throw new IllegalArgumentException(name + ": the total " + breakdown.total() + " is not the sum of its "
                    + breakdown.groups().size() + " groups " + Arrays.toString(sum)
                    + " (figures in component order, money in minor units)");
        }
    }

    /**
     * Returns every KPI of the report, each broken down by group with a total, in the order of the
     * class description.
     *
     * @return an unmodifiable map from label (KPI id and variant) to its breakdown
     */
    public Map<KpiLabel, KpiBreakdown<ReportKey, KpiResult>> kpis() {
        Map<KpiLabel, KpiBreakdown<ReportKey, KpiResult>> map = new LinkedHashMap<>();
        put(map, marketing, MarketingSummary::ctr);
        put(map, marketing, MarketingSummary::cpc);
        put(map, marketing, MarketingSummary::cpm);
        put(map, marketing, MarketingSummary::cpa);
        put(map, marketing, MarketingSummary::conversionsPerClick);
        put(map, marketing, MarketingSummary::roas);
        put(map, engagement, EngagementSummary::cpl);
        put(map, engagement, EngagementSummary::engagementRateByImpressions);
        put(map, sessions, SessionSummary::conversionRate);
        put(map, sessions, SessionSummary::engagementRate);
        put(map, sessions, SessionSummary::bounceRate);
        put(map, sessions, SessionSummary::singlePageSessionRate);
        put(map, sessions, SessionSummary::checkoutAbandonmentRate);
        put(
                map,
                orders,
                s -> new AmountResult(KpiLabel.of("gross_sales"), s.sales().grossSales()));
        put(map, orders, OrderSummary::netSales);
        put(map, orders, OrderSummary::totalSales);
        for (AovVariant variant : AovVariant.values()) {
            put(map, orders, s -> s.aov(variant));
        }
        put(map, orders, OrderSummary::refundRate);
        put(map, orders, OrderSummary::returnRate);
        if (ordersWithoutCostOfGoods == 0) {
            put(map, orders, OrderSummary::grossProfit);
            put(map, orders, OrderSummary::grossMargin);
        }
        put(map, carts, CartSummary::cartAbandonmentRate);
        return Collections.unmodifiableMap(map);
    }

    /**
     * Returns one KPI's breakdown.
     *
     * @param label the KPI id and variant, e.g. {@code KpiLabel.of("aov", "net_of_returns")}
     * @return the breakdown, or empty if the report does not compute it
     */
    public Optional<KpiBreakdown<ReportKey, KpiResult>> kpi(KpiLabel label) {
        return Optional.ofNullable(kpis().get(Objects.requireNonNull(label, "label")));
    }

    /**
     * Returns one KPI's breakdown by id: the default variant, or the first variant the report
     * computes (for {@code conversion_rate}, which has no "default": the {@code session} variant).
     *
     * @param kpiId e.g. {@code "ctr"}
     * @return the breakdown, or empty if the report does not compute the KPI
     * @throws IllegalArgumentException if {@code kpiId} is not a valid KPI id (lower snake_case)
     */
    public Optional<KpiBreakdown<ReportKey, KpiResult>> kpi(String kpiId) {
        Objects.requireNonNull(kpiId, "kpiId");
        Map<KpiLabel, KpiBreakdown<ReportKey, KpiResult>> all = kpis();
        KpiBreakdown<ReportKey, KpiResult> preferred = all.get(KpiLabel.of(kpiId));
        if (preferred != null) {
            return Optional.of(preferred);
        }
        Optional<KpiBreakdown<ReportKey, KpiResult>> session =
                kpiId.equals("conversion_rate") ? kpi(KpiLabel.of(kpiId, "session")) : Optional.empty();
        if (session.isPresent()) {
            return session;
        }
        return all.entrySet().stream()
                .filter(e -> e.getKey().kpiId().equals(kpiId))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    private static <S> void put(
            Map<KpiLabel, KpiBreakdown<ReportKey, KpiResult>> map,
            KpiBreakdown<ReportKey, S> source,
            Function<S, ? extends KpiResult> kpi) {
        KpiResult total = kpi.apply(source.total());
        Map<ReportKey, KpiResult> groups = new LinkedHashMap<>();
        source.groups().forEach((key, summary) -> groups.put(key, kpi.apply(summary)));
        map.put(total.label(), new KpiBreakdown<>(groups, total));
    }
}

package io.github.emporion.jackson.report;

import io.github.emporion.aggregate.Accumulators;
import io.github.emporion.jackson.api.ApiException;
import io.github.emporion.jackson.api.ApiProblem;
import io.github.emporion.jackson.kpi.KpiValueAnswer;
import io.github.emporion.metrics.grouped.CartFact;
import io.github.emporion.metrics.grouped.CartKpiAccumulator;
import io.github.emporion.metrics.grouped.CartSummary;
import io.github.emporion.metrics.grouped.KpiBreakdown;
import io.github.emporion.metrics.grouped.MarketingFact;
import io.github.emporion.metrics.grouped.MarketingKpiAccumulator;
import io.github.emporion.metrics.grouped.MarketingSummary;
import io.github.emporion.metrics.grouped.OrderFact;
import io.github.emporion.metrics.grouped.OrderKpiAccumulator;
import io.github.emporion.metrics.grouped.OrderSummary;
import io.github.emporion.metrics.grouped.SessionFact;
import io.github.emporion.metrics.grouped.SessionKpiAccumulator;
import io.github.emporion.metrics.grouped.SessionSummary;
import io.github.emporion.metrics.kpi.KpiResult;
import io.github.emporion.metrics.kpi.RateKind;
import io.github.emporion.metrics.kpi.RateResult;
import io.github.emporion.metrics.time.TimeBucketing;
import io.github.emporion.money.Monies;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The in-process entry point of the KPI report from records: filters the rows to the period,
 * keys each by the requested dimensions, sums them with {@link MarketingKpiAccumulator}, {@link
 * SessionKpiAccumulator} and {@link OrderKpiAccumulator} (so every KPI is computed by {@link
 * io.github.emporion.metrics.kpi.Kpis}) and returns the results per group and in total.
 *
 * <p>KPI ids by source: campaign rows give {@code impressions, clicks, conversions, ctr, cpc, cpm,
 * cpa, roas}; sessions give {@code sessions, conversion_rate, session_engagement_rate, bounce_rate,
 * single_page_session_rate}; orders give {@code orders, units_sold, aov, net_sales, total_sales,
 * gross_profit, gross_margin, refund_rate, return_rate}; carts give {@code carts,
 * cart_abandonment_rate}.
 */
public final class KpiReportApi {

    private static final Map<String, Function<MarketingSummary, KpiResult>> MARKETING = new LinkedHashMap<>();
    private static final Map<String, Function<SessionSummary, KpiResult>> SESSION = new LinkedHashMap<>();
    private static final Map<String, Function<OrderSummary, KpiResult>> ORDER = new LinkedHashMap<>();
    private static final Set<String> VOLUMES =
            Set.of("impressions", "clicks", "conversions", "sessions", "orders", "units_sold", "carts");

    static {
        MARKETING.put("ctr", MarketingSummary::ctr);
        MARKETING.put("cpc", MarketingSummary::cpc);
        MARKETING.put("cpm", MarketingSummary::cpm);
        MARKETING.put("cpa", MarketingSummary::cpa);
        MARKETING.put("roas", MarketingSummary::roas);
        SESSION.put("conversion_rate", SessionSummary::conversionRate);
        SESSION.put("session_engagement_rate", SessionSummary::engagementRate);
        SESSION.put("bounce_rate", SessionSummary::bounceRate);
        SESSION.put("single_page_session_rate", SessionSummary::singlePageSessionRate);
        ORDER.put("aov", OrderSummary::aov);
        ORDER.put("net_sales", OrderSummary::netSales);
        ORDER.put("total_sales", OrderSummary::totalSales);
        ORDER.put("gross_profit", OrderSummary::grossProfit);
        ORDER.put("gross_margin", OrderSummary::grossMargin);
        ORDER.put("refund_rate", OrderSummary::refundRate);
        ORDER.put("return_rate", OrderSummary::returnRate);
    }

    private static final String CART_ABANDONMENT = "cart_abandonment_rate";

    private KpiReportApi() {}

    /**
     * Returns the KPI ids a report can compute.
     *
     * @return the ids, sorted
     */
    public static Set<String> kpiIds() {
        Set<String> ids = new TreeSet<>(VOLUMES);
        ids.addAll(MARKETING.keySet());
        ids.addAll(SESSION.keySet());
        ids.addAll(ORDER.keySet());
        ids.add(CART_ABANDONMENT);
        return ids;
    }

    /**
     * Computes the report.
     *
     * @param request the request
     * @return the grouped results
     * @throws ApiException for unknown KPI ids or rows in another currency
     */
    public static KpiReport report(KpiReportRequest request) {
        List<ApiProblem> problems = new ArrayList<>();
        for (int i = 0; i < request.kpis().size(); i++) {
            if (!kpiIds().contains(request.kpis().get(i))) {
                problems.add(new ApiProblem(
                        ApiProblem.child("/kpis", i),
                        "unknown report KPI id '" + request.kpis().get(i) + "' (known: " + String.join(", ", kpiIds())
                                + ")"));
            }
        }
        requireCurrency(request, request.campaignRows(), MarketingFact::currency, "/campaign_performance", problems);
        requireCurrency(request, request.orders(), OrderFact::currency, "/orders", problems);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        List<TimeBucketing> buckets = new ArrayList<>();
        for (Dimension d : request.groupBy()) {
            buckets.add(d.granularity()
                    .map(g -> TimeBucketing.of(g, request.zone()))
                    .orElse(null));
        }
        Function<RowTags, List<String>> keyOf = tags -> {
            List<String> key = new ArrayList<>(request.groupBy().size());
            for (int i = 0; i < request.groupBy().size(); i++) {
                key.add(
                        switch (request.groupBy().get(i)) {
                            case CHANNEL -> tags.channel();
                            case CHANNEL_GROUP -> tags.channelGroup();
                            case CAMPAIGN -> tags.campaign();
                            default ->
                                buckets.get(i).bucket(tags.at()).firstDay().toString();
                        });
            }
            return key;
        };
        KpiBreakdown<List<String>, MarketingSummary> marketing = request.campaignRows().stream()
                .filter(row -> kept(request, row.key().at()))
                .map(row -> new MarketingFact<>(
                        keyOf.apply(row.key()),
                        row.impressions(),
                        row.clicks(),
                        row.conversions(),
                        row.currency(),
                        row.spendMinor(),
                        row.revenueMinor()))
                .collect(Accumulators.collector(() -> new MarketingKpiAccumulator<List<String>>(request.currency())));
        KpiBreakdown<List<String>, SessionSummary> sessions = request.sessions().stream()
                .filter(row -> kept(request, row.key().at()))
                .map(row -> new SessionFact<>(
                        keyOf.apply(row.key()),
                        row.engaged(),
                        row.singlePage(),
                        row.viewedProduct(),
                        row.addedToCart(),
                        row.startedCheckout(),
                        row.purchased()))
                .collect(Accumulators.collector(SessionKpiAccumulator<List<String>>::new));
        KpiBreakdown<List<String>, OrderSummary> orders = request.orders().stream()
                .filter(row -> kept(request, row.key().at()))
                .map(row -> new OrderFact<>(
                        keyOf.apply(row.key()),
                        row.currency(),
                        row.units(),
                        row.unitsReturned(),
                        row.grossMinor(),
                        row.discountsMinor(),
                        row.returnsMinor(),
                        row.taxMinor(),
                        row.shippingMinor(),
                        row.costOfGoodsMinor(),
                        row.refunded()))
                .collect(Accumulators.collector(() -> new OrderKpiAccumulator<List<String>>(request.currency())));
        KpiBreakdown<List<String>, CartSummary> carts = request.carts().stream()
                .filter(row -> kept(request, row.key().at()))
                .map(row -> new CartFact<>(keyOf.apply(row.key()), row.purchased()))
                .collect(Accumulators.collector(CartKpiAccumulator<List<String>>::new));
        Map<List<String>, Boolean> keys = new TreeMap<>(KpiReportApi::compareKeys);
        marketing.groups().keySet().forEach(k -> keys.put(k, true));
        sessions.groups().keySet().forEach(k -> keys.put(k, true));
        orders.groups().keySet().forEach(k -> keys.put(k, true));
        carts.groups().keySet().forEach(k -> keys.put(k, true));
        List<KpiReport.Group> groups = new ArrayList<>();
        for (List<String> key : keys.keySet()) {
            groups.add(group(
                    request,
                    key,
                    marketing.group(key).orElse(emptyMarketing(request)),
                    sessions.group(key).orElse(new SessionSummary(0, 0, 0, 0, 0, 0, 0, 0)),
                    orders.group(key).orElse(emptyOrders(request)),
                    carts.group(key).orElse(new CartSummary(0, 0))));
        }
        KpiReport.Group total =
                group(request, List.of(), marketing.total(), sessions.total(), orders.total(), carts.total());
        return new KpiReport(request.groupBy(), groups, total);
    }

    private static <T> void requireCurrency(
            KpiReportRequest request,
            List<T> rows,
            Function<T, javax.money.CurrencyUnit> currency,
            String at,
            List<ApiProblem> problems) {
        for (int i = 0; i < rows.size(); i++) {
            if (!currency.apply(rows.get(i)).equals(request.currency())) {
                problems.add(new ApiProblem(
                        ApiProblem.child(at, i),
                        "currency mismatch: row in "
                                + currency.apply(rows.get(i)).getCurrencyCode() + " in a report in "
                                + request.currency().getCurrencyCode()));
            }
        }
    }

    private static int compareKeys(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static boolean kept(KpiReportRequest request, Instant at) {
        return request.period().map(p -> p.contains(at)).orElse(true);
    }

    private static MarketingSummary emptyMarketing(KpiReportRequest request) {
        return new MarketingSummary(0, 0, 0, Monies.zero(request.currency()), Monies.zero(request.currency()));
    }

    private static OrderSummary emptyOrders(KpiReportRequest request) {
        return new OrderKpiAccumulator<List<String>>(request.currency())
                .result()
                .total();
    }

    private static KpiReport.Group group(
            KpiReportRequest request,
            List<String> key,
            MarketingSummary marketing,
            SessionSummary sessions,
            OrderSummary orders,
            CartSummary carts) {
        Map<String, Long> volumes = new LinkedHashMap<>();
        List<KpiValueAnswer> results = new ArrayList<>();
        for (String kpi : request.kpis()) {
            switch (kpi) {
                case "impressions" -> volumes.put(kpi, marketing.impressions());
                case "clicks" -> volumes.put(kpi, marketing.clicks());
                case "conversions" -> volumes.put(kpi, marketing.conversions());
                case "sessions" -> volumes.put(kpi, sessions.sessions());
                case "orders" -> volumes.put(kpi, orders.orders());
                case "units_sold" -> volumes.put(kpi, orders.units());
                case "carts" -> volumes.put(kpi, carts.carts());
                default -> {
                    KpiResult result = kpi.equals(CART_ABANDONMENT)
                            ? carts.cartAbandonmentRate()
                            : MARKETING.containsKey(kpi)
                                    ? MARKETING.get(kpi).apply(marketing)
                                    : SESSION.containsKey(kpi)
                                            ? SESSION.get(kpi).apply(sessions)
                                            : ORDER.get(kpi).apply(orders);
                    results.add(new KpiValueAnswer(
                            kpi,
                            result,
                            result instanceof RateResult rate && rate.kind() == RateKind.PROPORTION
                                    ? rate.interval()
                                    : Optional.empty()));
                }
            }
        }
        return new KpiReport.Group(key, volumes, results);
    }
}

package io.github.emporion.metrics.report;

import static io.github.emporion.metrics.report.Fixtures.EUR;
import static io.github.emporion.metrics.report.Fixtures.NEWSLETTER;
import static io.github.emporion.metrics.report.Fixtures.SEARCH;
import static io.github.emporion.metrics.report.Fixtures.eur;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.emporion.commerce.order.Order;
import io.github.emporion.commerce.order.OrderId;
import io.github.emporion.commerce.order.TaxedAmount;
import io.github.emporion.marketing.campaign.Campaign;
import io.github.emporion.marketing.campaign.CampaignPerformance;
import io.github.emporion.marketing.channel.ChannelGroup;
import io.github.emporion.marketing.touchpoint.FunnelStep;
import io.github.emporion.marketing.touchpoint.Session;
import io.github.emporion.metrics.catalog.KpiCatalog;
import io.github.emporion.metrics.grouped.KpiBreakdown;
import io.github.emporion.metrics.grouped.MarketingSummary;
import io.github.emporion.metrics.grouped.OrderSummary;
import io.github.emporion.metrics.grouped.SessionSummary;
import io.github.emporion.metrics.kpi.AovVariant;
import io.github.emporion.metrics.kpi.KpiLabel;
import io.github.emporion.metrics.kpi.KpiResult;
import io.github.emporion.metrics.kpi.MoneyResult;
import io.github.emporion.metrics.kpi.RateResult;
import io.github.emporion.metrics.time.Granularity;
import io.github.emporion.metrics.time.TimeBucket;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A small week in Europe/Athens across the spring DST change (Sunday 2026-03-29, 03:00 EET → 04:00
 * EEST: UTC+2 before, UTC+3 after), two channels, every expected value computed by hand.
 *
 * <p>Window: local days [Thu 2026-03-26, Thu 2026-04-02) = [2026-03-25T22:00Z, 2026-04-01T21:00Z).
 * It spans two ISO weeks (from Mon 03-23 and from Mon 03-30) and two months (March, April).
 */
class KpiReportScenarioTest {

    static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    static final Instant START = Instant.parse("2026-03-25T22:00:00Z");
    static final Instant END = Instant.parse("2026-04-01T21:00:00Z");

    static final Campaign SPRING = Fixtures.campaign("spring-search", SEARCH, Fixtures.cpc(eur("0.40")));
    static final Campaign APRIL_MAIL = Fixtures.campaign("april-mail", NEWSLETTER, Fixtures.cpc(eur("0.25")));

    // ---------------------------------------------------------------- campaign days
    // spring-search, CPC 0.40, spend derived: 03-26 30 clicks → 12.00; 03-29 27 clicks → 10.80.
    // april-mail reports its spend: 20.00 on 04-01.
    // 03-25 starts at 03-24T22:00Z (before the window); 04-02 starts at the window end: both out.
    static List<CampaignDay> campaignDays() {
        List<CampaignPerformance> rows = List.of(
                Fixtures.day("spring-search", LocalDate.of(2026, 3, 25), 500, 10, 1, eur("30.00")),
                Fixtures.day("spring-search", LocalDate.of(2026, 3, 26), 1000, 30, 3, eur("90.00")),
                Fixtures.day("spring-search", LocalDate.of(2026, 3, 29), 930, 27, 2, eur("60.00")),
                Fixtures.day("april-mail", LocalDate.of(2026, 4, 1), 2000, 80, 4, eur("200.00"))
                        .withSpend(eur("20.00")),
                Fixtures.day("april-mail", LocalDate.of(2026, 4, 2), 2000, 90, 5, eur("250.00"))
                        .withSpend(eur("20.00")));
        return CampaignDay.join(List.of(SPRING, APRIL_MAIL), rows);
    }

    // ---------------------------------------------------------------- sessions
    // S1 search 03-26 10:00 local: 60 s, 5 views, converted, full funnel      → engaged, purchase
    // S2 search 2026-03-28T22:30Z = 03-29 00:30 EET: 4 s, 1 view              → bounce, single page
    // S3 search 2026-03-29T21:30Z = 03-30 00:30 EEST (a fixed +02:00 would say 03-29 23:30):
    //    30 s, 3 views, view + cart + checkout, no purchase                  → engaged, checkout lost
    // S4 newsletter 04-01: 5 s, 2 views, product view                        → engaged (2 views)
    // S5 newsletter 04-01: 15 s, 1 view, converted, full funnel              → engaged, single page
    // S6 newsletter 2026-03-25T21:59Z = 03-25 23:59 local                   → outside
    static List<Session> sessions() {
        FunnelStep[] all = FunnelStep.values();
        return List.of(
                Fixtures.session(SEARCH, Instant.parse("2026-03-26T08:00:00Z"), 60, 5, true, all),
                Fixtures.session(SEARCH, Instant.parse("2026-03-28T22:30:00Z"), 4, 1, false),
                Fixtures.session(
                        SEARCH,
                        Instant.parse("2026-03-29T21:30:00Z"),
                        30,
                        3,
                        false,
                        FunnelStep.VIEWED_PRODUCT,
                        FunnelStep.ADDED_TO_CART,
                        FunnelStep.BEGAN_CHECKOUT),
                Fixtures.session(
                        NEWSLETTER, Instant.parse("2026-04-01T10:00:00Z"), 5, 2, false, FunnelStep.VIEWED_PRODUCT),
                Fixtures.session(NEWSLETTER, Instant.parse("2026-04-01T12:00:00Z"), 15, 1, true, all),
                Fixtures.session(NEWSLETTER, Instant.parse("2026-03-25T21:59:00Z"), 60, 3, true, all));
    }

    // ---------------------------------------------------------------- orders
    // O1 c1, at the window start exactly (in), search/spring-search, net prices:
    //    2 × 50.00 − 10.00 = net 90.00, tax 21.60; shipping 5.00 + 1.20. Cost 40.00.
    //    gross sales 100.00, discounts 10.00, tax 22.80, shipping 5.00.
    // O2 c2 03-30, search/spring-search, gross prices 24 % VAT: 3 × 12.40 = 37.20 = 30.00 + 7.20;
    //    one unit returned: net 30.00/3 = 10.00 returned, tax 7.20/3 = 2.40 off. Cost 15.00.
    //    gross 30.00, discounts 0, returns 10.00, tax 4.80, shipping 0; refunded.
    // O3 c1 04-01, newsletter/april-mail, gross prices 19 % VAT: 2 × 11.90 − 2.38 = 21.42
    //    = 18.00 + 3.42; shipping 4.90 = 4.12 + 0.78; goodwill refund 2.00. Cost 8.00.
    //    discount without tax = 2.38 × 18.00 / 21.42 = 2.00 → gross 20.00, discounts 2.00,
    //    tax 4.20, shipping 4.12; refunded.
    // O4 c3 03-27 cancelled → skipped.   O5 c5 at the window end → outside.
    // O6 c4 03-27 12:00Z unattributed, net prices 1 × 20.00, no tax. Cost 12.00.
    static List<AttributedOrder> orders() {
        Order o1 = Fixtures.paidOrder(
                "c1",
                START,
                false,
                TaxedAmount.of(eur("5.00"), eur("1.20"), eur("6.20")),
                Fixtures.netLine("A", 2, eur("50.00"), eur("10.00"), eur("21.60")));
        Order o2 = Fixtures.returnUnits(
                Fixtures.paidOrder(
                        "c2",
                        Instant.parse("2026-03-30T09:00:00Z"),
                        true,
                        Fixtures.noShipping(EUR),
                        Fixtures.grossLine("B", 3, eur("12.40"), eur("0.00"), eur("30.00"))),
                "B",
                1,
                Instant.parse("2026-04-05T09:00:00Z"));
        Order o3 = Fixtures.paidOrder(
                        "c1",
                        Instant.parse("2026-04-01T15:00:00Z"),
                        true,
                        TaxedAmount.of(eur("4.12"), eur("0.78"), eur("4.90")),
                        Fixtures.grossLine("C", 2, eur("11.90"), eur("2.38"), eur("18.00")))
                .refund(eur("2.00"), Instant.parse("2026-04-01T16:00:00Z"));
        Order o4 = Fixtures.paidOrder(
                        "c3",
                        Instant.parse("2026-03-27T09:00:00Z"),
                        false,
                        Fixtures.noShipping(EUR),
                        Fixtures.netLine("D", 1, eur("20.00"), eur("0.00"), eur("0.00")))
                .cancel(Instant.parse("2026-03-27T10:00:00Z"));
        Order o5 = Fixtures.paidOrder(
                "c5",
                END,
                false,
                Fixtures.noShipping(EUR),
                Fixtures.netLine("D", 1, eur("20.00"), eur("0.00"), eur("0.00")));
        Order o6 = Fixtures.paidOrder(
                "c4",
                Instant.parse("2026-03-27T12:00:00Z"),
                false,
                Fixtures.noShipping(EUR),
                Fixtures.netLine("D", 1, eur("20.00"), eur("0.00"), eur("0.00")));
        return List.of(
                AttributedOrder.of(o1, Attribution.of(SEARCH, "spring-search")).withCostOfGoods(eur("40.00")),
                AttributedOrder.of(o2, Attribution.of(SEARCH, "spring-search")).withCostOfGoods(eur("15.00")),
                AttributedOrder.of(o3, Attribution.of(NEWSLETTER, "april-mail")).withCostOfGoods(eur("8.00")),
                AttributedOrder.of(o4, Attribution.of(SEARCH)).withCostOfGoods(eur("9.00")),
                AttributedOrder.of(o5, Attribution.of(SEARCH)).withCostOfGoods(eur("9.00")),
                AttributedOrder.of(o6).withCostOfGoods(eur("12.00")));
    }

    // ---------------------------------------------------------------- carts
    // T1 search 03-26 purchased; T2 search 2026-03-29T22:00Z (03-30 01:00 local) abandoned;
    // T3 newsletter 04-01 abandoned; T4 newsletter 04-01 purchased; T5 newsletter 03-20 outside;
    // T6 unattributed 03-28 abandoned.
    static List<TrackedCart> carts() {
        return List.of(
                TrackedCart.purchased(
                        Fixtures.cart(EUR),
                        Instant.parse("2026-03-26T07:00:00Z"),
                        OrderId.of("x1"),
                        Attribution.of(SEARCH)),
                TrackedCart.abandoned(
                        Fixtures.cart(EUR), Instant.parse("2026-03-29T22:00:00Z"), Attribution.of(SEARCH)),
                TrackedCart.abandoned(
                        Fixtures.cart(EUR), Instant.parse("2026-04-01T09:00:00Z"), Attribution.of(NEWSLETTER)),
                TrackedCart.purchased(
                        Fixtures.cart(EUR),
                        Instant.parse("2026-04-01T11:00:00Z"),
                        OrderId.of("x2"),
                        Attribution.of(NEWSLETTER)),
                TrackedCart.abandoned(
                        Fixtures.cart(EUR), Instant.parse("2026-03-20T11:00:00Z"), Attribution.of(NEWSLETTER)),
                TrackedCart.abandoned(Fixtures.cart(EUR), Instant.parse("2026-03-28T11:00:00Z"), Attribution.NONE));
    }

    static KpiReportResult run(GroupBy... dims) {
        KpiReport report = KpiReport.builder()
                .currency("EUR")
                .zone(ATHENS)
                .window(LocalDate.of(2026, 3, 26), LocalDate.of(2026, 4, 2))
                .groupBy(dims)
                .build();
        return report.run(campaignDays(), sessions(), orders(), carts());
    }

    static ReportKey channel(String name) {
        return new ReportKey(Optional.of(name), Optional.empty(), Optional.empty(), Optional.empty());
    }

    static BigDecimal value(KpiResult result) {
        return ((RateResult) result).value().orElseThrow();
    }

    static BigDecimal money(KpiResult result) {
        return ((MoneyResult) result).valueRounded().orElseThrow().getNumber().numberValue(BigDecimal.class);
    }

    // ---------------------------------------------------------------- tests

    @Test
    void window_builtFromLocalDates_isHalfOpenAthensMidnights() {
        KpiReport report = KpiReport.builder()
                .currency("EUR")
                .zone(ATHENS)
                .window(LocalDate.of(2026, 3, 26), LocalDate.of(2026, 4, 2))
                .build();
        assertThat(report.window().start()).isEqualTo(START);
        assertThat(report.window().end()).isEqualTo(END);
    }

    @Test
    void totals_noBreakdown_matchHandComputedValues() {
        KpiReportResult r = run();
        // outside: 2 campaign days, S6, O5, T5; O4 cancelled
        assertThat(r.rowsOutsideWindow()).isEqualTo(5);
        assertThat(r.cancelledOrders()).isEqualTo(1);
        assertThat(r.ordersWithoutCostOfGoods()).isZero();
        assertThat(r.marketing().groups().keySet()).containsExactly(ReportKey.ALL);

        MarketingSummary m = r.marketing().total();
        // 1000 + 930 + 2000 impressions, 30 + 27 + 80 clicks, 3 + 2 + 4 conversions
        assertThat(m.impressions()).isEqualTo(3930);
        assertThat(m.clicks()).isEqualTo(137);
        assertThat(m.conversions()).isEqualTo(9);
        assertThat(m.spend()).isEqualTo(eur("42.80")); // 12.00 + 10.80 + 20.00
        assertThat(m.revenue()).isEqualTo(eur("350.00"));
        Map<KpiLabel, KpiBreakdown<ReportKey, KpiResult>> kpis = r.kpis();
        // CTR 137 / 3930 = 0.0348600508...
        assertThat(((RateResult) kpis.get(KpiLabel.of("ctr")).total()).valueRounded(6))
                .contains(new BigDecimal("0.034860"));
        // CPC 42.80 / 137 = 0.31240... → 0.31; CPM 42.80 × 1000 / 3930 = 10.8905... → 10.89
        assertThat(money(kpis.get(KpiLabel.of("cpc")).total())).isEqualByComparingTo("0.31");
        assertThat(money(kpis.get(KpiLabel.of("cpm")).total())).isEqualByComparingTo("10.89");
        // CPA 42.80 / 9 = 4.7555... → 4.76; ROAS 350 / 42.80 = 8.17757...
        assertThat(money(kpis.get(KpiLabel.of("cpa")).total())).isEqualByComparingTo("4.76");
        assertThat(((RateResult) kpis.get(KpiLabel.of("roas")).total()).valueRounded(5))
                .contains(new BigDecimal("8.17757"));

        SessionSummary s = r.sessions().total();
        // S1..S5: engaged S1 S3 S4 S5, single page S2 S5, converted S1 S5; closed funnel:
        // views S1 S3 S4 S5, cart S1 S3 S5, checkout S1 S3 S5, purchase S1 S5
        assertThat(s).isEqualTo(new SessionSummary(5, 4, 2, 2, 4, 3, 3, 2));
        assertThat(value(r.kpi("conversion_rate").orElseThrow().total())).isEqualByComparingTo("0.4");
        assertThat(value(r.kpi("bounce_rate").orElseThrow().total())).isEqualByComparingTo("0.2");
        assertThat(value(r.kpi("session_engagement_rate").orElseThrow().total()))
                .isEqualByComparingTo("0.8");
        assertThat(value(r.kpi("single_page_session_rate").orElseThrow().total()))
                .isEqualByComparingTo("0.4");
        // 3 checkouts, 2 purchases → 1/3
        assertThat(((RateResult)
                                r.kpi("checkout_abandonment_rate").orElseThrow().total())
                        .valueRounded(6))
                .contains(new BigDecimal("0.333333"));

        OrderSummary o = r.orders().total();
        // O1, O2, O3, O6
        assertThat(o.orders()).isEqualTo(4);
        assertThat(o.units()).isEqualTo(8); // 2 + 3 + 2 + 1
        assertThat(o.unitsReturned()).isEqualTo(1);
        assertThat(o.refundedOrders()).isEqualTo(2); // O2 (return), O3 (goodwill)
        assertThat(o.sales().grossSales()).isEqualTo(eur("170.00")); // 100 + 30 + 20 + 20
        assertThat(o.sales().discounts()).isEqualTo(eur("12.00")); // 10 + 2
        assertThat(o.sales().returns()).isEqualTo(eur("10.00"));
        assertThat(o.sales().tax()).isEqualTo(eur("31.80")); // 22.80 + 4.80 + 4.20
        assertThat(o.sales().shipping()).isEqualTo(eur("9.12")); // 5.00 + 4.12
        // net 170 − 12 − 10 = 148.00; total 148 + 31.80 + 9.12 = 188.92
        // (= charged 117.80 + (37.20 − 12.40 returned) + 26.32 + 20.00)
        assertThat(o.netSales().value()).isEqualTo(eur("148.00"));
        assertThat(o.totalSales().value()).isEqualTo(eur("188.92"));
        // AOV (170 − 12) / 4 = 39.50; incl. tax & shipping 198.92 / 4 = 49.73; net of returns 37.00
        assertThat(money(r.kpi("aov").orElseThrow().total())).isEqualByComparingTo("39.50");
        assertThat(money(kpis.get(KpiLabel.of("aov", AovVariant.INCLUDING_TAX_AND_SHIPPING.variant()))
                        .total()))
                .isEqualByComparingTo("49.73");
        assertThat(money(kpis.get(KpiLabel.of("aov", "net_of_returns")).total()))
                .isEqualByComparingTo("37.00");
        assertThat(value(r.kpi("refund_rate").orElseThrow().total())).isEqualByComparingTo("0.5");
        assertThat(value(r.kpi("return_rate").orElseThrow().total())).isEqualByComparingTo("0.125");
        // cost 40 + 15 + 8 + 12 = 75 → gross profit 73.00, margin 73 / 148 = 0.493243...
        assertThat(o.grossProfit().value()).isEqualTo(eur("73.00"));
        assertThat(((RateResult) r.kpi("gross_margin").orElseThrow().total()).valueRounded(6))
                .contains(new BigDecimal("0.493243"));

        // carts T1..T4, T6: 5 created, 2 purchased → 0.6
        assertThat(value(r.kpi("cart_abandonment_rate").orElseThrow().total())).isEqualByComparingTo("0.6");
    }

    @Test
    void kpis_everyLabel_isInTheCatalogueWithItsVariant() {
        Map<KpiLabel, KpiBreakdown<ReportKey, KpiResult>> kpis =
                run(GroupBy.CHANNEL).kpis();
        // campaign days 6 + 2, sessions 5, orders 3 sums + 3 AOVs + 2 rates + profit and margin, carts 1
        assertThat(kpis).hasSize(24);
        for (KpiLabel label : kpis.keySet()) {
            assertThat(KpiCatalog.get(label.kpiId()).variants())
                    .as(label.toString())
                    .contains(label.variant());
        }
    }

    @Test
    void byChannel_splitsEverySourceByItsChannel() {
        KpiReportResult r = run(GroupBy.CHANNEL);
        ReportKey search = channel("search");
        ReportKey newsletter = channel("newsletter");
        ReportKey notSet = ReportKey.ALL; // every chosen dimension unknown
        assertThat(r.marketing().groups().keySet()).containsExactlyInAnyOrder(search, newsletter);
        // search: 57 / 1930 = 0.0295337; spend 22.80 → CPC 0.40; mail: 80 / 2000 = 0.04, CPC 0.25
        KpiBreakdown<ReportKey, KpiResult> ctr = r.kpi("ctr").orElseThrow();
        assertThat(((RateResult) ctr.group(search).orElseThrow()).valueRounded(7))
                .contains(new BigDecimal("0.0295337"));
        assertThat(value(ctr.group(newsletter).orElseThrow())).isEqualByComparingTo("0.04");
        assertThat(money(r.kpi("cpc").orElseThrow().group(search).orElseThrow()))
                .isEqualByComparingTo("0.40");
        assertThat(money(r.kpi("cpc").orElseThrow().group(newsletter).orElseThrow()))
                .isEqualByComparingTo("0.25");
        // ROAS search 150 / 22.80 = 6.578947...; mail 200 / 20 = 10
        assertThat(((RateResult) r.kpi("roas").orElseThrow().group(search).orElseThrow()).valueRounded(6))
                .contains(new BigDecimal("6.578947"));
        assertThat(value(r.kpi("roas").orElseThrow().group(newsletter).orElseThrow()))
                .isEqualByComparingTo("10");
        // sessions: search S1 S2 S3 → CR 1/3, bounce 1/3; newsletter S4 S5 → CR 1/2, bounce 0
        assertThat(r.sessions().group(search).orElseThrow()).isEqualTo(new SessionSummary(3, 2, 1, 1, 2, 2, 2, 1));
        assertThat(r.sessions().group(newsletter).orElseThrow()).isEqualTo(new SessionSummary(2, 2, 1, 1, 2, 1, 1, 1));
        assertThat(value(r.kpi("bounce_rate").orElseThrow().group(newsletter).orElseThrow()))
                .isEqualByComparingTo("0");
        assertThat(value(r.kpi("checkout_abandonment_rate")
                        .orElseThrow()
                        .group(search)
                        .orElseThrow()))
                .isEqualByComparingTo("0.5");
        // orders: search O1 + O2 → AOV (130 − 10) / 2 = 60.00; newsletter O3 → 18.00; (not set) O6 → 20.00
        KpiBreakdown<ReportKey, KpiResult> aov = r.kpi("aov").orElseThrow();
        assertThat(aov.groups().keySet()).containsExactlyInAnyOrder(search, newsletter, notSet);
        assertThat(money(aov.group(search).orElseThrow())).isEqualByComparingTo("60.00");
        assertThat(money(aov.group(newsletter).orElseThrow())).isEqualByComparingTo("18.00");
        assertThat(money(aov.group(notSet).orElseThrow())).isEqualByComparingTo("20.00");
        assertThat(money(aov.total())).isEqualByComparingTo("39.50");
        // carts: search T1 T2 → 0.5; newsletter T3 T4 → 0.5; (not set) T6 → 1
        KpiBreakdown<ReportKey, KpiResult> car = r.kpi("cart_abandonment_rate").orElseThrow();
        assertThat(value(car.group(search).orElseThrow())).isEqualByComparingTo("0.5");
        assertThat(value(car.group(newsletter).orElseThrow())).isEqualByComparingTo("0.5");
        assertThat(value(car.group(notSet).orElseThrow())).isEqualByComparingTo("1");
    }

    @Test
    void byChannelGroup_usesGa4Groups() {
        KpiReportResult r = run(GroupBy.CHANNEL_GROUP);
        ReportKey paidSearch = new ReportKey(
                Optional.empty(), Optional.of(ChannelGroup.PAID_SEARCH), Optional.empty(), Optional.empty());
        ReportKey email =
                new ReportKey(Optional.empty(), Optional.of(ChannelGroup.EMAIL), Optional.empty(), Optional.empty());
        assertThat(r.sessions().groups().keySet()).containsExactlyInAnyOrder(paidSearch, email);
        assertThat(r.sessions().group(paidSearch).orElseThrow().sessions()).isEqualTo(3);
        assertThat(r.marketing().group(email).orElseThrow().clicks()).isEqualTo(80);
        assertThat(r.orders().group(paidSearch).orElseThrow().orders()).isEqualTo(2);
    }

    @Test
    void byCampaign_sessionsHaveNoCampaignAndOrdersFollowAttribution() {
        KpiReportResult r = run(GroupBy.CAMPAIGN);
        ReportKey spring =
                new ReportKey(Optional.empty(), Optional.empty(), Optional.of("spring-search"), Optional.empty());
        ReportKey mail = new ReportKey(Optional.empty(), Optional.empty(), Optional.of("april-mail"), Optional.empty());
        assertThat(r.marketing().groups().keySet()).containsExactlyInAnyOrder(spring, mail);
        assertThat(r.marketing().group(spring).orElseThrow().spend()).isEqualTo(eur("22.80"));
        assertThat(r.sessions().groups().keySet()).containsExactly(ReportKey.ALL);
        assertThat(r.orders().groups().keySet()).containsExactlyInAnyOrder(spring, mail, ReportKey.ALL);
        // spring-search: O1 + O2 net sales 90.00 + 20.00
        assertThat(r.orders().group(spring).orElseThrow().netSales().value()).isEqualTo(eur("110.00"));
        // CPA spring-search 22.80 / 5 = 4.56
        assertThat(money(r.kpi("cpa").orElseThrow().group(spring).orElseThrow()))
                .isEqualByComparingTo("4.56");
    }

    @Test
    void byDay_athensCalendarAcrossDst() {
        KpiReportResult r = run(GroupBy.DAY);
        Map<LocalDate, Long> sessionsPerDay = perPeriod(r.sessions(), SessionSummary::sessions);
        // S1 03-26, S2 03-29 (00:30 EET), S3 03-30 (00:30 EEST), S4 S5 04-01
        assertThat(sessionsPerDay)
                .isEqualTo(Map.of(
                        LocalDate.of(2026, 3, 26), 1L,
                        LocalDate.of(2026, 3, 29), 1L,
                        LocalDate.of(2026, 3, 30), 1L,
                        LocalDate.of(2026, 4, 1), 2L));
        // the DST day lasts 23 hours: [03-28T22:00Z, 03-29T21:00Z)
        TimeBucket dstDay = r.sessions().groups().keySet().stream()
                .map(k -> k.period().orElseThrow())
                .filter(b -> b.firstDay().equals(LocalDate.of(2026, 3, 29)))
                .findFirst()
                .orElseThrow();
        assertThat(dstDay.window().start()).isEqualTo(Instant.parse("2026-03-28T22:00:00Z"));
        assertThat(dstDay.window().end()).isEqualTo(Instant.parse("2026-03-29T21:00:00Z"));
        // campaign days are their own local days: 03-26, 03-29, 04-01
        assertThat(perPeriod(r.marketing(), MarketingSummary::clicks))
                .isEqualTo(Map.of(
                        LocalDate.of(2026, 3, 26), 30L,
                        LocalDate.of(2026, 3, 29), 27L,
                        LocalDate.of(2026, 4, 1), 80L));
        // orders: O1 03-26 (window start = local midnight), O6 03-27, O2 03-30, O3 04-01
        assertThat(perPeriod(r.orders(), OrderSummary::orders))
                .isEqualTo(Map.of(
                        LocalDate.of(2026, 3, 26), 1L,
                        LocalDate.of(2026, 3, 27), 1L,
                        LocalDate.of(2026, 3, 30), 1L,
                        LocalDate.of(2026, 4, 1), 1L));
    }

    @Test
    void byWeek_isoWeeksInAthens() {
        KpiReportResult r = run(GroupBy.WEEK);
        // week from Mon 03-23: S1 S2; from Mon 03-30: S3 S4 S5 (S3 would fall in the first week with a
        // fixed +02:00 offset)
        assertThat(perPeriod(r.sessions(), SessionSummary::sessions))
                .isEqualTo(Map.of(LocalDate.of(2026, 3, 23), 2L, LocalDate.of(2026, 3, 30), 3L));
        // O1 O6 | O2 O3 ; carts T1 T6 | T2 T3 T4
        assertThat(perPeriod(r.orders(), OrderSummary::orders))
                .isEqualTo(Map.of(LocalDate.of(2026, 3, 23), 2L, LocalDate.of(2026, 3, 30), 2L));
        assertThat(perPeriod(r.carts(), c -> c.carts()))
                .isEqualTo(Map.of(LocalDate.of(2026, 3, 23), 2L, LocalDate.of(2026, 3, 30), 3L));
    }

    @Test
    void byMonth_marchAndApril() {
        KpiReportResult r = run(GroupBy.MONTH);
        // March: S1 S2 S3; April: S4 S5. Orders March: O1 O2 O6; April: O3
        assertThat(perPeriod(r.sessions(), SessionSummary::sessions))
                .isEqualTo(Map.of(LocalDate.of(2026, 3, 1), 3L, LocalDate.of(2026, 4, 1), 2L));
        assertThat(perPeriod(r.orders(), OrderSummary::orders))
                .isEqualTo(Map.of(LocalDate.of(2026, 3, 1), 3L, LocalDate.of(2026, 4, 1), 1L));
        assertThat(r.sessions()
                        .groups()
                        .keySet()
                        .iterator()
                        .next()
                        .period()
                        .orElseThrow()
                        .granularity())
                .isEqualTo(Granularity.MONTH);
    }

    @Test
    void byChannelAndWeek_combinesDimensions() {
        KpiReportResult r = run(GroupBy.CHANNEL, GroupBy.WEEK);
        Map<String, Long> counts = r.sessions().groups().entrySet().stream()
                .collect(Collectors.toMap(
                        e -> e.getKey().channel().orElseThrow() + " "
                                + e.getKey().period().orElseThrow().firstDay(),
                        e -> e.getValue().sessions()));
        assertThat(counts)
                .isEqualTo(Map.of("search 2026-03-23", 2L, "search 2026-03-30", 1L, "newsletter 2026-03-30", 2L));
        // totals do not depend on the breakdown
        assertThat(r.sessions().total()).isEqualTo(run().sessions().total());
        assertThat(r.orders().total()).isEqualTo(run().orders().total());
    }

    @Test
    void missingCostOfGoods_dropsGrossProfitAndMargin() {
        KpiReport report = KpiReport.builder()
                .currency(EUR)
                .zone(ATHENS)
                .window(LocalDate.of(2026, 3, 26), LocalDate.of(2026, 4, 2))
                .build();
        List<AttributedOrder> withoutCost = orders().stream()
                .map(o -> AttributedOrder.of(o.order(), o.attribution()))
                .toList();
        KpiReportResult r = report.run(List.of(), List.of(), withoutCost, List.of());
        assertThat(r.ordersWithoutCostOfGoods()).isEqualTo(4);
        assertThat(r.kpi("gross_margin")).isEmpty();
        assertThat(r.kpi("gross_profit")).isEmpty();
        assertThat(r.kpi("aov")).isPresent();
        // no sessions at all: the session KPIs are undefined, not 0
        assertThat(r.kpi("conversion_rate").orElseThrow().total().undefinedReason())
                .contains("sessions is 0");
    }

    @Test
    void parallelStream_equalsSequentialRun() {
        KpiReport report = KpiReport.builder()
                .currency("EUR")
                .zone(ATHENS)
                .window(LocalDate.of(2026, 3, 26), LocalDate.of(2026, 4, 2))
                .groupBy(GroupBy.CHANNEL, GroupBy.DAY)
                .build();
        KpiReportResult sequential = report.run(campaignDays(), sessions(), orders(), carts());
        Stream<ReportInput> rows = Stream.of(
                        campaignDays().stream(),
                        sessions().stream().map(ReportInput::of),
                        orders().stream(),
                        carts().stream())
                .flatMap(Function.identity());
        assertThat(report.run(rows.toList().parallelStream())).isEqualTo(sequential);
    }

    static <S> Map<LocalDate, Long> perPeriod(KpiBreakdown<ReportKey, S> breakdown, Function<S, Long> count) {
        return breakdown.groups().entrySet().stream()
                .collect(Collectors.toMap(
                        e -> e.getKey().period().orElseThrow().firstDay(), e -> count.apply(e.getValue())));
    }
}

package io.github.emporion.metrics.report;

import static io.github.emporion.metrics.report.Fixtures.EUR;
import static io.github.emporion.metrics.report.Fixtures.SEARCH;
import static io.github.emporion.metrics.report.Fixtures.eur;
import static io.github.emporion.metrics.report.Fixtures.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.emporion.commerce.order.Order;
import io.github.emporion.commerce.order.TaxedAmount;
import io.github.emporion.marketing.campaign.Billing;
import io.github.emporion.marketing.campaign.BillingModel;
import io.github.emporion.marketing.campaign.Campaign;
import io.github.emporion.marketing.campaign.CampaignPerformance;
import io.github.emporion.marketing.campaign.Engagements;
import io.github.emporion.marketing.touchpoint.FunnelStep;
import io.github.emporion.metrics.grouped.MarketingFact;
import io.github.emporion.metrics.grouped.OrderFact;
import io.github.emporion.metrics.grouped.SessionFact;
import io.github.emporion.metrics.kpi.MoneyResult;
import io.github.emporion.metrics.kpi.RateResult;
import io.github.emporion.money.CurrencyMismatchException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

class DomainFactsTest {

    static final CurrencyUnit JPY = Monetary.getCurrency("JPY");
    static final CurrencyUnit KWD = Monetary.getCurrency("KWD");
    static final Instant T = Instant.parse("2026-05-04T10:00:00Z");

    @Test
    void orderFact_grossPricesWithDiscount_stripsTaxFromDiscount() {
        // OrderSnapshot's example: 2 × 11.90 − 2.38 = 21.42 = 18.00 + 3.42 (19 %); shipping 4.90 = 4.12 + 0.78.
        // discount without tax 2.38 × 18.00 / 21.42 = 2.00 → gross sales 20.00
        Order order = Fixtures.paidOrder(
                "c1",
                T,
                true,
                TaxedAmount.of(eur("4.12"), eur("0.78"), eur("4.90")),
                Fixtures.grossLine("SHIRT", 2, eur("11.90"), eur("2.38"), eur("18.00")));
        OrderFact<String> fact = DomainFacts.orderFact("k", order, Optional.of(eur("7.50")));
        assertThat(fact).isEqualTo(new OrderFact<>("k", EUR, 2, 0, 2000, 200, 0, 420, 412, 750, false));
    }

    @Test
    void orderFact_jpyTwoOfThreeUnitsReturned_unevenSplitFirstUnits() {
        // net prices: 3 × ¥1000 − ¥299 = net ¥2701, tax ¥270 (gross ¥2971). Net per unit 901, 900, 900;
        // tax 90, 90, 90. Returning 2 units: returns ¥1801, tax 270 − 180 = ¥90. Refund = gross of
        // 2 units (991 + 990), so the order is refunded.
        Order order = Fixtures.returnUnits(
                Fixtures.paidOrder(
                        "c1",
                        T,
                        false,
                        Fixtures.noShipping(JPY),
                        Fixtures.netLine("TEA", 3, money("1000", JPY), money("299", JPY), money("270", JPY))),
                "TEA",
                2,
                T.plusSeconds(3600));
        OrderFact<String> fact = DomainFacts.orderFact("k", order, Optional.empty());
        assertThat(fact).isEqualTo(new OrderFact<>("k", JPY, 3, 2, 3000, 299, 1801, 90, 0, 0, true));
        assertThat(order.refunded()).isEqualTo(money("1981", JPY));
    }

    @Test
    void orderFact_cancelledOrder_rejected() {
        Order order = Fixtures.paidOrder(
                        "c1",
                        T,
                        false,
                        Fixtures.noShipping(EUR),
                        Fixtures.netLine("A", 1, eur("5.00"), eur("0"), eur("0")))
                .cancel(T.plusSeconds(120));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DomainFacts.orderFact("k", order, Optional.empty()))
                .withMessageContaining("CANCELLED");
    }

    @Test
    void marketingFact_kwdCpmSpendDerivedAndRounded() {
        // CPM 1.250 KWD × 1234 / 1000 = 1.5425 → HALF_EVEN to fils → 1.542
        Campaign display = Fixtures.campaign("kw-display", SEARCH, Billing.of(BillingModel.CPM, money("1.250", KWD)));
        CampaignPerformance day =
                Fixtures.day("kw-display", LocalDate.of(2026, 5, 4), 1234, 10, 1, money("4.000", KWD));
        MarketingFact<String> fact = DomainFacts.marketingFact("k", display, day);
        assertThat(fact).isEqualTo(new MarketingFact<>("k", 1234, 10, 1, KWD, 1542, 4000));

        KpiReport report = KpiReport.builder()
                .currency("KWD")
                .zone(ZoneId.of("Asia/Kuwait"))
                .window(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1))
                .build();
        KpiReportResult result = report.run(List.of(new CampaignDay(display, day)), List.of(), List.of(), List.of());
        // CPC 1.542 / 10 = 0.1542 → 0.154 KWD
        assertThat(result.marketing().total().cpc().valueRounded()).contains(money("0.154", KWD));
    }

    @Test
    void report_campaignDayEngagementsAndLeads_cplAndEngagementRate() {
        // 2 000 impressions, 30 + 10 + 5 + 5 = 50 engagements, 8 leads, reported spend 20.00
        Campaign mail = Fixtures.campaign("mail", Fixtures.NEWSLETTER, Fixtures.cpc(eur("0.10")));
        CampaignPerformance day = CampaignPerformance.builder("mail", LocalDate.of(2026, 5, 4), EUR)
                .impressions(2000)
                .clicks(80)
                .engagements(new Engagements(30, 10, 5, 5))
                .leads(8)
                .spend(eur("20.00"))
                .build();
        KpiReport report = KpiReport.builder()
                .currency("EUR")
                .zone(ZoneId.of("Europe/Athens"))
                .window(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1))
                .groupBy(GroupBy.CAMPAIGN)
                .build();
        KpiReportResult r = report.run(List.of(new CampaignDay(mail, day)), List.of(), List.of(), List.of());
        ReportKey key = new ReportKey(Optional.empty(), Optional.empty(), Optional.of("mail"), Optional.empty());
        // CPL 20.00 / 8 = 2.50; engagement rate 50 / 2 000 = 0.025
        assertThat(((MoneyResult) r.kpi("cpl").orElseThrow().group(key).orElseThrow()).valueRounded())
                .contains(eur("2.50"));
        assertThat(((RateResult) r.kpi("engagement_rate").orElseThrow().total()).value())
                .contains(new BigDecimal("0.025"));
        assertThat(r.kpi("engagement_rate").orElseThrow().total().label().variant())
                .isEqualTo("by_impressions");
    }

    @Test
    void marketingFact_clicksWithoutImpressions_rejectedWithReason() {
        Campaign mail = Fixtures.campaign("mail", SEARCH, Fixtures.cpc(eur("0.10")));
        CampaignPerformance day = Fixtures.day("mail", LocalDate.of(2026, 5, 4), 0, 50, 0, eur("0"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DomainFacts.marketingFact("k", mail, day))
                .withMessageContaining("50 clicks but 0 impressions");
    }

    @Test
    void sessionFact_flagsFromSession() {
        // 9 s, 0 page views, no conversion: not engaged, not single page; steps as tracked
        SessionFact<String> fact =
                DomainFacts.sessionFact("k", Fixtures.session(SEARCH, T, 9, 0, false, FunnelStep.ADDED_TO_CART));
        assertThat(fact).isEqualTo(new SessionFact<>("k", false, false, false, true, false, false));
        // 10 s is engaged (GA4 threshold), 1 page view is single page
        assertThat(DomainFacts.sessionFact("k", Fixtures.session(SEARCH, T, 10, 1, false)))
                .isEqualTo(new SessionFact<>("k", true, true, false, false, false, false));
    }

    @Test
    void report_orderInOtherCurrency_rejectedAndNothingChanges() {
        KpiReport report = KpiReport.builder()
                .currency("EUR")
                .zone(ZoneId.of("UTC"))
                .window(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1))
                .build();
        KpiReportAccumulator acc = report.newAccumulator();
        acc.add(AttributedOrder.of(Fixtures.paidOrder(
                "c1", T, false, Fixtures.noShipping(EUR), Fixtures.netLine("A", 1, eur("5.00"), eur("0"), eur("0")))));
        KpiReportResult before = acc.result();
        Order yen = Fixtures.paidOrder(
                "c2",
                T,
                false,
                Fixtures.noShipping(JPY),
                Fixtures.netLine("B", 1, money("500", JPY), money("0", JPY), money("0", JPY)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> acc.add(AttributedOrder.of(yen)))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThat(acc.result()).isEqualTo(before);
        assertThat(before.orders().total().aov().valueRounded()).contains(eur("5.00"));
    }

    @Test
    void report_configuration_validated() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> KpiReport.builder()
                        .currency("EUR")
                        .zone(ZoneId.of("UTC"))
                        .window(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1))
                        .groupBy(GroupBy.DAY, GroupBy.MONTH)
                        .build())
                .withMessageContaining("at most one of DAY, WEEK and MONTH");
        assertThatIllegalStateException()
                .isThrownBy(() -> KpiReport.builder().currency("EUR").build())
                .withMessageContaining("required");
        KpiReport a = KpiReport.builder()
                .currency("EUR")
                .zone(ZoneId.of("UTC"))
                .window(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1))
                .build();
        KpiReport b = KpiReport.builder()
                .currency("EUR")
                .zone(ZoneId.of("UTC"))
                .window(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1))
                .groupBy(GroupBy.CHANNEL)
                .build();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> a.newAccumulator().merge(b.newAccumulator()))
                .withMessageContaining("cannot merge");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CampaignDay(
                        Fixtures.campaign("one", SEARCH, Fixtures.cpc(eur("1"))),
                        Fixtures.day("two", LocalDate.of(2026, 1, 1), 1, 1, 0, eur("0"))))
                .withMessageContaining("campaign two paired with campaign one");
    }
}

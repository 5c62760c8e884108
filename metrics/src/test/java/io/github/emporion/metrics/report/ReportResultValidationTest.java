package io.github.emporion.metrics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.emporion.marketing.channel.ChannelGroup;
import io.github.emporion.metrics.grouped.CartSummary;
import io.github.emporion.metrics.grouped.EngagementSummary;
import io.github.emporion.metrics.grouped.KpiBreakdown;
import io.github.emporion.metrics.grouped.MarketingSummary;
import io.github.emporion.metrics.grouped.OrderSummary;
import io.github.emporion.metrics.grouped.SessionSummary;
import io.github.emporion.metrics.kpi.SalesTotals;
import io.github.emporion.metrics.time.Granularity;
import io.github.emporion.metrics.time.TimeBucket;
import io.github.emporion.metrics.time.TimeBucketing;
import io.github.emporion.metrics.time.TimeWindow;
import io.github.emporion.money.CurrencyMismatchException;
import io.github.emporion.money.Monies;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/** Results whose figures no run of the report could give (read from JSON, say) are rejected. */
class ReportResultValidationTest {

    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    private static final KpiReport BY_CHANNEL_AND_WEEK = KpiReport.builder()
            .currency("BHD")
            .zone(ATHENS)
            .window(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1))
            .groupBy(GroupBy.CHANNEL, GroupBy.WEEK)
            .firstDayOfWeek(DayOfWeek.SUNDAY)
            .build();
    private static final MonetaryAmount ZERO = Monies.of("0", "BHD");
    private static final TimeBucket WEEK_OF_MARCH_29 =
            new TimeBucketing(Granularity.WEEK, ATHENS, DayOfWeek.SUNDAY).bucket(Instant.parse("2026-03-30T12:00:00Z"));

    private static <S> KpiBreakdown<ReportKey, S> none(S total) {
        return new KpiBreakdown<>(Map.of(), total);
    }

    private static KpiReportResult result(
            KpiBreakdown<ReportKey, MarketingSummary> marketing, KpiBreakdown<ReportKey, CartSummary> carts) {
        return new KpiReportResult(
                BY_CHANNEL_AND_WEEK,
                marketing,
                none(new EngagementSummary(0, 0, 0, ZERO)),
                none(new SessionSummary(0, 0, 0, 0, 0, 0, 0, 0)),
                none(new OrderSummary(0, 0, 0, 0, new SalesTotals(ZERO, ZERO, ZERO, ZERO, ZERO), ZERO)),
                carts,
                0,
                0,
                0);
    }

    private static ReportKey key(Optional<String> channel, Optional<ChannelGroup> group, Optional<TimeBucket> week) {
        return new ReportKey(channel, group, Optional.empty(), week);
    }

    @Test
    void kpiReportResult_keysOfTheReportsDimensions_accepted() {
        ReportKey ok = key(Optional.of("search"), Optional.empty(), Optional.of(WEEK_OF_MARCH_29));
        CartSummary carts = new CartSummary(3, 1);
        KpiReportResult result =
                result(none(new MarketingSummary(0, 0, 0, ZERO, ZERO)), new KpiBreakdown<>(Map.of(ok, carts), carts));
        assertThat(result.kpi("cart_abandonment_rate").orElseThrow().group(ok)).isPresent();
    }

    @Test
    void kpiReportResult_keyWithADimensionNotChosenOrAnotherWeek_rejected() {
        CartSummary carts = new CartSummary(3, 1);
        MarketingSummary noAds = new MarketingSummary(0, 0, 0, ZERO, ZERO);
        ReportKey withGroup =
                key(Optional.of("search"), Optional.of(ChannelGroup.PAID_SEARCH), Optional.of(WEEK_OF_MARCH_29));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> result(none(noAds), new KpiBreakdown<>(Map.of(withGroup, carts), carts)))
                .withMessageContaining("carts: the group key")
                .withMessageContaining("channelGroup=PAID_SEARCH");
        TimeBucket mondayWeek =
                TimeBucketing.of(Granularity.WEEK, ATHENS).bucket(Instant.parse("2026-03-30T12:00:00Z"));
        ReportKey isoWeek = key(Optional.of("search"), Optional.empty(), Optional.of(mondayWeek));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> result(none(noAds), new KpiBreakdown<>(Map.of(isoWeek, carts), carts)))
                .withMessageContaining("weeks from SUNDAY");
        ReportKey noWeek = key(Optional.of("search"), Optional.empty(), Optional.empty());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> result(none(noAds), new KpiBreakdown<>(Map.of(noWeek, carts), carts)));
    }

    @Test
    void kpiReportResult_totalNotTheSumOfItsGroups_rejected() {
        ReportKey search = key(Optional.of("search"), Optional.empty(), Optional.of(WEEK_OF_MARCH_29));
        ReportKey email = key(Optional.of("email"), Optional.empty(), Optional.of(WEEK_OF_MARCH_29));
        MarketingSummary noAds = new MarketingSummary(0, 0, 0, ZERO, ZERO);
        assertThat(result(
                                none(noAds),
                                new KpiBreakdown<>(
                                        Map.of(search, new CartSummary(3, 1), email, new CartSummary(2, 2)),
                                        new CartSummary(5, 3)))
                        .carts()
                        .total())
                .isEqualTo(new CartSummary(5, 3));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> result(
                        none(noAds), new KpiBreakdown<>(Map.of(search, new CartSummary(3, 1)), new CartSummary(4, 1))))
                .withMessage("carts: the total CartSummary[carts=4, purchasedCarts=1] is not the sum of its 1 groups"
                        + " [3, 1] (figures in component order, money in minor units)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> result(none(noAds), none(new CartSummary(1, 0))))
                .withMessageContaining("is not the sum of its 0 groups [0, 0]");
        // 0.001 BHD of spend more in the total than in its one group
        MarketingSummary group = new MarketingSummary(10, 1, 0, Monies.of("1.250", "BHD"), ZERO);
        MarketingSummary total = new MarketingSummary(10, 1, 0, Monies.of("1.251", "BHD"), ZERO);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> result(new KpiBreakdown<>(Map.of(search, group), total), none(new CartSummary(0, 0))))
                .withMessageContaining("marketing: the total")
                .withMessageContaining("[10, 1, 0, 1250, 0]");
    }

    @Test
    void kpiReportResult_amountInAnotherCurrencyOrNegativeCount_rejected() {
        CartSummary carts = new CartSummary(0, 0);
        MarketingSummary yen = new MarketingSummary(10, 1, 0, Monies.of("5", "JPY"), Monies.of("0", "JPY"));
        assertThatThrownBy(() -> result(none(yen), none(carts)))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("marketing")
                .hasMessageContaining("BHD")
                .hasMessageContaining("JPY");
        KpiReportResult ok = result(none(new MarketingSummary(0, 0, 0, ZERO, ZERO)), none(carts));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new KpiReportResult(
                        ok.report(), ok.marketing(), ok.engagement(), ok.sessions(), ok.orders(), ok.carts(), -1, 0, 0))
                .withMessage("rowsOutsideWindow must not be negative but was -1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new KpiReportResult(
                        ok.report(), ok.marketing(), ok.engagement(), ok.sessions(), ok.orders(), ok.carts(), 0, 0, 1))
                .withMessage("ordersWithoutCostOfGoods 1 must not exceed the orders counted 0");
    }

    @Test
    void customerKpiResult_countsAgainstTheDefinitions_rejectedNamingThem() {
        TimeWindow base = TimeWindow.of(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"));
        TimeWindow period = TimeWindow.of(base.end(), Instant.parse("2026-03-01T00:00:00Z"));
        // the worked example of CustomerKpis: S 2, E 3, N 2, first-time 1 (Cy), repeat 1, orders 4, to date 4
        assertThat(new CustomerKpiResult(base, period, 2, 3, 2, 1, 1, 4, 4, Optional.empty())
                        .retentionRate()
                        .value())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.5"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CustomerKpiResult(base, period, 2, 3, 4, 1, 1, 4, 4, Optional.empty()))
                .withMessage("newCustomers (4) must not exceed customersAtEnd (3)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CustomerKpiResult(base, period, 0, 3, 2, 1, 1, 4, 4, Optional.empty()))
                .withMessage("customersAtEnd - newCustomers (1) must not exceed customersAtStart (0)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CustomerKpiResult(base, period, 2, 3, 2, 3, 1, 4, 4, Optional.empty()))
                .withMessage("firstTimeCustomers (3) must not exceed newCustomers (2)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CustomerKpiResult(base, period, 2, 3, 2, 1, 1, 3, 4, Optional.empty()))
                .withMessage("customersAtEnd + repeatCustomers (4) must not exceed ordersInPeriod (3)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CustomerKpiResult(base, period, 2, 3, 2, 1, 1, 4, 3, Optional.empty()))
                .withMessage("customersAtStart + newCustomers (4) must not exceed customersToDate (3)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CustomerKpiResult(period, base, 0, 0, 0, 0, 0, 0, 0, Optional.empty()))
                .withMessageContaining("basePeriod must end no later than period starts");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CustomerKpiResult(base, period, -1, 0, 0, 0, 0, 0, 0, Optional.empty()))
                .withMessage("customersAtStart must not be negative but was -1");
    }
}

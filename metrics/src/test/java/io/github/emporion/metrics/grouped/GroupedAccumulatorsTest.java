package io.github.emporion.metrics.grouped;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.emporion.aggregate.Accumulator;
import io.github.emporion.aggregate.Accumulators;
import io.github.emporion.metrics.funnel.FunnelStep;
import io.github.emporion.metrics.kpi.AovVariant;
import io.github.emporion.metrics.time.Granularity;
import io.github.emporion.metrics.time.TimeBucket;
import io.github.emporion.metrics.time.TimeBucketing;
import io.github.emporion.metrics.time.TimeWindow;
import io.github.emporion.money.CurrencyMismatchException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class GroupedAccumulatorsTest {

    private static final String[] CHANNELS = {"search", "social", "email", "display", "affiliate"};

    static MonetaryAmount money(String amount, String currency) {
        return Money.of(new BigDecimal(amount), currency);
    }

    // ---------------------------------------------------------------- hand-computed results

    @Test
    void marketing_twoChannels_sumsAndKpisByHand() {
        MarketingKpiAccumulator<String> acc = MarketingKpiAccumulator.of("EUR");
        acc.add(MarketingFact.of("search", 1000, 30, 3, money("15.00", "EUR"), money("90.00", "EUR")))
                .add(MarketingFact.of("search", 930, 27, 2, money("10.00", "EUR"), money("60.00", "EUR")))
                .add(MarketingFact.of("email", 500, 0, 0, money("0.00", "EUR"), money("0.00", "EUR")));
        KpiBreakdown<String, MarketingSummary> result = acc.result();
        MarketingSummary search = result.group("search").orElseThrow();
        // 1930 impressions, 57 clicks, 5 conversions, spend 25.00, revenue 150.00
        assertThat(search.impressions()).isEqualTo(1930);
        assertThat(search.clicks()).isEqualTo(57);
        assertThat(search.ctr().valueRounded(7)).contains(new BigDecimal("0.0295337"));
        assertThat(search.cpa().valueRounded()).contains(money("5.00", "EUR"));
        assertThat(search.roas().value().orElseThrow()).isEqualByComparingTo("6");
        assertThat(search.conversionsPerClick().numerator()).isEqualByComparingTo("5");
        // 25.00 * 1000 / 1930 = 12.953367... -> 12.95
        assertThat(search.cpm().valueRounded()).contains(money("12.95", "EUR"));
        // 25.00 / 57 = 0.43859... -> 0.44
        assertThat(search.cpc().valueRounded()).contains(money("0.44", "EUR"));
        MarketingSummary email = result.group("email").orElseThrow();
        assertThat(email.cpc().isDefined()).isFalse();
        assertThat(email.ctr().value()).contains(BigDecimal.ZERO);
        assertThat(result.total().impressions()).isEqualTo(2430);
        assertThat(acc.groupCount()).isEqualTo(2);
    }

    @Test
    void marketing_rowInOtherCurrency_rejectedAndStateUnchanged() {
        MarketingKpiAccumulator<String> acc = MarketingKpiAccumulator.of("EUR");
        acc.add(MarketingFact.of("search", 10, 1, 0, money("1.00", "EUR"), money("0", "EUR")));
        KpiBreakdown<String, MarketingSummary> before = acc.result();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> acc.add(MarketingFact.of("social", 10, 1, 0, money("1", "JPY"), money("0", "JPY"))))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThat(acc.result()).isEqualTo(before);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> acc.merge(MarketingKpiAccumulator.of("USD")))
                .withMessageContaining("USD");
    }

    @Test
    void marketingFact_subMinorUnitAmount_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MarketingFact.of("x", 1, 0, 0, money("0.001", "EUR"), money("0", "EUR")))
                .withMessageContaining("minor units");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MarketingFact.of("x", 1, 2, 0, money("0", "EUR"), money("0", "EUR")))
                .withMessageContaining("clicks 2");
    }

    @Test
    void orders_kwdThreeDecimals_sumsExactlyAndAovVariants() {
        OrderKpiAccumulator<String> acc = OrderKpiAccumulator.of("KWD");
        acc.add(OrderFact.of(
                "web",
                2,
                1,
                money("10.125", "KWD"),
                money("0.125", "KWD"),
                money("5.000", "KWD"),
                money("0.500", "KWD"),
                money("1.000", "KWD"),
                money("4.000", "KWD"),
                true));
        acc.add(OrderFact.of(
                "web",
                1,
                0,
                money("5.001", "KWD"),
                money("0", "KWD"),
                money("0", "KWD"),
                money("0.250", "KWD"),
                money("0", "KWD"),
                money("2.000", "KWD"),
                false));
        OrderSummary web = acc.result().group("web").orElseThrow();
        // gross 15.126, discounts 0.125 -> 15.001 / 2 orders = 7.5005 (exact), presented 7.500 (half-even)
        assertThat(web.aov().value().orElseThrow().getNumber().numberValue(BigDecimal.class))
                .isEqualByComparingTo("7.5005");
        assertThat(web.aov().valueRounded().orElseThrow().getNumber().numberValue(BigDecimal.class))
                .isEqualByComparingTo("7.500");
        // net 15.001 - 5.000 = 10.001; +0.750 tax +1.000 shipping = 11.751
        assertThat(web.netSales().value().getNumber().numberValue(BigDecimal.class))
                .isEqualByComparingTo("10.001");
        assertThat(web.totalSales().value().getNumber().numberValue(BigDecimal.class))
                .isEqualByComparingTo("11.751");
        // including tax and shipping: 15.001 + 1.750 = 16.751 / 2 = 8.3755
        assertThat(web.aov(AovVariant.INCLUDING_TAX_AND_SHIPPING)
                        .value()
                        .orElseThrow()
                        .getNumber()
                        .numberValue(BigDecimal.class))
                .isEqualByComparingTo("8.3755");
        // gross profit 10.001 - 6.000 = 4.001
        assertThat(web.grossProfit().value().getNumber().numberValue(BigDecimal.class))
                .isEqualByComparingTo("4.001");
        assertThat(web.refundRate().value().orElseThrow()).isEqualByComparingTo("0.5");
        assertThat(web.returnRate().numerator()).isEqualByComparingTo("1");
        assertThat(web.returnRate().denominator()).isEqualByComparingTo("3");
        assertThat(web.orders()).isEqualTo(2);
        assertThat(web.units()).isEqualTo(3);
    }

    @Test
    void orders_jpy_zeroDecimals_noGroupsGivesUndefinedTotals() {
        OrderKpiAccumulator<String> acc = OrderKpiAccumulator.of("JPY");
        KpiBreakdown<String, OrderSummary> empty = acc.result();
        assertThat(empty.groups()).isEmpty();
        assertThat(empty.total().aov().undefinedReason()).contains("orders is 0");
        acc.add(OrderFact.of(
                "app",
                1,
                0,
                money("1000", "JPY"),
                money("0", "JPY"),
                money("0", "JPY"),
                money("100", "JPY"),
                money("0", "JPY"),
                money("600", "JPY"),
                false));
        assertThat(acc.result().total().grossMargin().value().orElseThrow()).isEqualByComparingTo("0.4");
    }

    @Test
    void sessions_closedFunnelAndRatesByHand() {
        SessionKpiAccumulator<String> acc = new SessionKpiAccumulator<>();
        acc.add(new SessionFact<>("a", true, false, true, true, true, true)); // full funnel
        acc.add(new SessionFact<>("a", true, false, true, true, false, false)); // stops at cart
        acc.add(new SessionFact<>("a", false, true, false, false, false, false)); // bounce
        acc.add(new SessionFact<>("a", true, false, false, false, false, true)); // buy-now, skips funnel
        SessionSummary a = acc.result().group("a").orElseThrow();
        assertThat(a.sessions()).isEqualTo(4);
        assertThat(a.conversionRate().value().orElseThrow()).isEqualByComparingTo("0.5");
        assertThat(a.bounceRate().value().orElseThrow()).isEqualByComparingTo("0.25");
        assertThat(a.engagementRate().value().orElseThrow()).isEqualByComparingTo("0.75");
        assertThat(a.singlePageSessionRate().value().orElseThrow()).isEqualByComparingTo("0.25");
        assertThat(a.funnel().step(FunnelStep.PRODUCT_VIEWS).count()).isEqualTo(2);
        assertThat(a.funnel().step(FunnelStep.ADD_TO_CART).count()).isEqualTo(2);
        assertThat(a.funnel().step(FunnelStep.CHECKOUT).count()).isEqualTo(1);
        assertThat(a.funnel().overallConversionRate().value().orElseThrow()).isEqualByComparingTo("0.25");
    }

    /** A composite grouping key: channel and local day. */
    record ChannelDay(String channel, TimeBucket day) {}

    @Test
    void marketing_byChannelAndAthensDay_withinHalfOpenWindow() {
        TimeBucketing days = TimeBucketing.of(Granularity.DAY, ZoneId.of("Europe/Athens"));
        TimeWindow window = TimeWindow.of(Instant.parse("2026-11-01T22:00:00Z"), Instant.parse("2026-11-03T22:00:00Z"));
        Instant[] times = {
            Instant.parse("2026-11-01T21:59:59Z"), // 23:59:59 on 1 Nov in Athens: outside the window
            Instant.parse("2026-11-01T22:00:00Z"), // 00:00 on 2 Nov: first instant inside
            Instant.parse("2026-11-02T21:30:00Z"), // 23:30 on 2 Nov
            Instant.parse("2026-11-02T22:30:00Z"), // 00:30 on 3 Nov
            Instant.parse("2026-11-03T22:00:00Z") // 00:00 on 4 Nov: window end, outside
        };
        MarketingKpiAccumulator<ChannelDay> acc = MarketingKpiAccumulator.of("EUR");
        for (Instant time : times) {
            if (window.contains(time)) {
                acc.add(MarketingFact.of(
                        new ChannelDay("search", days.bucket(time)),
                        100,
                        10,
                        1,
                        money("5.00", "EUR"),
                        money("0", "EUR")));
            }
        }
        KpiBreakdown<ChannelDay, MarketingSummary> result = acc.result();
        ChannelDay nov2 = new ChannelDay("search", days.bucket(Instant.parse("2026-11-02T10:00:00Z")));
        ChannelDay nov3 = new ChannelDay("search", days.bucket(Instant.parse("2026-11-03T10:00:00Z")));
        assertThat(result.groups()).containsOnlyKeys(nov2, nov3);
        assertThat(result.group(nov2).orElseThrow().impressions()).isEqualTo(200);
        assertThat(result.group(nov3).orElseThrow().impressions()).isEqualTo(100);
        assertThat(nov2.day().firstDay()).isEqualTo(LocalDate.of(2026, 11, 2));
    }

    // ---------------------------------------------------------------- split and merge

    @Test
    void marketing_randomSplitAndMerge_equalsSinglePass() {
        assertSplitMergeLaw(
                1L,
                r -> MarketingFact.of(
                        CHANNELS[r.nextInt(CHANNELS.length)],
                        1000 + r.nextInt(1000),
                        r.nextInt(1000),
                        r.nextInt(20),
                        Money.of(BigDecimal.valueOf(r.nextInt(1_000_000), 2), "EUR"),
                        Money.of(BigDecimal.valueOf(r.nextInt(5_000_000), 2), "EUR")),
                () -> MarketingKpiAccumulator.<String>of("EUR"));
    }

    @Test
    void sessions_randomSplitAndMerge_equalsSinglePass() {
        assertSplitMergeLaw(
                2L,
                r -> new SessionFact<>(
                        r.nextInt(7),
                        r.nextBoolean(),
                        r.nextBoolean(),
                        r.nextBoolean(),
                        r.nextBoolean(),
                        r.nextBoolean(),
                        r.nextBoolean()),
                SessionKpiAccumulator<Integer>::new);
    }

    @Test
    void orders_randomSplitAndMerge_equalsSinglePass() {
        assertSplitMergeLaw(
                3L,
                r -> {
                    long gross = r.nextInt(100_000);
                    return new OrderFact<>(
                            CHANNELS[r.nextInt(CHANNELS.length)],
                            Money.of(0, "BHD").getCurrency(),
                            1 + r.nextInt(5),
                            0,
                            gross,
                            r.nextInt(1000),
                            r.nextInt(2000),
                            r.nextInt(500),
                            r.nextInt(300),
                            gross / 2,
                            r.nextInt(10) == 0);
                },
                () -> OrderKpiAccumulator.<String>of("BHD"));
    }

    @Test
    void marketing_parallelStreamCollector_equalsSequentialReduce() {
        Random random = new Random(4L);
        List<MarketingFact<String>> rows = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            rows.add(MarketingFact.of(
                    CHANNELS[random.nextInt(CHANNELS.length)],
                    100,
                    random.nextInt(100),
                    random.nextInt(3),
                    Money.of(BigDecimal.valueOf(random.nextInt(10_000), 2), "EUR"),
                    Money.of(BigDecimal.valueOf(random.nextInt(10_000), 2), "EUR")));
        }
        KpiBreakdown<String, MarketingSummary> parallel =
                rows.parallelStream().collect(Accumulators.collector(() -> MarketingKpiAccumulator.<String>of("EUR")));
        KpiBreakdown<String, MarketingSummary> sequential =
                Accumulators.reduce(() -> MarketingKpiAccumulator.<String>of("EUR"), rows);
        assertThat(parallel).isEqualTo(sequential);
        long clicks = rows.stream().mapToLong(MarketingFact::clicks).sum();
        assertThat(sequential.total().clicks()).isEqualTo(clicks);
    }

    /**
     * For many seeded trials: cut a random row list at random points, accumulate each part
     * separately, merge the parts in order (including empty parts) and compare with one pass.
     */
    static <T, R, A extends Accumulator<T, R, A>> void assertSplitMergeLaw(
            long seed, Function<Random, T> rowGenerator, Supplier<A> zero) {
        Random random = new Random(seed);
        for (int trial = 0; trial < 200; trial++) {
            int size = random.nextInt(400);
            List<T> rows = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                rows.add(rowGenerator.apply(random));
            }
            A single = zero.get();
            rows.forEach(single::add);
            int parts = 1 + random.nextInt(6);
            int[] cuts = random.ints(parts - 1, 0, size + 1).sorted().toArray();
            A merged = zero.get();
            int from = 0;
            for (int p = 0; p < parts; p++) {
                int to = p < cuts.length ? cuts[p] : size;
                A part = zero.get();
                rows.subList(from, to).forEach(part::add);
                merged.merge(part);
                from = to;
            }
            assertThat(merged.result())
                    .as("seed %d, trial %d, %d rows in %d parts", seed, trial, size, parts)
                    .isEqualTo(single.result());
        }
    }
}

package io.github.emporion.metrics.grouped;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CartAndEngagementAccumulatorsTest {

    @Test
    void carts_twoChannels_abandonmentByHand() {
        CartKpiAccumulator<String> acc = new CartKpiAccumulator<>();
        // search: 4 carts, 1 purchased → 0.75; email: 2 carts, 2 purchased → 0; total 6, 3 → 0.5
        for (int i = 0; i < 4; i++) {
            acc.add(new CartFact<>("search", i == 0));
        }
        acc.add(new CartFact<>("email", true)).add(new CartFact<>("email", true));
        KpiBreakdown<String, CartSummary> result = acc.result();
        assertThat(result.group("search").orElseThrow()).isEqualTo(new CartSummary(4, 1));
        assertThat(result.group("search").orElseThrow().cartAbandonmentRate().value())
                .contains(new BigDecimal("0.75"));
        assertThat(result.group("email").orElseThrow().cartAbandonmentRate().value())
                .contains(BigDecimal.ZERO);
        assertThat(result.total().cartAbandonmentRate().value()).contains(new BigDecimal("0.5"));
    }

    @Test
    void carts_none_undefinedNotZero() {
        CartSummary total = new CartKpiAccumulator<String>().result().total();
        assertThat(total.cartAbandonmentRate().undefinedReason()).contains("carts is 0");
    }

    @Test
    void carts_randomSplitAndMerge_equalsSinglePass() {
        GroupedAccumulatorsTest.assertSplitMergeLaw(
                20261122L, r -> new CartFact<>("c" + r.nextInt(4), r.nextInt(10) < 3), CartKpiAccumulator::new);
    }

    @Test
    void engagement_twoChannels_cplAndRateByHand() {
        EngagementKpiAccumulator<String> acc = EngagementKpiAccumulator.of("KWD");
        // social: 4 500 impressions, 120 engagements, 12 leads, 300.000 KWD → rate 0.026666…, CPL 25.000
        acc.add(EngagementFact.of("social", 4000, 100, 10, GroupedAccumulatorsTest.money("250.500", "KWD")))
                .add(EngagementFact.of("social", 500, 20, 2, GroupedAccumulatorsTest.money("49.500", "KWD")))
                .add(EngagementFact.of("video", 0, 7, 0, GroupedAccumulatorsTest.money("0.001", "KWD")));
        EngagementSummary social = acc.result().group("social").orElseThrow();
        assertThat(social.engagementRateByImpressions().valueRounded(5)).contains(new BigDecimal("0.02667"));
        assertThat(social.cpl().value()).contains(GroupedAccumulatorsTest.money("25", "KWD"));
        EngagementSummary video = acc.result().group("video").orElseThrow();
        assertThat(video.engagementRateByImpressions().undefinedReason()).contains("impressions is 0");
        assertThat(video.cpl().isDefined()).isFalse();
        // total: 127 engagements / 4 500 impressions; CPL 300.001 / 12
        assertThat(acc.result().total().spend()).isEqualTo(GroupedAccumulatorsTest.money("300.001", "KWD"));
        assertThat(acc.result().total().engagementRateByImpressions().numerator())
                .isEqualByComparingTo("127");
    }

    @Test
    void engagement_randomSplitAndMerge_equalsSinglePass() {
        GroupedAccumulatorsTest.assertSplitMergeLaw(
                77L,
                r -> new EngagementFact<>(
                        "c" + r.nextInt(3),
                        r.nextInt(1000),
                        r.nextInt(1500),
                        r.nextInt(5),
                        javax.money.Monetary.getCurrency("EUR"),
                        r.nextInt(10_000)),
                () -> EngagementKpiAccumulator.<String>of("EUR"));
    }

    @Test
    void sessions_checkoutAbandonment_closedFunnelByHand() {
        // 250 checkout sessions (closed funnel), 180 purchased → 70 / 250 = 0.28
        SessionSummary s = new SessionSummary(1000, 600, 300, 190, 400, 300, 250, 180);
        assertThat(s.checkoutAbandonmentRate().value()).contains(new BigDecimal("0.28"));
        assertThat(new SessionSummary(10, 0, 0, 0, 0, 0, 0, 0)
                        .checkoutAbandonmentRate()
                        .isDefined())
                .isFalse();
    }
}

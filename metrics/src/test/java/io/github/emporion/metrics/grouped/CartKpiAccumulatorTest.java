package io.github.emporion.metrics.grouped;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CartKpiAccumulatorTest {

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

package io.github.emporion.metrics.grouped;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.emporion.metrics.kpi.SalesTotals;
import io.github.emporion.money.CurrencyMismatchException;
import io.github.emporion.money.Monies;
import java.util.Random;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * The summaries accept what the accumulators produce and reject figures no set of rows can give
 * (read from JSON, say), naming the figure and the rule.
 */
class SummaryValidationTest {

    private static final MonetaryAmount KWD = Monies.of("1.250", "KWD");
    private static final MonetaryAmount ZERO_KWD = Monies.of("0", "KWD");

    @Test
    void cartSummary_purchasedAboveCreatedOrNegative_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CartSummary(5, 7))
                .withMessage("purchasedCarts 7 must not exceed carts 5");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CartSummary(-1, 0))
                .withMessage("carts must not be negative but was -1");
        assertThat(new CartSummary(0, 0).cartAbandonmentRate().value()).isEmpty();
    }

    @Test
    void sessionSummary_funnelWideningOrCountsAboveSessions_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SessionSummary(10, 11, 0, 0, 0, 0, 0, 0))
                .withMessage("engagedSessions 11 must not exceed sessions 10");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SessionSummary(10, 0, 0, 5, 4, 5, 0, 0))
                .withMessage("addToCartSessions 5 must not exceed productViewSessions 4");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SessionSummary(10, 0, 0, 1, 4, 3, 2, 2))
                .withMessage("purchaseSessions 2 must not exceed convertingSessions 1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SessionSummary(10, 0, 0, 0, 0, 0, 0, -1))
                .withMessage("purchaseSessions must not be negative but was -1");
    }

    @Test
    void marketingSummary_clicksAboveImpressionsOrMixedCurrencies_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MarketingSummary(10, 11, 0, KWD, KWD))
                .withMessage("clicks 11 must not exceed impressions 10");
        assertThatThrownBy(() -> new MarketingSummary(10, 1, 0, KWD, Monies.of("1", "JPY")))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("KWD")
                .hasMessageContaining("JPY");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MarketingSummary(10, 1, 0, KWD.negate(), KWD))
                .withMessageContaining("spend must not be negative");
    }

    @Test
    void engagementSummary_negativeFigure_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EngagementSummary(0, -3, 0, KWD))
                .withMessage("engagements must not be negative but was -3");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EngagementSummary(0, 0, 0, KWD.negate()))
                .withMessageContaining("spend must not be negative");
    }

    @Test
    void orderSummary_returnsAboveSalesOrCostInAnotherCurrency_rejected() {
        SalesTotals sales = new SalesTotals(KWD, ZERO_KWD, ZERO_KWD, ZERO_KWD, ZERO_KWD);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OrderSummary(1, 2, 3, 0, sales, ZERO_KWD))
                .withMessage("unitsReturned 3 must not exceed units 2");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OrderSummary(1, 2, 0, 2, sales, ZERO_KWD))
                .withMessage("refundedOrders 2 must not exceed orders 1");
        assertThatThrownBy(() -> new OrderSummary(1, 2, 0, 0, sales, Monies.of("1", "BHD")))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void summaries_ofRandomRowsFromTheAccumulators_accepted() {
        long seed = 77L;
        Random r = new Random(seed);
        for (int i = 0; i < 500; i++) {
            SessionKpiAccumulator<Integer> sessions = new SessionKpiAccumulator<>();
            CartKpiAccumulator<Integer> carts = new CartKpiAccumulator<>();
            for (int row = 0, n = r.nextInt(30); row < n; row++) {
                sessions.add(new SessionFact<>(
                        r.nextInt(3),
                        r.nextBoolean(),
                        r.nextBoolean(),
                        r.nextBoolean(),
                        r.nextBoolean(),
                        r.nextBoolean(),
                        r.nextBoolean()));
                carts.add(new CartFact<>(r.nextInt(3), r.nextBoolean()));
            }
            // the constructors ran inside result(); the funnel of every group narrows
            KpiBreakdown<Integer, SessionSummary> result = sessions.result();
            assertThat(result.total().purchaseSessions())
                    .as("seed %d", seed)
                    .isLessThanOrEqualTo(result.total().convertingSessions());
            assertThat(carts.result().total().carts()).as("seed %d", seed).isGreaterThanOrEqualTo(0);
        }
    }
}

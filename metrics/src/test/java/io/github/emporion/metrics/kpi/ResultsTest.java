package io.github.emporion.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.github.emporion.metrics.stats.IntervalMethod;
import io.github.emporion.metrics.stats.ProportionComparison;
import java.math.BigDecimal;
import java.util.Random;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class ResultsTest {

    private static final KpiLabel CTR = KpiLabel.of("ctr");

    @Test
    void rateResult_equalNumbersWithDifferentScale_areEqual() {
        RateResult a = new RateResult(CTR, RateKind.PROPORTION, new BigDecimal("1.0"), new BigDecimal("4.00"), "n");
        RateResult b = RateResult.of(CTR, RateKind.PROPORTION, 1, 4, "n");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.value()).contains(new BigDecimal("0.25"));
    }

    @Test
    void rateResult_negativeDenominator_rejectedNamingIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RateResult.of(CTR, RateKind.PER_UNIT, 1, -4, "impressions"))
                .withMessageContaining("impressions must not be negative but was -4");
    }

    @Test
    void rateResult_moneyRatioNegativeNumerator_allowed_perUnitAboveOne_allowed() {
        assertThat(RateResult.of(CTR, RateKind.MONEY_RATIO, -3, 4, "n").value()).contains(new BigDecimal("-0.75"));
        assertThat(RateResult.of(CTR, RateKind.PER_UNIT, 9, 4, "n").value()).contains(new BigDecimal("2.25"));
    }

    @Test
    void rateResult_nonTerminatingQuotient_has34SignificantDigits() {
        // 1/3 = 0.3333... to 34 significant digits
        BigDecimal third =
                RateResult.of(CTR, RateKind.PROPORTION, 1, 3, "n").value().orElseThrow();
        assertThat(third.precision()).isEqualTo(34);
        assertThat(third.toPlainString()).isEqualTo("0." + "3".repeat(34));
    }

    @Test
    void rateResult_fractionalProportion_hasNoBinomialInterval() {
        RateResult fractional =
                new RateResult(CTR, RateKind.PROPORTION, new BigDecimal("2.5"), BigDecimal.TEN, "impressions");
        assertThat(fractional.interval()).isEmpty();
        assertThat(Kpis.ctr(5, 10).interval(IntervalMethod.AGRESTI_COULL, 0.9)).isPresent();
        assertThatIllegalArgumentException().isThrownBy(() -> Kpis.ctr(0, 0).interval(IntervalMethod.WILSON, 1.5));
    }

    @Test
    void compareWith_workedAbExample_liftAndPValue() {
        // KPI_DEFINITIONS §22: 250/10 000 vs 200/10 000 -> lift 0.25, two-sided p = 0.01712582887
        ProportionComparison ab = Kpis.conversionRate(250, 10_000)
                .compareWith(Kpis.conversionRate(200, 10_000), 0.95)
                .orElseThrow();
        assertThat(ab.relativeLift().getAsDouble()).isCloseTo(0.25, within(1e-12));
        assertThat(ab.pValue().getAsDouble()).isCloseTo(0.01712582887, within(1e-10));
        assertThat(Kpis.conversionRate(1, 10).compareWith(Kpis.conversionRate(0, 0), 0.95))
                .isEmpty();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Kpis.ctr(1, 10).compareWith(Kpis.bounceRate(1, 10), 0.95))
                .withMessageContaining("different KPIs");
    }

    @Test
    void moneyResult_negativeTotal_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Kpis.cpc(Money.of(-1, "EUR"), 3))
                .withMessageContaining("must not be negative");
    }

    @Test
    void kpiLabel_notSnakeCase_rejected_toStringShowsVariant() {
        assertThatIllegalArgumentException().isThrownBy(() -> KpiLabel.of("CTR"));
        assertThat(KpiLabel.of("aov", "net_of_returns")).hasToString("aov[net_of_returns]");
        assertThat(KpiLabel.of("aov")).hasToString("aov");
    }

    @Test
    void complements_randomCounts_addUpToExactlyOne() {
        Random random = new Random(99L);
        for (int i = 0; i < 5000; i++) {
            long sessions = 1 + random.nextInt(1_000_000);
            long engaged = (long) (random.nextDouble() * (sessions + 1));
            engaged = Math.min(engaged, sessions);
            BigDecimal sum = Kpis.bounceRate(engaged, sessions)
                    .value()
                    .orElseThrow()
                    .add(Kpis.sessionEngagementRate(engaged, sessions).value().orElseThrow());
            // both quotients are rounded to 34 digits, so allow one unit in the 34th digit
            assertThat(sum.subtract(BigDecimal.ONE).abs())
                    .as("seed 99, case %d: %d of %d", i, engaged, sessions)
                    .isLessThanOrEqualTo(new BigDecimal("1e-33"));
            long start = 1 + random.nextInt(10_000);
            long retained = (long) (random.nextDouble() * (start + 1));
            retained = Math.min(retained, start);
            long fresh = random.nextInt(1000);
            RateResult retention = Kpis.retentionRate(start, retained + fresh, fresh);
            RateResult churn = Kpis.churnRate(start, retained + fresh, fresh);
            assertThat(retention.numerator().add(churn.numerator()))
                    .as("seed 99, case %d", i)
                    .isEqualByComparingTo(BigDecimal.valueOf(start));
        }
    }
}

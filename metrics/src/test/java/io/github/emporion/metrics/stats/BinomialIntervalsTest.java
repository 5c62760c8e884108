package io.github.emporion.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class BinomialIntervalsTest {

    @Test
    void z_at95_isExactQuantileNot196() {
        assertThat(BinomialIntervals.z(0.95)).isCloseTo(1.959963984540054, within(1e-15));
    }

    @Test
    void z_at90And99_matchTables() {
        // Standard normal table values: Phi^-1(0.95) = 1.6448536269514722, Phi^-1(0.995) = 2.5758293035489004
        assertThat(BinomialIntervals.z(0.90)).isCloseTo(1.6448536269514722, within(1e-13));
        assertThat(BinomialIntervals.z(0.99)).isCloseTo(2.5758293035489004, within(1e-13));
    }

    @Test
    void clopperPearson_zeroAndAllSuccessesAtAnyLevel_matchClosedForms() {
        Random random = new Random(20261122L);
        for (int i = 0; i < 2000; i++) {
            long n = 1 + random.nextInt(5000);
            double confidence = 0.5 + 0.499 * random.nextDouble();
            double alpha = 1 - confidence;
            double closedForm = 1 - Math.pow(alpha / 2, 1.0 / n);
            ConfidenceInterval zero = BinomialIntervals.clopperPearson(0, n, confidence);
            ConfidenceInterval all = BinomialIntervals.clopperPearson(n, n, confidence);
            String seed = "seed 20261122, case " + i + ": n=" + n + " confidence=" + confidence;
            assertThat(zero.lower()).as(seed).isZero();
            assertThat(zero.upper()).as(seed).isCloseTo(closedForm, within(1e-12));
            assertThat(all.upper()).as(seed).isEqualTo(1.0);
            assertThat(all.lower()).as(seed).isCloseTo(1 - closedForm, within(1e-12));
        }
    }

    @Test
    void intervals_randomCounts_containEstimateStayInUnitIntervalAndNarrowWithLevel() {
        Random random = new Random(42L);
        for (int i = 0; i < 3000; i++) {
            long n = 1 + random.nextInt(100_000);
            long x = (long) Math.floor(random.nextDouble() * (n + 1));
            double p = (double) x / n;
            String seed = "seed 42, case " + i + ": " + x + "/" + n;
            for (IntervalMethod method : new IntervalMethod[] {
                IntervalMethod.WILSON, IntervalMethod.AGRESTI_COULL, IntervalMethod.CLOPPER_PEARSON
            }) {
                ConfidenceInterval ci95 = BinomialIntervals.interval(method, x, n, 0.95);
                ConfidenceInterval ci80 = BinomialIntervals.interval(method, x, n, 0.80);
                assertThat(ci95.lower()).as(seed + " " + method).isBetween(0.0, 1.0);
                assertThat(ci95.upper()).as(seed + " " + method).isBetween(0.0, 1.0);
                assertThat(ci80.width()).as(seed + " " + method).isLessThanOrEqualTo(ci95.width() + 1e-15);
                if (method != IntervalMethod.AGRESTI_COULL) {
                    assertThat(ci95.contains(p)).as(seed + " " + method).isTrue();
                }
            }
        }
    }

    @Test
    void wilson_zeroSuccesses_lowerExactlyZeroAndAllSuccessesUpperExactlyOne() {
        assertThat(BinomialIntervals.wilson(0, 37, 0.9).lower()).isEqualTo(0.0);
        assertThat(BinomialIntervals.wilson(37, 37, 0.9).upper()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 1.0, -0.5, 1.5, Double.NaN})
    void wilson_confidenceOutsideOpenUnitInterval_rejected(double confidence) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BinomialIntervals.wilson(1, 10, confidence))
                .withMessageContaining("confidence");
    }

    @ParameterizedTest
    @EnumSource(
            value = IntervalMethod.class,
            names = {"WILSON", "AGRESTI_COULL", "CLOPPER_PEARSON"})
    void interval_invalidCounts_rejectedNamingValue(IntervalMethod method) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BinomialIntervals.interval(method, 1, 0, 0.95))
                .withMessageContaining("n must be positive");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BinomialIntervals.interval(method, 11, 10, 0.95))
                .withMessageContaining("11");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BinomialIntervals.interval(method, -1, 10, 0.95))
                .withMessageContaining("-1");
    }

    @Test
    void interval_newcombeForSingleProportion_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BinomialIntervals.interval(IntervalMethod.NEWCOMBE_HYBRID_SCORE, 1, 10, 0.95))
                .withMessageContaining("AbComparison");
    }

    @Test
    void compare_variantWorseThanControl_negativeLiftAndSymmetricZ() {
        ProportionComparison ab = AbComparison.compare(200, 10_000, 250, 10_000);
        ProportionComparison ba = AbComparison.compare(250, 10_000, 200, 10_000);
        // 200/250 - 1 = -0.2 by hand
        assertThat(ab.relativeLift().getAsDouble()).isCloseTo(-0.2, within(1e-15));
        assertThat(ab.zStatistic().getAsDouble()).isCloseTo(-ba.zStatistic().getAsDouble(), within(1e-12));
        assertThat(ab.pValue().getAsDouble()).isCloseTo(ba.pValue().getAsDouble(), within(1e-15));
        assertThat(ab.variantRate()).isEqualTo(0.02);
        assertThat(ab.controlRate()).isEqualTo(0.025);
    }

    @Test
    void compare_zeroTrials_rejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> AbComparison.compare(0, 0, 1, 10));
    }
}

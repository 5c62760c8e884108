package io.github.emporion.metrics.clv;

import static io.github.emporion.metrics.clv.ClvTestData.PAPER_BGNBD;
import static io.github.emporion.metrics.clv.ClvTestData.csv;
import static io.github.emporion.metrics.clv.ClvTestData.d;
import static io.github.emporion.metrics.clv.ClvTestData.weekly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BgNbdModelTest {

    private static final double REL = 1e-9;

    private static BgNbdModel lifetimesFit() {
        Map<String, String> p =
                ClvTestData.row("bgnbd_cdnow_params.csv", "source", "lifetimes_BetaGeoFitter_fit_default");
        return BgNbdModel.of(BgNbdParameters.of(d(p, "r"), d(p, "alpha"), d(p, "a"), d(p, "b")), ClvTimeUnit.WEEKS);
    }

    private static CustomerSummary customer(Map<String, String> row) {
        return weekly(row.get("ID"), Integer.parseInt(row.get("frequency")), d(row, "recency"), d(row, "T"), 0);
    }

    private static void assertRelative(double actual, double expected, double rel, String what) {
        assertThat(actual).as(what).isCloseTo(expected, within(Math.abs(expected) * rel));
    }

    @Test
    void conditionalExpectedPurchasesAndAlive_cdnowFirst20_matchReferenceAtBothParameterSets() {
        BgNbdModel fit = lifetimesFit();
        for (Map<String, String> row : csv("bgnbd_cdnow_first20_t39.csv")) {
            CustomerSummary c = customer(row);
            double t = d(row, "t");
            String id = "customer " + row.get("ID");
            assertRelative(
                    PAPER_BGNBD.conditionalExpectedPurchases(c, t), d(row, "expected_purchases_paper_params"), REL, id);
            assertRelative(PAPER_BGNBD.probabilityAlive(c), d(row, "p_alive_paper_params"), REL, id);
            assertRelative(fit.conditionalExpectedPurchases(c, t), d(row, "expected_purchases_lifetimes_fit"), REL, id);
            assertRelative(fit.probabilityAlive(c), d(row, "p_alive_lifetimes_fit"), REL, id);
        }
    }

    @Test
    void conditionalExpectedPurchases_hardieCustomer1_is1226() {
        assertThat(lifetimesFit().conditionalExpectedPurchases(weekly("1", 2, 30.43, 38.86, 0), 39))
                .isCloseTo(1.226, within(0.001));
    }

    @Test
    void probabilityAlive_noRepeatPurchase_isExactlyOne() {
        assertThat(PAPER_BGNBD.probabilityAlive(weekly("3", 0, 0, 38.86, 0))).isEqualTo(1.0);
    }

    @Test
    void expectedPurchases_referenceTimes_matchReferenceAndHardieSheet() {
        BgNbdModel fit = lifetimesFit();
        int hardieChecked = 0;
        for (Map<String, String> row : csv("bgnbd_cdnow_unconditional_expectation.csv")) {
            double t = d(row, "t");
            assertRelative(PAPER_BGNBD.expectedPurchases(t), d(row, "expected_purchases_paper_params"), REL, "t=" + t);
            assertRelative(fit.expectedPurchases(t), d(row, "expected_purchases_lifetimes_fit"), REL, "t=" + t);
            String hardie = row.get("hardie_excel_value_in_lifetimes_test");
            if (!hardie.isEmpty() && !hardie.equals("NaN")) {
                assertThat(fit.expectedPurchases(t)).as("t=" + t).isCloseTo(Double.parseDouble(hardie), within(0.0005));
                hardieChecked++;
            }
        }
        assertThat(hardieChecked).isEqualTo(6);
    }

    @Test
    void probabilityOfPurchases_referenceCases_matchReference() {
        for (Map<String, String> row : csv("bgnbd_pmf_paper_params.csv")) {
            double t = d(row, "t");
            int n = Integer.parseInt(row.get("n"));
            assertRelative(PAPER_BGNBD.probabilityOfPurchases(t, n), d(row, "probability"), REL, "t=" + t + " n=" + n);
        }
        assertThat(PAPER_BGNBD.probabilityOfPurchases(2, 10)).isCloseTo(1.07869e-07, within(1e-12));
        assertThat(PAPER_BGNBD.probabilityOfPurchases(39, 0)).isCloseTo(0.5737864, within(1e-7));
    }

    @Test
    void probabilityOfPurchases_seededRandomParameters_sumsToOneAndMeanMatchesExpectation() {
        long seed = 20261122L;
        Random random = new Random(seed);
        for (int i = 0; i < 100; i++) {
            BgNbdModel m = BgNbdModel.of(
                    BgNbdParameters.of(
                            0.2 + random.nextDouble() * 2,
                            1 + random.nextDouble() * 10,
                            1.2 + random.nextDouble() * 3,
                            0.5 + random.nextDouble() * 3),
                    ClvTimeUnit.WEEKS);
            double t = 0.5 + random.nextDouble() * 20;
            double total = 0;
            double mean = 0;
            for (int n = 0; n < 1500; n++) {
                double p = m.probabilityOfPurchases(t, n);
                total += p;
                mean += n * p;
            }
            String msg = "seed " + seed + " case " + i + " " + m + " t=" + t;
            assertThat(total).as(msg).isCloseTo(1.0, within(1e-8));
            assertThat(mean).as(msg).isCloseTo(m.expectedPurchases(t), withinPercentage(1e-5));
        }
    }

    @Test
    void logLikelihood_singleCustomers_matchReferenceIncludingOverflowCase() {
        for (Map<String, String> row : csv("bgnbd_single_customer_loglik.csv")) {
            BgNbdModel m = BgNbdModel.of(
                    BgNbdParameters.of(d(row, "r"), d(row, "alpha"), d(row, "a"), d(row, "b")), ClvTimeUnit.WEEKS);
            CustomerSummary c = weekly("c", Integer.parseInt(row.get("x")), d(row, "t_x"), d(row, "T"), 0);
            assertThat(m.logLikelihood(c)).as(row.get("note")).isCloseTo(d(row, "loglik"), within(1e-9));
        }
    }

    @Test
    void logLikelihood_cdnowAtPublishedParameters_matchesReference() {
        Map<String, String> row =
                ClvTestData.row("bgnbd_cdnow_params.csv", "source", "Fader_Hardie_Lee_2005_published");
        double ll = PAPER_BGNBD.logLikelihood(ClvTestData.cdnowSummaries());
        assertThat(ll).isCloseTo(d(row, "loglik_on_lifetimes_cdnow_summary"), within(1e-6));
        assertThat(ll).isCloseTo(-9582.4, within(0.05));
    }

    @Test
    void expectedPurchases_aEqualToOne_isFiniteAndBetweenNeighbours() {
        BgNbdModel below = BgNbdModel.of(BgNbdParameters.of(0.243, 4.414, 1 - 1e-6, 2.426), ClvTimeUnit.WEEKS);
        BgNbdModel at = BgNbdModel.of(BgNbdParameters.of(0.243, 4.414, 1.0, 2.426), ClvTimeUnit.WEEKS);
        BgNbdModel above = BgNbdModel.of(BgNbdParameters.of(0.243, 4.414, 1 + 1e-6, 2.426), ClvTimeUnit.WEEKS);
        // README: 1.0842795 at a = 1 - 1e-6 and 1.0842785 at a = 1 + 1e-6
        assertThat(below.expectedPurchases(39)).isCloseTo(1.0842795, within(5e-8));
        assertThat(above.expectedPurchases(39)).isCloseTo(1.0842785, within(5e-8));
        assertThat(at.expectedPurchases(39)).isCloseTo(1.0842790, within(1e-7));
        CustomerSummary c = weekly("1", 2, 30.43, 38.86, 0);
        double y = at.conditionalExpectedPurchases(c, 39);
        assertThat(y)
                .isFinite()
                .isBetween(above.conditionalExpectedPurchases(c, 39), below.conditionalExpectedPurchases(c, 39));
    }

    @Test
    void expectedPurchases_sweepThroughAEqualsOne_isContinuous() {
        double previous = Double.NaN;
        for (int i = -200; i <= 200; i++) {
            double a = 1 + i * 1e-6;
            BgNbdModel m = BgNbdModel.of(BgNbdParameters.of(0.5, 3, a, 2), ClvTimeUnit.DAYS);
            double value = m.expectedPurchases(10);
            if (!Double.isNaN(previous)) {
                // derivative in a is about -0.5 here; steps of 1e-6 move the value by about 5e-7
                assertThat(Math.abs(value - previous))
                        .as("a=" + a)
                        .isLessThan(2e-6)
                        .isGreaterThan(0);
            }
            previous = value;
        }
    }

    @Test
    void conditionalExpectedPurchases_largeFrequency_isFiniteAndBelowRateTimesHorizon() {
        BgNbdModel m = BgNbdModel.of(BgNbdParameters.of(0.25, 4.0, 0.8, 2.5), ClvTimeUnit.WEEKS);
        CustomerSummary heavy = weekly("heavy", 200, 38, 40, 0);
        double y = m.conditionalExpectedPurchases(heavy, 39);
        // about 200 purchases in 40 weeks: at most (r+x)/(alpha+T) per week while alive
        assertThat(y).isFinite().isPositive().isLessThan((0.25 + 200) / 44.0 * 39 * 1.0001);
        assertThat(m.probabilityAlive(heavy)).isBetween(0.0, 1.0);
    }

    @Test
    void timeRescaling_weeksToDays_preservesPredictions() {
        BgNbdModel days = BgNbdModel.of(BgNbdParameters.of(0.243, 4.414 * 7, 0.793, 2.426), ClvTimeUnit.DAYS);
        CustomerSummary weekly = weekly("1", 2, 30.43, 38.86, 0);
        CustomerSummary daily = CustomerSummary.of("1", ClvTimeUnit.DAYS, 2, 30.43 * 7, 38.86 * 7, 0);
        assertRelative(
                days.conditionalExpectedPurchases(daily, 39 * 7),
                PAPER_BGNBD.conditionalExpectedPurchases(weekly, 39),
                1e-12,
                "E[Y]");
        assertRelative(days.probabilityAlive(daily), PAPER_BGNBD.probabilityAlive(weekly), 1e-12, "P(alive)");
        // LL changes by x ln s with s = 1/7 (README §3)
        assertThat(days.logLikelihood(daily))
                .isCloseTo(PAPER_BGNBD.logLikelihood(weekly) + 2 * Math.log(1 / 7.0), within(1e-9));
    }

    @Test
    void predictions_summaryInOtherUnit_areRejected() {
        CustomerSummary daily = CustomerSummary.of("1", ClvTimeUnit.DAYS, 2, 213, 272, 0);
        assertThatThrownBy(() -> PAPER_BGNBD.conditionalExpectedPurchases(daily, 39))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DAYS")
                .hasMessageContaining("WEEKS");
        assertThatThrownBy(() -> PAPER_BGNBD.probabilityAlive(daily)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PAPER_BGNBD.logLikelihood(daily)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void arguments_outOfRange_areRejectedWithNamedMessages() {
        assertThatThrownBy(() -> BgNbdParameters.of(0, 1, 1, 1)).hasMessageContaining("r must be finite and > 0: 0.0");
        assertThatThrownBy(() -> BgNbdParameters.of(1, Double.NaN, 1, 1)).hasMessageContaining("alpha");
        assertThatThrownBy(() -> PAPER_BGNBD.expectedPurchases(-1))
                .hasMessageContaining("t must be finite and >= 0: -1.0");
        assertThatThrownBy(() -> PAPER_BGNBD.probabilityOfPurchases(1, -1)).hasMessageContaining("n must be >= 0");
        BgNbdModel small = BgNbdModel.of(BgNbdParameters.of(1, 1, 0.3, 0.5), ClvTimeUnit.WEEKS);
        // a + b < 1 used to be rejected ("a + b + x > 1"); issue 9: it is valid (BgNbdSmallParametersTest)
        assertThat(small.expectedPurchases(1)).isFinite().isPositive();
        assertThat(PAPER_BGNBD.expectedPurchases(0)).isZero();
    }
}

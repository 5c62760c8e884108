package io.github.emporion.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * BG/NBD expectations when the ₂F₁ parameter c = a + b + x − 1 is below 1, zero or negative (issue
 * 9: fits on the first 200 or 300 CDNOW customers give a + b &lt; 1). Expected values come from the
 * FHL 2005 formulas evaluated here with an independent BigDecimal summation of the signed Gauss
 * series, or from the probability mass function (which uses no ₂F₁ at all).
 */
class BgNbdSmallParametersTest {

    private static final MathContext MC = new MathContext(50);

    /** ₂F₁(a, b; c; z) by plain signed summation in 50-digit arithmetic; c not a non-positive integer. */
    static BigDecimal gaussSeries(double a, double b, double c, double z) {
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal tiny = new BigDecimal("1e-35");
        BigDecimal bz = new BigDecimal(z);
        for (int k = 0; k < 200_000; k++) {
            BigDecimal num =
                    new BigDecimal(a).add(BigDecimal.valueOf(k)).multiply(new BigDecimal(b).add(BigDecimal.valueOf(k)));
            BigDecimal den = new BigDecimal(c).add(BigDecimal.valueOf(k)).multiply(BigDecimal.valueOf(k + 1L));
            term = term.multiply(num, MC).multiply(bz, MC).divide(den, MC);
            sum = sum.add(term, MC);
            if (k > 10 && term.abs().compareTo(tiny.multiply(sum.abs())) < 0) {
                return sum;
            }
        }
        throw new AssertionError("reference series did not converge");
    }

    /** FHL 2005 eq. 10 with ₂F₁ from {@link #gaussSeries}; the power q in double (rel. error 1e-16). */
    static double referenceConditional(
            double r, double alpha, double a, double b, int x, double tx, double age, double t) {
        double c = a + b + x - 1;
        double q = Math.pow((alpha + age) / (alpha + age + t), r + x);
        BigDecimal f = gaussSeries(r + x, b + x, c, t / (alpha + age + t));
        BigDecimal bracket = BigDecimal.ONE.subtract(new BigDecimal(q).multiply(f, MC), MC);
        double numerator = bracket.multiply(new BigDecimal(c), MC).doubleValue() / (a - 1);
        double odds = x == 0 ? 0 : a / (b + x - 1) * Math.pow((alpha + age) / (alpha + tx), r + x);
        return numerator / (1 + odds);
    }

    private static BgNbdModel model(double r, double alpha, double a, double b) {
        return BgNbdModel.of(BgNbdParameters.of(r, alpha, a, b), ClvTimeUnit.WEEKS);
    }

    @Test
    void conditionalExpectedPurchases_smallAPlusB_matchesBigDecimalFormulaOnSeededRandomCases() {
        long seed = 9L;
        Random random = new Random(seed);
        for (int i = 0; i < 400; i++) {
            double r = 0.05 + random.nextDouble() * 2;
            double alpha = 0.5 + random.nextDouble() * 20;
            double a = 0.02 + random.nextDouble() * 0.96;
            double b = 0.01 + random.nextDouble() * (1.5 - a); // a + b in (0.03, 1.5): c in (-0.97, 0.5) for x = 0
            int x = random.nextInt(3);
            double age = 1 + random.nextDouble() * 60;
            double tx = x == 0 ? 0 : random.nextDouble() * age;
            double t = 1 + random.nextDouble() * 80;
            String msg = "seed " + seed + " case " + i + " r=" + r + " alpha=" + alpha + " a=" + a + " b=" + b + " x="
                    + x + " t_x=" + tx + " T=" + age + " t=" + t;
            double expected = referenceConditional(r, alpha, a, b, x, tx, age, t);
            double actual = model(r, alpha, a, b)
                    .conditionalExpectedPurchases(CustomerSummary.of("c", ClvTimeUnit.WEEKS, x, tx, age, 0), t);
            assertThat(expected).as(msg).isPositive();
            assertThat(actual).as(msg).isCloseTo(expected, within(1e-10 * expected));
        }
    }

    @Test
    void expectedPurchases_aPlusBBelowOne_equalsMeanOfProbabilityMassFunction() {
        long seed = 91L;
        Random random = new Random(seed);
        for (int i = 0; i < 60; i++) {
            double a = 0.05 + random.nextDouble() * 0.9;
            double b = 0.02 + random.nextDouble() * (0.97 - a);
            BgNbdModel m = model(0.2 + random.nextDouble() * 2, 1 + random.nextDouble() * 10, a, b);
            double t = 0.5 + random.nextDouble() * 20;
            double mean = 0;
            double total = 0;
            for (int n = 0; n < 3000; n++) {
                double p = m.probabilityOfPurchases(t, n);
                total += p;
                mean += n * p;
            }
            String msg = "seed " + seed + " case " + i + " " + m + " t=" + t;
            assertThat(total).as(msg).isCloseTo(1.0, within(1e-8));
            assertThat(m.expectedPurchases(t)).as(msg).isCloseTo(mean, withinPercentage(1e-5));
        }
    }

    @Test
    void expectedPurchases_issueParameters_areFiniteAndMatchPmfMean() {
        // the parameters that used to be rejected with "a + b + x > 1"
        BgNbdModel small = model(1, 1, 0.3, 0.5);
        double mean = 0;
        for (int n = 0; n < 3000; n++) {
            mean += n * small.probabilityOfPurchases(1, n);
        }
        assertThat(small.expectedPurchases(1)).isCloseTo(mean, withinPercentage(1e-6));
    }

    /**
     * a + b crosses 1 at a = 0.75, b = 0.25: for x = 0 that is c = 0 (the pole of ₂F₁, where the
     * prefactor vanishes), for x = 1 it is c = 1 (where the evaluation switches method).
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void conditionalExpectedPurchases_aPlusBCrossingOne_isContinuous(int x) {
        double r = 0.3;
        double alpha = 5;
        double b = 0.25;
        double a0 = 0.75;
        double age = 30;
        double t = 39;
        CustomerSummary c = CustomerSummary.of("c", ClvTimeUnit.WEEKS, x, x == 0 ? 0 : 20, age, 0);
        double atCrossing = model(r, alpha, a0, b).conditionalExpectedPurchases(c, t);
        if (x == 0) {
            // c = 0 exactly: the limit -q · Σ_{k≥1} (r)_k (b)_k z^k / ((k-1)! k!) / (a - 1)
            double z = t / (alpha + age + t);
            double q = Math.pow((alpha + age) / (alpha + age + t), r);
            BigDecimal term = new BigDecimal(r).multiply(new BigDecimal(b)).multiply(new BigDecimal(z));
            BigDecimal sum = term;
            for (int k = 1; k < 5000; k++) {
                term = term.multiply(new BigDecimal(r + k).multiply(new BigDecimal(b + k)), MC)
                        .multiply(new BigDecimal(z), MC)
                        .divide(BigDecimal.valueOf((long) k * (k + 1)), MC);
                sum = sum.add(term, MC);
            }
            double limit = -q * sum.doubleValue() / (a0 - 1);
            assertThat(atCrossing).isCloseTo(limit, within(1e-12 * limit));
        } else {
            double expected = referenceConditional(r, alpha, a0, b, x, 20, age, t);
            assertThat(atCrossing).isCloseTo(expected, within(1e-12 * expected));
        }
        double previousGap = Double.POSITIVE_INFINITY;
        for (double h : new double[] {1e-2, 1e-4, 1e-6, 1e-8, 1e-10, 1e-12}) {
            double above = model(r, alpha, a0 + h, b).conditionalExpectedPurchases(c, t);
            double below = model(r, alpha, a0 - h, b).conditionalExpectedPurchases(c, t);
            String msg = "x=" + x + " h=" + h + " above=" + above + " below=" + below + " at=" + atCrossing;
            assertThat(above).as(msg).isPositive().isFinite();
            assertThat(below).as(msg).isPositive().isFinite();
            double gap = Math.abs(above - below);
            // smooth in a: the two-sided gap shrinks linearly with h (|dE/da| / E below 5 here)
            assertThat(gap).as(msg).isLessThanOrEqualTo(10 * h * atCrossing + 1e-13);
            assertThat(gap).as(msg).isLessThanOrEqualTo(previousGap + 1e-13);
            previousGap = gap;
            // and the midpoint approaches the value on the crossing quadratically
            assertThat((above + below) / 2).as(msg).isCloseTo(atCrossing, within(100 * h * h * atCrossing + 1e-13));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 300})
    void fit_firstCdnowCustomers_givesFiniteNonNegativePredictionsForEveryCustomer(int n) {
        List<CustomerSummary> all = ClvTestData.cdnowSummaries().customers();
        CustomerSummaries first = CustomerSummaries.of(ClvTimeUnit.WEEKS, all.subList(0, n));
        BgNbdFit fit = BgNbdFitter.fit(first);
        BgNbdParameters p = fit.model().parameters();
        String fitted = "first " + n + " customers: " + p;
        assertThat(fit.diagnostics().converged()).as(fitted).isTrue();
        // the regime of issue 9: c = a + b - 1 < 0 for the zero-repeat customers
        assertThat(p.a() + p.b()).as(fitted).isLessThan(1);
        int zeroRepeat = 0;
        for (CustomerSummary c : first.customers()) {
            String msg = fitted + ", customer " + c.customerId() + " x=" + c.frequency();
            for (double t : new double[] {1, 39, 52.14, 200}) {
                double e = fit.model().conditionalExpectedPurchases(c, t);
                assertThat(e).as(msg + " t=" + t).isFinite().isNotNegative();
                double expected =
                        referenceConditional(p.r(), p.alpha(), p.a(), p.b(), c.frequency(), c.recency(), c.age(), t);
                assertThat(e).as(msg + " t=" + t).isCloseTo(expected, within(1e-9 * expected));
            }
            double alive = fit.model().probabilityAlive(c);
            assertThat(alive).as(msg).isGreaterThan(0).isLessThanOrEqualTo(1);
            if (c.frequency() == 0) {
                zeroRepeat++;
                assertThat(alive).as(msg).isEqualTo(1.0);
            }
        }
        assertThat(zeroRepeat).as(fitted).isPositive();
        assertThat(fit.model().expectedPurchases(39)).as(fitted).isFinite().isPositive();
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 300})
    void analyse_firstCdnowCustomers_predictsEveryCustomer(int n) {
        List<CustomerSummary> all = ClvTestData.cdnowSummaries().customers();
        CustomerSummaries first = CustomerSummaries.of(ClvTimeUnit.WEEKS, all.subList(0, n));
        ClvAnalysis analysis = CustomerLifetimeValue.analyse(first, ClvOptions.defaults());
        assertThat(analysis.predictions()).hasSize(n);
        for (ClvPrediction p : analysis.predictions()) {
            assertThat(p.expectedPurchases()).as(p.customerId()).isFinite().isNotNegative();
            assertThat(p.probabilityAlive()).as(p.customerId()).isGreaterThan(0).isLessThanOrEqualTo(1);
            assertThat(p.clv()).as(p.customerId()).isFinite().isNotNegative();
        }
    }
}

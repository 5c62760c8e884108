package io.github.emporion.examples;

import io.github.emporion.metrics.stats.AbComparison;
import io.github.emporion.metrics.stats.ProportionComparison;
import java.util.Locale;

/**
 * E-marketing: an A/B test of two landing pages.
 *
 * <p>Page A (control): 150 purchases in 5 000 sessions = 3.00 %. Page B (variant): 190 in 5 000 =
 * 3.80 %. By hand: pooled rate p = 340 / 10 000 = 0.034, standard error √(p (1 − p) (1/5 000 +
 * 1/5 000)) = 0.003625, z = (0.038 − 0.030) / 0.003625 = 2.21, two-sided p-value 0.027. Newcombe's 95 % interval for the difference (from
 * the two Wilson intervals) is [0.09, 1.52] percentage points. The lift is
 * +26.7 % and unlikely to be chance at the 5 % level — but decide the sample size before the test,
 * not by peeking until p &lt; 0.05.
 */
public final class AbTestLandingPages {

    private AbTestLandingPages() {}

    /**
     * Compares the two pages and prints the result.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        ProportionComparison result = AbComparison.compare(190, 5_000, 150, 5_000);
        System.out.printf(Locale.ROOT, "control A: %.2f%%%n", 100 * result.controlRate());
        System.out.printf(Locale.ROOT, "variant B: %.2f%%%n", 100 * result.variantRate());
        System.out.printf(Locale.ROOT, "difference: %.2f percentage points%n", 100 * result.difference());
        System.out.printf(
                Locale.ROOT,
                "difference 95%% CI: [%.2f, %.2f] percentage points%n",
                100 * result.differenceInterval().lower(),
                100 * result.differenceInterval().upper());
        System.out.printf(
                Locale.ROOT,
                "relative lift: %.1f%%%n",
                100 * result.relativeLift().orElseThrow());
        System.out.printf(Locale.ROOT, "z: %.2f%n", result.zStatistic().orElseThrow());
        System.out.printf(Locale.ROOT, "p-value: %.3f%n", result.pValue().orElseThrow());
        System.out.println(result.pValue().orElseThrow() < 0.05 ? "B beats A at the 5 % level" : "no clear winner");
    }
}

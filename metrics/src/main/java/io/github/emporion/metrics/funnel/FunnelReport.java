package io.github.emporion.metrics.funnel;

import io.github.emporion.metrics.kpi.KpiLabel;
import io.github.emporion.metrics.kpi.RateKind;
import io.github.emporion.metrics.kpi.RateResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A closed shop funnel from plain counts: sessions → product views → add to cart → checkout →
 * purchase. Counts are sessions that reached the step <em>and every step before it</em> (like a
 * GA4 closed funnel), so they never increase along the funnel.
 *
 * <p>Each step has a step rate (count ÷ previous count) and an overall rate (count ÷ sessions);
 * both are proportions with a Wilson interval, undefined when their denominator is 0.
 *
 * <p>Example: 10 000 sessions, 4 000 product views, 1 000 add to cart, 400 checkouts, 250
 * purchases → step rates 0.4, 0.25, 0.4, 0.625; overall purchase rate 0.025.
 *
 * @param steps the five steps in funnel order
 */
public record FunnelReport(List<FunnelStepResult> steps) {

    /**
     * Copies the steps.
     *
     * @throws IllegalArgumentException unless there is exactly one result per {@link FunnelStep},
     *     in order
     */
    public FunnelReport {
        steps = List.copyOf(steps);
        FunnelStep[] expected = FunnelStep.values();
        if (steps.size() != expected.length) {
            throw new IllegalArgumentException(
                    "a funnel report needs " + expected.length + " steps but got " + steps.size());
        }
        for (int i = 0; i < expected.length; i++) {
            if (steps.get(i).step() != expected[i]) {
                throw new IllegalArgumentException("funnel step " + i + " must be " + expected[i] + " but was "
                        + steps.get(i).step());
            }
        }
    }

    /**
     * Builds the report from the count of sessions reaching each step.
     *
     * @param sessions sessions
     * @param productViews sessions that viewed a product
     * @param addToCart sessions that also added to cart
     * @param checkout sessions that also began checkout
     * @param purchase sessions that also purchased
     * @return the report
     * @throws IllegalArgumentException if a count is negative or larger than the previous step's
     */
    public static FunnelReport of(long sessions, long productViews, long addToCart, long checkout, long purchase) {
        long[] counts = {sessions, productViews, addToCart, checkout, purchase};
        FunnelStep[] names = FunnelStep.values();
        List<FunnelStepResult> steps = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0) {
                throw new IllegalArgumentException(names[i].id() + " must not be negative but was " + counts[i]);
            }
            if (i > 0 && counts[i] > counts[i - 1]) {
                throw new IllegalArgumentException("funnel counts must not increase: " + names[i].id() + " " + counts[i]
                        + " > " + names[i - 1].id() + " " + counts[i - 1]);
            }
        }
        for (int i = 0; i < counts.length; i++) {
            long previous = i == 0 ? counts[0] : counts[i - 1];
            String previousName = i == 0 ? names[0].id() : names[i - 1].id();
            steps.add(new FunnelStepResult(
                    names[i],
                    counts[i],
                    RateResult.of(
                            KpiLabel.of("funnel_step_rate", names[i].id()),
                            RateKind.PROPORTION,
                            counts[i],
                            previous,
                            previousName),
                    RateResult.of(
                            KpiLabel.of("funnel_conversion_rate", names[i].id()),
                            RateKind.PROPORTION,
                            counts[i],
                            counts[0],
                            names[0].id()),
                    previous - counts[i]));
        }
        return new FunnelReport(steps);
    }

    /**
     * Returns the result of one step.
     *
     * @param step the step
     * @return its row
     */
    public FunnelStepResult step(FunnelStep step) {
        return steps.get(Objects.requireNonNull(step, "step").ordinal());
    }

    /**
     * Returns purchases ÷ sessions, the funnel's overall conversion rate.
     *
     * @return the rate
     */
    public RateResult overallConversionRate() {
        return step(FunnelStep.PURCHASE).overallRate();
    }
}

package io.github.emporion.metrics.kpi;

/**
 * What a {@link RateResult}'s numerator is relative to its denominator; decides validation and
 * whether a binomial confidence interval applies.
 */
public enum RateKind {
    /**
     * The numerator counts a subset of the denominator (clicks among impressions, converting
     * sessions among sessions): {@code 0 ≤ numerator ≤ denominator}, value in [0, 1], a binomial
     * confidence interval applies when both are whole numbers.
     */
    PROPORTION,
    /**
     * A count per unit (conversions per interaction, orders per customer, impressions per reached
     * person): {@code numerator ≥ 0}, may exceed the denominator, no binomial interval.
     */
    PER_UNIT,
    /**
     * A dimensionless ratio of two amounts of money in one currency (ROAS, ROI, gross margin,
     * LTV:CAC, budget utilisation): the numerator may be negative (a loss), the denominator may not.
     */
    MONEY_RATIO
}

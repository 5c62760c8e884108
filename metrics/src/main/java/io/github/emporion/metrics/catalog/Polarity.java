package io.github.emporion.metrics.catalog;

/** Which direction of a KPI is good news, for colouring a report. */
public enum Polarity {
    /** Higher values are better (CTR, conversion rate, ROAS). */
    HIGHER_IS_BETTER,
    /** Lower values are better (CPC, churn, abandonment). */
    LOWER_IS_BETTER,
    /** Neither direction is good in itself (frequency, budget pacing: the target is a value). */
    NEUTRAL
}

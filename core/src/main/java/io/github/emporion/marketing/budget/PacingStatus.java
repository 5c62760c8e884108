package io.github.emporion.marketing.budget;

/** How a budget line is doing; see {@link BudgetStatus#status()}. */
public enum PacingStatus {
    /** Actual spend already exceeds the planned spend. */
    OVERSPENT,
    /** Nothing was planned for the line (pacing undefined); any spend is unplanned. */
    NO_BUDGET,
    /** The month has not started at the as-of instant (pacing undefined). */
    NOT_STARTED,
    /** Pacing above {@code 1 + tolerance}: spending faster than time passes. */
    AHEAD,
    /** Pacing within {@code [1 - tolerance, 1 + tolerance]}. */
    ON_TRACK,
    /** Pacing below {@code 1 - tolerance}: spending slower than time passes. */
    BEHIND
}

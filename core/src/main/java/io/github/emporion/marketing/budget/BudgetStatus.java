package io.github.emporion.marketing.budget;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * Plan versus actual for one budget line at an as-of instant.
 *
 * <ul>
 *   <li>{@code periodElapsed} = time elapsed in the month / length of the month, in {@code [0, 1]}
 *       (measured in the budget's time zone, so a month with a daylight-saving change is 743 or
 *       745 hours long);
 *   <li>{@code budgetUsed} = actual / planned; empty when planned is zero;
 *   <li>{@code pacing} = budgetUsed / periodElapsed; 1 means spending exactly in step with time,
 *       above 1 ahead of plan; empty when planned is zero ({@link PacingStatus#NO_BUDGET}) or no
 *       time has elapsed ({@link PacingStatus#NOT_STARTED}).
 * </ul>
 *
 * <p>Example: April (30 days) planned EUR 3,000, EUR 1,800 spent by the start of 16 April: elapsed
 * 15/30 = 0.5, used 1800/3000 = 0.6, pacing 0.6 / 0.5 = 1.2 (ahead).
 *
 * <p>Ratios are {@link BigDecimal}s computed with {@link java.math.MathContext#DECIMAL64} (16
 * significant digits, HALF_EVEN), each from exact inputs with a single division.
 *
 * @param target the channel or campaign
 * @param month the month
 * @param planned the planned spend
 * @param actual the actual spend
 * @param periodElapsed the share of the month elapsed
 * @param budgetUsed the share of the budget used, if defined
 * @param pacing budget used versus period elapsed, if defined
 * @param status the summary
 */
public record BudgetStatus(
        BudgetTarget target,
        YearMonth month,
        MonetaryAmount planned,
        MonetaryAmount actual,
        BigDecimal periodElapsed,
        Optional<BigDecimal> budgetUsed,
        Optional<BigDecimal> pacing,
        PacingStatus status) {

    /**
     * Checks the components are present.
     *
     * @param target the target
     * @param month the month
     * @param planned the planned spend
     * @param actual the actual spend
     * @param periodElapsed the share of the month elapsed
     * @param budgetUsed the share of the budget used
     * @param pacing the pacing
     * @param status the status
     */
    public BudgetStatus {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(planned, "planned");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(periodElapsed, "periodElapsed");
        Objects.requireNonNull(budgetUsed, "budgetUsed");
        Objects.requireNonNull(pacing, "pacing");
        Objects.requireNonNull(status, "status");
    }

    /**
     * Returns the over- (positive) or under-spend (negative).
     *
     * @return {@code actual - planned}
     */
    public MonetaryAmount variance() {
        return actual.subtract(planned);
    }

    /**
     * Returns what is left to spend (negative when overspent).
     *
     * @return {@code planned - actual}
     */
    public MonetaryAmount remaining() {
        return planned.subtract(actual);
    }
}

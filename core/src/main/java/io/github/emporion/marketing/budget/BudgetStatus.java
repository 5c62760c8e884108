package io.github.emporion.marketing.budget;

import io.github.emporion.money.CurrencyMismatchException;
import java.math.BigDecimal;
import java.math.MathContext;
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
 * significant digits, HALF_EVEN), each from exact inputs with a single division, and normalised
 * (trailing zeros stripped, scale never negative), so equal ratios give equal statuses whatever
 * their scale ({@code 0.50} and {@code 0.5}, {@code 0E+2} and {@code 0}).
 *
 * <p>Consistency rules, checked on construction (a status read from elsewhere, e.g. JSON, must
 * obey them): planned and actual share one currency and are not negative; {@code periodElapsed} is
 * in {@code [0, 1]}; {@code budgetUsed} is present exactly when planned is not zero and then equals
 * actual / planned (DECIMAL64); {@code pacing} is present exactly when planned is not zero and
 * {@code periodElapsed} is above zero, and is not negative; the status is {@link
 * PacingStatus#NO_BUDGET} exactly when planned is zero, {@link PacingStatus#OVERSPENT} exactly when
 * actual exceeds a non-zero plan, {@link PacingStatus#NOT_STARTED} exactly when neither applies and
 * pacing is empty; {@link PacingStatus#AHEAD} needs pacing above 1, {@link PacingStatus#BEHIND}
 * below 1, {@link PacingStatus#ON_TRACK} in {@code (0, 2)} (the tolerance, in {@code [0, 1)}, is
 * not part of the status, so the exact band cannot be checked). The pacing value itself is not
 * re-derived: it comes from the elapsed time in nanoseconds, of which {@code periodElapsed} is a
 * rounded ratio.
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
     * Checks the components and the consistency rules above.
     *
     * @param target the target
     * @param month the month
     * @param planned the planned spend
     * @param actual the actual spend
     * @param periodElapsed the share of the month elapsed
     * @param budgetUsed the share of the budget used
     * @param pacing the pacing
     * @param status the status
     * @throws CurrencyMismatchException if planned and actual differ in currency
     * @throws IllegalArgumentException if a consistency rule is broken
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
        periodElapsed = normalise(periodElapsed);
        budgetUsed = budgetUsed.map(BudgetStatus::normalise);
        pacing = pacing.map(BudgetStatus::normalise);
        CurrencyMismatchException.requireSameCurrency(planned, actual);
        String where = " (" + target + ", " + month + ")";
        if (planned.isNegative() || actual.isNegative()) {
            throw new IllegalArgumentException(
                    "planned " + planned + " and actual " + actual + " must not be negative" + where);
        }
        if (periodElapsed.signum() < 0 || periodElapsed.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("periodElapsed: " + periodElapsed + " must be in [0, 1]" + where);
        }
        BigDecimal plan = planned.getNumber().numberValueExact(BigDecimal.class);
        BigDecimal spent = actual.getNumber().numberValueExact(BigDecimal.class);
        boolean noPlan = plan.signum() == 0;
        if (budgetUsed.isPresent() == noPlan) {
            throw new IllegalArgumentException("budgetUsed: " + budgetUsed + " must be "
                    + (noPlan ? "empty when planned is zero" : "present when planned is not zero") + where);
        }
        budgetUsed.ifPresent(used -> {
            if (used.compareTo(spent.divide(plan, MathContext.DECIMAL64)) != 0) {
                throw new IllegalArgumentException(
                        "budgetUsed: " + used + " is not actual / planned = " + spent + " / " + plan + where);
            }
        });
        boolean pacingDefined = !noPlan && periodElapsed.signum() > 0;
        if (pacing.isPresent() != pacingDefined) {
            throw new IllegalArgumentException("pacing: " + pacing + " must be "
                    + (pacingDefined ? "present" : "empty when planned or periodElapsed is zero") + where);
        }
        if (pacing.isPresent() && pacing.get().signum() < 0) {
            throw new IllegalArgumentException("pacing: " + pacing.get() + " must not be negative" + where);
        }
        PacingStatus expected = noPlan
                ? PacingStatus.NO_BUDGET
                : spent.compareTo(plan) > 0
                        ? PacingStatus.OVERSPENT
                        : pacing.isEmpty() ? PacingStatus.NOT_STARTED : null;
        BigDecimal p = pacing.orElse(BigDecimal.ONE);
        boolean consistent = expected != null
                ? status == expected
                : switch (status) {
                    case AHEAD -> p.compareTo(BigDecimal.ONE) > 0;
                    case BEHIND -> p.compareTo(BigDecimal.ONE) < 0;
                    case ON_TRACK -> p.signum() > 0 && p.compareTo(BigDecimal.valueOf(2)) < 0;
                    default -> false;
                };
        if (!consistent) {
            throw new IllegalArgumentException("status: " + status + " contradicts planned " + planned + ", actual "
                    + actual + " and pacing " + pacing + where);
        }
    }

    /** Strips trailing zeros, never leaving a negative scale: {@code 0E+2} becomes {@code 0}. */
    private static BigDecimal normalise(BigDecimal value) {
        BigDecimal n = value.stripTrailingZeros();
        return n.scale() < 0 ? n.setScale(0) : n;
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

package io.github.emporion.metrics.kpi;

import io.github.emporion.metrics.stats.AbComparison;
import io.github.emporion.metrics.stats.BinomialIntervals;
import io.github.emporion.metrics.stats.ConfidenceInterval;
import io.github.emporion.metrics.stats.IntervalMethod;
import io.github.emporion.metrics.stats.ProportionComparison;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * A KPI that is a quotient of two numbers: a proportion (CTR), a count per unit (purchase
 * frequency) or a ratio of two amounts of money (ROAS). It keeps numerator and denominator, so a
 * report can show "57 / 1 930" next to the value and results can be re-aggregated correctly
 * (never average rates: add numerators and denominators).
 *
 * <p><b>Exactness.</b> The value is computed with {@link BigDecimal} in {@link
 * MathContext#DECIMAL128} (34 significant digits, half-even): exact whenever the quotient
 * terminates within 34 digits, otherwise correct to 34 significant digits. Rounding for display is
 * explicit ({@link #valueRounded(int)}).
 *
 * <p><b>Zero denominator.</b> The result is <em>undefined</em>: {@link #value()} is empty and
 * {@link #undefinedReason()} names the denominator, e.g. {@code "impressions is 0"}. It is never
 * 0, NaN or an exception, because "no data" differs from "observed and zero".
 *
 * <p><b>Validation</b> (by {@link #kind()}): the denominator is never negative; for {@link
 * RateKind#PROPORTION} {@code 0 ≤ numerator ≤ denominator}; for {@link RateKind#PER_UNIT} {@code
 * numerator ≥ 0} (it may exceed the denominator); for {@link RateKind#MONEY_RATIO} the numerator
 * may be negative (a loss).
 *
 * @param label the KPI id and variant
 * @param kind proportion, per-unit count or money ratio
 * @param numerator the numerator (trailing zeros stripped)
 * @param denominator the denominator (trailing zeros stripped)
 * @param denominatorName what the denominator counts, used in the undefined reason, e.g. {@code
 *     impressions}
 */
public record RateResult(
        KpiLabel label, RateKind kind, BigDecimal numerator, BigDecimal denominator, String denominatorName)
        implements KpiResult {

    /**
     * Validates the parts as described in the class documentation.
     *
     * @throws IllegalArgumentException naming the argument, the value and the broken rule
     */
    public RateResult {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(denominatorName, "denominatorName");
        numerator = normalise(Objects.requireNonNull(numerator, "numerator"));
        denominator = normalise(Objects.requireNonNull(denominator, "denominator"));
        if (denominator.signum() < 0) {
            throw new IllegalArgumentException(
                    label + ": " + denominatorName + " must not be negative but was " + denominator.toPlainString());
        }
        if (kind != RateKind.MONEY_RATIO && numerator.signum() < 0) {
            throw new IllegalArgumentException(
                    label + ": numerator must not be negative but was " + numerator.toPlainString());
        }
        if (kind == RateKind.PROPORTION && numerator.compareTo(denominator) > 0) {
            throw new IllegalArgumentException(label + ": numerator " + numerator.toPlainString()
                    + " must not exceed " + denominatorName + " " + denominator.toPlainString()
                    + " for a proportion");
        }
    }

    /**
     * Creates a result from whole-number counts.
     *
     * @param label the KPI id and variant
     * @param kind the kind of quotient
     * @param numerator the numerator
     * @param denominator the denominator
     * @param denominatorName what the denominator counts
     * @return the result
     * @throws IllegalArgumentException if the counts break the rules of {@code kind}
     */
    public static RateResult of(
            KpiLabel label, RateKind kind, long numerator, long denominator, String denominatorName) {
        return new RateResult(
                label, kind, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), denominatorName);
    }

    private static BigDecimal normalise(BigDecimal value) {
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    @Override
    public Optional<String> undefinedReason() {
        return denominator.signum() == 0 ? Optional.of(denominatorName + " is 0") : Optional.empty();
    }

    /**
     * Returns {@code numerator / denominator} in {@link MathContext#DECIMAL128}, or empty when the
     * denominator is 0.
     *
     * @return the value, a fraction (not a percentage) for proportions
     */
    public Optional<BigDecimal> value() {
        if (denominator.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(normalise(numerator.divide(denominator, MathContext.DECIMAL128)));
    }

    /**
     * Returns the value rounded half-even to {@code fractionDigits} decimal places, for display.
     *
     * @param fractionDigits decimal places, e.g. 4 for {@code 0.0295}
     * @return the rounded value, or empty when undefined
     */
    public Optional<BigDecimal> valueRounded(int fractionDigits) {
        return value().map(v -> v.setScale(fractionDigits, RoundingMode.HALF_EVEN));
    }

    /**
     * Returns the value as a {@code double}, for statistics and charts.
     *
     * @return the value, or empty when undefined
     */
    public Optional<Double> valueAsDouble() {
        return value().map(BigDecimal::doubleValue);
    }

    /**
     * Returns the 95 % Wilson score interval, the library default.
     *
     * @return the interval; empty when the result is undefined, not a {@link RateKind#PROPORTION}
     *     or its counts are not whole numbers
     */
    public Optional<ConfidenceInterval> interval() {
        return interval(IntervalMethod.WILSON, 0.95);
    }

    /**
     * Returns a binomial confidence interval for the proportion.
     *
     * @param method Wilson, Agresti–Coull or Clopper–Pearson
     * @param confidence the confidence level, strictly between 0 and 1, e.g. {@code 0.95}
     * @return the interval; empty when the result is undefined, not a {@link RateKind#PROPORTION}
     *     or its counts are not whole numbers that fit a {@code long}
     * @throws IllegalArgumentException if {@code confidence} is outside (0, 1)
     */
    public Optional<ConfidenceInterval> interval(IntervalMethod method, double confidence) {
        Objects.requireNonNull(method, "method");
        BinomialIntervals.requireConfidence(confidence);
        return wholeCounts().map(xn -> BinomialIntervals.interval(method, xn[0], xn[1], confidence));
    }

    /**
     * Compares this rate (the variant of an A/B test) with a control rate: pooled z-test, Newcombe
     * interval for the difference and relative lift ({@link AbComparison}).
     *
     * <p>Example: {@code Kpis.conversionRate(250, 10000).compareWith(Kpis.conversionRate(200,
     * 10000), 0.95)} → lift 0.25, p = 0.01713.
     *
     * @param control the control's rate, of the same KPI
     * @param confidence level of the difference interval in (0, 1)
     * @return the comparison; empty unless both are defined whole-number proportions
     * @throws IllegalArgumentException if the two rates are of different KPIs or the level is
     *     outside (0, 1)
     */
    public Optional<ProportionComparison> compareWith(RateResult control, double confidence) {
        Objects.requireNonNull(control, "control");
        BinomialIntervals.requireConfidence(confidence);
        if (!label.kpiId().equals(control.label.kpiId())) {
            throw new IllegalArgumentException(
                    "cannot compare rates of different KPIs: " + label + " with " + control.label);
        }
        Optional<long[]> variantCounts = wholeCounts();
        Optional<long[]> controlCounts = control.wholeCounts();
        if (variantCounts.isEmpty() || controlCounts.isEmpty()) {
            return Optional.empty();
        }
        long[] v = variantCounts.get();
        long[] c = controlCounts.get();
        return Optional.of(AbComparison.compare(v[0], v[1], c[0], c[1], confidence));
    }

    private Optional<long[]> wholeCounts() {
        if (kind != RateKind.PROPORTION || denominator.signum() == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new long[] {numerator.longValueExact(), denominator.longValueExact()});
        } catch (ArithmeticException notWhole) {
            return Optional.empty();
        }
    }

    /** Returns e.g. {@code ctr = 57/1930 = 0.02953…} or {@code ctr = 0/0 (undefined: impressions is 0)}. */
    @Override
    public String toString() {
        String ratio = label + " = " + numerator.toPlainString() + "/" + denominator.toPlainString();
        return value().map(v -> ratio + " = " + v.toPlainString())
                .orElseGet(() -> ratio + " (undefined: " + denominatorName + " is 0)");
    }
}

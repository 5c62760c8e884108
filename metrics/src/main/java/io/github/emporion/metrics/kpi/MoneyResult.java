package io.github.emporion.metrics.kpi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * A KPI that is an amount of money per unit: CPC (cost per click), CPM (cost per thousand
 * impressions), CPA, CAC, AOV, historical CLV. The value is {@code total × perUnits / denominator}
 * in the currency of {@code total}.
 *
 * <p><b>Exactness.</b> The division uses {@link MathContext#DECIMAL128} (34 significant digits);
 * the value is <em>not</em> rounded to the currency's minor unit — rounding is a presentation step,
 * {@link #valueRounded()} (half-even to the currency's default fraction digits: 2 for EUR, 0 for
 * JPY, 3 for KWD). CPM multiplies before dividing, so small per-impression costs lose nothing.
 *
 * <p><b>Zero denominator</b> (no clicks, no orders, ...) gives an undefined result naming the
 * denominator; the total stays reportable ("spent 12.00, CPC undefined").
 *
 * @param label the KPI id and variant
 * @param total the amount divided, e.g. the cost; never negative
 * @param denominator the count divided by (clicks, orders, conversions — may be fractional); never
 *     negative
 * @param perUnits the number of units the value is quoted per: 1, or 1000 for CPM
 * @param denominatorName what the denominator counts, e.g. {@code clicks}
 */
public record MoneyResult(
        KpiLabel label, MonetaryAmount total, BigDecimal denominator, int perUnits, String denominatorName)
        implements KpiResult {

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if {@code total} or {@code denominator} is negative or
     *     {@code perUnits} is not positive
     */
    public MoneyResult {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(denominator, "denominator");
        Objects.requireNonNull(denominatorName, "denominatorName");
        denominator = denominator.signum() == 0 ? BigDecimal.ZERO : denominator.stripTrailingZeros();
        if (total.isNegative()) {
            throw new IllegalArgumentException(label + ": total must not be negative but was " + total);
        }
        if (denominator.signum() < 0) {
            throw new IllegalArgumentException(
                    label + ": " + denominatorName + " must not be negative but was " + denominator.toPlainString());
        }
        if (perUnits <= 0) {
            throw new IllegalArgumentException(label + ": perUnits must be positive but was " + perUnits);
        }
    }

    @Override
    public Optional<String> undefinedReason() {
        return denominator.signum() == 0 ? Optional.of(denominatorName + " is 0") : Optional.empty();
    }

    /**
     * Returns {@code total × perUnits / denominator}, unrounded, or empty when the denominator is 0.
     *
     * @return the amount per unit in the currency of {@code total}
     */
    public Optional<MonetaryAmount> value() {
        if (denominator.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal amount = KpiMath.decimal(total)
                .multiply(BigDecimal.valueOf(perUnits))
                .divide(denominator, MathContext.DECIMAL128);
        return Optional.of(Money.of(amount.stripTrailingZeros(), total.getCurrency()));
    }

    /**
     * Returns the value rounded half-even to the currency's default fraction digits, for display.
     *
     * @return the rounded amount, or empty when undefined
     */
    public Optional<MonetaryAmount> valueRounded() {
        return value().map(v -> {
            int digits = Math.max(0, v.getCurrency().getDefaultFractionDigits());
            return Money.of(KpiMath.decimal(v).setScale(digits, RoundingMode.HALF_EVEN), v.getCurrency());
        });
    }

    /** Returns e.g. {@code cpc = EUR 0.60 / 2 clicks = EUR 0.3}. */
    @Override
    public String toString() {
        String head = label + " = " + total + (perUnits == 1 ? "" : " x " + perUnits) + " / "
                + denominator.toPlainString() + " " + denominatorName;
        return value().map(v -> head + " = " + v).orElseGet(() -> head + " (undefined: " + denominatorName + " is 0)");
    }
}

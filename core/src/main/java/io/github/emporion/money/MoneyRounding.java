package io.github.emporion.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A named rule for rounding an amount to its currency's minor units: 2 decimals for EUR and USD,
 * 0 for JPY and KRW, 3 for KWD, BHD, JOD, OMR and TND.
 *
 * <p>Emporion rounds only where the domain rounds (a line, a tax, a total), and every such place
 * names its rule. {@link #HALF_EVEN} (banker's rounding) is the default because it has no upward
 * bias over many roundings; {@link #HALF_UP} is the commercial rounding many tax authorities use.
 *
 * <p>Example: 2.345 EUR is 2.34 under {@code HALF_EVEN} and 2.35 under {@code HALF_UP}; 0.0125 KWD
 * is 0.012 and 0.013; 12.5 JPY is 12 and 13.
 */
public enum MoneyRounding {
    /** Round half to even (banker's rounding): the default. */
    HALF_EVEN(RoundingMode.HALF_EVEN),
    /** Round half away from zero (commercial rounding). */
    HALF_UP(RoundingMode.HALF_UP),
    /** Round half towards zero. */
    HALF_DOWN(RoundingMode.HALF_DOWN),
    /** Round towards positive infinity. */
    CEILING(RoundingMode.CEILING),
    /** Round towards negative infinity. */
    FLOOR(RoundingMode.FLOOR);

    /** The default rule: {@link #HALF_EVEN}. */
    public static final MoneyRounding DEFAULT = HALF_EVEN;

    private final RoundingMode mode;

    MoneyRounding(RoundingMode mode) {
        this.mode = mode;
    }

    /**
     * Returns the {@link RoundingMode} this rule applies.
     *
     * @return the rounding mode
     */
    public RoundingMode mode() {
        return mode;
    }

    /**
     * Rounds an amount to its currency's minor units.
     *
     * @param amount the amount, in any currency with a minor unit
     * @return the rounded amount, with exactly the currency's number of decimals
     */
    public MonetaryAmount round(MonetaryAmount amount) {
        Objects.requireNonNull(amount, "amount");
        return Monies.of(round(Monies.decimal(amount), Monies.minorDigits(amount.getCurrency())), amount.getCurrency());
    }

    /**
     * Rounds a decimal to the given number of decimals with this rule.
     *
     * @param value the value
     * @param digits the number of decimals to keep, at least 0
     * @return the rounded value with scale {@code digits}
     */
    public BigDecimal round(BigDecimal value, int digits) {
        Objects.requireNonNull(value, "value");
        if (digits < 0) {
            throw new IllegalArgumentException("digits must be >= 0: " + digits);
        }
        return value.setScale(digits, mode);
    }
}

package io.github.emporion.marketing.budget;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * Actual spend for one target on one day.
 *
 * @param target the channel or campaign
 * @param date the day the spend belongs to
 * @param amount the spend, not negative
 */
public record SpendEntry(BudgetTarget target, LocalDate date, MonetaryAmount amount) {

    /**
     * Validates the entry.
     *
     * @param target the channel or campaign
     * @param date the day
     * @param amount the spend
     */
    public SpendEntry {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException(
                    "amount: " + amount + " must not be negative (" + target + ", " + date + ")");
        }
    }

    /**
     * Creates an entry for spend that happened at an instant, dated in an explicit time zone.
     *
     * @param target the channel or campaign
     * @param at when the spend happened
     * @param zone the zone whose calendar dates the spend
     * @param amount the spend
     * @return the entry
     */
    public static SpendEntry at(BudgetTarget target, Instant at, ZoneId zone, MonetaryAmount amount) {
        return new SpendEntry(target, LocalDate.ofInstant(at, zone), amount);
    }
}

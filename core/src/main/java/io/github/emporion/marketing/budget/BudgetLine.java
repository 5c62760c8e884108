package io.github.emporion.marketing.budget;

import java.time.YearMonth;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * Planned spend for one target in one calendar month.
 *
 * @param target the channel or campaign
 * @param month the month
 * @param planned the planned spend, not negative
 */
public record BudgetLine(BudgetTarget target, YearMonth month, MonetaryAmount planned) {

    /**
     * Validates the line.
     *
     * @param target the channel or campaign
     * @param month the month
     * @param planned the planned spend
     */
    public BudgetLine {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(planned, "planned");
        if (planned.isNegative()) {
            throw new IllegalArgumentException(
                    "planned: " + planned + " must not be negative (" + target + ", " + month + ")");
        }
    }
}

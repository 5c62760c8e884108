package io.github.emporion.marketing.budget;

import io.github.emporion.money.CurrencyMismatchException;
import java.time.YearMonth;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * The e-commerce plan of one month: planned sales and expenses (one currency, not negative); the
 * planned profit is their difference.
 *
 * @param month the month
 * @param sales planned sales (revenue)
 * @param expenses planned expenses (cost of goods, marketing, operations)
 */
public record MonthlyPlan(YearMonth month, MonetaryAmount sales, MonetaryAmount expenses) {

    /**
     * Validates the plan.
     *
     * @param month the month
     * @param sales planned sales
     * @param expenses planned expenses
     */
    public MonthlyPlan {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(sales, "sales");
        Objects.requireNonNull(expenses, "expenses");
        CurrencyMismatchException.requireSameCurrency(sales, expenses);
        if (sales.isNegative()) {
            throw new IllegalArgumentException("sales: " + sales + " must not be negative (" + month + ")");
        }
        if (expenses.isNegative()) {
            throw new IllegalArgumentException("expenses: " + expenses + " must not be negative (" + month + ")");
        }
    }

    /**
     * Returns the planned profit.
     *
     * @return {@code sales - expenses} (negative for a planned loss)
     */
    public MonetaryAmount profit() {
        return sales.subtract(expenses);
    }
}

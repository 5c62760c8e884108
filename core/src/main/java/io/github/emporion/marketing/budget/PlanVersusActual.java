package io.github.emporion.marketing.budget;

import io.github.emporion.money.CurrencyMismatchException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * One month of an e-commerce plan against its actuals.
 *
 * <p>Example: planned sales 10,000 and expenses 7,000 (profit 3,000); actual sales 11,000 and
 * expenses 8,500: actual profit 2,500, sales variance +1,000, expenses variance +1,500, profit
 * variance −500, sales attainment 1.1.
 *
 * <p>Both actuals are in the plan's currency and not negative (they are sums of {@link
 * DatedAmount}s).
 *
 * @param plan the plan of the month (zero plan for a month with actuals but no plan)
 * @param actualSales the actual sales
 * @param actualExpenses the actual expenses
 */
public record PlanVersusActual(MonthlyPlan plan, MonetaryAmount actualSales, MonetaryAmount actualExpenses) {

    /**
     * Checks the components.
     *
     * @param plan the plan
     * @param actualSales actual sales, in the plan's currency, not negative
     * @param actualExpenses actual expenses, in the plan's currency, not negative
     * @throws CurrencyMismatchException if an actual is in another currency than the plan
     * @throws IllegalArgumentException if an actual is negative
     */
    public PlanVersusActual {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(actualSales, "actualSales");
        Objects.requireNonNull(actualExpenses, "actualExpenses");
        CurrencyMismatchException.requireCurrency(plan.sales().getCurrency(), actualSales);
        CurrencyMismatchException.requireCurrency(plan.sales().getCurrency(), actualExpenses);
        if (actualSales.isNegative()) {
            throw new IllegalArgumentException(
                    "actualSales: " + actualSales + " must not be negative (" + plan.month() + ")");
        }
        if (actualExpenses.isNegative()) {
            throw new IllegalArgumentException(
                    "actualExpenses: " + actualExpenses + " must not be negative (" + plan.month() + ")");
        }
    }

    /**
     * Returns the month.
     *
     * @return the month
     */
    public YearMonth month() {
        return plan.month();
    }

    /**
     * Returns the actual profit.
     *
     * @return {@code actualSales - actualExpenses}
     */
    public MonetaryAmount actualProfit() {
        return actualSales.subtract(actualExpenses);
    }

    /**
     * Returns the sales variance.
     *
     * @return {@code actualSales - plannedSales} (positive: above plan)
     */
    public MonetaryAmount salesVariance() {
        return actualSales.subtract(plan.sales());
    }

    /**
     * Returns the expenses variance.
     *
     * @return {@code actualExpenses - plannedExpenses} (positive: over plan)
     */
    public MonetaryAmount expensesVariance() {
        return actualExpenses.subtract(plan.expenses());
    }

    /**
     * Returns the profit variance.
     *
     * @return {@code actualProfit - plannedProfit}
     */
    public MonetaryAmount profitVariance() {
        return actualProfit().subtract(plan.profit());
    }

    /**
     * Returns the sales attainment, actual sales / planned sales ({@link MathContext#DECIMAL64}).
     *
     * @return the ratio, or empty when planned sales are zero (undefined)
     */
    public Optional<BigDecimal> salesAttainment() {
        BigDecimal planned = plan.sales().getNumber().numberValueExact(BigDecimal.class);
        if (planned.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(
                actualSales.getNumber().numberValueExact(BigDecimal.class).divide(planned, MathContext.DECIMAL64));
    }
}

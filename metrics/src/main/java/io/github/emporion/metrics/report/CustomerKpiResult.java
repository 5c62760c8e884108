package io.github.emporion.metrics.report;

import io.github.emporion.metrics.kpi.Kpis;
import io.github.emporion.metrics.kpi.MoneyResult;
import io.github.emporion.metrics.kpi.RateResult;
import io.github.emporion.metrics.time.TimeWindow;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The customer counts of {@link CustomerKpis} and the KPIs over them, each computed by {@link Kpis}.
 * See {@link CustomerKpis} for the definitions and a worked example.
 *
 * @param basePeriod the earlier period
 * @param period the period
 * @param customersAtStart S: customers with an order in the base period
 * @param customersAtEnd E: customers with an order in the period
 * @param newCustomers N: customers of E without an order in the base period
 * @param firstTimeCustomers customers of E whose first order ever is in the period
 * @param repeatCustomers customers of E with at least two orders in the period
 * @param ordersInPeriod orders in the period
 * @param customersToDate customers with an order before the end of the period
 * @param grossProfitToDate net sales − cost of goods of every order before the end of the period,
 *     if every such order had a cost of goods
 */
public record CustomerKpiResult(
        TimeWindow basePeriod,
        TimeWindow period,
        long customersAtStart,
        long customersAtEnd,
        long newCustomers,
        long firstTimeCustomers,
        long repeatCustomers,
        long ordersInPeriod,
        long customersToDate,
        Optional<MonetaryAmount> grossProfitToDate) {

    /**
     * Validates the counts against the definitions of {@link CustomerKpis}: the base period ends no
     * later than the period starts; no count is negative; N ≤ E and E − N ≤ S (the customers of E
     * who are not new ordered in the base period); first-time ≤ N (a first order in the period
     * means none in the base period); repeat ≤ E; orders ≥ E + repeat (one order per customer of E,
     * two per repeat customer); customers to date ≥ S + N (S and N are disjoint).
     *
     * @throws IllegalArgumentException if a rule is broken, naming the counts
     */
    public CustomerKpiResult {
        Objects.requireNonNull(basePeriod, "basePeriod");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(grossProfitToDate, "grossProfitToDate");
        if (basePeriod.end().isAfter(period.start())) {
            throw new IllegalArgumentException(
                    "basePeriod must end no later than period starts: basePeriod " + basePeriod + ", period " + period);
        }
        requireCount("customersAtStart", customersAtStart);
        requireCount("customersAtEnd", customersAtEnd);
        requireCount("newCustomers", newCustomers);
        requireCount("firstTimeCustomers", firstTimeCustomers);
        requireCount("repeatCustomers", repeatCustomers);
        requireCount("ordersInPeriod", ordersInPeriod);
        requireCount("customersToDate", customersToDate);
        requireAtMost("newCustomers", newCustomers, "customersAtEnd", customersAtEnd);
        requireAtMost(
                "customersAtEnd - newCustomers", customersAtEnd - newCustomers, "customersAtStart", customersAtStart);
        requireAtMost("firstTimeCustomers", firstTimeCustomers, "newCustomers", newCustomers);
        requireAtMost("repeatCustomers", repeatCustomers, "customersAtEnd", customersAtEnd);
        requireAtMost(
                "customersAtEnd + repeatCustomers",
                Math.addExact(customersAtEnd, repeatCustomers),
                "ordersInPeriod",
                ordersInPeriod);
        requireAtMost(
                "customersAtStart + newCustomers",
                Math.addExact(customersAtStart, newCustomers),
                "customersToDate",
                customersToDate);
    }

    private static void requireCount(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative but was " + value);
        }
    }

    private static void requireAtMost(String name, long value, String boundName, long bound) {
        if (value > bound) {
            throw new IllegalArgumentException(
                    name + " (" + value + ") must not exceed " + boundName + " (" + bound + ")");
        }
    }

    /**
     * Returns customers of E with an order before the period: E − first-time customers.
     *
     * @return the returning customers
     */
    public long returningCustomers() {
        return customersAtEnd - firstTimeCustomers;
    }

    /**
     * Returns (E − N) ÷ S ({@link Kpis#retentionRate(long, long, long)}).
     *
     * @return the retention rate; undefined when the base period had no customers
     */
    public RateResult retentionRate() {
        return Kpis.retentionRate(customersAtStart, customersAtEnd, newCustomers);
    }

    /**
     * Returns 1 − retention ({@link Kpis#churnRate(long, long, long)}), per period of the base
     * period's length.
     *
     * @return the churn rate; undefined when the base period had no customers
     */
    public RateResult churnRate() {
        return Kpis.churnRate(customersAtStart, customersAtEnd, newCustomers);
    }

    /**
     * Returns customers with ≥ 2 orders ÷ customers with ≥ 1 order in the period ({@link
     * Kpis#repeatPurchaseRate(long, long)}).
     *
     * @return the repeat purchase rate
     */
    public RateResult repeatPurchaseRate() {
        return Kpis.repeatPurchaseRate(repeatCustomers, customersAtEnd);
    }

    /**
     * Returns returning ÷ (returning + first-time) customers of the period ({@link
     * Kpis#returningCustomerRate(long, long)}).
     *
     * @return the returning-customer rate
     */
    public RateResult returningCustomerRate() {
        return Kpis.returningCustomerRate(returningCustomers(), firstTimeCustomers);
    }

    /**
     * Returns orders ÷ customers in the period ({@link Kpis#purchaseFrequency(long, long)}).
     *
     * @return the purchase frequency
     */
    public RateResult purchaseFrequency() {
        return Kpis.purchaseFrequency(ordersInPeriod, customersAtEnd);
    }

    /**
     * Returns gross profit to date ÷ customers to date ({@link Kpis#historicalClv(MonetaryAmount,
     * long)}).
     *
     * @return the historical CLV, or empty when a cost of goods was missing
     * @throws IllegalArgumentException if the gross profit to date is negative (a historical CLV is
     *     defined for non-negative profit only)
     */
    public Optional<MoneyResult> historicalClv() {
        return grossProfitToDate.map(profit -> Kpis.historicalClv(profit, customersToDate));
    }

    /**
     * Returns acquisition spend ÷ first-time customers of the period ({@link
     * Kpis#cac(MonetaryAmount, long)}).
     *
     * @param acquisitionSpend the sales and marketing spend of the period (state which costs)
     * @return the CAC; undefined when the period won no new customer
     */
    public MoneyResult cac(MonetaryAmount acquisitionSpend) {
        return Kpis.cac(acquisitionSpend, firstTimeCustomers);
    }
}

package io.github.emporion.marketing.budget;

import io.github.emporion.money.CurrencyMismatchException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

/**
 * An e-commerce plan: planned sales, expenses and profit per calendar month, compared with actual
 * sales (e.g. order totals) and costs bucketed into months of an explicit time zone. Immutable.
 *
 * <p>{@link #compare(Collection, Collection)} reports every planned month and every month that has
 * actuals but no plan (with a zero plan), sorted by month. Sums are exact (no rounding). Two plans
 * are equal when they have the same zone, currency and monthly plans.
 */
public final class SalesPlan {

    private final ZoneId zone;
    private final CurrencyUnit currency;
    private final Map<YearMonth, MonthlyPlan> months;

    private SalesPlan(ZoneId zone, CurrencyUnit currency, Map<YearMonth, MonthlyPlan> months) {
        this.zone = zone;
        this.currency = currency;
        this.months = months;
    }

    /**
     * Creates a plan.
     *
     * @param zone the zone whose calendar months bucket the actuals
     * @param currency the currency of plan and actuals
     * @param plans at most one plan per month
     * @return the plan
     * @throws IllegalArgumentException if two plans share a month
     * @throws CurrencyMismatchException if a plan is in another currency
     */
    public static SalesPlan of(ZoneId zone, CurrencyUnit currency, Collection<MonthlyPlan> plans) {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(currency, "currency");
        Map<YearMonth, MonthlyPlan> map = new TreeMap<>();
        for (MonthlyPlan p : plans) {
            CurrencyMismatchException.requireCurrency(currency, p.sales());
            if (map.put(p.month(), p) != null) {
                throw new IllegalArgumentException("plans: two plans for " + p.month() + "; at most one is allowed");
            }
        }
        return new SalesPlan(zone, currency, map);
    }

    /**
     * Returns the zone whose calendar months bucket the actuals.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Returns the currency of plan and actuals.
     *
     * @return the currency
     */
    public CurrencyUnit currency() {
        return currency;
    }

    /**
     * Returns the monthly plans, sorted by month.
     *
     * @return the plans (unmodifiable)
     */
    public List<MonthlyPlan> plans() {
        return List.copyOf(months.values());
    }

    /**
     * Compares the plan with actuals.
     *
     * @param sales actual sales, e.g. order totals at their placement instants
     * @param expenses actual costs at the instants they were incurred
     * @return one row per month, sorted
     * @throws CurrencyMismatchException if an actual is in another currency
     */
    public List<PlanVersusActual> compare(Collection<DatedAmount> sales, Collection<DatedAmount> expenses) {
        Map<YearMonth, MonetaryAmount> actualSales = bucket(sales);
        Map<YearMonth, MonetaryAmount> actualExpenses = bucket(expenses);
        Map<YearMonth, MonthlyPlan> all = new TreeMap<>(months);
        MonetaryAmount zero = Money.zero(currency);
        for (YearMonth m : actualSales.keySet()) {
            all.putIfAbsent(m, new MonthlyPlan(m, zero, zero));
        }
        for (YearMonth m : actualExpenses.keySet()) {
            all.putIfAbsent(m, new MonthlyPlan(m, zero, zero));
        }
        List<PlanVersusActual> out = new ArrayList<>(all.size());
        all.forEach((m, plan) -> out.add(
                new PlanVersusActual(plan, actualSales.getOrDefault(m, zero), actualExpenses.getOrDefault(m, zero))));
        return List.copyOf(out);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof SalesPlan other
                && zone.equals(other.zone)
                && currency.equals(other.currency)
                && months.equals(other.months);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, currency, months);
    }

    @Override
    public String toString() {
        return "SalesPlan[zone=" + zone + ", currency=" + currency + ", plans=" + months.values() + "]";
    }

    private Map<YearMonth, MonetaryAmount> bucket(Collection<DatedAmount> amounts) {
        Map<YearMonth, MonetaryAmount> map = new TreeMap<>();
        for (DatedAmount a : amounts) {
            CurrencyMismatchException.requireCurrency(currency, a.amount());
            map.merge(YearMonth.from(a.at().atZone(zone)), a.amount(), MonetaryAmount::add);
        }
        return map;
    }
}

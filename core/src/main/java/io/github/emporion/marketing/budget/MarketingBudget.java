package io.github.emporion.marketing.budget;

import io.github.emporion.money.CurrencyMismatchException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

/**
 * A marketing budget: planned spend per channel or campaign per calendar month, compared with
 * actual spend. Immutable.
 *
 * <p>{@link #report(Collection, Instant)} gives one {@link BudgetStatus} per planned line, plus one
 * (with planned zero, status {@link PacingStatus#NO_BUDGET}) for every target and month that has
 * spend but no plan, so no spend disappears from the report. The status is {@link
 * PacingStatus#OVERSPENT} when actual exceeds planned, otherwise decided by the pacing and the
 * tolerance (default 0.10: pacing in {@code [0.9, 1.1]} is on track).
 *
 * <p>Two budgets are equal when they have the same zone, currency, lines and tolerance (the
 * tolerance compared by value, so {@code 0.1} equals {@code 0.10}).
 *
 * <pre>{@code
 * MarketingBudget budget = MarketingBudget.of(ZoneId.of("Europe/Paris"), EUR, List.of(
 *         new BudgetLine(BudgetTarget.channel("Paid Search"), YearMonth.of(2026, 4), Money.of(3000, "EUR"))));
 * List<BudgetStatus> report = budget.report(spendEntries, Instant.now());
 * }</pre>
 */
public final class MarketingBudget {

    /** The default pacing tolerance: 0.10. */
    public static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.10");

    private final ZoneId zone;
    private final CurrencyUnit currency;
    private final Map<Key, BudgetLine> lines;
    private final BigDecimal tolerance;

    private record Key(YearMonth month, BudgetTarget target) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = month.compareTo(o.month);
            return c != 0 ? c : target.compareTo(o.target);
        }
    }

    private MarketingBudget(ZoneId zone, CurrencyUnit currency, Map<Key, BudgetLine> lines, BigDecimal tolerance) {
        this.zone = zone;
        this.currency = currency;
        this.lines = lines;
        this.tolerance = tolerance;
    }

    /**
     * Creates a budget.
     *
     * @param zone the time zone whose calendar months the budget plans
     * @param currency the currency of every line and every spend
     * @param lines the planned lines; at most one per target and month
     * @return the budget
     * @throws IllegalArgumentException if two lines share a target and month
     * @throws CurrencyMismatchException if a line is in another currency
     */
    public static MarketingBudget of(ZoneId zone, CurrencyUnit currency, Collection<BudgetLine> lines) {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(currency, "currency");
        Map<Key, BudgetLine> map = new TreeMap<>();
        for (BudgetLine line : lines) {
            CurrencyMismatchException.requireCurrency(currency, line.planned());
            if (map.put(new Key(line.month(), line.target()), line) != null) {
                throw new IllegalArgumentException(
                        "lines: two lines for " + line.target() + " in " + line.month() + "; at most one is allowed");
            }
        }
        return new MarketingBudget(zone, currency, map, DEFAULT_TOLERANCE);
    }

    /**
     * Returns a copy with another pacing tolerance.
     *
     * @param newTolerance the tolerance, in {@code [0, 1)}
     * @return the copy
     */
    public MarketingBudget withTolerance(BigDecimal newTolerance) {
        Objects.requireNonNull(newTolerance, "newTolerance");
        if (newTolerance.signum() < 0 || newTolerance.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("tolerance: " + newTolerance + " must be in [0, 1)");
        }
        return new MarketingBudget(zone, currency, lines, newTolerance);
    }

    /**
     * Returns the time zone of the months.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Returns the currency of every line and every spend.
     *
     * @return the currency
     */
    public CurrencyUnit currency() {
        return currency;
    }

    /**
     * Returns the pacing tolerance: pacing in {@code [1 - tolerance, 1 + tolerance]} is on track.
     *
     * @return the tolerance, in {@code [0, 1)}; {@link #DEFAULT_TOLERANCE} unless set with {@link
     *     #withTolerance}
     */
    public BigDecimal tolerance() {
        return tolerance;
    }

    /**
     * Returns the planned lines, sorted by month then target.
     *
     * @return the lines
     */
    public List<BudgetLine> lines() {
        return List.copyOf(lines.values());
    }

    /**
     * Compares the plan with actual spend at an as-of instant.
     *
     * @param spend the actual spend entries (any order)
     * @param asOf the instant at which the month's elapsed share is measured
     * @return one status per planned line and per unplanned (target, month) with spend, sorted by
     *     month then target (channels before campaigns)
     * @throws CurrencyMismatchException if a spend entry is in another currency
     */
    public List<BudgetStatus> report(Collection<SpendEntry> spend, Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Map<Key, BigDecimal> actuals = new TreeMap<>();
        for (SpendEntry e : spend) {
            CurrencyMismatchException.requireCurrency(currency, e.amount());
            Key key = new Key(YearMonth.from(e.date()), e.target());
            actuals.merge(key, exact(e.amount()), BigDecimal::add);
        }
        Map<Key, BigDecimal> planned = new TreeMap<>();
        lines.forEach((k, line) -> planned.put(k, exact(line.planned())));
        actuals.keySet().forEach(k -> planned.putIfAbsent(k, BigDecimal.ZERO));
        List<BudgetStatus> out = new ArrayList<>(planned.size());
        planned.forEach((key, plan) -> out.add(status(key, plan, actuals.getOrDefault(key, BigDecimal.ZERO), asOf)));
        return List.copyOf(out);
    }

    private BudgetStatus status(Key key, BigDecimal plan, BigDecimal actual, Instant asOf) {
        Instant start = key.month().atDay(1).atStartOfDay(zone).toInstant();
        Instant end = key.month().plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        long total = Duration.between(start, end).toNanos();
        long elapsed = asOf.isBefore(start)
                ? 0
                : asOf.isAfter(end) ? total : Duration.between(start, asOf).toNanos();
        BigDecimal elapsedShare = BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(total), MathContext.DECIMAL64);
        Optional<BigDecimal> used =
                plan.signum() == 0 ? Optional.empty() : Optional.of(actual.divide(plan, MathContext.DECIMAL64));
        Optional<BigDecimal> pacing = plan.signum() == 0 || elapsed == 0
                ? Optional.empty()
                : Optional.of(actual.multiply(BigDecimal.valueOf(total))
                        .divide(plan.multiply(BigDecimal.valueOf(elapsed)), MathContext.DECIMAL64));
        PacingStatus status;
        if (actual.compareTo(plan) > 0 && plan.signum() > 0) {
            status = PacingStatus.OVERSPENT;
        } else if (plan.signum() == 0) {
            status = PacingStatus.NO_BUDGET;
        } else if (pacing.isEmpty()) {
            status = PacingStatus.NOT_STARTED;
        } else if (pacing.get().compareTo(BigDecimal.ONE.add(tolerance)) > 0) {
            status = PacingStatus.AHEAD;
        } else if (pacing.get().compareTo(BigDecimal.ONE.subtract(tolerance)) < 0) {
            status = PacingStatus.BEHIND;
        } else {
            status = PacingStatus.ON_TRACK;
        }
        return new BudgetStatus(
                key.target(),
                key.month(),
                Money.of(plan, currency),
                Money.of(actual, currency),
                elapsedShare,
                used,
                pacing,
                status);
    }

    /**
     * Tells whether another object is a budget with the same zone, currency, lines and tolerance
     * (compared by value: {@code 0.1} equals {@code 0.10}).
     *
     * @param o the other object
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof MarketingBudget other
                && zone.equals(other.zone)
                && currency.equals(other.currency)
                && lines.equals(other.lines)
                && tolerance.compareTo(other.tolerance) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, currency, lines, tolerance.stripTrailingZeros());
    }

    @Override
    public String toString() {
        return "MarketingBudget[zone=" + zone + ", currency=" + currency + ", tolerance=" + tolerance + ", lines="
                + lines.values() + "]";
    }

    private static BigDecimal exact(MonetaryAmount amount) {
        return amount.getNumber().numberValueExact(BigDecimal.class);
    }
}

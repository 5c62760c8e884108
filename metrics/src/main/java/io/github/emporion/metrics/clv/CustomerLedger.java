package io.github.emporion.metrics.clv;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

/**
 * Every customer's spend per purchase day (days in one {@link ZoneId}, one currency): the result
 * of a {@link CustomerLedgerAccumulator}, from which RFM summaries, historical CLV and cohort
 * retention curves are derived.
 *
 * <p>Immutable. Customers are iterated in ascending order of their id.
 */
public final class CustomerLedger {

    private final ZoneId zone;
    private final @Nullable CurrencyUnit currency;
    private final NavigableMap<String, NavigableMap<LocalDate, BigDecimal>> days;

    CustomerLedger(
            ZoneId zone, @Nullable CurrencyUnit currency, Map<String, ? extends Map<LocalDate, BigDecimal>> source) {
        this.zone = zone;
        this.currency = currency;
        int digits = currency == null ? 0 : Math.max(0, currency.getDefaultFractionDigits());
        TreeMap<String, NavigableMap<LocalDate, BigDecimal>> copy = new TreeMap<>();
        source.forEach((id, map) -> {
            TreeMap<LocalDate, BigDecimal> amounts = new TreeMap<>();
            map.forEach((day, amount) -> amounts.put(day, canonical(amount, digits)));
            copy.put(id, Collections.unmodifiableNavigableMap(amounts));
        });
        this.days = Collections.unmodifiableNavigableMap(copy);
    }

    /**
     * The one scale of an amount: no trailing zeros beyond the currency's minor-unit digits ({@code
     * 1039.800} and {@code 1039.8} are both {@code 1039.800} in KWD, {@code 1039.80} in EUR), so that
     * equal totals are equal however the day's purchases were added up.
     */
    private static BigDecimal canonical(BigDecimal amount, int digits) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.setScale(Math.max(digits, stripped.scale()));
    }

    /**
     * Returns the zone in which purchase days were taken.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Returns the currency of all amounts.
     *
     * @return the currency, or empty for an empty ledger
     */
    public Optional<CurrencyUnit> currency() {
        return Optional.ofNullable(currency);
    }

    /**
     * Returns each customer's total spend per purchase day, exact, with at least the currency's
     * minor-unit digits and no further trailing zeros ({@code 12.50} EUR, {@code 12.500} KWD, {@code
     * 1200} JPY).
     *
     * @return an unmodifiable map from customer id to an unmodifiable map from day to amount
     */
    public NavigableMap<String, NavigableMap<LocalDate, BigDecimal>> purchaseDays() {
        return days;
    }

    /**
     * Summarises every customer whose first purchase is on or before {@code calibrationEnd},
     * without a holdout period.
     *
     * <p>x = purchase days after the first, up to and including {@code calibrationEnd}; t_x = days
     * from the first to the last of them; T = days from the first purchase to {@code
     * calibrationEnd}; all converted into {@code unit} (days / 7 for weeks, days / 30.4375 for
     * months); z̄ = mean daily spend over the repeat purchase days. Example: a first purchase on
     * 1997-01-01 and calibration end 1997-09-30 give T = 272 / 7 = 38.857 weeks.
     *
     * @param unit the time unit of the summaries
     * @param calibrationEnd the last day (inclusive) of the calibration period
     * @return the summaries, ordered by customer id
     */
    public CustomerSummaries summaries(ClvTimeUnit unit, LocalDate calibrationEnd) {
        return summarise(unit, calibrationEnd, null);
    }

    /**
     * Summarises as {@link #summaries(ClvTimeUnit, LocalDate)} and also counts each customer's
     * purchase days in the holdout period ({@code calibrationEnd}, {@code holdoutEnd}] (both
     * calendar days, the later one inclusive). Customers who first buy in the holdout period are
     * not included: the models predict the customers known at calibration end.
     *
     * @param unit the time unit of the summaries
     * @param calibrationEnd the last day of the calibration period
     * @param holdoutEnd the last day of the holdout period, after {@code calibrationEnd}
     * @return the summaries with holdout frequencies and {@link CustomerSummaries#holdoutLength()}
     * @throws IllegalArgumentException if {@code holdoutEnd} is not after {@code calibrationEnd}
     */
    public CustomerSummaries summaries(ClvTimeUnit unit, LocalDate calibrationEnd, LocalDate holdoutEnd) {
        Objects.requireNonNull(holdoutEnd, "holdoutEnd");
        if (!holdoutEnd.isAfter(calibrationEnd)) {
            throw new IllegalArgumentException("holdoutEnd must be after calibrationEnd: holdoutEnd=" + holdoutEnd
                    + ", calibrationEnd=" + calibrationEnd);
        }
        return summarise(unit, calibrationEnd, holdoutEnd);
    }

    private CustomerSummaries summarise(ClvTimeUnit unit, LocalDate calibrationEnd, @Nullable LocalDate holdoutEnd) {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(calibrationEnd, "calibrationEnd");
        List<CustomerSummary> out = new ArrayList<>();
        days.forEach((id, map) -> {
            LocalDate first = map.firstKey();
            if (first.isAfter(calibrationEnd)) {
                return;
            }
            NavigableMap<LocalDate, BigDecimal> calibration = map.headMap(calibrationEnd, true);
            int x = calibration.size() - 1;
            double recency = unit.fromDays(ChronoUnit.DAYS.between(first, calibration.lastKey()));
            double age = unit.fromDays(ChronoUnit.DAYS.between(first, calibrationEnd));
            double mean = 0.0;
            if (x > 0) {
                BigDecimal repeat = BigDecimal.ZERO;
                for (BigDecimal v : calibration.tailMap(first, false).values()) {
                    repeat = repeat.add(v);
                }
                mean = repeat.divide(BigDecimal.valueOf(x), MathContext.DECIMAL128)
                        .doubleValue();
            }
            int holdout = holdoutEnd == null
                    ? 0
                    : map.subMap(calibrationEnd, false, holdoutEnd, true).size();
            out.add(new CustomerSummary(id, unit, x, recency, age, mean, holdout));
        });
        double holdoutLength =
                holdoutEnd == null ? 0.0 : unit.fromDays(ChronoUnit.DAYS.between(calibrationEnd, holdoutEnd));
        return CustomerSummaries.of(unit, out, currency, holdoutLength);
    }

    /**
     * Historical CLV: each customer's total spend on purchase days up to and including {@code
     * asOf}, their sum, and the mean per customer.
     *
     * <p>Formula: value_i = Σ spend of customer i on days ≤ asOf; mean = Σ value_i / N over the N
     * customers with a purchase on or before {@code asOf}, rounded half-even to the currency's
     * default fraction digits. Example: customers spending 10.00 and 25.01 EUR give a total of
     * 35.01 and a mean of 17.505 → 17.50 EUR (half-even). N = 0 gives an empty mean.
     *
     * @param asOf the last day included
     * @return the historical values; an empty ledger (no currency) cannot produce money and throws
     * @throws IllegalStateException if the ledger is empty
     */
    public HistoricalClv historicalValue(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        CurrencyUnit cur = currency;
        if (cur == null) {
            throw new IllegalStateException("historical CLV needs at least one transaction (the ledger is empty)");
        }
        TreeMap<String, Money> values = new TreeMap<>();
        days.forEach((id, map) -> {
            NavigableMap<LocalDate, BigDecimal> upTo = map.headMap(asOf, true);
            if (!upTo.isEmpty()) {
                BigDecimal sum = BigDecimal.ZERO;
                for (BigDecimal v : upTo.values()) {
                    sum = sum.add(v);
                }
                values.put(id, Money.of(sum, cur));
            }
        });
        return HistoricalClv.of(asOf, cur, values);
    }

    /**
     * Cohort retention curves: customers grouped by the calendar period of their first purchase,
     * and for each later period k the number of them who bought in it.
     *
     * <p>Periods are calendar days, ISO weeks (Monday to Sunday) or calendar months according to
     * {@code unit} (here MONTHS means calendar months, not 30.4375 days); k = 0 is the cohort's
     * own period (retention 1 by definition). Retention(k) = active_k / cohort size. Periods run
     * up to the one containing {@code asOf}; purchases after {@code asOf} are ignored, and the last
     * period may be partial.
     *
     * @param unit the period of cohorts and of the curve
     * @param asOf the last day included
     * @return the cohorts in chronological order
     */
    public CohortRetention cohortRetention(ClvTimeUnit unit, LocalDate asOf) {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(asOf, "asOf");
        LocalDate lastPeriod = periodStart(unit, asOf);
        TreeMap<LocalDate, int[]> active = new TreeMap<>();
        TreeMap<LocalDate, Integer> sizes = new TreeMap<>();
        days.forEach((id, map) -> {
            LocalDate first = map.firstKey();
            if (first.isAfter(asOf)) {
                return;
            }
            LocalDate cohort = periodStart(unit, first);
            int periods = (int) periodsBetween(unit, cohort, lastPeriod) + 1;
            int[] counts = active.computeIfAbsent(cohort, k -> new int[periods]);
            sizes.merge(cohort, 1, Integer::sum);
            long previous = -1;
            for (LocalDate day : map.headMap(asOf, true).keySet()) {
                long k = periodsBetween(unit, cohort, periodStart(unit, day));
                if (k != previous) {
                    counts[(int) k]++;
                    previous = k;
                }
            }
        });
        List<CohortRetention.Cohort> cohorts = new ArrayList<>();
        active.forEach((start, counts) -> {
            List<Integer> list = new ArrayList<>();
            for (int c : counts) {
                list.add(c);
            }
            cohorts.add(new CohortRetention.Cohort(start, sizes.get(start), list));
        });
        return new CohortRetention(unit, asOf, cohorts);
    }

    private static LocalDate periodStart(ClvTimeUnit unit, LocalDate day) {
        return switch (unit) {
            case DAYS -> day;
            case WEEKS -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTHS -> day.withDayOfMonth(1);
        };
    }

    private static long periodsBetween(ClvTimeUnit unit, LocalDate from, LocalDate to) {
        return switch (unit) {
            case DAYS -> ChronoUnit.DAYS.between(from, to);
            case WEEKS -> ChronoUnit.WEEKS.between(from, to);
            case MONTHS -> ChronoUnit.MONTHS.between(from, to);
        };
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof CustomerLedger other
                && zone.equals(other.zone)
                && Objects.equals(currency, other.currency)
                && days.equals(other.days);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, currency, days);
    }

    @Override
    public String toString() {
        return "CustomerLedger[zone=" + zone + ", currency=" + currency + ", customers=" + days.size() + "]";
    }
}

package io.github.emporion.metrics.clv;

import io.github.emporion.aggregate.Accumulator;
import io.github.emporion.money.CurrencyMismatchException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;

/**
 * Accumulates {@link Transaction}s into a {@link CustomerLedger}: for each customer, the exact
 * total spend per purchase day, the day taken in a fixed {@link ZoneId}.
 *
 * <p>State: one small sorted map per customer from day to {@link BigDecimal} sum, and the
 * currency. Purchases on the same day are merged (the convention of the BG/NBD literature), so
 * the state grows with the number of distinct purchase days, not the number of rows; that is the
 * least state that allows exact merging (two partitions may hold the same customer and day).
 *
 * <p>All amounts must be in one currency; a different one is rejected with {@link
 * CurrencyMismatchException} and leaves the accumulator unchanged.
 */
public final class CustomerLedgerAccumulator
        implements Accumulator<Transaction, CustomerLedger, CustomerLedgerAccumulator> {

    private final ZoneId zone;
    private final Map<String, TreeMap<LocalDate, BigDecimal>> days = new HashMap<>();
    private @Nullable CurrencyUnit currency;

    /**
     * Creates an empty accumulator.
     *
     * @param zone the zone in which purchase instants are turned into calendar days
     */
    public CustomerLedgerAccumulator(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public CustomerLedgerAccumulator add(Transaction row) {
        Objects.requireNonNull(row, "row");
        CurrencyUnit rowCurrency = row.amount().getCurrency();
        if (currency != null && !currency.equals(rowCurrency)) {
            throw new CurrencyMismatchException(currency, rowCurrency);
        }
        BigDecimal value = row.amount().getNumber().numberValueExact(BigDecimal.class);
        LocalDate day = row.time().atZone(zone).toLocalDate();
        currency = rowCurrency;
        days.computeIfAbsent(row.customerId(), k -> new TreeMap<>()).merge(day, value, BigDecimal::add);
        return this;
    }

    @Override
    public CustomerLedgerAccumulator merge(CustomerLedgerAccumulator other) {
        Objects.requireNonNull(other, "other");
        if (!zone.equals(other.zone)) {
            throw new IllegalArgumentException(
                    "cannot merge ledgers in different zones: " + zone + " and " + other.zone);
        }
        CurrencyUnit otherCurrency = other.currency;
        if (currency != null && otherCurrency != null && !currency.equals(otherCurrency)) {
            throw new CurrencyMismatchException(currency, otherCurrency);
        }
        if (currency == null) {
            currency = otherCurrency;
        }
        other.days.forEach((id, map) -> {
            TreeMap<LocalDate, BigDecimal> mine = days.computeIfAbsent(id, k -> new TreeMap<>());
            map.forEach((day, value) -> mine.merge(day, value, BigDecimal::add));
        });
        return this;
    }

    @Override
    public CustomerLedger result() {
        return new CustomerLedger(zone, currency, days);
    }
}

package io.github.emporion.metrics.clv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;

/**
 * The summaries of a set of customers, all in one time unit: the input of the CLV models.
 *
 * <p>Customer ids are unique; the order of {@link #customers()} is the order given (results keep
 * it, and are keyed by customer id, never by position).
 */
public final class CustomerSummaries {

    private final ClvTimeUnit unit;
    private final List<CustomerSummary> customers;
    private final Map<String, CustomerSummary> byId;
    private final @Nullable CurrencyUnit currency;
    private final double holdoutLength;

    private CustomerSummaries(
            ClvTimeUnit unit, List<CustomerSummary> customers, @Nullable CurrencyUnit currency, double holdoutLength) {
        this.unit = Objects.requireNonNull(unit, "unit");
        if (!(holdoutLength >= 0) || !Double.isFinite(holdoutLength)) {
            throw new IllegalArgumentException("holdoutLength must be finite and >= 0: " + holdoutLength);
        }
        Map<String, CustomerSummary> map = new LinkedHashMap<>();
        for (CustomerSummary c : customers) {
            Objects.requireNonNull(c, "customer summary");
            if (c.unit() != unit) {
                throw new IllegalArgumentException("customer " + c.customerId() + " is in " + c.unit()
                        + " but the summaries are in " + unit + ": convert before combining");
            }
            if (map.put(c.customerId(), c) != null) {
                throw new IllegalArgumentException("customer ids must be unique: '" + c.customerId() + "' repeats");
            }
        }
        this.customers = List.copyOf(customers);
        this.byId = map;
        this.currency = currency;
        this.holdoutLength = holdoutLength;
    }

    /**
     * Creates summaries from plain numbers, with no currency and no holdout period.
     *
     * @param unit the time unit every summary must be in
     * @param customers the summaries, unique customer ids
     * @return the summaries
     * @throws IllegalArgumentException if a summary is in another unit or an id repeats
     */
    public static CustomerSummaries of(ClvTimeUnit unit, List<CustomerSummary> customers) {
        return new CustomerSummaries(unit, new ArrayList<>(customers), null, 0.0);
    }

    /**
     * Creates summaries with a currency for the monetary values and a holdout period length.
     *
     * @param unit the time unit every summary must be in
     * @param customers the summaries, unique customer ids
     * @param currency the currency of {@link CustomerSummary#monetaryValue()}, or null if unknown
     * @param holdoutLength the length of the holdout period in {@code unit}, 0 if none
     * @return the summaries
     * @throws IllegalArgumentException if a summary is in another unit, an id repeats or the
     *     holdout length is negative
     */
    public static CustomerSummaries of(
            ClvTimeUnit unit, List<CustomerSummary> customers, @Nullable CurrencyUnit currency, double holdoutLength) {
        return new CustomerSummaries(unit, new ArrayList<>(customers), currency, holdoutLength);
    }

    /**
     * Returns the time unit of every summary.
     *
     * @return the unit
     */
    public ClvTimeUnit unit() {
        return unit;
    }

    /**
     * Returns the summaries in their given order.
     *
     * @return an unmodifiable list
     */
    public List<CustomerSummary> customers() {
        return customers;
    }

    /**
     * Looks a customer up by id.
     *
     * @param customerId the id
     * @return the summary, or empty if there is no such customer
     */
    public Optional<CustomerSummary> get(String customerId) {
        return Optional.ofNullable(byId.get(customerId));
    }

    /**
     * Returns the number of customers.
     *
     * @return the count
     */
    public int size() {
        return customers.size();
    }

    /**
     * Returns the currency of the monetary values, if known.
     *
     * @return the currency, or empty when built from plain numbers
     */
    public Optional<CurrencyUnit> currency() {
        return Optional.ofNullable(currency);
    }

    /**
     * Returns the length of the holdout period in {@link #unit()}, 0 if there is none.
     *
     * @return the holdout length
     */
    public double holdoutLength() {
        return holdoutLength;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof CustomerSummaries other
                && unit == other.unit
                && customers.equals(other.customers)
                && Objects.equals(currency, other.currency)
                && Double.compare(holdoutLength, other.holdoutLength) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, customers, currency, holdoutLength);
    }

    @Override
    public String toString() {
        return "CustomerSummaries[unit=" + unit + ", customers=" + customers.size() + ", currency=" + currency
                + ", holdoutLength=" + holdoutLength + "]";
    }
}

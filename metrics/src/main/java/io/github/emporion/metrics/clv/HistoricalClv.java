package io.github.emporion.metrics.clv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Historical customer lifetime value: what each customer has spent so far (a plain KPI, no model).
 *
 * <p>Formula: value_i = Σ of customer i's purchases up to {@code asOf}; total = Σ value_i; mean
 * per customer = total / N, rounded half-even to the currency's default fraction digits (0 for
 * JPY, 2 for EUR, 3 for KWD). With N = 0 the mean is undefined and {@link #meanPerCustomer()} is
 * empty. Example: 10.00 and 25.01 EUR → total 35.01 EUR, mean 17.50 EUR.
 *
 * @param asOf the last day included
 * @param currency the currency of all values
 * @param valueByCustomer each customer's spend, by customer id (unrounded sums)
 * @param total the sum of all values (unrounded)
 */
public record HistoricalClv(
        LocalDate asOf, CurrencyUnit currency, Map<String, MonetaryAmount> valueByCustomer, MonetaryAmount total) {

    /** The stable KPI id of the mean historical value per customer. */
    public static final String KPI_ID = "historical_clv";

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if an amount is in another currency or the total is not the
     *     sum of the values
     */
    public HistoricalClv {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(total, "total");
        valueByCustomer = Collections.unmodifiableMap(new TreeMap<>(valueByCustomer));
        MonetaryAmount sum = Money.zero(currency);
        for (Map.Entry<String, MonetaryAmount> e : valueByCustomer.entrySet()) {
            if (!e.getValue().getCurrency().equals(currency)) {
                throw new IllegalArgumentException("value of customer " + e.getKey() + " is in "
                        + e.getValue().getCurrency() + ", expected " + currency);
            }
            sum = sum.add(e.getValue());
        }
        if (!total.getCurrency().equals(currency) || !total.isEqualTo(sum)) {
            throw new IllegalArgumentException("total must be the sum of the values: total=" + total + ", sum=" + sum);
        }
    }

    static HistoricalClv of(LocalDate asOf, CurrencyUnit currency, Map<String, ? extends MonetaryAmount> values) {
        MonetaryAmount sum = Money.zero(currency);
        for (MonetaryAmount v : values.values()) {
            sum = sum.add(v);
        }
        return new HistoricalClv(asOf, currency, Map.copyOf(values), sum);
    }

    /**
     * Returns the number of customers with a purchase on or before {@link #asOf()}.
     *
     * @return N
     */
    public int customerCount() {
        return valueByCustomer.size();
    }

    /**
     * Returns the mean historical value per customer, rounded half-even to the currency's default
     * fraction digits.
     *
     * @return the mean, or empty when there are no customers (0 / 0 is undefined)
     */
    public Optional<MonetaryAmount> meanPerCustomer() {
        if (valueByCustomer.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = total.getNumber().numberValueExact(BigDecimal.class);
        BigDecimal mean = sum.divide(
                BigDecimal.valueOf(valueByCustomer.size()),
                Math.max(currency.getDefaultFractionDigits(), 0),
                RoundingMode.HALF_EVEN);
        return Optional.of(Money.of(mean, currency));
    }
}

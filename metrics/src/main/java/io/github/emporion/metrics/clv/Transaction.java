package io.github.emporion.metrics.clv;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One purchase by one customer: the row from which customer summaries, historical CLV and cohort
 * retention are computed.
 *
 * @param customerId the customer's identifier, not blank
 * @param time when the purchase happened
 * @param amount the purchase value, ≥ 0 (net returns before, the models describe purchases)
 */
public record Transaction(String customerId, Instant time, MonetaryAmount amount) {

    /**
     * Validates the transaction.
     *
     * @throws IllegalArgumentException if the id is blank or the amount is negative
     */
    public Transaction {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(amount, "amount");
        if (customerId.isBlank()) {
            throw new IllegalArgumentException("customerId must not be blank");
        }
        if (amount.isNegative()) {
            throw new IllegalArgumentException(
                    "amount must be >= 0: " + amount + " (customer " + customerId + " at " + time + ")");
        }
    }

    /**
     * Creates a transaction dated by a calendar day: the purchase is placed at the start of {@code
     * date} in {@code zone}, so a {@link CustomerLedgerAccumulator} using the same zone files it
     * under {@code date}.
     *
     * @param customerId the customer's identifier
     * @param date the purchase day
     * @param zone the zone in which {@code date} is meant
     * @param amount the purchase value, ≥ 0
     * @return the transaction
     */
    public static Transaction onDate(String customerId, LocalDate date, ZoneId zone, MonetaryAmount amount) {
        return new Transaction(customerId, date.atStartOfDay(zone).toInstant(), amount);
    }
}

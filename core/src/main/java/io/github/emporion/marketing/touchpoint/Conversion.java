package io.github.emporion.marketing.touchpoint;

import io.github.emporion.marketing.MarketingIds;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * A conversion: the visitor did what the marketing aimed at (a purchase, a lead, a sign-up).
 *
 * <pre>{@code
 * Conversion c = Conversion.of("v-17", Instant.parse("2026-03-02T18:30:00Z"), Money.of(59, "EUR"))
 *         .withOrderId("o-1001");
 * }</pre>
 *
 * @param visitorId the pseudonymous visitor id
 * @param customerId the customer id, if known
 * @param timestamp when the conversion happened
 * @param value the conversion value (zero for a conversion without value, such as a lead); never
 *     negative
 * @param orderId the commerce order id, if the conversion is a purchase
 */
public record Conversion(
        String visitorId,
        Optional<String> customerId,
        Instant timestamp,
        MonetaryAmount value,
        Optional<String> orderId)
        implements JourneyEvent {

    /**
     * Validates the conversion.
     *
     * @param visitorId the pseudonymous visitor id
     * @param customerId the customer id, if known
     * @param timestamp when the conversion happened
     * @param value the conversion value, not negative
     * @param orderId the order id, if any
     */
    public Conversion {
        MarketingIds.require("visitorId", visitorId);
        Objects.requireNonNull(customerId, "customerId").ifPresent(id -> MarketingIds.require("customerId", id));
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(value, "value");
        if (value.isNegative()) {
            throw new IllegalArgumentException("value: " + value + " must not be negative");
        }
        Objects.requireNonNull(orderId, "orderId").ifPresent(id -> MarketingIds.require("orderId", id));
    }

    /**
     * Creates a conversion without customer or order id.
     *
     * @param visitorId the pseudonymous visitor id
     * @param timestamp when the conversion happened
     * @param value the conversion value, not negative
     * @return the conversion
     */
    public static Conversion of(String visitorId, Instant timestamp, MonetaryAmount value) {
        return new Conversion(visitorId, Optional.empty(), timestamp, value, Optional.empty());
    }

    /**
     * Returns a copy with a customer id.
     *
     * @param newCustomerId the customer id
     * @return the copy
     */
    public Conversion withCustomerId(String newCustomerId) {
        return new Conversion(visitorId, Optional.of(newCustomerId), timestamp, value, orderId);
    }

    /**
     * Returns a copy with an order id.
     *
     * @param newOrderId the order id
     * @return the copy
     */
    public Conversion withOrderId(String newOrderId) {
        return new Conversion(visitorId, customerId, timestamp, value, Optional.of(newOrderId));
    }
}

package io.github.emporion.commerce.pricing;

import io.github.emporion.commerce.pricing.promotion.Coupon;
import io.github.emporion.commerce.pricing.shipping.ShippingMethod;
import io.github.emporion.commerce.pricing.tax.Region;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The circumstances of one price calculation: where the goods go (tax region), when (promotion
 * and coupon validity), who buys (per-customer coupon limits), which coupon codes were entered
 * and which shipping method was chosen. This class is immutable and thread-safe.
 */
public final class PricingRequest {
    private final Region region;
    private final Instant at;
    private final @Nullable String customerId;
    private final List<String> couponCodes;
    private final @Nullable ShippingMethod shippingMethod;

    private PricingRequest(
            Region region,
            Instant at,
            @Nullable String customerId,
            List<String> couponCodes,
            @Nullable ShippingMethod shippingMethod) {
        this.region = Objects.requireNonNull(region, "region");
        this.at = Objects.requireNonNull(at, "at");
        this.customerId = customerId;
        this.couponCodes = List.copyOf(couponCodes);
        this.shippingMethod = shippingMethod;
    }

    /**
     * Creates an anonymous request without coupons or shipping method.
     *
     * @param region the tax region of the delivery (or of the buyer for non-physical goods)
     * @param at the instant of pricing
     * @return the request
     */
    public static PricingRequest of(Region region, Instant at) {
        return new PricingRequest(region, at, null, List.of(), null);
    }

    /**
     * Returns a copy for a known customer.
     *
     * @param id the customer id, not blank
     * @return the changed request
     * @throws IllegalArgumentException if the id is blank
     */
    public PricingRequest withCustomer(String id) {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("customer id must not be blank: '" + id + "'");
        }
        return new PricingRequest(region, at, id, couponCodes, shippingMethod);
    }

    /**
     * Returns a copy with coupon codes entered (normalised to upper case; duplicates dropped).
     *
     * @param codes the codes as typed
     * @return the changed request
     * @throws IllegalArgumentException if a code is malformed
     */
    public PricingRequest withCoupons(String... codes) {
        LinkedHashSet<String> normalised = new LinkedHashSet<>();
        for (String code : codes) {
            normalised.add(Coupon.normalise(code));
        }
        return new PricingRequest(region, at, customerId, new ArrayList<>(normalised), shippingMethod);
    }

    /**
     * Returns a copy with a shipping method chosen.
     *
     * @param method the method
     * @return the changed request
     */
    public PricingRequest withShipping(ShippingMethod method) {
        return new PricingRequest(region, at, customerId, couponCodes, Objects.requireNonNull(method, "method"));
    }

    /**
     * Returns the tax region.
     *
     * @return the region
     */
    public Region region() {
        return region;
    }

    /**
     * Returns the instant of pricing.
     *
     * @return the instant
     */
    public Instant at() {
        return at;
    }

    /**
     * Returns the customer.
     *
     * @return the customer id, or empty for an anonymous cart
     */
    public Optional<String> customerId() {
        return Optional.ofNullable(customerId);
    }

    /**
     * Returns the coupon codes, normalised, in the order entered.
     *
     * @return the codes
     */
    public List<String> couponCodes() {
        return couponCodes;
    }

    /**
     * Returns the chosen shipping method.
     *
     * @return the method, or empty if none was chosen
     */
    public Optional<ShippingMethod> shippingMethod() {
        return Optional.ofNullable(shippingMethod);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PricingRequest other
                && region.equals(other.region)
                && at.equals(other.at)
                && Objects.equals(customerId, other.customerId)
                && couponCodes.equals(other.couponCodes)
                && Objects.equals(shippingMethod, other.shippingMethod);
    }

    @Override
    public int hashCode() {
        return Objects.hash(region, at, customerId, couponCodes, shippingMethod);
    }

    @Override
    public String toString() {
        return "PricingRequest[" + region + " at " + at + ", customer " + (customerId == null ? "-" : customerId)
                + ", coupons " + couponCodes + ", shipping "
                + (shippingMethod == null ? "-" : shippingMethod.id()) + "]";
    }
}

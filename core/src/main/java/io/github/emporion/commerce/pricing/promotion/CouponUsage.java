package io.github.emporion.commerce.pricing.promotion;

/**
 * How often coupon codes have been redeemed, overall and per customer: the store a shop backs
 * with its database. The calculator only reads it; checkout calls {@link #record} when an order
 * using the code is placed. Implementations must be thread-safe. Codes are passed normalised
 * ({@link Coupon#normalise}).
 */
public interface CouponUsage {

    /**
     * Returns how often a code has been redeemed.
     *
     * @param code the normalised code
     * @return the total redemptions, at least 0
     */
    long timesUsed(String code);

    /**
     * Returns how often a customer has redeemed a code.
     *
     * @param code the normalised code
     * @param customerId the customer
     * @return the customer's redemptions, at least 0
     */
    long timesUsedBy(String code, String customerId);

    /**
     * Records one redemption.
     *
     * @param code the normalised code
     * @param customerId the customer, or an empty string for an anonymous order
     */
    void record(String code, String customerId);

    /**
     * A usage store that is always empty and ignores records: for previews and tests.
     *
     * @return a store that counts nothing
     */
    static CouponUsage none() {
        return new CouponUsage() {
            @Override
            public long timesUsed(String code) {
                return 0;
            }

            @Override
            public long timesUsedBy(String code, String customerId) {
                return 0;
            }

            @Override
            public void record(String code, String customerId) {
                // intentionally empty: this store counts nothing
            }
        };
    }
}

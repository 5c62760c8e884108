package io.github.emporion.commerce.pricing.promotion;

import io.github.emporion.money.Monies;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * A coupon code that unlocks a promotion, with a validity window, an optional minimum order
 * value and usage limits (commercetools' {@code DiscountCode}, Broadleaf's {@code OfferCode}).
 * Codes match case-insensitively and are stored upper-case. This class is immutable and
 * thread-safe.
 *
 * <p>The minimum order value is compared with the cart subtotal before any discount. Usage limits
 * count redemptions recorded in a {@link CouponUsage}: with {@code maxUses} 100 the 101st order
 * is refused; with {@code maxUsesPerCustomer} 1 a customer may use it once, and an anonymous
 * cart may not use it at all.
 *
 * @param code the code, 1 to 40 characters from {@code A-Z 0-9 _ -} (lower case accepted)
 * @param promotionId the promotion it unlocks
 * @param validity when it can be used
 * @param minimumOrderValue the smallest subtotal it accepts, or null for none
 * @param maxUses the total number of redemptions allowed, at least 1 ({@link Long#MAX_VALUE}:
 *     unlimited)
 * @param maxUsesPerCustomer the redemptions allowed per customer, at least 1 ({@link
 *     Long#MAX_VALUE}: unlimited)
 */
public record Coupon(
        String code,
        String promotionId,
        Validity validity,
        @Nullable MonetaryAmount minimumOrderValue,
        long maxUses,
        long maxUsesPerCustomer) {
    private static final Pattern RULE = Pattern.compile("[A-Z0-9_-]{1,40}");

    /**
     * Validates the coupon and normalises the code to upper case.
     *
     * @throws IllegalArgumentException if the code is malformed, the promotion id blank, the
     *     minimum negative or a limit below 1
     */
    public Coupon {
        code = normalise(code);
        Objects.requireNonNull(promotionId, "promotionId");
        Objects.requireNonNull(validity, "validity");
        if (promotionId.isBlank()) {
            throw new IllegalArgumentException("coupon " + code + " promotionId must not be blank");
        }
        if (minimumOrderValue != null) {
            Monies.requireNonNegativeMinorUnits("coupon " + code + " minimumOrderValue", minimumOrderValue);
        }
        if (maxUses < 1) {
            throw new IllegalArgumentException("coupon " + code + " maxUses must be >= 1: " + maxUses);
        }
        if (maxUsesPerCustomer < 1) {
            throw new IllegalArgumentException(
                    "coupon " + code + " maxUsesPerCustomer must be >= 1: " + maxUsesPerCustomer);
        }
    }

    /**
     * Creates an always-valid, unlimited coupon without minimum order value.
     *
     * @param code the code
     * @param promotionId the promotion it unlocks
     * @return the coupon
     * @throws IllegalArgumentException if the code is malformed
     */
    public static Coupon of(String code, String promotionId) {
        return new Coupon(code, promotionId, Validity.ALWAYS, null, Long.MAX_VALUE, Long.MAX_VALUE);
    }

    /**
     * Normalises a code the way coupons store it: trimmed and upper case.
     *
     * @param code the code as typed
     * @return the normalised code
     * @throws IllegalArgumentException if the code does not match {@code [A-Z0-9_-]{1,40}} after
     *     normalising
     */
    public static String normalise(String code) {
        Objects.requireNonNull(code, "code");
        String upper = code.trim().toUpperCase(Locale.ROOT);
        if (!RULE.matcher(upper).matches()) {
            throw new IllegalArgumentException("coupon code must match " + RULE + ": '" + code + "'");
        }
        return upper;
    }

    /**
     * Returns the minimum order value.
     *
     * @return the minimum, or empty if there is none
     */
    public Optional<MonetaryAmount> minimumOrder() {
        return Optional.ofNullable(minimumOrderValue);
    }

    /**
     * Returns a copy with another validity window.
     *
     * @param newValidity the window
     * @return the changed coupon
     */
    public Coupon withValidity(Validity newValidity) {
        return new Coupon(code, promotionId, newValidity, minimumOrderValue, maxUses, maxUsesPerCustomer);
    }

    /**
     * Returns a copy with a minimum order value.
     *
     * @param minimum the smallest subtotal accepted
     * @return the changed coupon
     */
    public Coupon withMinimumOrderValue(MonetaryAmount minimum) {
        return new Coupon(
                code, promotionId, validity, Objects.requireNonNull(minimum, "minimum"), maxUses, maxUsesPerCustomer);
    }

    /**
     * Returns a copy with usage limits.
     *
     * @param total the total redemptions allowed, at least 1
     * @param perCustomer the redemptions allowed per customer, at least 1
     * @return the changed coupon
     */
    public Coupon withLimits(long total, long perCustomer) {
        return new Coupon(code, promotionId, validity, minimumOrderValue, total, perCustomer);
    }
}

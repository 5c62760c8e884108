package io.github.emporion.commerce.pricing.promotion;

import java.util.Objects;

/**
 * A promotion: a {@link Benefit} with the rules that decide when it applies and how it stacks.
 * This class is immutable and thread-safe.
 *
 * <p>Stacking (after commercetools' cart discounts): eligible {@link Stacking#STACKABLE}
 * promotions apply one after the other, highest {@code priority} first (ties by id), each on what
 * the previous ones left; one with {@code stopFurther} that took effect ends the chain. An
 * {@link Stacking#EXCLUSIVE} promotion never combines: the calculator tries it alone and keeps it
 * only if it beats the stackable chain for the customer (avoiding Broadleaf #495, where an order
 * promotion was chosen over a better item promotion).
 *
 * @param id the promotion id, not blank, unique within a calculator
 * @param name the label shown in a breakdown, not blank
 * @param benefit what it gives
 * @param priority higher applies first
 * @param stacking whether it combines with others
 * @param stopFurther whether lower-priority promotions are skipped once this one took effect
 * @param couponRequired whether it applies only when a valid coupon for it is entered
 * @param validity when it is active
 */
public record Promotion(
        String id,
        String name,
        Benefit benefit,
        int priority,
        Stacking stacking,
        boolean stopFurther,
        boolean couponRequired,
        Validity validity) {

    /**
     * Validates the promotion.
     *
     * @throws IllegalArgumentException if the id or name is blank
     */
    public Promotion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(benefit, "benefit");
        Objects.requireNonNull(stacking, "stacking");
        Objects.requireNonNull(validity, "validity");
        if (id.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("promotion id and name must not be blank: '" + id + "', '" + name + "'");
        }
    }

    /**
     * Creates an always-active, stackable promotion of priority 0 that needs no coupon.
     *
     * @param id the id
     * @param name the label
     * @param benefit what it gives
     * @return the promotion
     * @throws IllegalArgumentException if the id or name is blank
     */
    public static Promotion of(String id, String name, Benefit benefit) {
        return new Promotion(id, name, benefit, 0, Stacking.STACKABLE, false, false, Validity.ALWAYS);
    }

    /**
     * Returns a copy with another priority.
     *
     * @param newPriority the priority; higher applies first
     * @return the changed promotion
     */
    public Promotion withPriority(int newPriority) {
        return new Promotion(id, name, benefit, newPriority, stacking, stopFurther, couponRequired, validity);
    }

    /**
     * Returns a copy with another stacking rule.
     *
     * @param newStacking the rule
     * @return the changed promotion
     */
    public Promotion withStacking(Stacking newStacking) {
        return new Promotion(id, name, benefit, priority, newStacking, stopFurther, couponRequired, validity);
    }

    /**
     * Returns a copy that does or does not stop lower-priority promotions.
     *
     * @param stop true to stop the chain after this promotion took effect
     * @return the changed promotion
     */
    public Promotion withStopFurther(boolean stop) {
        return new Promotion(id, name, benefit, priority, stacking, stop, couponRequired, validity);
    }

    /**
     * Returns a copy that does or does not need a coupon.
     *
     * @param required true if a coupon must be entered
     * @return the changed promotion
     */
    public Promotion withCouponRequired(boolean required) {
        return new Promotion(id, name, benefit, priority, stacking, stopFurther, required, validity);
    }

    /**
     * Returns a copy with another validity window.
     *
     * @param newValidity the window
     * @return the changed promotion
     */
    public Promotion withValidity(Validity newValidity) {
        return new Promotion(id, name, benefit, priority, stacking, stopFurther, couponRequired, newValidity);
    }
}

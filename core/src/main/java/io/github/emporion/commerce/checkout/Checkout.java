package io.github.emporion.commerce.checkout;

import io.github.emporion.commerce.inventory.InsufficientStockException;
import io.github.emporion.commerce.inventory.Inventory;
import io.github.emporion.commerce.inventory.Reservation;
import io.github.emporion.commerce.order.Order;
import io.github.emporion.commerce.order.OrderLine;
import io.github.emporion.commerce.order.OrderSnapshot;
import io.github.emporion.commerce.order.TaxedAmount;
import io.github.emporion.commerce.pricing.CouponRejection;
import io.github.emporion.commerce.pricing.LineBreakdown;
import io.github.emporion.commerce.pricing.PriceBreakdown;
import io.github.emporion.commerce.pricing.PriceCalculator;
import io.github.emporion.commerce.pricing.PriceMode;
import io.github.emporion.commerce.pricing.ShippingBreakdown;
import io.github.emporion.commerce.pricing.promotion.CouponUsage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Turns a cart into an order: prices it, checks that it can be sold, builds the immutable {@link
 * Order} snapshot (prices, discounts and taxes as charged) and reserves its stock.
 *
 * <p>Steps, in this order, so that a refusal changes nothing:
 *
 * <ol>
 *   <li>refuse an empty cart ({@link CheckoutException.Reason#EMPTY_CART});
 *   <li>price the cart with the {@link PriceCalculator};
 *   <li>refuse if any coupon code was rejected — expired, unknown, below its minimum order value,
 *       over a usage limit ({@link CheckoutException.Reason#COUPON_REJECTED}); a customer who typed a
 *       code expects it to count, so it is not silently dropped;
 *   <li>for physical goods, refuse a missing shipping address or shipping method;
 *   <li>build the order snapshot from the breakdown's per-line figures (the line's discount is its
 *       own discounts plus its allocated share of order discounts) and place the order;
 *   <li>reserve all SKUs at once ({@link Inventory#reserveAll}: all or nothing), expiring after the
 *       reservation timeout (default 30 minutes);
 *   <li>record the applied coupons as redeemed, when a {@link CouponUsage} was given.
 * </ol>
 *
 * <p>The order is placed at the pricing request's instant. This class is immutable and
 * thread-safe if its inventory and coupon usage are.
 */
public final class Checkout {

    /** How long a reservation holds stock unless committed: 30 minutes. */
    public static final Duration DEFAULT_RESERVATION_TIMEOUT = Duration.ofMinutes(30);

    private final PriceCalculator calculator;
    private final Inventory inventory;
    private final Duration reservationTimeout;
    private final @Nullable CouponUsage couponUsage;

    private Checkout(
            PriceCalculator calculator,
            Inventory inventory,
            Duration reservationTimeout,
            @Nullable CouponUsage couponUsage) {
        this.calculator = Objects.requireNonNull(calculator, "calculator");
        this.inventory = Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(reservationTimeout, "reservationTimeout");
        if (reservationTimeout.isNegative() || reservationTimeout.isZero()) {
            throw new IllegalArgumentException("reservationTimeout must be positive: " + reservationTimeout);
        }
        this.reservationTimeout = reservationTimeout;
        this.couponUsage = couponUsage;
    }

    /**
     * Creates a checkout.
     *
     * @param calculator prices the cart
     * @param inventory holds the stock to reserve
     * @return the checkout, with the default reservation timeout and no coupon usage recording
     */
    public static Checkout of(PriceCalculator calculator, Inventory inventory) {
        return new Checkout(calculator, inventory, DEFAULT_RESERVATION_TIMEOUT, null);
    }

    /**
     * Returns a copy that lets reservations expire after {@code timeout}.
     *
     * @param timeout a positive duration
     * @return the new checkout
     * @throws IllegalArgumentException if {@code timeout} is zero or negative
     */
    public Checkout withReservationTimeout(Duration timeout) {
        return new Checkout(calculator, inventory, timeout, couponUsage);
    }

    /**
     * Returns a copy that records applied coupons in {@code usage} after a successful checkout (pass
     * the same store the calculator checks limits against).
     *
     * @param usage the coupon usage store
     * @return the new checkout
     */
    public Checkout withCouponUsage(CouponUsage usage) {
        return new Checkout(calculator, inventory, reservationTimeout, Objects.requireNonNull(usage, "usage"));
    }

    /**
     * Checks out a cart.
     *
     * @param request the order id, customer, cart, pricing request and shipping address
     * @return the placed order, its breakdown and the stock reservations
     * @throws CheckoutException if the cart cannot be sold as it is; nothing is reserved or recorded
     */
    public CheckoutResult place(CheckoutRequest request) {
        Objects.requireNonNull(request, "request");
        if (request.cart().isEmpty()) {
            throw new CheckoutException(
                    CheckoutException.Reason.EMPTY_CART,
                    "order " + request.orderId().value() + ": the cart is empty");
        }
        PriceBreakdown breakdown = calculator.calculate(request.cart(), request.pricing());
        if (!breakdown.rejectedCoupons().isEmpty()) {
            String why = breakdown.rejectedCoupons().stream()
                    .map(CouponRejection::message)
                    .collect(Collectors.joining("; "));
            throw new CheckoutException(
                    CheckoutException.Reason.COUPON_REJECTED,
                    "order " + request.orderId().value() + ": coupon rejected: " + why);
        }
        if (request.cart().requiresShipping()) {
            if (request.address().isEmpty()) {
                throw new CheckoutException(
                        CheckoutException.Reason.MISSING_SHIPPING_ADDRESS,
                        "order " + request.orderId().value()
                                + ": the cart holds physical goods but no shipping address was given");
            }
            if (breakdown.shipping().isEmpty()) {
                throw new CheckoutException(
                        CheckoutException.Reason.MISSING_SHIPPING_METHOD,
                        "order " + request.orderId().value()
                                + ": the cart holds physical goods but no shipping method was chosen");
            }
        }
        Order order = Order.place(snapshot(request, breakdown));
        Instant at = request.pricing().at();
        List<Reservation> reservations;
        try {
            reservations = inventory.reserveAll(request.cart().quantities(), at.plus(reservationTimeout));
        } catch (InsufficientStockException e) {
            throw new CheckoutException(
                    CheckoutException.Reason.INSUFFICIENT_STOCK,
                    "order " + request.orderId().value() + ": " + e.getMessage(),
                    e);
        }
        if (couponUsage != null) {
            for (String code : breakdown.appliedCoupons()) {
                couponUsage.record(code, request.customerId().value());
            }
        }
        return new CheckoutResult(order, breakdown, reservations);
    }

    /**
     * Builds the order snapshot from a price breakdown: one order line per breakdown line, with the
     * line's total discount (own and allocated order discounts), and the shipping charge as taxed.
     *
     * @param request the checkout request (order id, customer, time)
     * @param breakdown the breakdown of the request's cart
     * @return the snapshot, whose total equals the breakdown's grand total
     */
    static OrderSnapshot snapshot(CheckoutRequest request, PriceBreakdown breakdown) {
        List<OrderLine> lines = new ArrayList<>(breakdown.lines().size());
        for (LineBreakdown line : breakdown.lines()) {
            lines.add(OrderLine.of(
                    line.sku().value(),
                    line.item().product().type().isShippable(),
                    line.quantity(),
                    line.unitPrice(),
                    line.discountTotal(),
                    line.net(),
                    line.tax(),
                    line.gross()));
        }
        Optional<ShippingBreakdown> shipping = breakdown.shipping();
        TaxedAmount shippingCharge = shipping.map(s -> TaxedAmount.of(s.net(), s.tax(), s.gross()))
                .orElseGet(() -> TaxedAmount.zero(breakdown.currency()));
        return OrderSnapshot.of(
                request.orderId(),
                request.customerId(),
                breakdown.currency(),
                request.pricing().at(),
                breakdown.priceMode() == PriceMode.GROSS,
                lines,
                shippingCharge,
                breakdown.grandTotal());
    }
}

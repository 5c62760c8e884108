package io.github.emporion.commerce.pricing;

import io.github.emporion.money.CurrencyMismatchException;
import io.github.emporion.money.Monies;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * The priced cart: every line with its discounts and tax, every applied discount, shipping, tax
 * by rate and the totals, all in one currency and whole minor units. Its parts add up exactly,
 * always: the factory refuses figures that do not. This class is immutable and thread-safe.
 *
 * <p>Identities (checked on construction, tested over thousands of random carts; each line's and
 * the shipping's charge after discounts is its gross in GROSS mode and its net in NET mode):
 * <pre>
 *   subtotal          = Σ line.lineAmount                       (list prices, price mode)
 *   lineDiscountTotal = Σ line.discountTotal = Σ LINES/ORDER discounts
 *   shippingCharged   = shipping.price − shipping.discount       (price mode)
 *   netTotal          = Σ line.net + shipping.net
 *   taxTotal          = Σ line.tax + shipping.tax = Σ taxes.tax
 *   grandTotal        = netTotal + taxTotal = Σ line.gross + shipping.gross
 *   GROSS mode: grandTotal = subtotal − lineDiscountTotal + shippingCharged
 *   NET mode:   grandTotal = subtotal − lineDiscountTotal + shippingCharged + taxTotal
 * </pre>
 *
 * <p>For an order snapshot, {@link #lines()} holds everything per line ({@link LineBreakdown}:
 * item, quantity, unit price, line amount, discounts by promotion, net, tax, gross, rate).
 */
public final class PriceBreakdown {
    private final CurrencyUnit currency;
    private final PriceMode priceMode;
    private final List<LineBreakdown> lines;
    private final List<AppliedDiscount> discounts;
    private final @Nullable ShippingBreakdown shipping;
    private final List<TaxPortion> taxes;
    private final List<String> appliedCoupons;
    private final List<CouponRejection> rejectedCoupons;

    private PriceBreakdown(
            CurrencyUnit currency,
            PriceMode priceMode,
            List<LineBreakdown> lines,
            List<AppliedDiscount> discounts,
            @Nullable ShippingBreakdown shipping,
            List<TaxPortion> taxes,
            List<String> appliedCoupons,
            List<CouponRejection> rejectedCoupons) {
        this.currency = currency;
        this.priceMode = priceMode;
        this.lines = lines;
        this.discounts = discounts;
        this.shipping = shipping;
        this.taxes = taxes;
        this.appliedCoupons = appliedCoupons;
        this.rejectedCoupons = rejectedCoupons;
    }

    /**
     * Creates a breakdown from its parts and checks that they add up.
     *
     * @param currency the currency of every amount
     * @param priceMode whether line amounts are gross or net
     * @param lines the priced lines, in cart order
     * @param discounts the applied discounts, in the order they were applied
     * @param shipping the shipping charge, or null if the cart does not ship or no method was given
     * @param taxes the tax per rate
     * @param appliedCoupons the normalised coupon codes whose promotions took effect
     * @param rejectedCoupons the codes that were entered but not applied
     * @return the breakdown
     * @throws IllegalArgumentException naming the figure if the parts do not add up, or a line's
     *     or the shipping's charge after discounts is not its gross (GROSS mode) or net (NET mode)
     * @throws CurrencyMismatchException if an amount is in another currency
     */
    public static PriceBreakdown of(
            CurrencyUnit currency,
            PriceMode priceMode,
            List<LineBreakdown> lines,
            List<AppliedDiscount> discounts,
            @Nullable ShippingBreakdown shipping,
            List<TaxPortion> taxes,
            List<String> appliedCoupons,
            List<CouponRejection> rejectedCoupons) {
        PriceBreakdown b = new PriceBreakdown(
                Objects.requireNonNull(currency, "currency"),
                Objects.requireNonNull(priceMode, "priceMode"),
                List.copyOf(Objects.requireNonNull(lines, "lines")),
                List.copyOf(Objects.requireNonNull(discounts, "discounts")),
                shipping,
                List.copyOf(Objects.requireNonNull(taxes, "taxes")),
                List.copyOf(Objects.requireNonNull(appliedCoupons, "appliedCoupons")),
                List.copyOf(Objects.requireNonNull(rejectedCoupons, "rejectedCoupons")));
        b.check();
        return b;
    }

    private void check() {
        for (LineBreakdown line : lines) {
            CurrencyMismatchException.requireCurrency(currency, line.lineAmount());
            requireInPriceMode(
                    "line " + line.sku() + " lineAmount − discounts",
                    line.discountedAmount(),
                    line.net(),
                    line.gross());
        }
        BigDecimal[] allocated = new BigDecimal[lines.size()];
        java.util.Arrays.fill(allocated, BigDecimal.ZERO);
        BigDecimal shippingDiscounts = BigDecimal.ZERO;
        for (AppliedDiscount d : discounts) {
            CurrencyMismatchException.requireCurrency(currency, d.amount());
            if (d.target() == DiscountTarget.SHIPPING) {
                shippingDiscounts = shippingDiscounts.add(Monies.decimal(d.amount()));
                continue;
            }
            if (d.lineAllocations().size() != lines.size()) {
                throw new IllegalArgumentException("discount " + d.promotionId() + " lineAllocations size must equal "
                        + lines.size() + " lines: " + d.lineAllocations().size());
            }
            for (int i = 0; i < allocated.length; i++) {
                allocated[i] =
                        allocated[i].add(Monies.decimal(d.lineAllocations().get(i)));
            }
        }
        for (int i = 0; i < allocated.length; i++) {
            BigDecimal onLine = Monies.decimal(lines.get(i).discountTotal());
            if (onLine.compareTo(allocated[i]) != 0) {
                throw new IllegalArgumentException("line " + lines.get(i).sku() + " discount total must equal its "
                        + "allocations " + allocated[i].toPlainString() + ": " + onLine.toPlainString());
            }
        }
        BigDecimal shippingDiscount = shipping == null ? BigDecimal.ZERO : Monies.decimal(shipping.discount());
        if (shippingDiscount.compareTo(shippingDiscounts) != 0) {
            throw new IllegalArgumentException("shipping discount must equal the shipping discounts applied "
                    + shippingDiscounts.toPlainString() + ": " + shippingDiscount.toPlainString());
        }
        if (shipping != null) {
            CurrencyMismatchException.requireCurrency(currency, shipping.price());
            requireInPriceMode("shipping price − discount", shipping.charged(), shipping.net(), shipping.gross());
        }
        BigDecimal portionTax = BigDecimal.ZERO;
        BigDecimal portionNet = BigDecimal.ZERO;
        for (TaxPortion p : taxes) {
            portionTax = portionTax.add(Monies.decimal(CurrencyMismatchException.requireCurrency(currency, p.tax())));
            portionNet = portionNet.add(Monies.decimal(p.net()));
        }
        if (portionTax.compareTo(Monies.decimal(taxTotal())) != 0
                || portionNet.compareTo(Monies.decimal(netTotal())) != 0) {
            throw new IllegalArgumentException("tax portions must sum to taxTotal " + Monies.decimal(taxTotal())
                    + " and netTotal " + Monies.decimal(netTotal()) + ": " + portionTax + " and " + portionNet);
        }
    }

    /** A line's or shipping's charge after discounts is its gross in GROSS mode, its net in NET mode. */
    private void requireInPriceMode(String what, MonetaryAmount charged, MonetaryAmount net, MonetaryAmount gross) {
        MonetaryAmount expected = priceMode == PriceMode.GROSS ? gross : net;
        if (!Monies.isEqual(charged, expected)) {
            throw new IllegalArgumentException(
                    what + " must equal its " + (priceMode == PriceMode.GROSS ? "gross " : "net ")
                            + Monies.decimal(expected).toPlainString() + " in " + priceMode + " price mode: "
                            + Monies.decimal(charged).toPlainString());
        }
    }

    /**
     * Returns the currency of every amount.
     *
     * @return the cart's currency
     */
    public CurrencyUnit currency() {
        return currency;
    }

    /**
     * Returns whether list prices, discounts and shipping prices are gross or net.
     *
     * @return the price mode
     */
    public PriceMode priceMode() {
        return priceMode;
    }

    /**
     * Returns the priced lines, in cart order: the per-line figures an order line and a refund
     * need.
     *
     * @return the lines
     */
    public List<LineBreakdown> lines() {
        return lines;
    }

    /**
     * Finds the priced line of a SKU.
     *
     * @param sku the SKU
     * @return the line, or empty if the cart had no such SKU
     */
    public Optional<LineBreakdown> line(io.github.emporion.commerce.catalog.Sku sku) {
        Objects.requireNonNull(sku, "sku");
        return lines.stream().filter(l -> l.sku().equals(sku)).findFirst();
    }

    /**
     * Returns the discounts that took effect, in the order they were applied.
     *
     * @return the applied discounts
     */
    public List<AppliedDiscount> discounts() {
        return discounts;
    }

    /**
     * Returns the shipping charge.
     *
     * @return the shipping breakdown, or empty if nothing ships or no method was chosen
     */
    public Optional<ShippingBreakdown> shipping() {
        return Optional.ofNullable(shipping);
    }

    /**
     * Returns the tax per rate, in the order the rates first appear (lines, then shipping).
     *
     * @return the tax portions
     */
    public List<TaxPortion> taxes() {
        return taxes;
    }

    /**
     * Returns the coupon codes whose promotions took effect: what checkout records as redeemed.
     *
     * @return the normalised codes
     */
    public List<String> appliedCoupons() {
        return appliedCoupons;
    }

    /**
     * Returns the coupon codes that were entered but not applied, with reasons.
     *
     * @return the rejections
     */
    public List<CouponRejection> rejectedCoupons() {
        return rejectedCoupons;
    }

    /**
     * Returns the sum of list line amounts before discounts, in the price mode.
     *
     * @return Σ line.lineAmount
     */
    public MonetaryAmount subtotal() {
        return sumLines(LineBreakdown::lineAmount);
    }

    /**
     * Returns the discounts on goods (line and order promotions).
     *
     * @return Σ line.discountTotal
     */
    public MonetaryAmount lineDiscountTotal() {
        return sumLines(LineBreakdown::discountTotal);
    }

    /**
     * Returns the shipping discount.
     *
     * @return shipping.discount, zero without shipping
     */
    public MonetaryAmount shippingDiscountTotal() {
        return shipping == null ? Monies.zero(currency) : shipping.discount();
    }

    /**
     * Returns all discounts, goods and shipping.
     *
     * @return {@code lineDiscountTotal + shippingDiscountTotal}
     */
    public MonetaryAmount discountTotal() {
        return Monies.add(lineDiscountTotal(), shippingDiscountTotal());
    }

    /**
     * Returns the shipping charge after shipping discounts, in the price mode.
     *
     * @return {@code shipping.price − shipping.discount}, zero without shipping
     */
    public MonetaryAmount shippingCharged() {
        return shipping == null ? Monies.zero(currency) : shipping.charged();
    }

    /**
     * Returns the total before tax.
     *
     * @return Σ line.net + shipping.net
     */
    public MonetaryAmount netTotal() {
        return withShipping(sumLines(LineBreakdown::net), shipping == null ? null : shipping.net());
    }

    /**
     * Returns the total tax.
     *
     * @return Σ line.tax + shipping.tax
     */
    public MonetaryAmount taxTotal() {
        return withShipping(sumLines(LineBreakdown::tax), shipping == null ? null : shipping.tax());
    }

    /**
     * Returns what the customer pays.
     *
     * @return Σ line.gross + shipping.gross = netTotal + taxTotal
     */
    public MonetaryAmount grandTotal() {
        return withShipping(sumLines(LineBreakdown::gross), shipping == null ? null : shipping.gross());
    }

    private MonetaryAmount sumLines(java.util.function.Function<LineBreakdown, MonetaryAmount> figure) {
        List<MonetaryAmount> parts = new ArrayList<>(lines.size());
        for (LineBreakdown line : lines) {
            parts.add(figure.apply(line));
        }
        return Monies.sum(currency, parts);
    }

    private MonetaryAmount withShipping(MonetaryAmount goods, @Nullable MonetaryAmount shippingPart) {
        return shippingPart == null ? goods : Monies.add(goods, shippingPart);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PriceBreakdown other
                && currency.equals(other.currency)
                && priceMode == other.priceMode
                && lines.equals(other.lines)
                && discounts.equals(other.discounts)
                && Objects.equals(shipping, other.shipping)
                && taxes.equals(other.taxes)
                && appliedCoupons.equals(other.appliedCoupons)
                && rejectedCoupons.equals(other.rejectedCoupons);
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, priceMode, lines, discounts, shipping, taxes, appliedCoupons, rejectedCoupons);
    }

    @Override
    public String toString() {
        return "PriceBreakdown[" + currency.getCurrencyCode() + " " + priceMode + ", " + lines.size()
                + " lines, subtotal " + Monies.decimal(subtotal()).toPlainString() + ", discounts "
                + Monies.decimal(discountTotal()).toPlainString() + ", shipping "
                + Monies.decimal(shippingCharged()).toPlainString() + ", tax "
                + Monies.decimal(taxTotal()).toPlainString() + ", total "
                + Monies.decimal(grandTotal()).toPlainString() + "]";
    }
}

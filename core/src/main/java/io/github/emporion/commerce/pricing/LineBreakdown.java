package io.github.emporion.commerce.pricing;

import io.github.emporion.commerce.catalog.CatalogItem;
import io.github.emporion.commerce.catalog.Sku;
import io.github.emporion.commerce.pricing.tax.TaxRate;
import io.github.emporion.money.CurrencyMismatchException;
import io.github.emporion.money.Monies;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The priced form of one cart line: what an order line snapshots and what a refund starts from.
 * This class is immutable and thread-safe.
 *
 * <p>Figures, all in the cart's currency and whole minor units:
 * <ul>
 *   <li>{@code lineAmount = unitPrice × quantity} (list price, volume tier applied, in the price
 *       mode: gross for {@link PriceMode#GROSS}, net for {@link PriceMode#NET});
 *   <li>{@code discountTotal = Σ discounts} (line promotions and this line's share of order
 *       promotions), at most {@code lineAmount};
 *   <li>{@code discountedAmount = lineAmount − discountTotal} equals {@code gross} in gross mode
 *       and {@code net} in net mode;
 *   <li>{@code net + tax = gross}.
 * </ul>
 *
 * <p>Example (gross mode, 19 %): 2 × 59.50 = 119.00, 10 % order discount 11.90 → 107.10 gross,
 * tax round(107.10 × 0.19 / 1.19) = 17.10, net 90.00.
 *
 * @param item the product and variant
 * @param quantity the units, at least 1
 * @param unitPrice the list unit price for this quantity
 * @param lineAmount {@code unitPrice × quantity}
 * @param discounts the discounts on this line, one per promotion that touched it, each positive
 * @param net the line's net amount after discounts
 * @param tax the line's tax
 * @param gross the line's gross amount after discounts
 * @param taxRate the rate applied
 */
public record LineBreakdown(
        CatalogItem item,
        int quantity,
        MonetaryAmount unitPrice,
        MonetaryAmount lineAmount,
        List<LineDiscount> discounts,
        MonetaryAmount net,
        MonetaryAmount tax,
        MonetaryAmount gross,
        TaxRate taxRate) {

    /**
     * Validates that the figures add up.
     *
     * @throws IllegalArgumentException naming the figure if the quantity is below 1, an amount is
     *     negative, {@code lineAmount ≠ unitPrice × quantity}, the discounts exceed the line
     *     amount, {@code net + tax ≠ gross} or the discounted amount is neither net nor gross
     * @throws CurrencyMismatchException if the amounts' currencies differ
     */
    public LineBreakdown {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(taxRate, "taxRate");
        discounts = List.copyOf(Objects.requireNonNull(discounts, "discounts"));
        String at = "line " + item.sku() + " ";
        if (quantity < 1) {
            throw new IllegalArgumentException(at + "quantity must be >= 1: " + quantity);
        }
        CurrencyUnit currency = Objects.requireNonNull(unitPrice, "unitPrice").getCurrency();
        for (MonetaryAmount m : List.of(
                unitPrice,
                Objects.requireNonNull(lineAmount, "lineAmount"),
                Objects.requireNonNull(net, "net"),
                Objects.requireNonNull(tax, "tax"),
                Objects.requireNonNull(gross, "gross"))) {
            Monies.requireNonNegativeMinorUnits(at + "amount", CurrencyMismatchException.requireCurrency(currency, m));
        }
        BigDecimal expectedLine = Monies.decimal(unitPrice).multiply(BigDecimal.valueOf(quantity));
        if (expectedLine.compareTo(Monies.decimal(lineAmount)) != 0) {
            throw new IllegalArgumentException(
                    at + "lineAmount must equal unitPrice × quantity " + expectedLine.toPlainString() + ": "
                            + Monies.decimal(lineAmount).toPlainString());
        }
        BigDecimal discountSum = BigDecimal.ZERO;
        for (LineDiscount d : discounts) {
            discountSum =
                    discountSum.add(Monies.decimal(CurrencyMismatchException.requireCurrency(currency, d.amount())));
        }
        if (discountSum.compareTo(Monies.decimal(lineAmount)) > 0) {
            throw new IllegalArgumentException(at + "discount total must be <= line amount "
                    + Monies.decimal(lineAmount).toPlainString() + ": " + discountSum.toPlainString());
        }
        if (Monies.decimal(net).add(Monies.decimal(tax)).compareTo(Monies.decimal(gross)) != 0) {
            throw new IllegalArgumentException(at + "net + tax must equal gross "
                    + Monies.decimal(gross).toPlainString() + ": "
                    + Monies.decimal(net).toPlainString() + " + "
                    + Monies.decimal(tax).toPlainString());
        }
        BigDecimal discounted = Monies.decimal(lineAmount).subtract(discountSum);
        if (discounted.compareTo(Monies.decimal(net)) != 0 && discounted.compareTo(Monies.decimal(gross)) != 0) {
            throw new IllegalArgumentException(
                    at + "lineAmount − discounts must equal net or gross: " + discounted.toPlainString());
        }
    }

    /**
     * Returns the SKU.
     *
     * @return the item's SKU
     */
    public Sku sku() {
        return item.sku();
    }

    /**
     * Returns the sum of the discounts on this line.
     *
     * @return Σ discounts, zero if none
     */
    public MonetaryAmount discountTotal() {
        return Monies.sum(
                lineAmount.getCurrency(),
                discounts.stream().map(LineDiscount::amount).toList());
    }

    /**
     * Returns the line amount after discounts, in the price mode.
     *
     * @return {@code lineAmount − discountTotal}
     */
    public MonetaryAmount discountedAmount() {
        return Monies.subtract(lineAmount, discountTotal());
    }
}

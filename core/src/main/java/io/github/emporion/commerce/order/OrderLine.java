package io.github.emporion.commerce.order;

import io.github.emporion.money.Allocation;
import io.github.emporion.money.Monies;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One line of an order as charged: the SKU, whether it ships, how many units, the unit price, the
 * discount allocated to the line, and net, tax and gross after the discount.
 *
 * <p>Identities (checked by {@link OrderSnapshot}, which knows whether prices include tax):
 * {@code quantity × unitPrice − discount} equals {@code gross} for tax-inclusive prices and
 * {@code net} for tax-exclusive prices; always {@code net + tax = gross}. Checked here: the SKU is
 * not blank, the quantity is positive, all amounts are non-negative whole minor units in one
 * currency, and the discount is at most {@code quantity × unitPrice}.
 *
 * <p>What a unit cost: {@link #paidPerUnit()} splits the gross over the units with {@link
 * Allocation#evenly}, so that refunding every unit gives back exactly the gross. Example: 3 units
 * for a gross of 10.00 EUR paid 3.34, 3.33 and 3.33.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param sku the stock keeping unit, 1 to 64 characters, not blank
 * @param shippable whether the units are physical goods that ship (false for digital goods,
 *     services and subscriptions)
 * @param quantity the number of units, at least 1
 * @param unitPrice the list price of one unit before the discount (net or gross, as the order's
 *     prices)
 * @param discount the discount allocated to this line, between 0 and {@code quantity × unitPrice}
 * @param charged net, tax and gross of the line after the discount
 */
public record OrderLine(
        String sku,
        boolean shippable,
        int quantity,
        MonetaryAmount unitPrice,
        MonetaryAmount discount,
        TaxedAmount charged) {

    /**
     * Validates the line.
     *
     * @throws IllegalArgumentException if a rule above is broken (the message names the SKU, the
     *     field, the value and the rule)
     * @throws io.github.emporion.money.CurrencyMismatchException if the amounts are not in one
     *     currency
     */
    public OrderLine {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(charged, "charged");
        if (sku.isBlank() || sku.length() > 64) {
            throw new IllegalArgumentException("sku must be 1 to 64 characters and not blank: '" + sku + "'");
        }
        String field = "line " + sku;
        if (quantity < 1) {
            throw new IllegalArgumentException(field + ": quantity must be >= 1: " + quantity);
        }
        var currency = charged.gross().getCurrency();
        BigDecimal unit = Amounts.requireCharge(field + ".unitPrice", currency, unitPrice);
        BigDecimal off = Amounts.requireCharge(field + ".discount", currency, discount);
        BigDecimal subtotal = unit.multiply(BigDecimal.valueOf(quantity));
        if (off.compareTo(subtotal) > 0) {
            throw new IllegalArgumentException(field + ": discount must not exceed quantity × unitPrice = "
                    + Amounts.format(subtotal, currency) + ": " + Amounts.format(discount));
        }
    }

    /**
     * Creates a line from plain figures, as a checkout computes them.
     *
     * @param sku the SKU
     * @param shippable whether the units ship
     * @param quantity the number of units, at least 1
     * @param unitPrice the list price of one unit
     * @param discount the discount allocated to the line
     * @param net the line's net after the discount
     * @param tax the line's tax
     * @param gross the line's gross, {@code net + tax}
     * @return the line
     * @throws IllegalArgumentException if a rule in the class description is broken
     */
    public static OrderLine of(
            String sku,
            boolean shippable,
            int quantity,
            MonetaryAmount unitPrice,
            MonetaryAmount discount,
            MonetaryAmount net,
            MonetaryAmount tax,
            MonetaryAmount gross) {
        Objects.requireNonNull(sku, "sku");
        TaxedAmount.check("line " + sku, net, tax, gross);
        return new OrderLine(sku, shippable, quantity, unitPrice, discount, new TaxedAmount(net, tax, gross));
    }

    /**
     * Returns {@code quantity × unitPrice}, before the discount.
     *
     * @return the line subtotal
     */
    public MonetaryAmount subtotal() {
        return Monies.of(Monies.decimal(unitPrice).multiply(BigDecimal.valueOf(quantity)), unitPrice.getCurrency());
    }

    /**
     * Returns the line's net after the discount.
     *
     * @return the net amount
     */
    public MonetaryAmount net() {
        return charged.net();
    }

    /**
     * Returns the line's tax.
     *
     * @return the tax amount
     */
    public MonetaryAmount tax() {
        return charged.tax();
    }

    /**
     * Returns the line's gross after the discount: what the customer paid for it.
     *
     * @return the gross amount
     */
    public MonetaryAmount gross() {
        return charged.gross();
    }

    /**
     * Returns what each unit cost, discount and tax included: the gross split evenly over the units
     * in whole minor units, earlier units taking the extra minor units. The parts sum exactly to
     * {@link #gross()}.
     *
     * @return {@code quantity} amounts
     */
    public List<MonetaryAmount> paidPerUnit() {
        return Allocation.evenly(gross(), quantity);
    }
}

package io.github.emporion.commerce.cart;

import io.github.emporion.commerce.catalog.CatalogItem;
import io.github.emporion.commerce.catalog.Price;
import io.github.emporion.commerce.catalog.Sku;
import io.github.emporion.money.CurrencyMismatchException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * An immutable shopping cart in one currency: one line per SKU, in the order SKUs were first
 * added. Every change returns a new cart and leaves this one as it was; a rejected change throws
 * and changes nothing. This class is immutable and thread-safe.
 *
 * <p>Rules: adding a SKU already in the cart adds to that line's quantity (commercetools and
 * OFBiz merge the same way); every quantity must be at least 1 and within the product's
 * {@link io.github.emporion.commerce.catalog.QuantityLimits}; every item must have a price in the
 * cart's currency, else {@link CurrencyMismatchException}.
 *
 * <p>Example: {@code Cart.empty(EUR).add(shirt, 2).add(shirt, 1)} has one line of 3 shirts.
 */
public final class Cart {
    private final CurrencyUnit currency;
    private final List<CartLine> lines;

    private Cart(CurrencyUnit currency, List<CartLine> lines) {
        this.currency = currency;
        this.lines = List.copyOf(lines);
    }

    /**
     * Creates an empty cart.
     *
     * @param currency the cart's currency
     * @return an empty cart
     */
    public static Cart empty(CurrencyUnit currency) {
        return new Cart(Objects.requireNonNull(currency, "currency"), List.of());
    }

    /**
     * Returns the currency every line is priced in.
     *
     * @return the currency
     */
    public CurrencyUnit currency() {
        return currency;
    }

    /**
     * Returns the lines in the order their SKUs were first added.
     *
     * @return the lines, unmodifiable
     */
    public List<CartLine> lines() {
        return lines;
    }

    /**
     * Finds the line of a SKU.
     *
     * @param sku the SKU
     * @return the line, or empty if the SKU is not in the cart
     */
    public Optional<CartLine> line(Sku sku) {
        Objects.requireNonNull(sku, "sku");
        return lines.stream().filter(l -> l.sku().equals(sku)).findFirst();
    }

    /**
     * Returns the quantity per SKU, in line order: the argument checkout passes to {@link
     * io.github.emporion.commerce.inventory.Inventory#reserveAll}.
     *
     * @return an unmodifiable map from SKU to quantity
     */
    public Map<Sku, Long> quantities() {
        Map<Sku, Long> result = new LinkedHashMap<>();
        lines.forEach(l -> result.put(l.sku(), (long) l.quantity()));
        return Collections.unmodifiableMap(result);
    }

    /**
     * Tells whether the cart has no lines.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /**
     * Tells whether any line is a physical good that must be shipped.
     *
     * @return true if at least one line's product type ships
     */
    public boolean requiresShipping() {
        return lines.stream().anyMatch(l -> l.item().product().type().isShippable());
    }

    /**
     * Returns the total number of units over all lines.
     *
     * @return Σ quantities
     */
    public long unitCount() {
        return lines.stream().mapToLong(CartLine::quantity).sum();
    }

    /**
     * Returns the shipping weight of the physical lines.
     *
     * @return Σ unit weight × quantity over shippable lines, in grams
     */
    public long shippingWeightGrams() {
        return lines.stream()
                .filter(l -> l.item().product().type().isShippable())
                .mapToLong(CartLine::weightGrams)
                .sum();
    }

    /**
     * Adds units of an item; a SKU already in the cart has its quantity increased.
     *
     * @param item the item
     * @param quantity the units to add, at least 1
     * @return the new cart
     * @throws IllegalArgumentException if {@code quantity < 1}, the resulting quantity breaks the
     *     product's limits, or the SKU is in the cart as a different item
     * @throws CurrencyMismatchException if the item has no price in the cart's currency
     */
    public Cart add(CatalogItem item, int quantity) {
        Objects.requireNonNull(item, "item");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity of " + item.sku() + " to add must be >= 1: " + quantity);
        }
        requirePriceInCurrency(item);
        List<CartLine> next = new ArrayList<>(lines);
        int index = indexOf(item.sku());
        if (index < 0) {
            next.add(new CartLine(item, quantity));
        } else {
            CartLine old = lines.get(index);
            if (!old.item().equals(item)) {
                throw new IllegalArgumentException("sku " + item.sku()
                        + " must refer to the same catalog item as the line already in the cart: it differs");
            }
            long merged = (long) old.quantity() + quantity;
            if (merged > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(
                        "quantity of " + item.sku() + " must be <= " + Integer.MAX_VALUE + ": " + merged);
            }
            next.set(index, new CartLine(item, (int) merged));
        }
        return new Cart(currency, next);
    }

    /**
     * Sets the quantity of a SKU already in the cart.
     *
     * @param sku the SKU
     * @param quantity the new quantity, at least 1 (use {@link #remove} to drop a line)
     * @return the new cart
     * @throws IllegalArgumentException if the SKU is not in the cart or the quantity is below 1
     *     or outside the product's limits
     */
    public Cart withQuantity(Sku sku, int quantity) {
        int index = requireIndex(sku);
        List<CartLine> next = new ArrayList<>(lines);
        next.set(index, new CartLine(lines.get(index).item(), quantity));
        return new Cart(currency, next);
    }

    /**
     * Removes the line of a SKU.
     *
     * @param sku the SKU
     * @return the new cart
     * @throws IllegalArgumentException if the SKU is not in the cart
     */
    public Cart remove(Sku sku) {
        int index = requireIndex(sku);
        List<CartLine> next = new ArrayList<>(lines);
        next.remove(index);
        return new Cart(currency, next);
    }

    private void requirePriceInCurrency(CatalogItem item) {
        Optional<Price> price = item.variant().priceIn(currency);
        if (price.isEmpty()) {
            CurrencyUnit offered = item.variant().prices().isEmpty()
                    ? currency
                    : item.variant().prices().get(0).currency();
            if (offered.equals(currency)) {
                throw new IllegalArgumentException("sku " + item.sku() + " must have a price: it has none");
            }
            throw new CurrencyMismatchException(currency, offered);
        }
    }

    private int indexOf(Sku sku) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).sku().equals(sku)) {
                return i;
            }
        }
        return -1;
    }

    private int requireIndex(Sku sku) {
        Objects.requireNonNull(sku, "sku");
        int index = indexOf(sku);
        if (index < 0) {
            throw new IllegalArgumentException("sku " + sku + " must be in the cart: it is not");
        }
        return index;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cart other && currency.equals(other.currency) && lines.equals(other.lines);
    }

    @Override
    public int hashCode() {
        return 31 * currency.hashCode() + lines.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Cart[").append(currency.getCurrencyCode());
        for (CartLine line : lines) {
            sb.append(", ").append(line.quantity()).append(" × ").append(line.sku());
        }
        return sb.append(']').toString();
    }
}

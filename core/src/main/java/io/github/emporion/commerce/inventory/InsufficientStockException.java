package io.github.emporion.commerce.inventory;

import io.github.emporion.commerce.catalog.Sku;

/**
 * Thrown when a reservation asks for more units than are available. Nothing has been reserved
 * when it is thrown.
 */
public final class InsufficientStockException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final String sku;
    private final long requested;
    private final long available;

    /**
     * Creates the exception.
     *
     * @param sku the SKU
     * @param requested the units asked for
     * @param available the units that were available
     */
    public InsufficientStockException(Sku sku, long requested, long available) {
        super("not enough stock of " + sku + ": requested quantity " + requested + " must be <= available "
                + available);
        this.sku = sku.value();
        this.requested = requested;
        this.available = available;
    }

    /**
     * Returns the SKU.
     *
     * @return the SKU
     */
    public Sku sku() {
        return Sku.of(sku);
    }

    /**
     * Returns the units asked for.
     *
     * @return the requested quantity
     */
    public long requested() {
        return requested;
    }

    /**
     * Returns the units that were available.
     *
     * @return the available quantity at the time of the request
     */
    public long available() {
        return available;
    }
}

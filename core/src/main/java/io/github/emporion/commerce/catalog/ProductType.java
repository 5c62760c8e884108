package io.github.emporion.commerce.catalog;

/**
 * What kind of thing a product is. E-commerce sells software, consulting and online training as
 * well as parcels; only {@link #PHYSICAL} goods are shipped, so a cart of digital goods, services
 * and subscriptions needs no shipping method.
 */
public enum ProductType {
    /** A tangible good that is shipped (a book, a chair). */
    PHYSICAL,
    /** A download or licence key (software, e-book). */
    DIGITAL,
    /** Work done for the customer (consulting, an online training seat). */
    SERVICE,
    /** A recurring delivery or access right (a monthly plan). */
    SUBSCRIPTION;

    /**
     * Tells whether goods of this type are shipped.
     *
     * @return true only for {@link #PHYSICAL}
     */
    public boolean isShippable() {
        return this == PHYSICAL;
    }
}

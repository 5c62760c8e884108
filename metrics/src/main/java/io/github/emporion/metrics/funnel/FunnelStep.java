package io.github.emporion.metrics.funnel;

/** The steps of the standard shop funnel, in order. */
public enum FunnelStep {
    /** Sessions (the funnel's entry). */
    SESSIONS("sessions"),
    /** Sessions that viewed a product. */
    PRODUCT_VIEWS("product_views"),
    /** Sessions that added to cart. */
    ADD_TO_CART("add_to_cart"),
    /** Sessions that began checkout. */
    CHECKOUT("checkout"),
    /** Sessions that purchased. */
    PURCHASE("purchase");

    private final String id;

    FunnelStep(String id) {
        this.id = id;
    }

    /**
     * Returns the snake_case id used as the variant of the step's rate labels.
     *
     * @return e.g. {@code add_to_cart}
     */
    public String id() {
        return id;
    }
}

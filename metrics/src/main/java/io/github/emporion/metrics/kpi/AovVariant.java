package io.github.emporion.metrics.kpi;

/** The revenue basis of an average order value; the variant is part of the result's label. */
public enum AovVariant {
    /**
     * (gross sales − discounts) ÷ orders, tax and shipping excluded, returns not deducted (Shopify's
     * definition since 2023; the library default).
     */
    DEFAULT("default"),
    /** (gross − discounts + tax + shipping) ÷ orders: "total sales" basis (Shopify before 2023). */
    INCLUDING_TAX_AND_SHIPPING("including_tax_and_shipping"),
    /** (gross − discounts − returns) ÷ orders: net-sales basis. */
    NET_OF_RETURNS("net_of_returns");

    private final String variant;

    AovVariant(String variant) {
        this.variant = variant;
    }

    /**
     * Returns the variant id used in {@link KpiLabel}.
     *
     * @return e.g. {@code net_of_returns}
     */
    public String variant() {
        return variant;
    }
}

package io.github.emporion.commerce.pricing.shipping;

import io.github.emporion.commerce.catalog.TaxCategory;
import java.util.Objects;

/**
 * A way to ship a parcel (standard, express) with its rate and the tax category its price is
 * taxed under. Digital goods, services and subscriptions need none. This class is immutable and
 * thread-safe.
 *
 * @param id the method id, not blank
 * @param name the display name, not blank
 * @param rate how the price is computed
 * @param taxCategory the tax category of the shipping charge (in most of the EU the standard rate)
 */
public record ShippingMethod(String id, String name, ShippingRate rate, TaxCategory taxCategory) {

    /**
     * Validates the method.
     *
     * @throws IllegalArgumentException if the id or name is blank
     */
    public ShippingMethod {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(taxCategory, "taxCategory");
        if (id.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException(
                    "shipping method id and name must not be blank: '" + id + "', '" + name + "'");
        }
    }
}

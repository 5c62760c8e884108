package io.github.emporion.jackson.pricing;

/** Shares the pricing example with tests in other packages. */
public final class JsonPricingApiTestExample {
    /** The worked example request. */
    public static final String EXAMPLE = JsonPricingApiTest.EXAMPLE;

    private JsonPricingApiTestExample() {}
}

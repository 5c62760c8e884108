package io.github.emporion.jackson.attribution;

/** Shares the attribution examples with tests in other packages. */
public final class JsonAttributionApiTestExample {
    /** Path counts. */
    public static final String PATHS = JsonAttributionApiTest.EXAMPLE;

    /** Timed journeys. */
    public static final String JOURNEYS = JsonAttributionApiTest.JOURNEYS;

    private JsonAttributionApiTestExample() {}
}

package io.github.emporion.jackson.report;

/** Shares the report example with tests in other packages. */
public final class JsonKpiReportApiTestExample {
    /** The example request. */
    public static final String EXAMPLE = JsonKpiReportApiTest.EXAMPLE;

    /** The example request with orders in the full form of {@code EmporionModule}. */
    public static final String FULL_ORDERS = JsonKpiReportFullOrderTest.EXAMPLE;

    private JsonKpiReportApiTestExample() {}
}

package io.github.emporion.jackson.report;

/** Shares the report example with tests in other packages. */
public final class JsonKpiReportApiTestExample {
    /** The example request. */
    public static final String EXAMPLE = JsonKpiReportApiTest.EXAMPLE;

    private JsonKpiReportApiTestExample() {}
}

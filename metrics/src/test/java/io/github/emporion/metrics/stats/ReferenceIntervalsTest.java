package io.github.emporion.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reproduces every row of the shared reference table {@code rate_intervals.csv} to 1e-9. */
class ReferenceIntervalsTest {

    private static final double RELATIVE = 1e-9;
    private static final double ABSOLUTE = 1e-12;

    record Row(
            int line,
            String method,
            long x1,
            long n1,
            long x2,
            long n2,
            double confidence,
            String estimate,
            String lower,
            String upper,
            String statistic,
            String pValue) {
        @Override
        public String toString() {
            return "line " + line + ": " + method + " " + x1 + "/" + n1 + (n2 > 0 ? " vs " + x2 + "/" + n2 : "");
        }
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(
                        ReferenceIntervalsTest.class.getResourceAsStream("rate_intervals.csv"), "rate_intervals.csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split(",", -1);
                rows.add(new Row(
                        number,
                        f[0],
                        Long.parseLong(f[1]),
                        Long.parseLong(f[2]),
                        f[3].isEmpty() ? 0 : Long.parseLong(f[3]),
                        f[4].isEmpty() ? 0 : Long.parseLong(f[4]),
                        f[5].isEmpty() ? 0.95 : Double.parseDouble(f[5]),
                        f[6],
                        f[7],
                        f[8],
                        f[9],
                        f[10]));
            }
        }
        return rows;
    }

    static Stream<Row> referenceRows() throws IOException {
        return rows().stream();
    }

    @Test
    void referenceTable_hasAllThirtyThreeRows() throws IOException {
        assertThat(rows()).hasSize(33);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceRows")
    void referenceRow_reproducedToOneInABillion(Row row) {
        switch (row.method()) {
            case "wilson" -> assertInterval(row, BinomialIntervals.wilson(row.x1(), row.n1(), row.confidence()));
            case "agresti_coull" ->
                assertInterval(row, BinomialIntervals.agrestiCoull(row.x1(), row.n1(), row.confidence()));
            case "clopper_pearson" ->
                assertInterval(row, BinomialIntervals.clopperPearson(row.x1(), row.n1(), row.confidence()));
            case "two_proportion_ztest_pooled" -> {
                ProportionComparison c = AbComparison.compare(row.x1(), row.n1(), row.x2(), row.n2());
                assertClose(row, "estimate", c.difference(), row.estimate());
                assertOptional(row, "statistic", c.zStatistic(), row.statistic());
                assertOptional(row, "p_value", c.pValue(), row.pValue());
            }
            case "newcombe_hybrid_score_diff" -> {
                ProportionComparison c = AbComparison.compare(row.x1(), row.n1(), row.x2(), row.n2(), row.confidence());
                assertClose(row, "estimate", c.difference(), row.estimate());
                assertClose(row, "lower", c.differenceInterval().lower(), row.lower());
                assertClose(row, "upper", c.differenceInterval().upper(), row.upper());
                assertThat(c.differenceInterval().method()).isEqualTo(IntervalMethod.NEWCOMBE_HYBRID_SCORE);
            }
            case "relative_lift" ->
                assertOptional(
                        row,
                        "estimate",
                        AbComparison.compare(row.x1(), row.n1(), row.x2(), row.n2())
                                .relativeLift(),
                        row.estimate());
            default -> throw new AssertionError("unknown method in reference table: " + row);
        }
    }

    private static void assertInterval(Row row, ConfidenceInterval interval) {
        assertClose(row, "estimate", (double) row.x1() / row.n1(), row.estimate());
        assertClose(row, "lower", interval.lower(), row.lower());
        assertClose(row, "upper", interval.upper(), row.upper());
        assertThat(interval.confidence()).isEqualTo(row.confidence());
    }

    private static void assertOptional(Row row, String column, OptionalDouble actual, String expected) {
        if (expected.equals("NaN")) {
            assertThat(actual).as(row + " " + column + " is undefined").isEmpty();
        } else {
            assertThat(actual).as(row + " " + column).isPresent();
            assertClose(row, column, actual.getAsDouble(), expected);
        }
    }

    private static void assertClose(Row row, String column, double actual, String expectedText) {
        double expected = Double.parseDouble(expectedText);
        double tolerance = Math.max(ABSOLUTE, RELATIVE * Math.abs(expected));
        assertThat(Math.abs(actual - expected))
                .as("%s %s: expected %s but was %s", row, column, expectedText, actual)
                .isLessThanOrEqualTo(tolerance);
    }
}

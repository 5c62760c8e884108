package io.github.emporion.jackson.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.emporion.jackson.api.JsonReply;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class JsonKpiApiTest {

    private final JsonKpiApi api = new JsonKpiApi();
    private final ObjectMapper mapper = new ObjectMapper();

    private JsonNode ok(String json) throws Exception {
        JsonReply reply = api.reply(json);
        assertThat(reply.ok()).as(reply.body()).isTrue();
        return mapper.readTree(reply.body());
    }

    @Test
    void handle_issueExample_ctrWithWilsonIntervalAndCpcInEuro() throws Exception {
        JsonNode results = ok("""
                {"requests":[{"kpi":"ctr","clicks":57,"impressions":1930},
                             {"kpi":"cpc","spend":{"amount":"120.00","currency":"EUR"},"clicks":300}]}""").get("results");
        JsonNode ctr = results.get(0);
        assertThat(ctr.get("kpi").asText()).isEqualTo("ctr");
        // 57 / 1930 = 0.0295336787564766..., 12 decimal places
        assertThat(ctr.get("value").decimalValue()).isEqualByComparingTo("0.029533678756");
        assertThat(ctr.get("numerator").asLong()).isEqualTo(57);
        assertThat(ctr.get("denominator").asLong()).isEqualTo(1930);
        assertThat(ctr.has("undefined")).isFalse();
        JsonNode interval = ctr.get("interval");
        assertThat(interval.get("method").asText()).isEqualTo("wilson");
        assertThat(interval.get("level").asDouble()).isEqualTo(0.95);
        // shared/reference/stats/rate_intervals.csv, row "wilson,57,1930"
        assertThat(interval.get("lower").asDouble()).isCloseTo(0.02286510044, within(1e-10));
        assertThat(interval.get("upper").asDouble()).isCloseTo(0.03807136272, within(1e-10));
        assertThat(results.get(1).toString())
                .isEqualTo("{\"kpi\":\"cpc\",\"value\":{\"amount\":\"0.40\",\"currency\":\"EUR\"},"
                        + "\"total\":{\"amount\":\"120.00\",\"currency\":\"EUR\"},\"denominator\":300}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // request | expected value (JSON), all computed by hand
                "{\"kpi\":\"ctr\",\"clicks\":57,\"impressions\":1930}|0.029533678756",
                "{\"kpi\":\"cpc\",\"spend\":{\"amount\":\"1000\",\"currency\":\"JPY\"},\"clicks\":3}|{\"amount\":\"333\",\"currency\":\"JPY\"}",
                "{\"kpi\":\"cpm\",\"spend\":{\"amount\":\"250.00\",\"currency\":\"EUR\"},\"impressions\":125000}|{\"amount\":\"2.00\",\"currency\":\"EUR\"}",
                "{\"kpi\":\"cpa\",\"spend\":{\"amount\":\"100\",\"currency\":\"KWD\"},\"conversions\":5}|{\"amount\":\"20.000\",\"currency\":\"KWD\"}",
                "{\"kpi\":\"cpa\",\"spend\":{\"amount\":\"10\",\"currency\":\"BHD\"},\"conversions\":2.5}|{\"amount\":\"4.000\",\"currency\":\"BHD\"}",
                "{\"kpi\":\"roas\",\"revenue\":{\"amount\":\"1000.00\",\"currency\":\"EUR\"},\"spend\":{\"amount\":200,\"currency\":\"EUR\"}}|5",
                "{\"kpi\":\"conversion_rate\",\"conversions\":42,\"sessions\":1500}|0.028",
                "{\"kpi\":\"aov\",\"revenue\":{\"amount\":\"12000\",\"currency\":\"JOD\"},\"orders\":240}|{\"amount\":\"50.000\",\"currency\":\"JOD\"}",
                "{\"kpi\":\"aov\",\"gross_sales\":{\"amount\":\"12500\",\"currency\":\"EUR\"},\"discounts\":{\"amount\":\"500\",\"currency\":\"EUR\"},\"returns\":{\"amount\":\"300\",\"currency\":\"EUR\"},\"orders\":240,\"variant\":\"net_of_returns\"}|{\"amount\":\"48.75\",\"currency\":\"EUR\"}",
                "{\"kpi\":\"cart_abandonment_rate\",\"carts_created\":600,\"carts_converted\":180}|0.7",
                "{\"kpi\":\"checkout_abandonment_rate\",\"checkouts_started\":250,\"orders_completed\":180}|0.28",
                "{\"kpi\":\"customer_retention_rate\",\"customers_start\":200,\"customers_end\":220,\"customers_new\":50}|0.85",
                "{\"kpi\":\"churn_rate\",\"customers_start\":200,\"customers_end\":220,\"customers_new\":50}|0.15",
                "{\"kpi\":\"repeat_purchase_rate\",\"repeat_customers\":300,\"customers\":1200}|0.25",
                "{\"kpi\":\"engagement_rate\",\"engagements\":120,\"impressions\":4500}|0.026666666667",
                "{\"kpi\":\"bounce_rate\",\"engaged_sessions\":693,\"sessions\":1810}|0.617127071823",
                // FunnelReport's example: 10 000 sessions, 4 000 views, 1 000 carts, 400 checkouts, 250 purchases
                "{\"kpi\":\"funnel_step_rate\",\"sessions\":10000,\"product_views\":4000,\"add_to_cart\":1000,\"checkout\":400,\"purchase\":250,\"step\":\"purchase\"}|0.625",
                "{\"kpi\":\"funnel_conversion_rate\",\"sessions\":10000,\"product_views\":4000,\"add_to_cart\":1000,\"checkout\":400,\"purchase\":250,\"step\":\"purchase\"}|0.025",
                "{\"kpi\":\"frequency\",\"impressions\":10000,\"reach\":5000}|2",
                "{\"kpi\":\"purchase_frequency\",\"orders\":1500,\"customers\":1200}|1.25",
                "{\"kpi\":\"marketing_roi\",\"gross_profit\":{\"amount\":\"-500\",\"currency\":\"EUR\"},\"spend\":{\"amount\":\"2500\",\"currency\":\"EUR\"}}|-1.2",
                "{\"kpi\":\"net_sales\",\"gross_sales\":{\"amount\":\"12500\",\"currency\":\"EUR\"},\"discounts\":{\"amount\":\"500\",\"currency\":\"EUR\"},\"returns\":{\"amount\":\"300\",\"currency\":\"EUR\"}}|{\"amount\":\"11700.00\",\"currency\":\"EUR\"}",
                "{\"kpi\":\"budget_pacing\",\"spent\":{\"amount\":\"1200\",\"currency\":\"EUR\"},\"budget\":{\"amount\":\"3000\",\"currency\":\"EUR\"},\"start\":\"2026-03-01T00:00:00Z\",\"end\":\"2026-03-31T00:00:00Z\",\"as_of\":\"2026-03-11T00:00:00Z\"}|1.2"
            })
    void handle_eachKpi_handComputedValue(String request, String expectedValue) throws Exception {
        JsonNode result = ok("{\"requests\":[" + request + "]}").get("results").get(0);
        JsonNode expected = mapper.readTree(expectedValue);
        if (expected.isNumber()) {
            assertThat(result.get("value").decimalValue()).isEqualByComparingTo(expected.decimalValue());
        } else {
            assertThat(result.get("value")).isEqualTo(expected);
        }
    }

    @Test
    void handle_zeroDenominator_undefinedWithReasonAndNoInterval() throws Exception {
        JsonNode results = ok("{\"requests\":[{\"kpi\":\"ctr\",\"clicks\":0,\"impressions\":0},"
                        + "{\"kpi\":\"cpc\",\"spend\":{\"amount\":\"12.00\",\"currency\":\"EUR\"},\"clicks\":0}]}")
                .get("results");
        for (JsonNode result : results) {
            assertThat(result.get("value").isNull()).as(result.toString()).isTrue();
            assertThat(result.get("undefined").asBoolean()).isTrue();
            assertThat(result.has("interval")).isFalse();
        }
        assertThat(results.get(0).get("reason").asText()).isEqualTo("impressions is 0");
        assertThat(results.get(1).get("reason").asText()).isEqualTo("clicks is 0");
        assertThat(results.get(1).get("total").get("amount").asText()).isEqualTo("12.00");
    }

    static Stream<Arguments> referenceRows() throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(
                        JsonKpiApiTest.class.getResourceAsStream("/io/github/emporion/jackson/rate_intervals.csv")),
                StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> !line.startsWith("#") && !line.startsWith("method,"))
                    .map(line -> line.split(",", -1))
                    .forEach(rows::add);
        }
        return rows.stream().map(row -> Arguments.of((Object) row));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceRows")
    void handle_referenceRows_matchIntervalsAndAbTests(String[] row) throws Exception {
        String method = row[0];
        String x1 = row[1];
        String n1 = row[2];
        switch (method) {
            case "wilson", "agresti_coull", "clopper_pearson" -> {
                JsonNode interval = ok("{\"requests\":[{\"kpi\":\"ctr\",\"clicks\":" + x1 + ",\"impressions\":" + n1
                                + ",\"interval\":{\"method\":\"" + method + "\",\"level\":" + row[5] + "}}]}")
                        .get("results")
                        .get(0)
                        .get("interval");
                assertThat(interval.get("method").asText()).isEqualTo(method);
                assertClose(interval.get("lower").asDouble(), row[7], String.join(",", row));
                assertClose(interval.get("upper").asDouble(), row[8], String.join(",", row));
            }
            case "two_proportion_ztest_pooled", "newcombe_hybrid_score_diff", "relative_lift" -> {
                String level = row[5].isEmpty() ? "0.95" : row[5];
                JsonNode ab = ok("{\"requests\":[{\"kpi\":\"ab_test\",\"variant\":{\"conversions\":" + x1
                                + ",\"trials\":" + n1 + "},\"control\":{\"conversions\":" + row[3] + ",\"trials\":"
                                + row[4] + "},\"level\":" + level + "}]}")
                        .get("results")
                        .get(0);
                String what = String.join(",", row);
                if (method.equals("two_proportion_ztest_pooled")) {
                    assertClose(ab.get("z"), row[9], what);
                    assertClose(ab.get("p_value"), row[10], what);
                } else if (method.equals("relative_lift")) {
                    assertClose(ab.get("relative_lift"), row[6], what);
                } else {
                    JsonNode difference = ab.get("difference");
                    assertThat(difference.get("method").asText()).isEqualTo("newcombe");
                    assertClose(difference.get("estimate").asDouble(), row[6], what);
                    assertClose(difference.get("lower").asDouble(), row[7], what);
                    assertClose(difference.get("upper").asDouble(), row[8], what);
                }
            }
            default -> assertThat(method).as("a method this test does not know").isIn("wilson");
        }
    }

    private static void assertClose(JsonNode actual, String expected, String row) {
        if (expected.equals("NaN")) {
            assertThat(actual.isNull()).as(row).isTrue();
        } else {
            assertClose(actual.asDouble(), expected, row);
        }
    }

    private static void assertClose(double actual, String expected, String row) {
        double e = Double.parseDouble(expected);
        assertThat(actual).as(row).isCloseTo(e, within(Math.max(1e-12, Math.abs(e) * 1e-9)));
    }

    @Test
    void handle_abTestWithZeroControl_liftNullWithReason() throws Exception {
        JsonNode ab =
                ok("{\"requests\":[{\"kpi\":\"ab_test\",\"variant\":{\"conversions\":5,\"trials\":56},\"control\":{\"conversions\":0,\"trials\":29}}]}")
                        .get("results")
                        .get(0);
        assertThat(ab.get("relative_lift").isNull()).isTrue();
        assertThat(ab.get("relative_lift_reason").asText()).isEqualTo("control rate is 0");
        // shared/reference/stats/README.md: Newcombe 1998b Table II (c) 5/56 vs 0/29 -> -0.0381 to 0.1926
        assertThat(ab.get("difference").get("lower").asDouble()).isCloseTo(-0.0381, within(5e-5));
        assertThat(ab.get("difference").get("upper").asDouble()).isCloseTo(0.1926, within(5e-5));
        assertThat(ab.get("difference").get("level").asDouble()).isEqualTo(0.95);
    }
}

package io.github.emporion.jackson.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.emporion.jackson.api.ApiException;
import io.github.emporion.jackson.api.JsonFuzzer;
import io.github.emporion.jackson.api.JsonReply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonAttributionApiTest {

    /** shared/reference/attribution/tiny_example.csv as path counts. */
    static final String EXAMPLE = """
            {"models":["first","last","linear","markov"],
             "options":{"markov_order":1,"markov_nulls":true},
             "paths":[{"channels":["A","B"],"conversions":2,"value":20,"non_conversions":1},
                      {"channels":["B"],"conversions":1,"value":5,"non_conversions":2},
                      {"channels":["A"],"conversions":0,"value":0,"non_conversions":3}],
             "spend":{"A":{"amount":"10.00","currency":"EUR"},"B":{"amount":"30.00","currency":"EUR"}}}""";

    static final String JOURNEYS = """
            {"models":["linear","time_decay"],"options":{"half_life":"P7D"},
             "journeys":[{"touches":[{"channel":"search","at":"2026-03-01T00:00:00Z"},
                                     {"channel":"email","at":"2026-03-08T00:00:00Z"}],
                          "conversion_at":"2026-03-08T00:00:00Z","value":30},
                         {"touches":[{"channel":"social","at":"2026-03-02T00:00:00Z"}]}]}""";

    private final JsonAttributionApi api = new JsonAttributionApi();
    private final ObjectMapper mapper = new ObjectMapper();

    private JsonNode ok(String json) throws Exception {
        JsonReply reply = api.reply(json);
        assertThat(reply.ok()).as(reply.body()).isTrue();
        return mapper.readTree(reply.body());
    }

    private static JsonNode credit(JsonNode result, String channel) {
        for (JsonNode c : result.get("channels")) {
            if (c.get("channel").asText().equals(channel)) {
                return c;
            }
        }
        throw new AssertionError(channel + " not in " + result);
    }

    @Test
    void handle_tinyExample_matchesReferenceCredits() throws Exception {
        JsonNode results = ok(EXAMPLE).get("results");
        // shared/reference/attribution/tiny_exact_heuristics.csv and tiny_exact_markov_o1_null.csv
        double[][] expected = {
            {2.0, 20.0, 1.0, 5.0}, // first touch: A, B (conversions, value)
            {0.0, 0.0, 3.0, 25.0}, // last touch
            {1.0, 10.0, 2.0, 15.0}, // linear
            {1.0, 8.333333333333332, 2.0, 16.666666666666664} // markov order 1 with nulls
        };
        for (int m = 0; m < expected.length; m++) {
            JsonNode result = results.get(m);
            assertThat(credit(result, "A").get("conversions").asDouble())
                    .as(result.toString())
                    .isCloseTo(expected[m][0], within(1e-9));
            assertThat(credit(result, "A").get("value").asDouble())
                    .as(result.toString())
                    .isCloseTo(expected[m][1], within(1e-9));
            assertThat(credit(result, "B").get("conversions").asDouble())
                    .as(result.toString())
                    .isCloseTo(expected[m][2], within(1e-9));
            assertThat(credit(result, "B").get("value").asDouble())
                    .as(result.toString())
                    .isCloseTo(expected[m][3], within(1e-9));
            assertThat(result.get("total_conversions").asDouble()).isEqualTo(3.0);
        }
        assertThat(results.get(3).get("model").asText()).isEqualTo("markov");
        assertThat(results.get(3).get("parameters").get("order").asText()).isEqualTo("1");
    }

    @Test
    void handle_spend_comparisonHasRoasAndCpa() throws Exception {
        JsonNode rows = ok(EXAMPLE).get("comparison").get("rows");
        JsonNode b = rows.get(0).get("channel").asText().equals("B") ? rows.get(0) : rows.get(1);
        // last touch: B credited 3 conversions worth 25 for spend 30.00 -> ROAS 25/30, CPA 10.00
        JsonNode lastTouch = b.get("cells").get(1);
        assertThat(lastTouch.get("roas").asDouble()).isCloseTo(25.0 / 30.0, within(1e-12));
        assertThat(lastTouch.get("cpa").get("amount").asText()).isEqualTo("10.00");
        assertThat(b.get("spend").get("amount").asText()).isEqualTo("30.00");
        JsonNode a = rows.get(0).get("channel").asText().equals("A") ? rows.get(0) : rows.get(1);
        assertThat(a.get("cells").get(1).get("cpa").isNull())
                .as("A has no last-touch credit")
                .isTrue();
    }

    @Test
    void handle_journeysWithTimeDecay_creditsLaterTouchMore() throws Exception {
        JsonNode results = ok(JOURNEYS).get("results");
        JsonNode decay = results.get(1);
        assertThat(decay.get("model").asText()).isEqualTo("time_decay");
        // search is one half-life (7 days) before the conversion, email at it: weights 1/2 and 1 -> 1/3, 2/3
        assertThat(credit(decay, "search").get("conversions").asDouble()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(credit(decay, "email").get("conversions").asDouble()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(credit(results.get(0), "email").get("value").asDouble()).isCloseTo(15.0, within(1e-9));
    }

    @Test
    void handle_badModelsAndPaths_everyProblemWithPointer() throws Exception {
        String bad = EXAMPLE.replace("\"linear\"", "\"lineal\"")
                .replace("\"markov_order\":1", "\"markov_order\":9")
                .replace("\"conversions\":1,", "\"conversions\":\"one\",")
                .replace("[\"A\"]", "[]");
        assertThat(pointers(bad)).contains("/models/2", "/options/markov_order", "/paths/1/conversions", "/paths/2");
        assertThat(pointers(EXAMPLE.replace("\"linear\"", "\"time_decay\""))).containsExactly("/models/2");
        assertThat(api.reply(EXAMPLE.replace("\"linear\"", "\"time_decay\"")).body())
                .contains("journeys");
    }

    /** The pointers of an invalid request's problems. */
    private List<String> pointers(String json) throws Exception {
        JsonReply reply = api.reply(json);
        assertThat(reply.errorCode()).as(reply.body()).isEqualTo(ApiException.INVALID_REQUEST);
        JsonNode error = mapper.readTree(reply.body());
        assertThat(error.has("results")).as("nothing computed").isFalse();
        List<String> pointers = new ArrayList<>();
        error.get("error")
                .get("problems")
                .forEach(p -> pointers.add(p.get("pointer").asText()));
        return pointers;
    }

    @Test
    void handle_10000MutatedRequests_resultOrStructuredErrorOnly() {
        new JsonFuzzer(2026L)
                .run(
                        List.of(EXAMPLE, JOURNEYS, JsonAttributionOptionsTest.THREE_JOURNEYS),
                        10_000,
                        api::reply,
                        api::reply);
    }
}

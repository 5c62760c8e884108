package io.github.emporion.jackson.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.emporion.jackson.api.ApiException;
import io.github.emporion.jackson.api.JsonReply;
import io.github.emporion.metrics.attribution.AttributionOptions;
import io.github.emporion.metrics.attribution.TimedJourney;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The request options of {@link JsonAttributionApi}, with credits computed by hand on three
 * journeys:
 *
 * <ul>
 *   <li>j1: email at 2026-01-04T12:00Z, direct at 2026-01-08T00:00Z, converts at 2026-01-08T00:00Z
 *       with value 10 (email 3.5 days = half a half-life before the conversion);
 *   <li>j2: direct at 2026-01-01T00:00Z, converts 14 days later with value 20;
 *   <li>j3: email at 2026-01-02T00:00Z, does not convert.
 * </ul>
 */
class JsonAttributionOptionsTest {

    static final String JOURNEYS_PATH_FORM = """
            [{"id":"j1","path":["email","direct"],"touch_times":["2026-01-04T12:00:00Z","2026-01-08T00:00:00Z"],
              "converted":true,"conversion_at":"2026-01-08T00:00:00Z","value":10},
             {"id":"j2","path":["direct"],"touch_times":["2026-01-01T00:00:00Z"],
              "converted":true,"conversion_at":"2026-01-15T00:00:00Z","value":20},
             {"id":"j3","path":["email"],"touch_times":["2026-01-02T00:00:00Z"],"converted":false}]""";

    static final String JOURNEYS_TOUCH_FORM = """
            [{"touches":[{"channel":"email","at":"2026-01-04T12:00:00Z"},{"channel":"direct","at":"2026-01-08T00:00:00Z"}],
              "conversion_at":"2026-01-08T00:00:00Z","value":10},
             {"touches":[{"channel":"direct","at":"2026-01-01T00:00:00Z"}],"conversion_at":"2026-01-15T00:00:00Z","value":20},
             {"touches":[{"channel":"email","at":"2026-01-02T00:00:00Z"}]}]""";

    static final String ALL_MODELS =
            "[\"first\",\"last\",\"last_non_direct\",\"linear\",\"position\",\"time_decay\",\"markov\",\"shapley\"]";

    /** Every default model with explicit (default) options, for the fuzz and schema tests. */
    static final String THREE_JOURNEYS = request(ALL_MODELS, """
            {"time_decay":"exponential","half_life":"7d","direct_channels":["direct","(direct)"],
             "direct_ignore_case":true,"position_weights":[0.4,0.2,0.4],"markov_order":1,"markov_nulls":true,
             "markov_value":"chain","shapley":"coalition-sum","shapley_order":"alphabetical",
             "shapley_max_channels":"none"}""", JOURNEYS_PATH_FORM);

    private static final double SQRT2 = Math.sqrt(2);

    private final JsonAttributionApi api = new JsonAttributionApi();
    private final ObjectMapper mapper = new ObjectMapper();

    static String request(String models, String options, String journeys) {
        return "{\"models\":" + models + ",\"options\":" + options + ",\"journeys\":" + journeys + "}";
    }

    private JsonNode ok(String json) throws Exception {
        JsonReply reply = api.reply(json);
        assertThat(reply.ok()).as(reply.body()).isTrue();
        return mapper.readTree(reply.body());
    }

    /** The result of one model, by name. */
    private static JsonNode result(JsonNode report, String model) {
        for (JsonNode r : report.get("results")) {
            if (r.get("model").asText().equals(model)) {
                return r;
            }
        }
        throw new AssertionError(model + " not in " + report);
    }

    /** Asserts a model's credits: conversions and value of email, then of direct. */
    private static void assertCredits(
            JsonNode report, String model, double email, double emailValue, double direct, double directValue) {
        JsonNode r = result(report, model);
        double[] actual = {0, 0, 0, 0};
        for (JsonNode c : r.get("channels")) {
            int at = c.get("channel").asText().equals("email") ? 0 : 2;
            actual[at] = c.get("conversions").asDouble();
            actual[at + 1] = c.get("value").asDouble();
        }
        assertThat(actual)
                .as("%s: %s", model, r)
                .containsExactly(new double[] {email, emailValue, direct, directValue}, within(1e-9));
        assertThat(r.get("total_conversions").asDouble()).as(model).isCloseTo(2.0, within(1e-9));
        assertThat(r.get("total_value").asDouble()).as(model).isCloseTo(30.0, within(1e-9));
    }

    @Test
    void handle_threeJourneysDefaults_handComputedCreditsOfEveryModel() throws Exception {
        JsonNode report = ok(request(ALL_MODELS, "{}", JOURNEYS_PATH_FORM));
        assertCredits(report, "first", 1, 10, 1, 20);
        assertCredits(report, "last", 0, 0, 2, 30);
        // j2 is all direct: it credits direct
        assertCredits(report, "last_non_direct", 1, 10, 1, 20);
        assertCredits(report, "linear", 0.5, 5, 1.5, 25);
        // two touches always split 0.5 / 0.5
        assertCredits(report, "position", 0.5, 5, 1.5, 25);
        // j1: weights 2^-0.5 and 1, email share (1/√2) / (1 + 1/√2) = √2 − 1
        assertCredits(report, "time_decay", SQRT2 - 1, 10 * (SQRT2 - 1), 1 + (2 - SQRT2), 10 * (2 - SQRT2) + 20);
        // start→email 2, start→direct 1, email→direct 1, email→null 1, direct→conv 2: P(conv) = 2/3;
        // without email 1/3 (removal effect 1/2), without direct 0 (removal effect 1): shares 1/3, 2/3
        JsonNode markov = result(report, "markov");
        assertThat(markov.get("channels").toString()).contains("email", "direct");
        assertThat(conversions(markov, "email")).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(conversions(markov, "direct")).isCloseTo(4.0 / 3, within(1e-9));
        // coalition-sum (the default, as in the CLI): {email, direct} splits its conversion, {direct} keeps it
        assertCredits(report, "shapley", 0.5, 5, 1.5, 25);
        assertThat(report.get("options").get("shapley").asText()).isEqualTo("coalition-sum");
        assertThat(report.get("options").get("time_decay").asText()).isEqualTo("exponential");
    }

    private static double conversions(JsonNode result, String channel) {
        for (JsonNode c : result.get("channels")) {
            if (c.get("channel").asText().equals(channel)) {
                return c.get("conversions").asDouble();
            }
        }
        throw new AssertionError(channel + " not in " + result);
    }

    @Test
    void handle_touchFormAndPathForm_sameReport() throws Exception {
        assertThat(ok(request(ALL_MODELS, "{}", JOURNEYS_TOUCH_FORM)))
                .isEqualTo(ok(request(ALL_MODELS, "{}", JOURNEYS_PATH_FORM)));
    }

    @Test
    void handle_noModelsNoOptions_runsTheDefaultModels() throws Exception {
        JsonNode report = ok("{\"journeys\":" + JOURNEYS_PATH_FORM + "}");
        List<String> models = new ArrayList<>();
        report.get("results").forEach(r -> models.add(r.get("model").asText()));
        assertThat(models).isEqualTo(AttributionOptions.DEFAULT_MODELS);
        assertCredits(report, "shapley", 0.5, 5, 1.5, 25);
    }

    @Test
    void handle_steppedTimeDecay_3point5DaysIsStep0() throws Exception {
        JsonNode report = ok(request("[\"time_decay\"]", "{\"time_decay\":\"stepped\"}", JOURNEYS_PATH_FORM));
        // ⌊3.5 d / 7 d⌋ = 0: both touches of j1 weigh 1
        assertCredits(report, "time_decay", 0.5, 5, 1.5, 25);
        assertThat(report.get("options").get("time_decay").asText()).isEqualTo("stepped");
    }

    @Test
    void handle_halfLife84h_emailIsOneHalfLifeBefore() throws Exception {
        JsonNode report = ok(request("[\"time_decay\"]", "{\"half_life\":\"84h\"}", JOURNEYS_PATH_FORM));
        // weights 1/2 and 1: email 1/3, direct 2/3 + 1
        assertCredits(report, "time_decay", 1.0 / 3, 10.0 / 3, 5.0 / 3, 20.0 / 3 + 20);
    }

    @Test
    void handle_exactSetShapley_emailAddsNothingToDirect() throws Exception {
        JsonNode report = ok(request("[\"shapley\"]", "{\"shapley\":\"exact-set\"}", JOURNEYS_PATH_FORM));
        // rates v(email) = 0/1, v(direct) = 1/1, v(email, direct) = 1/1: in game {email, direct}
        // φ_email = ½·0 + ½·(1 − 1) = 0, φ_direct = 1, so direct gets j1 and j2
        assertCredits(report, "shapley", 0, 0, 2, 30);
    }

    @ParameterizedTest
    @CsvSource({
        // sorted {direct, email} keeps email: v(email) = 1/2 (j1, j3), v(direct) = 1 (j2)
        "alphabetical, 1, 10, 1, 20",
        // first-touch j1 [email, direct] keeps direct: v(direct) = 2/2, v(email) = 0/1
        "first-touch, 0, 0, 2, 30"
    })
    void handle_shapleyMaxChannels1_keepsTheLastChannelOfTheOrder(
            String order, double email, double emailValue, double direct, double directValue) throws Exception {
        JsonNode report = ok(request(
                "[\"shapley\"]",
                "{\"shapley\":\"exact-set\",\"shapley_max_channels\":1,\"shapley_order\":\"" + order + "\"}",
                JOURNEYS_PATH_FORM));
        assertCredits(report, "shapley", email, emailValue, direct, directValue);
        assertThat(report.get("options").get("shapley_max_channels").asInt()).isEqualTo(1);
    }

    @Test
    void handle_directChannels_replaceTheDefaultSet() throws Exception {
        // email is "direct" now: j1's last non-direct touch is direct
        JsonNode report = ok(request("[\"last_non_direct\"]", "{\"direct_channels\":[\"email\"]}", JOURNEYS_PATH_FORM));
        assertCredits(report, "last_non_direct", 0, 0, 2, 30);
        // matched with case: DIRECT does not exclude direct, so j1 credits direct
        report = ok(request(
                "[\"last_non_direct\"]",
                "{\"direct_channels\":[\"DIRECT\"],\"direct_ignore_case\":false}",
                JOURNEYS_PATH_FORM));
        assertCredits(report, "last_non_direct", 0, 0, 2, 30);
        // ignoring case (the default), DIRECT excludes direct
        report = ok(request("[\"last_non_direct\"]", "{\"direct_channels\":[\"DIRECT\"]}", JOURNEYS_PATH_FORM));
        assertCredits(report, "last_non_direct", 1, 10, 1, 20);
    }

    @Test
    void handle_positionWeights_splitThreeTouches() throws Exception {
        JsonNode report = ok("""
                {"models":["position"],"options":{"position_weights":[0.6,0.3,0.1]},
                 "paths":[{"channels":["a","b","c","d"],"conversions":2,"value":100}]}""");
        // first 0.6, the two middle touches 0.3 together, last 0.1; 2 conversions, value 100
        double[][] expected = {{1.2, 60}, {0.3, 15}, {0.3, 15}, {0.2, 10}};
        JsonNode channels = result(report, "position").get("channels");
        for (int i = 0; i < 4; i++) {
            String name = String.valueOf((char) ('a' + i));
            JsonNode c = null;
            for (JsonNode x : channels) {
                c = x.get("channel").asText().equals(name) ? x : c;
            }
            assertThat(c).as(name).isNotNull();
            assertThat(c.get("conversions").asDouble()).as(name).isCloseTo(expected[i][0], within(1e-9));
            assertThat(c.get("value").asDouble()).as(name).isCloseTo(expected[i][1], within(1e-9));
        }
    }

    @Test
    void handle_optionsEcho_isAValidRequestGivingTheSameReport() throws Exception {
        String options = "{\"time_decay\":\"stepped\",\"half_life\":\"7d\",\"direct_channels\":[\"direct\"],"
                + "\"position_weights\":[0.4,0.2,0.4],\"markov_order\":2,\"markov_value\":\"shares\","
                + "\"shapley\":\"exact-set\",\"shapley_order\":\"first-touch\",\"shapley_max_channels\":4}";
        JsonNode report = ok(request(ALL_MODELS, options, JOURNEYS_PATH_FORM));
        JsonNode echo = report.get("options");
        assertThat(echo.get("markov_order").asInt()).isEqualTo(2);
        assertThat(echo.get("markov_value").asText()).isEqualTo("shares");
        assertThat(echo.get("shapley_order").asText()).isEqualTo("first-touch");
        assertThat(echo.get("direct_channels").toString()).isEqualTo("[\"direct\"]");
        assertThat(ok(request(ALL_MODELS, echo.toString(), JOURNEYS_PATH_FORM))).isEqualTo(report);
    }

    /** The example of the README's "JSON API" section. */
    static final String README_EXAMPLE = """
            {"models":["last_non_direct","position","time_decay","markov","shapley"],
             "options":{"time_decay":"stepped","half_life":"7d","direct_channels":["direct"],"position_weights":[0.4,0.2,0.4],
                        "markov_order":2,"markov_value":"chain","shapley":"exact-set","shapley_order":"first-touch",
                        "shapley_max_channels":4},
             "journeys":[{"id":"j1","path":["email","direct"],"touch_times":["2026-01-04T12:00:00Z","2026-01-08T00:00:00Z"],
                          "converted":true,"conversion_at":"2026-01-08T00:00:00Z","value":10},
                         {"id":"j3","touches":[{"channel":"email","at":"2026-01-02T00:00:00Z"}],"converted":false}],
             "spend":{"email":{"amount":"100.00","currency":"EUR"}}}""";

    @Test
    void handle_readmeExample_creditsAsDocumented() throws Exception {
        JsonNode report = ok(README_EXAMPLE);
        JsonNode lastNonDirect = result(report, "last_non_direct");
        assertThat(lastNonDirect.get("total_conversions").asDouble()).isEqualTo(1.0);
        assertThat(conversions(lastNonDirect, "email")).isEqualTo(1.0);
        // stepped: email is 3.5 days before the conversion, step 0, weight 1 like direct
        assertThat(conversions(result(report, "time_decay"), "email")).isCloseTo(0.5, within(1e-12));
        assertThat(conversions(result(report, "position"), "direct")).isCloseTo(0.5, within(1e-12));
        assertThat(report.get("options").get("markov_order").asInt()).isEqualTo(2);
    }

    @Test
    void handle_perJourney_creditsOfEachTouchByHand() throws Exception {
        JsonNode report = ok(request(ALL_MODELS, "{}", JOURNEYS_PATH_FORM)
                .replace("{\"models\"", "{\"per_journey\":true,\"models\""));
        JsonNode rows = report.get("per_journey");
        assertThat(rows).hasSize(3);
        JsonNode j1 = rows.get(0);
        assertThat(j1.get("id").asText()).isEqualTo("j1");
        assertThat(j1.get("models").size()).isEqualTo(AttributionOptions.DEFAULT_MODELS.size());
        // j1 time decay: email √2 − 1, direct 2 − √2 of 1 conversion worth 10
        JsonNode decay = j1.get("models").get("time_decay");
        assertThat(decay.get(0).get("channel").asText()).isEqualTo("email");
        assertThat(decay.get(0).get("conversions").asDouble()).isCloseTo(SQRT2 - 1, within(1e-12));
        assertThat(decay.get(1).get("value").asDouble()).isCloseTo(10 * (2 - SQRT2), within(1e-12));
        assertThat(j1.get("models").get("first").get(0).get("conversions").asDouble())
                .isEqualTo(1.0);
        assertThat(j1.get("models").get("first").get(1).get("conversions").asDouble())
                .isEqualTo(0.0);
        // j2: one touch gets everything; j3 did not convert: zero credit
        assertThat(rows.get(1).get("models").get("linear").get(0).get("value").asDouble())
                .isEqualTo(20.0);
        for (JsonNode touches : rows.get(2).get("models")) {
            assertThat(touches.get(0).get("conversions").asDouble())
                    .as(touches.toString())
                    .isZero();
            assertThat(touches.get(0).get("value").asDouble())
                    .as(touches.toString())
                    .isZero();
        }
        // without per_journey there is no such table
        assertThat(ok(request(ALL_MODELS, "{}", JOURNEYS_PATH_FORM)).has("per_journey"))
                .isFalse();
        assertThat(pointers(request(ALL_MODELS, "{}", JOURNEYS_PATH_FORM)
                        .replace("{\"models\"", "{\"per_journey\":1,\"models\"")))
                .containsExactly("/per_journey");
    }

    @Test
    void attribute_inProcess_sameCreditsAsJson() throws Exception {
        List<TimedJourney> journeys = List.of(
                new TimedJourney(
                        List.of("email", "direct"),
                        List.of(Instant.parse("2026-01-04T12:00:00Z"), Instant.parse("2026-01-08T00:00:00Z")),
                        Optional.of(Instant.parse("2026-01-08T00:00:00Z")),
                        10),
                new TimedJourney(
                        List.of("direct"),
                        List.of(Instant.parse("2026-01-01T00:00:00Z")),
                        Optional.of(Instant.parse("2026-01-15T00:00:00Z")),
                        20),
                new TimedJourney(
                        List.of("email"), List.of(Instant.parse("2026-01-02T00:00:00Z")), Optional.empty(), 0));
        AttributionReport report = AttributionApi.attribute(
                new AttributionRequest(AttributionApi.defaultOptions(true).build(), List.of(), journeys, Map.of()));
        assertThat(report.run().options().shapley()).isEqualTo(AttributionOptions.ShapleyGame.COALITION_SUM);
        assertThat(report.run().result("time_decay").channels()).anySatisfy(c -> {
            assertThat(c.channel()).isEqualTo("email");
            assertThat(c.conversions()).isCloseTo(SQRT2 - 1, within(1e-12));
        });
        assertThat(report.results()).hasSize(AttributionOptions.DEFAULT_MODELS.size());
    }

    /** The pointers of an invalid request's problems; checks nothing was computed. */
    private List<String> pointers(String json) throws Exception {
        JsonReply reply = api.reply(json);
        assertThat(reply.errorCode()).as(reply.body()).isEqualTo(ApiException.INVALID_REQUEST);
        JsonNode body = mapper.readTree(reply.body());
        assertThat(body.has("results")).as(reply.body()).isFalse();
        List<String> pointers = new ArrayList<>();
        body.get("error")
                .get("problems")
                .forEach(p -> pointers.add(p.get("pointer").asText()));
        return pointers;
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"time_decay\":\"linear\"}                   | /options/time_decay",
                "{\"time_decay\":1}                            | /options/time_decay",
                "{\"half_life\":\"soon\"}                      | /options/half_life",
                "{\"half_life\":\"0d\"}                        | /options/half_life",
                "{\"direct_channels\":[]}                      | /options/direct_channels",
                "{\"direct_channels\":\"direct\"}              | /options/direct_channels",
                "{\"direct_channels\":[\"direct\",3]}          | /options/direct_channels/1",
                "{\"direct_ignore_case\":\"yes\"}              | /options/direct_ignore_case",
                "{\"position_weights\":[0.5,0.5,0.5]}          | /options/position_weights",
                "{\"position_weights\":[0.5,0.5]}              | /options/position_weights",
                "{\"position_weights\":[0.5,\"x\",0.5]}        | /options/position_weights/1",
                "{\"markov_order\":5}                          | /options/markov_order",
                "{\"markov_order\":1.5}                        | /options/markov_order",
                "{\"markov_nulls\":1}                          | /options/markov_nulls",
                "{\"markov_value\":\"mean\"}                   | /options/markov_value",
                "{\"shapley\":\"exact\"}                       | /options/shapley",
                "{\"shapley_order\":\"random\"}                | /options/shapley_order",
                "{\"shapley_max_channels\":0}                  | /options/shapley_max_channels",
                "{\"shapley_max_channels\":\"all\"}            | /options/shapley_max_channels",
                "{\"half-life\":\"7d\"}                        | /options/half-life",
                "{\"models\":\"first\"}                        | /options/models",
                "[]                                            | /options"
            })
    void handle_invalidOption_problemAtItsPointerOnly(String options, String pointer) throws Exception {
        assertThat(pointers(request(ALL_MODELS, options, JOURNEYS_PATH_FORM))).containsExactly(pointer);
    }

    @Test
    void handle_severalInvalidOptions_everyOneReported() throws Exception {
        assertThat(pointers(request(
                        "[\"first\",\"lineal\",\"time_decay\"]",
                        "{\"time_decay\":\"stepped\",\"half_life\":\"-1d\",\"shapley\":\"dp6\"}",
                        JOURNEYS_PATH_FORM)))
                .containsExactlyInAnyOrder("/models/1", "/options/half_life", "/options/shapley");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "[\"first\",\"first\"]    | /models",
                "[]                       | /models",
                "[{\"model\":\"linear\"}] | /models/0",
                "[\"first\",7]            | /models/1",
                "\"first\"                | /models"
            })
    void handle_invalidModels_problemAtTheirPointer(String models, String pointer) throws Exception {
        assertThat(pointers(request(models, "{}", JOURNEYS_PATH_FORM))).containsExactly(pointer);
    }

    @Test
    void handle_oldModelObjects_errorExplainsTheNewShape() {
        String body = api.reply(request("[{\"model\":\"markov\",\"order\":2}]", "{}", JOURNEYS_PATH_FORM))
                .body();
        assertThat(body).contains("/models/0", "options", "markov_order");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // touch times not increasing (also equal), in both forms
                "\"2026-01-04T12:00:00Z\",\"2026-01-08T00:00:00Z\" | \"2026-01-08T00:00:00Z\",\"2026-01-04T12:00:00Z\""
                        + " | /journeys/0/touch_times/1",
                "\"2026-01-04T12:00:00Z\",\"2026-01-08T00:00:00Z\" | \"2026-01-04T12:00:00Z\",\"2026-01-04T12:00:00Z\""
                        + " | /journeys/0/touch_times/1",
                // a touch after the conversion
                "\"2026-01-04T12:00:00Z\",\"2026-01-08T00:00:00Z\" | \"2026-01-04T12:00:00Z\",\"2026-01-09T00:00:00Z\""
                        + " | /journeys/0/touch_times/1",
                // path and time list of different lengths
                "\"2026-01-04T12:00:00Z\",\"2026-01-08T00:00:00Z\" | \"2026-01-04T12:00:00Z\" | /journeys/0/touch_times",
                // not an instant
                "\"2026-01-04T12:00:00Z\",\"2026-01-08T00:00:00Z\" | \"2026-01-04\",\"2026-01-08T00:00:00Z\""
                        + " | /journeys/0/touch_times/0"
            })
    void handle_badTouchTimes_problemAtTheTimeField(String from, String to, String pointer) throws Exception {
        assertThat(pointers(request(ALL_MODELS, "{}", JOURNEYS_PATH_FORM.replace(from, to))))
                .containsExactly(pointer);
    }

    @Test
    void handle_touchFormNotIncreasing_problemAtTheTouch() throws Exception {
        String bad = JOURNEYS_TOUCH_FORM.replace(
                "{\"channel\":\"direct\",\"at\":\"2026-01-08T00:00:00Z\"}",
                "{\"channel\":\"direct\",\"at\":\"2026-01-03T00:00:00Z\"}");
        assertThat(pointers(request(ALL_MODELS, "{}", bad))).containsExactly("/journeys/0/touches/1/at");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // converted without conversion time
                "\"converted\":true,\"conversion_at\":\"2026-01-15T00:00:00Z\", | \"converted\":true,"
                        + " | /journeys/1/conversion_at",
                // a conversion time on a journey said not to convert
                "\"converted\":false} | \"converted\":false,\"conversion_at\":\"2026-01-03T00:00:00Z\"}"
                        + " | /journeys/2/conversion_at",
                // value on a non-converting journey
                "\"converted\":false} | \"converted\":false,\"value\":5} | /journeys/2/value",
                // negative value
                "\"value\":20} | \"value\":-20} | /journeys/1/value",
                // converted not a boolean
                "\"converted\":false} | \"converted\":0} | /journeys/2/converted",
                // both forms
                "\"id\":\"j3\", | \"id\":\"j3\",\"touches\":[], | /journeys/2",
                // unknown field
                "\"id\":\"j3\", | \"id\":\"j3\",\"when\":1, | /journeys/2/when"
            })
    void handle_badConversion_problemAtTheJourneyField(String from, String to, String pointer) throws Exception {
        String journeys = JOURNEYS_PATH_FORM.replace(from, to);
        assertThat(journeys).isNotEqualTo(JOURNEYS_PATH_FORM);
        assertThat(pointers(request(ALL_MODELS, "{}", journeys))).containsExactly(pointer);
    }

    @Test
    void handle_badJourneysAndOptions_allReportedTogether() throws Exception {
        String journeys = JOURNEYS_PATH_FORM
                .replace("\"converted\":false}", "\"converted\":false,\"value\":5}")
                .replace("\"touch_times\":[\"2026-01-01T00:00:00Z\"]", "\"touch_times\":[]");
        assertThat(pointers(request(ALL_MODELS, "{\"markov_order\":0}", journeys)))
                .containsExactlyInAnyOrder("/journeys/1/touch_times", "/journeys/2/value", "/options/markov_order");
    }
}

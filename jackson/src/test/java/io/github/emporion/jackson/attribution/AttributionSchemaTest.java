package io.github.emporion.jackson.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.emporion.jackson.MiniSchemaValidator;
import io.github.emporion.jackson.api.JsonReply;
import io.github.emporion.metrics.attribution.AttributionOptions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The attribution request and response schemas agree with {@link JsonAttributionApi}. */
class AttributionSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String ALL = JsonAttributionOptionsTest.ALL_MODELS;
    private static final String JOURNEYS = JsonAttributionOptionsTest.JOURNEYS_PATH_FORM;

    private static List<String> examples() {
        return List.of(
                JsonAttributionApiTestExample.PATHS,
                JsonAttributionApiTestExample.JOURNEYS,
                JsonAttributionOptionsTest.THREE_JOURNEYS,
                JsonAttributionOptionsTest.request(ALL, "{}", JsonAttributionOptionsTest.JOURNEYS_TOUCH_FORM),
                JsonAttributionOptionsTest.request(
                        ALL,
                        "{\"time_decay\":\"stepped\",\"half_life\":\"P7D\",\"shapley\":\"exact-set-raw\","
                                + "\"shapley_order\":\"first-touch\",\"shapley_max_channels\":4,"
                                + "\"markov_value\":\"conversion-shares\",\"markov_order\":2}",
                        JOURNEYS),
                "{\"journeys\":" + JOURNEYS + "}",
                "{\"per_journey\":true,\"journeys\":" + JOURNEYS + "}",
                JsonAttributionApiTestExample.PATHS.replace("{\"models\"", "{\"per_journey\":true,\"models\""));
    }

    @Test
    void examples_requestAndResponse_validate() throws Exception {
        MiniSchemaValidator request = MiniSchemaValidator.load("attribution-request.schema.json");
        MiniSchemaValidator response = MiniSchemaValidator.load("attribution-response.schema.json");
        for (String example : examples()) {
            assertThat(request.validate(MAPPER.readTree(example))).as(example).isEmpty();
            JsonReply reply = new JsonAttributionApi().reply(example);
            assertThat(reply.ok()).as(reply.body()).isTrue();
            JsonNode body = MAPPER.readTree(reply.body());
            assertThat(response.validate(body)).as(reply.body()).isEmpty();
            // the echoed options are valid request options
            String again = "{\"options\":" + body.get("options") + ",\"journeys\":" + JOURNEYS + "}";
            assertThat(request.validate(MAPPER.readTree(again))).as(again).isEmpty();
        }
    }

    @Test
    void requestSchema_optionsAreExactlyTheOptionNamesWithoutModels() throws Exception {
        JsonNode options = MiniSchemaValidator.load("attribution-request.schema.json")
                .schema()
                .get("properties")
                .get("options")
                .get("properties");
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = options.fieldNames(); it.hasNext(); ) {
            names.add(it.next().replace('_', '-'));
        }
        List<String> expected = new ArrayList<>(AttributionOptions.OPTION_NAMES);
        expected.remove("models");
        assertThat(names).containsExactlyElementsOf(expected);
        List<String> models = new ArrayList<>();
        MiniSchemaValidator.load("attribution-request.schema.json")
                .schema()
                .get("properties")
                .get("models")
                .get("items")
                .get("enum")
                .forEach(m -> models.add(m.asText()));
        assertThat(models).containsExactlyElementsOf(AttributionOptions.MODEL_NAMES);
        assertThat(options.get("shapley").get("description").asText()).contains("Default coalition-sum");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"time_decay\":\"linear\"}",
                "{\"half_life\":\"soon\"}",
                "{\"direct_channels\":[]}",
                "{\"direct_channels\":\"direct\"}",
                "{\"direct_ignore_case\":\"yes\"}",
                "{\"position_weights\":[0.5,0.5]}",
                "{\"markov_order\":5}",
                "{\"markov_order\":1.5}",
                "{\"markov_nulls\":1}",
                "{\"markov_value\":\"mean\"}",
                "{\"shapley\":\"exact\"}",
                "{\"shapley_order\":\"random\"}",
                "{\"shapley_max_channels\":0}",
                "{\"shapley_max_channels\":\"all\"}",
                "{\"half-life\":\"7d\"}",
                "{\"models\":[\"first\"]}"
            })
    void requestSchema_invalidOption_rejectedLikeTheApi(String options) throws Exception {
        String json = JsonAttributionOptionsTest.request(ALL, options, JOURNEYS);
        assertThat(new JsonAttributionApi().reply(json).ok()).as(json).isFalse();
        assertThat(MiniSchemaValidator.load("attribution-request.schema.json").validate(MAPPER.readTree(json)))
                .as(json)
                .isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[\"lineal\"]",
                "[]",
                "[{\"model\":\"linear\"}]",
            })
    void requestSchema_invalidModels_rejectedLikeTheApi(String models) throws Exception {
        String json = JsonAttributionOptionsTest.request(models, "{}", JOURNEYS);
        assertThat(new JsonAttributionApi().reply(json).ok()).as(json).isFalse();
        assertThat(MiniSchemaValidator.load("attribution-request.schema.json").validate(MAPPER.readTree(json)))
                .as(json)
                .isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"options\":{}}",
                "{\"journeys\":[],\"paths\":[],\"models\":[\"first\"]}",
                "{\"journeys\":[{\"id\":\"j\",\"touches\":[{\"channel\":\"a\",\"at\":\"2026-01-01T00:00:00Z\"}],"
                        + "\"path\":[\"a\"],\"touch_times\":[\"2026-01-01T00:00:00Z\"]}]}",
                "{\"journeys\":[{\"path\":[\"a\"]}]}",
                "{\"journeys\":[{\"path\":[\"a\"],\"touch_times\":[\"2026-01-01T00:00:00Z\"],\"value\":-1,"
                        + "\"conversion_at\":\"2026-01-02T00:00:00Z\"}]}"
            })
    void requestSchema_badShapes_rejectedLikeTheApi(String json) throws Exception {
        assertThat(new JsonAttributionApi().reply(json).ok()).as(json).isFalse();
        assertThat(MiniSchemaValidator.load("attribution-request.schema.json").validate(MAPPER.readTree(json)))
                .as(json)
                .isNotEmpty();
    }

    @Test
    void errors_ofRandomlyBrokenRequests_validateAgainstErrorSchema() throws Exception {
        MiniSchemaValidator error = MiniSchemaValidator.load("error.schema.json");
        MiniSchemaValidator response = MiniSchemaValidator.load("attribution-response.schema.json");
        JsonAttributionApi api = new JsonAttributionApi();
        Random random = new Random(11);
        String base = JsonAttributionOptionsTest.THREE_JOURNEYS;
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder(base);
            text.setCharAt(random.nextInt(text.length()), (char) (32 + random.nextInt(95)));
            JsonReply reply = api.reply(text.toString());
            MiniSchemaValidator schema = reply.ok() ? response : error;
            assertThat(schema.validate(MAPPER.readTree(reply.body())))
                    .as("seed 11 case %d: %s", i, reply.body())
                    .isEmpty();
        }
    }
}

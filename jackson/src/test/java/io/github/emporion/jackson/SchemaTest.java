package io.github.emporion.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.emporion.jackson.api.JsonReply;
import io.github.emporion.jackson.kpi.JsonKpiApi;
import io.github.emporion.jackson.pricing.JsonPricingApi;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static final String KPI_EXAMPLE = """
            {"requests":[{"kpi":"ctr","clicks":57,"impressions":1930},
                         {"kpi":"cpc","spend":{"amount":"120.00","currency":"EUR"},"clicks":300},
                         {"kpi":"ctr","clicks":0,"impressions":0,"interval":{"method":"agresti_coull","level":0.99}},
                         {"kpi":"cpm","spend":{"amount":"250","currency":"KWD"},"impressions":125000},
                         {"kpi":"aov","gross_sales":{"amount":"12500","currency":"EUR"},"orders":240,"variant":"net_of_returns"},
                         {"kpi":"ab_test","variant":{"conversions":72,"trials":1875},"control":{"conversions":57,"trials":1930},"level":0.95},
                         {"kpi":"ab_test","variant":{"conversions":5,"trials":56},"control":{"conversions":0,"trials":29}},
                         {"kpi":"net_sales","gross_sales":{"amount":"12500","currency":"EUR"}}]}""";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "kpi-request.schema.json",
                "kpi-response.schema.json",
                "pricing-request.schema.json",
                "pricing-response.schema.json",
                "error.schema.json",
                "kpi-report-request.schema.json",
                "kpi-report-response.schema.json",
                "attribution-request.schema.json",
                "attribution-response.schema.json"
            })
    void schema_shippedInJar_isDraft2020WithIdAndTitle(String name) throws Exception {
        JsonNode schema = MiniSchemaValidator.load(name).schema();
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("$id").asText()).endsWith("/" + name);
        assertThat(schema.get("title").asText()).isNotBlank();
    }

    @Test
    void kpiExample_requestAndResponse_validate() throws Exception {
        assertThat(MiniSchemaValidator.load("kpi-request.schema.json").validate(MAPPER.readTree(KPI_EXAMPLE)))
                .isEmpty();
        JsonReply reply = new JsonKpiApi().reply(KPI_EXAMPLE);
        assertThat(reply.ok()).as(reply.body()).isTrue();
        assertThat(MiniSchemaValidator.load("kpi-response.schema.json").validate(MAPPER.readTree(reply.body())))
                .isEmpty();
    }

    @Test
    void pricingExample_requestAndResponse_validate() throws Exception {
        String example = io.github.emporion.jackson.pricing.JsonPricingApiTestExample.EXAMPLE;
        assertThat(MiniSchemaValidator.load("pricing-request.schema.json").validate(MAPPER.readTree(example)))
                .isEmpty();
        JsonReply reply = new JsonPricingApi().reply(example);
        assertThat(reply.ok()).as(reply.body()).isTrue();
        assertThat(MiniSchemaValidator.load("pricing-response.schema.json").validate(MAPPER.readTree(reply.body())))
                .isEmpty();
    }

    @Test
    void reportExample_requestAndResponse_validate() throws Exception {
        String example = io.github.emporion.jackson.report.JsonKpiReportApiTestExample.EXAMPLE;
        assertThat(MiniSchemaValidator.load("kpi-report-request.schema.json").validate(MAPPER.readTree(example)))
                .isEmpty();
        JsonReply reply = new io.github.emporion.jackson.report.JsonKpiReportApi().reply(example);
        assertThat(reply.ok()).as(reply.body()).isTrue();
        assertThat(MiniSchemaValidator.load("kpi-report-response.schema.json").validate(MAPPER.readTree(reply.body())))
                .isEmpty();
    }

    @Test
    void reportFullOrderExample_requestAndResponse_validate() throws Exception {
        String example = io.github.emporion.jackson.report.JsonKpiReportApiTestExample.FULL_ORDERS;
        MiniSchemaValidator request = MiniSchemaValidator.load("kpi-report-request.schema.json");
        assertThat(request.validate(MAPPER.readTree(example))).isEmpty();
        JsonReply reply = new io.github.emporion.jackson.report.JsonKpiReportApi().reply(example);
        assertThat(reply.ok()).as(reply.body()).isTrue();
        assertThat(MiniSchemaValidator.load("kpi-report-response.schema.json").validate(MAPPER.readTree(reply.body())))
                .isEmpty();
        // the schema rejects what the API rejects: an order mixed with simplified properties, an
        // order without history, an unknown property beside the order
        for (String bad : List.of(
                example.replace(
                        "\"channel\":\"newsletter\",",
                        "\"channel\":\"newsletter\",\"placed_at\":\"2026-03-03T10:00:00Z\","),
                example.replaceFirst("\"history\":\\[", "\"later\":["),
                example.replace("\"channel\":\"newsletter\",", "\"channel\":\"newsletter\",\"source\":\"x\","))) {
            assertThat(request.validate(MAPPER.readTree(bad))).as(bad).isNotEmpty();
            assertThat(new io.github.emporion.jackson.report.JsonKpiReportApi()
                            .reply(bad)
                            .ok())
                    .as(bad)
                    .isFalse();
        }
    }

    @Test
    void reportRequestSchema_channelGroupsAndGroupBy_matchTheEnumsTheApiReads() throws Exception {
        JsonNode schema =
                MiniSchemaValidator.load("kpi-report-request.schema.json").schema();
        List<String> groups = new java.util.ArrayList<>();
        schema.get("$defs").get("channel_group").get("enum").forEach(n -> groups.add(n.asText()));
        assertThat(groups)
                .containsExactlyElementsOf(
                        java.util.Arrays.stream(io.github.emporion.marketing.channel.ChannelGroup.values())
                                .map(g -> g.name().toLowerCase(java.util.Locale.ROOT))
                                .toList());
        List<String> dims = new java.util.ArrayList<>();
        schema.get("properties").get("group_by").get("items").get("enum").forEach(n -> dims.add(n.asText()));
        assertThat(dims)
                .containsExactlyElementsOf(java.util.Arrays.stream(io.github.emporion.metrics.report.GroupBy.values())
                        .map(g -> g.name().toLowerCase(java.util.Locale.ROOT))
                        .toList());
        // the schema rejects what the API rejects: a missing period, an unknown channel group
        JsonNode bad = MAPPER.readTree(io.github.emporion.jackson.report.JsonKpiReportApiTestExample.EXAMPLE
                .replace(
                        "\"period\":{\"from\":\"2026-03-02T00:00:00+02:00\",\"to\":\"2026-03-04T00:00:00+02:00\"},", "")
                .replace("\"channel_group\":\"email\"", "\"channel_group\":\"mail\""));
        assertThat(MiniSchemaValidator.load("kpi-report-request.schema.json").validate(bad))
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void attributionExamples_requestAndResponse_validate(int which) throws Exception {
        String example = which == 0
                ? io.github.emporion.jackson.attribution.JsonAttributionApiTestExample.PATHS
                : io.github.emporion.jackson.attribution.JsonAttributionApiTestExample.JOURNEYS;
        assertThat(MiniSchemaValidator.load("attribution-request.schema.json").validate(MAPPER.readTree(example)))
                .isEmpty();
        JsonReply reply = new io.github.emporion.jackson.attribution.JsonAttributionApi().reply(example);
        assertThat(reply.ok()).as(reply.body()).isTrue();
        assertThat(MiniSchemaValidator.load("attribution-response.schema.json").validate(MAPPER.readTree(reply.body())))
                .isEmpty();
    }

    @Test
    void schemas_rejectWhatTheApiRejects() throws Exception {
        MiniSchemaValidator request = MiniSchemaValidator.load("kpi-request.schema.json");
        for (String bad : List.of(
                "{\"requests\":[]}",
                "{\"requests\":[{\"kpi\":\"ctr\",\"clicks\":-1,\"impressions\":3}]}",
                "{\"requests\":[{\"kpi\":\"ctr\",\"clicks\":1.5,\"impressions\":3}]}",
                "{\"requests\":[{\"kpi\":\"ctrr\",\"clicks\":1,\"impressions\":3}]}",
                "{\"requests\":[{\"kpi\":\"ctr\",\"colour\":1}]}")) {
            assertThat(request.validate(MAPPER.readTree(bad))).as(bad).isNotEmpty();
        }
    }

    @Test
    void errors_ofRandomBadRequests_validateAgainstErrorSchema() throws Exception {
        MiniSchemaValidator error = MiniSchemaValidator.load("error.schema.json");
        JsonKpiApi api = new JsonKpiApi();
        Random random = new Random(11);
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder(KPI_EXAMPLE);
            text.setCharAt(random.nextInt(text.length()), (char) (32 + random.nextInt(95)));
            JsonReply reply = api.reply(text.toString());
            if (!reply.ok()) {
                assertThat(error.validate(MAPPER.readTree(reply.body())))
                        .as("seed 11 case %d: %s", i, reply.body())
                        .isEmpty();
            } else {
                assertThat(MiniSchemaValidator.load("kpi-response.schema.json").validate(MAPPER.readTree(reply.body())))
                        .as("seed 11 case %d: %s", i, reply.body())
                        .isEmpty();
            }
        }
    }
}

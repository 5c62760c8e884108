package io.github.emporion.jackson.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.emporion.jackson.api.ApiException;
import io.github.emporion.jackson.api.JsonLimits;
import io.github.emporion.jackson.api.JsonReply;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonKpiApiErrorTest {

    private final JsonKpiApi api = new JsonKpiApi();
    private final ObjectMapper mapper = new ObjectMapper();

    private JsonNode error(JsonReply reply, String code) throws Exception {
        assertThat(reply.ok()).as(reply.body()).isFalse();
        assertThat(reply.errorCode()).isEqualTo(code);
        JsonNode root = mapper.readTree(reply.body());
        assertThat(root.fieldNames()).toIterable().containsExactly("error");
        assertThat(root.get("error").get("code").asText()).isEqualTo(code);
        return root.get("error").get("problems");
    }

    private static List<String> pointers(JsonNode problems) {
        List<String> list = new ArrayList<>();
        problems.forEach(p -> list.add(p.get("pointer").asText()));
        return list;
    }

    @Test
    void handle_manyProblems_listsEachWithItsPointerAndNoResults() throws Exception {
        String request = """
                {"requests":[
                  {"kpi":"ctr","clicks":57,"impressions":1930},
                  {"kpi":"ctr","clicks":-3,"impressions":"many"},
                  {"kpi":"ctrr","clicks":1},
                  {"kpi":"cpc","spend":{"amount":"1.00","currency":"EUR"}},
                  {"kpi":"roas","revenue":{"amount":"1.00","currency":"EUR"},"spend":{"amount":"1.000","currency":"KWD"}},
                  {"kpi":"ctr","clicks":1,"impressions":2,"colour":"red"},
                  {"kpi":"ctr","clicks":1.5,"impressions":2},
                  {"kpi":"ctr","clicks":5,"impressions":2},
                  {"kpi":"ab_test","variant":{"conversions":3,"trials":0},"control":{"conversions":1},"level":1.5},
                  {"kpi":"ctr","clicks":1,"impressions":2,"interval":{"method":"bayes"}},
                  {"kpi":"cpc","spend":{"amount":"1","currency":"EUR"},"clicks":1,"interval":{"level":0.9}},
                  7
                ],"extra":true}""";
        JsonNode problems = error(api.reply(request), ApiException.INVALID_REQUEST);
        assertThat(pointers(problems))
                .contains(
                        "/extra",
                        "/requests/1/clicks",
                        "/requests/1/impressions",
                        "/requests/2/kpi",
                        "/requests/3/clicks",
                        "/requests/4/spend",
                        "/requests/5/colour",
                        "/requests/6/clicks",
                        "/requests/7",
                        "/requests/8/variant/trials",
                        "/requests/8/control/trials",
                        "/requests/8/level",
                        "/requests/9/interval/method",
                        "/requests/11")
                .doesNotContain("/requests/0");
        String text = problems.toString();
        assertThat(text)
                .contains("must not be negative but was -3")
                .contains("must be a number but was a string")
                .contains("unknown KPI id 'ctrr'")
                .contains("required input 'clicks' of cpc is missing")
                .contains("currency mismatch")
                .contains("unknown input 'colour'")
                .contains("must be a whole number but was 1.5")
                .contains("must not exceed")
                .contains("unknown interval method 'bayes'");
    }

    @Test
    void evaluate_inProcess_sameProblemsAsJson() {
        KpiRequest request = KpiRequest.of(
                KpiCountsQuery.of("ctr").with("clicks", 57).with("impressions", 1930),
                KpiCountsQuery.of("ctr").with("clicks", -1).with("impressions", 10),
                AbTestQuery.of(3, 2, 1, 10));
        try {
            KpiApi.evaluate(request);
            throw new AssertionError("expected an ApiException");
        } catch (ApiException e) {
            assertThat(e.code()).isEqualTo(ApiException.INVALID_REQUEST);
            assertThat(e.problems())
                    .extracting(p -> p.pointer())
                    .containsExactly("/requests/1/clicks", "/requests/2/variant/conversions");
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "'{\"requests\":[{\"kpi\":\"ctr\",\"clicks\":1,\"clicks\":2,\"impressions\":3}]}'|malformed_json",
                "'{\"requests\":[]} {}'|malformed_json",
                "'{\"requests\":[{\"kpi\":\"ctr\",'|malformed_json",
                "''|malformed_json",
                "'   '|malformed_json",
                "'[1,2]'|invalid_request",
                "'{\"requests\":[]}'|invalid_request",
                "'{\"requests\":[{\"kpi\":\"ctr\",\"clicks\":NaN,\"impressions\":3}]}'|malformed_json",
                "'{\"requests\":[{\"kpi\":\"cpc\",\"spend\":{\"amount\":1e999999999,\"currency\":\"EUR\"},\"clicks\":1}]}'|invalid_request",
                "'{\"requests\":[{\"kpi\":\"cpc\",\"spend\":{\"amount\":\"1e-999999999\",\"currency\":\"EUR\"},\"clicks\":1}]}'|invalid_request",
                "'{\"requests\":[{\"kpi\":\"ctr\",\"clicks\":1e999999999,\"impressions\":3}]}'|invalid_request",
                "'{\"requests\":[{\"kpi\":\"ctr\",\"clicks\":1,\"impressions\":9999999999999999999}]}'|invalid_request",
                "'{\"requests\":[{\"kpi\":\"ab_test\",\"variant\":{\"conversions\":1,\"trials\":99999999999999999999},\"control\":{\"conversions\":1,\"trials\":2}}]}'|invalid_request",
                "'{\"requests\":[{\"kpi\":\"budget_pacing\",\"spent\":{\"amount\":\"1\",\"currency\":\"EUR\"},\"budget\":{\"amount\":\"3\",\"currency\":\"EUR\"},\"start\":\"2026-03-31T00:00:00Z\",\"end\":\"2026-03-01T00:00:00Z\",\"as_of\":\"yesterday\"}]}'|invalid_request",
                "'{\"@class\":\"java.lang.ProcessBuilder\",\"requests\":[{\"kpi\":\"ctr\",\"clicks\":1,\"impressions\":3}]}'|invalid_request",
            })
    void handle_badInput_structuredError(String json, String code) throws Exception {
        JsonNode problems = error(api.reply(json), code);
        assertThat(problems.size()).isPositive();
        problems.forEach(p -> assertThat(p.get("message").asText()).isNotBlank());
    }

    @Test
    void handle_limits_exceededGiveLimitError() throws Exception {
        String deep = "[".repeat(100) + "]".repeat(100);
        assertThat(pointers(error(api.reply(deep), ApiException.LIMIT_EXCEEDED)))
                .hasSize(1);
        String longString = "{\"requests\":[{\"kpi\":\"" + "x".repeat(200_000) + "\"}]}";
        error(api.reply(longString), ApiException.LIMIT_EXCEEDED);
        String longNumber = "{\"requests\":[{\"kpi\":\"ctr\",\"clicks\":" + "9".repeat(500) + ",\"impressions\":1}]}";
        error(api.reply(longNumber), ApiException.LIMIT_EXCEEDED);

        JsonKpiApi small = new JsonKpiApi(JsonLimits.DEFAULT.withMaxDocumentLength(100));
        String request = "{\"requests\":[{\"kpi\":\"ctr\",\"clicks\":57,\"impressions\":1930}"
                + ",{\"kpi\":\"ctr\",\"clicks\":57,\"impressions\":1930}]}";
        error(small.reply(request), ApiException.LIMIT_EXCEEDED);
        error(
                small.reply(new ByteArrayInputStream(request.getBytes(StandardCharsets.UTF_8))),
                ApiException.LIMIT_EXCEEDED);
        assertThat(api.reply(new ByteArrayInputStream(request.getBytes(StandardCharsets.UTF_8)))
                        .ok())
                .isTrue();
    }

    @Test
    void handle_malformedJson_pointerToWhereParsingStopped() throws Exception {
        JsonNode problems = error(
                api.reply("{\"requests\":[{\"kpi\":\"ctr\",\"clicks\":1},{\"kpi\":}]}"), ApiException.MALFORMED_JSON);
        assertThat(problems.get(0).get("pointer").asText()).startsWith("/requests/1");
        assertThat(problems.get(0).get("message").asText()).contains("line 1");
    }
}

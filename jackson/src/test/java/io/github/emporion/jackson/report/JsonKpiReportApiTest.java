package io.github.emporion.jackson.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.emporion.jackson.api.ApiException;
import io.github.emporion.jackson.api.JsonFuzzer;
import io.github.emporion.jackson.api.JsonReply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonKpiReportApiTest {

    static final String EXAMPLE = """
            {"currency":"EUR","zone":"Europe/Athens",
             "period":{"from":"2026-03-01T00:00:00+02:00","to":"2026-04-01T00:00:00+03:00"},
             "group_by":["channel"],
             "kpis":["clicks","ctr","cpc","sessions","conversion_rate","orders","aov","carts","cart_abandonment_rate"],
             "campaign_performance":[
               {"date":"2026-03-02","campaign":"spring","channel":"google_ads","channel_group":"paid_search",
                "impressions":1930,"clicks":57,"conversions":3,
                "spend":{"amount":"12.00","currency":"EUR"},"revenue":{"amount":"90.00","currency":"EUR"}},
               {"date":"2026-03-02","channel":"facebook","impressions":1000,"clicks":10,
                "spend":{"amount":"5.00","currency":"EUR"}},
               {"date":"2026-03-03","campaign":"spring","channel":"google_ads","impressions":70,"clicks":3,
                "spend":{"amount":"3.00","currency":"EUR"}}],
             "sessions":[
               {"at":"2026-03-01T22:30:00Z","channel":"google_ads","engaged":true,"purchased":true},
               {"at":"2026-03-31T21:30:00Z","channel":"facebook","engaged":true}],
             "orders":[{"at":"2026-03-01T22:40:00Z","channel":"google_ads","units":2,
                        "gross_sales":{"amount":"90.00","currency":"EUR"}}],
             "carts":[{"at":"2026-03-01T22:35:00Z","channel":"google_ads","purchased":true},
                      {"at":"2026-03-05T10:00:00Z","channel":"google_ads"},
                      {"at":"2026-03-06T10:00:00Z","channel":"facebook"}]}""";

    private final JsonKpiReportApi api = new JsonKpiReportApi();
    private final ObjectMapper mapper = new ObjectMapper();

    private JsonNode ok(String json) throws Exception {
        JsonReply reply = api.reply(json);
        assertThat(reply.ok()).as(reply.body()).isTrue();
        return mapper.readTree(reply.body());
    }

    private static JsonNode result(JsonNode results, String kpi) {
        for (JsonNode r : results) {
            if (r.get("kpi").asText().equals(kpi)) {
                return r;
            }
        }
        throw new AssertionError("no " + kpi + " in " + results);
    }

    @Test
    void handle_groupedByChannel_handComputedResults() throws Exception {
        JsonNode report = ok(EXAMPLE);
        JsonNode groups = report.get("groups");
        assertThat(groups).hasSize(2);
        // sorted by key: facebook, google_ads
        JsonNode facebook = groups.get(0);
        assertThat(facebook.get("key").toString()).isEqualTo("{\"channel\":\"facebook\"}");
        JsonNode google = groups.get(1).get("results");
        assertThat(result(google, "clicks").get("value").asLong()).isEqualTo(60); // 57 + 3
        assertThat(result(google, "ctr").get("value").decimalValue()).isEqualByComparingTo("0.03"); // 60 / 2000
        assertThat(result(google, "cpc").get("value").toString())
                .isEqualTo("{\"amount\":\"0.25\",\"currency\":\"EUR\"}"); // 15.00 / 60
        assertThat(result(google, "sessions").get("value").asLong()).isEqualTo(1);
        assertThat(result(google, "conversion_rate").get("value").decimalValue())
                .isEqualByComparingTo("1");
        assertThat(result(google, "aov").get("value").get("amount").asText()).isEqualTo("90.00");
        // 2 carts, 1 purchased -> 1 / 2 abandoned
        assertThat(result(google, "carts").get("value").asLong()).isEqualTo(2);
        assertThat(result(google, "cart_abandonment_rate").get("value").decimalValue())
                .isEqualByComparingTo("0.5");
        JsonNode fb = facebook.get("results");
        assertThat(result(fb, "cart_abandonment_rate").get("value").decimalValue())
                .isEqualByComparingTo("1");
        assertThat(result(fb, "cpc").get("value").get("amount").asText()).isEqualTo("0.50");
        // the facebook session at 00:30 on 1 April in Athens is outside the period
        assertThat(result(fb, "sessions").get("value").asLong()).isZero();
        assertThat(result(fb, "conversion_rate").get("undefined").asBoolean()).isTrue();
        assertThat(result(fb, "aov").get("reason").asText()).isEqualTo("orders is 0");
        JsonNode total = report.get("total").get("results");
        assertThat(result(total, "clicks").get("value").asLong()).isEqualTo(70);
        assertThat(result(total, "ctr").get("value").decimalValue()).isEqualByComparingTo("0.023333333333"); // 70/3000
    }

    @Test
    void handle_groupedByDayInZone_sessionAfterLocalMidnightCountsNextDay() throws Exception {
        JsonNode groups = ok(EXAMPLE.replace("\"group_by\":[\"channel\"]", "\"group_by\":[\"day\"]"))
                .get("groups");
        assertThat(groups.get(0).get("key").toString()).isEqualTo("{\"day\":\"2026-03-02\"}");
        assertThat(result(groups.get(0).get("results"), "clicks").get("value").asLong())
                .isEqualTo(67);
        // 2026-03-01T22:30Z is 00:30 on 2 March in Athens
        assertThat(result(groups.get(0).get("results"), "sessions").get("value").asLong())
                .isEqualTo(1);
        assertThat(groups.get(1).get("key").get("day").asText()).isEqualTo("2026-03-03");
    }

    @Test
    void handle_badRows_everyProblemWithPointer() throws Exception {
        String bad = EXAMPLE.replace("\"clicks\":10,", "\"clicks\":-10,")
                .replace("\"group_by\":[\"channel\"]", "\"group_by\":[\"chanel\"]")
                .replace("\"kpis\":[\"clicks\"", "\"kpis\":[\"clickz\"")
                .replace("{\"amount\":\"3.00\",\"currency\":\"EUR\"}", "{\"amount\":\"3.000\",\"currency\":\"KWD\"}")
                .replace("\"engaged\":true,\"purchased\":true", "\"engaged\":\"yes\",\"purchased\":true");
        JsonReply reply = api.reply(bad);
        assertThat(reply.errorCode()).as(reply.body()).isEqualTo(ApiException.INVALID_REQUEST);
        List<String> pointers = new ArrayList<>();
        mapper.readTree(reply.body())
                .get("error")
                .get("problems")
                .forEach(p -> pointers.add(p.get("pointer").asText()));
        assertThat(pointers)
                .contains(
                        "/campaign_performance/1/clicks",
                        "/group_by/0",
                        "/campaign_performance/2/spend",
                        "/sessions/0/engaged");
        // unknown KPI ids are checked once the rows are valid
        JsonReply unknownKpi = api.reply(EXAMPLE.replace("\"kpis\":[\"clicks\"", "\"kpis\":[\"clickz\""));
        assertThat(unknownKpi.body()).contains("/kpis/0").contains("clickz");
    }

    @Test
    void handle_5000MutatedReports_resultOrStructuredErrorOnly() {
        new JsonFuzzer(99L).run(List.of(EXAMPLE), 5_000, api::reply, api::reply);
    }
}

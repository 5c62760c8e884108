package io.github.emporion.jackson.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.emporion.jackson.api.ApiException;
import io.github.emporion.jackson.api.JsonFuzzer;
import io.github.emporion.jackson.api.JsonReply;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JSON report against hand-computed figures. The example: two channels (search, newsletter),
 * two days of Europe/Athens (UTC+2 in early March), period [2 March 00:00, 4 March 00:00) Athens
 * time.
 */
class JsonKpiReportApiTest {

    static final String EXAMPLE = """
            {"currency":"EUR","zone":"Europe/Athens",
             "period":{"from":"2026-03-02T00:00:00+02:00","to":"2026-03-04T00:00:00+02:00"},
             "group_by":["channel"],
             "kpis":["clicks","ctr","cpc","sessions","conversion_rate","bounce_rate","orders","aov",
                     "net_sales","refund_rate","gross_margin","carts","cart_abandonment_rate"],
             "campaign_performance":[
               {"date":"2026-03-02","campaign":"spring","channel":"search","channel_group":"paid_search",
                "impressions":1000,"clicks":50,"conversions":2,
                "spend":{"amount":"25.00","currency":"EUR"},"revenue":{"amount":"100.00","currency":"EUR"}},
               {"date":"2026-03-03","campaign":"spring","channel":"search","channel_group":"paid_search",
                "impressions":1000,"clicks":30,"conversions":1,
                "spend":{"amount":"15.00","currency":"EUR"},"revenue":{"amount":"40.00","currency":"EUR"}},
               {"date":"2026-03-02","campaign":"news","channel":"newsletter","channel_group":"email",
                "impressions":500,"clicks":20,"conversions":1,"spend":{"amount":"4.00","currency":"EUR"}}],
             "sessions":[
               {"start":"2026-03-01T22:30:00Z","end":"2026-03-01T22:35:00Z","channel":"search",
                "channel_group":"paid_search","page_views":3,"converted":true,
                "funnel_steps":["viewed_product","added_to_cart","began_checkout","purchased"]},
               {"start":"2026-03-02T08:00:00Z","channel":"newsletter","channel_group":"email","page_views":1},
               {"start":"2026-03-03T21:59:00Z","end":"2026-03-03T21:59:20Z","channel":"search",
                "channel_group":"paid_search","page_views":1},
               {"start":"2026-03-03T22:00:00Z","channel":"newsletter","channel_group":"email","page_views":2}],
             "orders":[
               {"id":"o1","placed_at":"2026-03-01T22:40:00Z","channel":"search","channel_group":"paid_search",
                "campaign":"spring",
                "lines":[{"sku":"A","quantity":2,"unit_price":{"amount":"45.00","currency":"EUR"},
                          "tax":{"amount":"17.10","currency":"EUR"}}],
                "cost_of_goods":{"amount":"50.00","currency":"EUR"}},
               {"id":"o2","placed_at":"2026-03-03T10:00:00Z","channel":"newsletter","channel_group":"email",
                "lines":[{"sku":"B","quantity":1,"unit_price":{"amount":"30.00","currency":"EUR"},
                          "discount":{"amount":"5.00","currency":"EUR"}}],
                "returned":{"B":1},"cost_of_goods":{"amount":"10.00","currency":"EUR"}}],
             "carts":[
               {"created_at":"2026-03-01T22:35:00Z","channel":"search","channel_group":"paid_search","order":"o1"},
               {"created_at":"2026-03-02T12:00:00Z","channel":"search","channel_group":"paid_search"},
               {"created_at":"2026-03-03T09:00:00Z","channel":"newsletter","channel_group":"email","order":"o2"}]}""";

    private final JsonKpiReportApi api = new JsonKpiReportApi();
    private final ObjectMapper mapper = new ObjectMapper();

    private JsonNode ok(String json) throws Exception {
        JsonReply reply = api.reply(json);
        assertThat(reply.ok()).as(reply.body()).isTrue();
        return mapper.readTree(reply.body());
    }

    /** The result of one KPI among a group's results. */
    static JsonNode result(JsonNode results, String kpi) {
        for (JsonNode r : results) {
            if (r.get("kpi").asText().equals(kpi)) {
                return r;
            }
        }
        throw new AssertionError("no " + kpi + " in " + results);
    }

    /** The number value of one KPI among a group's results. */
    static BigDecimal number(JsonNode results, String kpi) {
        return result(results, kpi).get("value").decimalValue();
    }

    /** The money amount (as written) of one KPI among a group's results. */
    static String amount(JsonNode results, String kpi) {
        return result(results, kpi).get("value").get("amount").asText();
    }

    private List<String> pointers(JsonReply reply) throws Exception {
        assertThat(reply.errorCode()).as(reply.body()).isEqualTo(ApiException.INVALID_REQUEST);
        List<String> pointers = new ArrayList<>();
        mapper.readTree(reply.body())
                .get("error")
                .get("problems")
                .forEach(p -> pointers.add(p.get("pointer").asText()));
        return pointers;
    }

    @Test
    void handle_groupedByChannel_handComputedResults() throws Exception {
        JsonNode report = ok(EXAMPLE);
        JsonNode groups = report.get("groups");
        assertThat(groups).hasSize(2);
        // sorted by key: newsletter before search
        assertThat(groups.get(0).get("key").toString()).isEqualTo("{\"channel\":\"newsletter\"}");
        assertThat(groups.get(1).get("key").toString()).isEqualTo("{\"channel\":\"search\"}");

        JsonNode search = groups.get(1).get("results");
        assertThat(number(search, "clicks")).isEqualByComparingTo("80"); // 50 + 30
        assertThat(number(search, "ctr")).isEqualByComparingTo("0.04"); // 80 / 2000
        assertThat(amount(search, "cpc")).isEqualTo("0.50"); // (25.00 + 15.00) / 80
        // sessions at 00:30 on 2 March and 23:59 on 3 March, Athens time
        assertThat(number(search, "sessions")).isEqualByComparingTo("2");
        assertThat(number(search, "conversion_rate")).isEqualByComparingTo("0.5"); // 1 converted / 2
        // both engaged: 5 minutes and 3 page views; 20 s >= 10 s
        assertThat(number(search, "bounce_rate")).isEqualByComparingTo("0");
        assertThat(number(search, "orders")).isEqualByComparingTo("1");
        assertThat(amount(search, "aov")).isEqualTo("90.00"); // 2 x 45.00, tax excluded
        assertThat(amount(search, "net_sales")).isEqualTo("90.00");
        assertThat(number(search, "refund_rate")).isEqualByComparingTo("0");
        // (90.00 - 50.00) / 90.00 = 0.4444...
        assertThat(number(search, "gross_margin").doubleValue()).isCloseTo(4.0 / 9.0, within(1e-9));
        assertThat(number(search, "carts")).isEqualByComparingTo("2");
        assertThat(number(search, "cart_abandonment_rate")).isEqualByComparingTo("0.5"); // 1 of 2 not bought

        JsonNode news = groups.get(0).get("results");
        assertThat(number(news, "clicks")).isEqualByComparingTo("20");
        assertThat(number(news, "ctr")).isEqualByComparingTo("0.04"); // 20 / 500
        assertThat(amount(news, "cpc")).isEqualTo("0.20"); // 4.00 / 20
        // the session at 22:00Z on 3 March is 00:00 on 4 March in Athens: outside the period
        assertThat(number(news, "sessions")).isEqualByComparingTo("1");
        assertThat(number(news, "conversion_rate")).isEqualByComparingTo("0"); // 0 / 1
        assertThat(number(news, "bounce_rate")).isEqualByComparingTo("1"); // 0 s, 1 page: not engaged
        assertThat(amount(news, "aov")).isEqualTo("25.00"); // (30.00 - 5.00) / 1
        assertThat(amount(news, "net_sales")).isEqualTo("0.00"); // 30.00 - 5.00 - 25.00 returned
        assertThat(number(news, "refund_rate")).isEqualByComparingTo("1"); // the return was refunded
        assertThat(result(news, "gross_margin").get("undefined").asBoolean()).isTrue(); // net sales 0
        assertThat(number(news, "cart_abandonment_rate")).isEqualByComparingTo("0");

        JsonNode total = report.get("total").get("results");
        assertThat(number(total, "clicks")).isEqualByComparingTo("100");
        assertThat(number(total, "ctr")).isEqualByComparingTo("0.04"); // 100 / 2500
        assertThat(amount(total, "cpc")).isEqualTo("0.44"); // 44.00 / 100
        assertThat(number(total, "sessions")).isEqualByComparingTo("3");
        assertThat(amount(total, "aov")).isEqualTo("57.50"); // (90.00 + 25.00) / 2
        // (90.00 - 60.00) / 90.00 = 1/3
        assertThat(number(total, "gross_margin").doubleValue()).isCloseTo(1.0 / 3.0, within(1e-9));
        assertThat(number(total, "cart_abandonment_rate").doubleValue()).isCloseTo(1.0 / 3.0, within(1e-9));
        assertThat(report.get("rows_outside_window").asLong()).isEqualTo(1);
        assertThat(report.get("cancelled_orders").asLong()).isZero();
        assertThat(report.get("orders_without_cost_of_goods").asLong()).isZero();
    }

    @Test
    void handle_groupedByDayInZone_rowsAfterLocalMidnightCountNextDay() throws Exception {
        JsonNode groups = ok(EXAMPLE.replace("\"group_by\":[\"channel\"]", "\"group_by\":[\"day\"]"))
                .get("groups");
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).get("key").toString()).isEqualTo("{\"day\":\"2026-03-02\"}");
        JsonNode second = groups.get(0).get("results");
        assertThat(number(second, "clicks")).isEqualByComparingTo("70"); // 50 + 20
        // 2026-03-01T22:30Z is 00:30 on 2 March in Athens (in UTC it would be 1 March)
        assertThat(number(second, "sessions")).isEqualByComparingTo("2");
        assertThat(number(second, "orders")).isEqualByComparingTo("1");
        assertThat(groups.get(1).get("key").get("day").asText()).isEqualTo("2026-03-03");
        JsonNode third = groups.get(1).get("results");
        assertThat(number(third, "clicks")).isEqualByComparingTo("30");
        assertThat(number(third, "sessions")).isEqualByComparingTo("1"); // 23:59 Athens
    }

    @Test
    void handle_groupedByCampaign_rowsWithoutCampaignAreNullAndFirst() throws Exception {
        JsonNode groups = ok(EXAMPLE.replace("\"group_by\":[\"channel\"]", "\"group_by\":[\"campaign\"]"))
                .get("groups");
        // sessions have no campaign; o2 and the carts have none either
        assertThat(groups.get(0).get("key").get("campaign").isNull()).isTrue();
        assertThat(number(groups.get(0).get("results"), "sessions")).isEqualByComparingTo("3");
        assertThat(groups.get(1).get("key").get("campaign").asText()).isEqualTo("news");
        assertThat(groups.get(2).get("key").get("campaign").asText()).isEqualTo("spring");
        // a group lists only the results of sources it has rows of: spring has no sessions
        assertThat(groups.get(2).get("results").toString()).doesNotContain("\"sessions\"");
        assertThat(number(groups.get(2).get("results"), "orders")).isEqualByComparingTo("1");
    }

    @Test
    void handle_badRows_everyProblemWithPointer() throws Exception {
        String bad = EXAMPLE.replace("\"clicks\":30,", "\"clicks\":-30,")
                .replace("\"group_by\":[\"channel\"]", "\"group_by\":[\"chanel\"]")
                .replace("{\"amount\":\"4.00\",\"currency\":\"EUR\"}", "{\"amount\":\"4.000\",\"currency\":\"KWD\"}")
                .replace("\"page_views\":3,\"converted\":true", "\"page_views\":3,\"converted\":\"yes\"")
                .replace("\"quantity\":2", "\"quantity\":0")
                .replace("\"created_at\":\"2026-03-02T12:00:00Z\"", "\"created_at\":\"yesterday\"");
        assertThat(pointers(api.reply(bad)))
                .contains(
                        "/group_by/0",
                        "/campaign_performance/1/clicks",
                        "/campaign_performance/2/spend",
                        "/sessions/0/converted",
                        "/orders/0/lines/0/quantity",
                        "/carts/1/created_at");
    }

    @Test
    void handle_rowsTheDomainRejects_pointerOfTheRow() throws Exception {
        // more clicks than impressions: rejected by the report's own mapping of campaign days
        assertThat(pointers(api.reply(EXAMPLE.replace("\"impressions\":500", "\"impressions\":5"))))
                .containsExactly("/campaign_performance/2");
        // a campaign on two channels
        assertThat(pointers(api.reply(EXAMPLE.replace(
                        "\"campaign\":\"news\",\"channel\":\"newsletter\"",
                        "\"campaign\":\"spring\",\"channel\":\"newsletter\""))))
                .containsExactly("/campaign_performance/2/channel");
        // a session ending before it starts (Session's constructor)
        assertThat(pointers(api.reply(
                        EXAMPLE.replace("\"end\":\"2026-03-01T22:35:00Z\"", "\"end\":\"2026-03-01T22:00:00Z\""))))
                .containsExactly("/sessions/0");
        // returning more units than bought (Order's return rules)
        assertThat(pointers(api.reply(EXAMPLE.replace("\"returned\":{\"B\":1}", "\"returned\":{\"B\":2}"))))
                .containsExactly("/orders/1");
    }

    @Test
    void handle_badReportSettings_pointers() throws Exception {
        assertThat(pointers(api.reply(EXAMPLE.replace("\"kpis\":[\"clicks\"", "\"kpis\":[\"clickz\""))))
                .containsExactly("/kpis/0");
        assertThat(pointers(
                        api.reply(EXAMPLE.replace("\"group_by\":[\"channel\"]", "\"group_by\":[\"day\",\"week\"]"))))
                .containsExactly("/group_by");
        assertThat(pointers(api.reply(EXAMPLE.replace(
                        "\"period\":{\"from\":\"2026-03-02T00:00:00+02:00\",\"to\":\"2026-03-04T00:00:00+02:00\"},",
                        ""))))
                .containsExactly("/period");
        // a margin needs every order's cost of goods
        JsonReply noCost =
                api.reply(EXAMPLE.replace(",\"cost_of_goods\":{\"amount\":\"10.00\",\"currency\":\"EUR\"}", ""));
        assertThat(pointers(noCost)).containsExactly("/kpis/10");
        assertThat(noCost.body()).contains("gross_margin needs cost_of_goods");
    }

    @Test
    void handle_variantLabels_answeredAsLabelled() throws Exception {
        JsonNode total = ok(EXAMPLE.replace(
                        "\"kpis\":[\"clicks\",",
                        "\"kpis\":[\"aov[net_of_returns]\",\"conversion_rate[per_interaction]\","))
                .get("total")
                .get("results");
        // (90.00 + 25.00 - 25.00) / 2
        assertThat(amount(total, "aov[net_of_returns]")).isEqualTo("45.00");
        assertThat(result(total, "aov[net_of_returns]").get("variant").asText()).isEqualTo("net_of_returns");
        // platform conversions per click: (2 + 1 + 1) / 100
        assertThat(number(total, "conversion_rate[per_interaction]")).isEqualByComparingTo("0.04");
    }

    @Test
    void handle_5000MutatedReports_resultOrStructuredErrorOnly() {
        new JsonFuzzer(99L).run(List.of(EXAMPLE), 5_000, api::reply, api::reply);
    }
}

package io.github.emporion.jackson.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.emporion.jackson.api.ApiException;
import io.github.emporion.jackson.api.JsonFuzzer;
import io.github.emporion.jackson.api.JsonReply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonPricingApiTest {

    /** The worked example of PriceCalculator's Javadoc, with a coupon unlocking the 10 %. */
    static final String EXAMPLE = """
            {"currency":"EUR","price_mode":"gross","region":"DE","at":"2026-03-01T12:00:00Z",
             "rounding":{"discount":"half_down","tax":"half_even","tax_calculation":"line"},
             "tax_rates":[{"region":"DE","category":"standard","name":"VAT","rate":0.19}],
             "lines":[{"sku":"MUG-1","name":"Mug","category":"kitchen","type":"physical",
                       "tax_category":"standard","unit_price":{"amount":"59.50","currency":"EUR"},
                       "weight_grams":400,"quantity":2}],
             "promotions":[{"id":"spring","name":"Spring sale","coupon_required":true,
                            "benefit":{"type":"order_percent_off","rate":0.10}}],
             "coupons":[{"code":"SPRING","promotion_id":"spring"}],
             "coupon_codes":["SPRING","NOPE"],
             "shipping":{"id":"std","name":"Standard","tax_category":"standard",
                         "rate":{"type":"flat","price":{"amount":"4.90","currency":"EUR"}}}}""";

    private final JsonPricingApi api = new JsonPricingApi();
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void handle_workedExample_fullBreakdownAddsUp() throws Exception {
        JsonReply reply = api.reply(EXAMPLE);
        assertThat(reply.ok()).as(reply.body()).isTrue();
        JsonNode b = mapper.readTree(reply.body());
        // 2 x 59.50 = 119.00; 10 % = 11.90; line 107.10 gross, tax round(107.10 x 0.19 / 1.19) = 17.10
        JsonNode line = b.get("lines").get(0);
        assertThat(line.get("line_amount").get("amount").asText()).isEqualTo("119.00");
        assertThat(line.get("gross").get("amount").asText()).isEqualTo("107.10");
        assertThat(line.get("tax").get("amount").asText()).isEqualTo("17.10");
        assertThat(line.get("net").get("amount").asText()).isEqualTo("90.00");
        assertThat(line.get("tax_rate").get("rate").decimalValue()).isEqualByComparingTo("0.19");
        // shipping 4.90 gross: tax round(4.90 x 0.19 / 1.19) = round(0.78235) = 0.78
        assertThat(b.get("shipping").get("tax").get("amount").asText()).isEqualTo("0.78");
        assertThat(b.get("grand_total").toString()).isEqualTo("{\"amount\":\"112.00\",\"currency\":\"EUR\"}");
        assertThat(b.get("discount_total").get("amount").asText()).isEqualTo("11.90");
        assertThat(b.get("applied_coupons").toString()).isEqualTo("[\"SPRING\"]");
        assertThat(b.get("rejected_coupons").get(0).get("reason").asText()).isEqualTo("unknown");
        assertThat(b.get("price_mode").asText()).isEqualTo("gross");
    }

    @Test
    void handle_badCart_everyProblemWithPointer() throws Exception {
        String bad = EXAMPLE.replace("\"quantity\":2", "\"quantity\":0")
                .replace("\"type\":\"order_percent_off\"", "\"type\":\"bogo\"")
                .replace("{\"amount\":\"4.90\",\"currency\":\"EUR\"}", "{\"amount\":\"4.900\",\"currency\":\"KWD\"}")
                .replace("\"price_mode\":\"gross\"", "\"price_mode\":\"gros\",\"colour\":1");
        JsonReply reply = api.reply(bad);
        assertThat(reply.errorCode()).as(reply.body()).isEqualTo(ApiException.INVALID_REQUEST);
        List<String> pointers = new ArrayList<>();
        mapper.readTree(reply.body())
                .get("error")
                .get("problems")
                .forEach(p -> pointers.add(p.get("pointer").asText()));
        assertThat(pointers)
                .contains(
                        "/colour",
                        "/price_mode",
                        "/lines/0/quantity",
                        "/promotions/0/benefit/type",
                        "/shipping/rate/price");
    }

    @Test
    void handle_missingTaxRate_structuredError() {
        JsonReply reply =
                api.reply(EXAMPLE.replace("\"region\":\"DE\",\"category\"", "\"region\":\"FR\",\"category\""));
        assertThat(reply.errorCode()).as(reply.body()).isEqualTo(ApiException.INVALID_REQUEST);
    }

    @Test
    void handle_20000MutatedCarts_resultOrStructuredErrorOnly() {
        String net = """
                {"currency":"JPY","price_mode":"net","region":"JP","at":"2026-03-01T12:00:00Z",
                 "tax_rates":[{"region":"JP","category":"standard","name":"JCT","rate":0.10}],
                 "lines":[{"sku":"TEA","name":"Tea","unit_price":{"amount":"1200","currency":"JPY"},"quantity":3},
                          {"sku":"CUP","name":"Cup","category":"kitchen","unit_price":{"amount":"800","currency":"JPY"},"quantity":1}],
                 "promotions":[{"id":"b2g1","name":"3 for 2","benefit":{"type":"buy_x_get_y","buy":2,"get":1,"lines":{"skus":["TEA"]}}},
                               {"id":"tiers","name":"Spend more","stacking":"exclusive","benefit":{"type":"spend_tiers","tiers":[
                                  {"threshold":{"amount":"3000","currency":"JPY"},"benefit":{"type":"order_amount_off","amount":{"amount":"300","currency":"JPY"}}}]}}],
                 "shipping":{"id":"w","name":"By weight","rate":{"type":"weight_tiers","tiers":[{"max_grams":1000,"price":{"amount":"500","currency":"JPY"}}]}}}""";
        new JsonFuzzer(7L).run(List.of(EXAMPLE, net), 20_000, api::reply, api::reply);
    }
}

package io.github.emporion.cli;

import static io.github.emporion.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonApiCommandsTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void kpi_ctrFromFile_printsValueAndWilsonInterval(@TempDir Path dir) throws Exception {
        Path request = Files.writeString(
                dir.resolve("kpi.json"),
                "{\"requests\":[{\"kpi\":\"ctr\",\"clicks\":57,\"impressions\":1930},"
                        + "{\"kpi\":\"cpc\",\"spend\":{\"amount\":\"120.00\",\"currency\":\"EUR\"},\"clicks\":300}]}");
        CliRunner.Run r = run("kpi", request.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode results = mapper.readTree(r.out()).get("results");
        // 57 / 1930 = 0.029533678756...; 120.00 / 300 = 0.40
        assertThat(results.get(0).get("value").decimalValue()).isEqualByComparingTo("0.029533678756");
        assertThat(results.get(0).get("interval").get("method").asText()).isEqualTo("wilson");
        assertThat(results.get(1).get("value").get("amount").asText()).isEqualTo("0.40");
    }

    @Test
    void kpi_negativeCount_exitsOneWithJsonPointer(@TempDir Path dir) throws Exception {
        Path request = Files.writeString(
                dir.resolve("bad.json"), "{\"requests\":[{\"kpi\":\"ctr\",\"clicks\":-1,\"impressions\":10}]}");
        CliRunner.Run r = run("kpi", request.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("/requests/0/clicks");
        assertThat(r.err()).contains("bad.json").contains("refused");
    }

    @Test
    void kpi_missingFile_exitsOneNamingIt(@TempDir Path dir) {
        CliRunner.Run r = run("kpi", dir.resolve("none.json").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("none.json").contains("no such file");
    }

    @Test
    void priceCart_workedExample_grandTotal(@TempDir Path dir) throws Exception {
        // 2 × 59.50 = 119.00, coupon −10 % = 107.10 gross; shipping 4.90 → 112.00
        Path cart = Files.writeString(dir.resolve("cart.json"), """
                {"currency":"EUR","price_mode":"gross","region":"DE","at":"2026-03-01T12:00:00Z",
                 "tax_rates":[{"region":"DE","category":"standard","name":"VAT","rate":0.19}],
                 "lines":[{"sku":"MUG-1","name":"Mug","category":"kitchen","type":"physical",
                           "tax_category":"standard","unit_price":{"amount":"59.50","currency":"EUR"},
                           "weight_grams":400,"quantity":2}],
                 "promotions":[{"id":"spring","name":"Spring sale","coupon_required":true,
                                "benefit":{"type":"order_percent_off","rate":0.10}}],
                 "coupons":[{"code":"SPRING","promotion_id":"spring"}],
                 "coupon_codes":["SPRING"],
                 "shipping":{"id":"std","name":"Standard","tax_category":"standard",
                             "rate":{"type":"flat","price":{"amount":"4.90","currency":"EUR"}}}}""");
        CliRunner.Run r = run("price-cart", cart.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode breakdown = mapper.readTree(r.out());
        assertThat(breakdown.get("grand_total").get("amount").asText()).isEqualTo("112.00");
    }

    @Test
    void help_showsExample() {
        assertThat(run("kpi", "--help").out()).contains("Example");
        assertThat(run("price-cart", "--help").out()).contains("Example");
    }
}

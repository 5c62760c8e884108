package io.github.emporion.jackson.report;

import static io.github.emporion.jackson.report.JsonKpiReportApiTest.amount;
import static io.github.emporion.jackson.report.JsonKpiReportApiTest.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.emporion.jackson.api.ApiException;
import io.github.emporion.jackson.api.JsonFuzzer;
import io.github.emporion.jackson.api.JsonReply;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Orders in the full form of {@code EmporionModule} ({@code {"order":{"snapshot":...,"history":
 * [...]},"channel":...}}) in the JSON report: a hand-computed example with tax-inclusive prices,
 * a partial shipment, a partial return and goodwill refunds; the equivalence of the simplified and
 * the full form; and the pointers of bad full-form orders.
 */
class JsonKpiReportFullOrderTest {

    private static final Pattern EURO = Pattern.compile("€([0-9]+\\.[0-9]{2})");

    /**
     * The example, EUR, prices including 20 % VAT (net = gross ÷ 1.2). {@code €24.00} stands for
     * {@code {"amount":"24.00","currency":"EUR"}} (see {@link #eur}).
     *
     * <ul>
     *   <li>o-a (search, full form, cost 30.00): SHIRT 3 × 24.00 − 6.00 discount = gross 66.00 (net
     *       55.00, tax 11.00); MUG 2 × 12.00 = gross 24.00 (net 20.00, tax 4.00); shipping 6.00
     *       (net 5.00, tax 1.00). Captured; shipped in two parts (S1: 2 SHIRT + 2 MUG, then S2: the
     *       last SHIRT), both delivered; 1 SHIRT and 1 MUG returned and refunded (22.00 + 12.00);
     *       then a goodwill refund of 5.00;
     *   <li>o-b (newsletter, full form, cost 25.00): LAMP 2 × 36.00 = gross 72.00 (net 60.00, tax
     *       12.00), no shipping charge. Captured; one of the two lamps shipped (a partial shipment,
     *       never completed); a goodwill refund of 10.00 for the delay;
     *   <li>o-c (search, simplified form, cost 4.00): MUG 1 × 10.00 net + 2.00 tax;
     *   <li>o-d (search, full form, cost 10.00): SHIRT 1 × 24.00, captured and cancelled.
     * </ul>
     */
    static final String EXAMPLE = eur("""
            {"currency":"EUR","zone":"Europe/Athens",
             "period":{"from":"2026-03-01T00:00:00+02:00","to":"2026-04-01T00:00:00+03:00"},
             "group_by":["channel"],
             "kpis":["orders","units_sold","gross_sales","net_sales","total_sales","aov","aov[net_of_returns]",
                     "aov[including_tax_and_shipping]","refund_rate","return_rate","gross_profit","gross_margin"],
             "orders":[
               {"order":{
                  "snapshot":{"id":{"value":"o-a"},"customer_id":{"value":"c-1"},"currency":"EUR",
                    "placed_at":"2026-03-02T09:00:00Z","prices_include_tax":true,
                    "lines":[
                      {"sku":"SHIRT","shippable":true,"quantity":3,"unit_price":€24.00,"discount":€6.00,
                       "charged":{"net":€55.00,"tax":€11.00,"gross":€66.00}},
                      {"sku":"MUG","shippable":true,"quantity":2,"unit_price":€12.00,"discount":€0.00,
                       "charged":{"net":€20.00,"tax":€4.00,"gross":€24.00}}],
                    "shipping":{"net":€5.00,"tax":€1.00,"gross":€6.00}},
                  "history":[
                    {"action":"capture","at":"2026-03-02T09:05:00Z"},
                    {"action":"prepare_shipment","at":"2026-03-03T08:00:00Z","shipment_id":"S1",
                     "quantities":{"SHIRT":2,"MUG":2}},
                    {"action":"ship","at":"2026-03-03T08:00:00Z","shipment_id":"S1"},
                    {"action":"deliver","at":"2026-03-04T10:00:00Z","shipment_id":"S1"},
                    {"action":"prepare_shipment","at":"2026-03-05T08:00:00Z","shipment_id":"S2",
                     "quantities":{"SHIRT":1}},
                    {"action":"ship","at":"2026-03-05T08:00:00Z","shipment_id":"S2"},
                    {"action":"deliver","at":"2026-03-06T10:00:00Z","shipment_id":"S2"},
                    {"action":"request_return","at":"2026-03-08T10:00:00Z","return_id":"R1",
                     "quantities":{"SHIRT":1,"MUG":1}},
                    {"action":"accept_return","at":"2026-03-08T11:00:00Z","return_id":"R1"},
                    {"action":"receive_return","at":"2026-03-10T09:00:00Z","return_id":"R1"},
                    {"action":"complete_return","at":"2026-03-10T09:30:00Z","return_id":"R1"},
                    {"action":"refund","at":"2026-03-11T12:00:00Z","amount":€5.00}]},
                "channel":"search","channel_group":"paid_search","campaign":"spring","cost_of_goods":€30.00},
               {"order":{
                  "snapshot":{"id":{"value":"o-b"},"customer_id":{"value":"c-2"},"currency":"EUR",
                    "placed_at":"2026-03-03T10:00:00Z","prices_include_tax":true,
                    "lines":[
                      {"sku":"LAMP","shippable":true,"quantity":2,"unit_price":€36.00,"discount":€0.00,
                       "charged":{"net":€60.00,"tax":€12.00,"gross":€72.00}}],
                    "shipping":{"net":€0.00,"tax":€0.00,"gross":€0.00}},
                  "history":[
                    {"action":"capture","at":"2026-03-03T10:01:00Z"},
                    {"action":"prepare_shipment","at":"2026-03-04T08:00:00Z","shipment_id":"S1",
                     "quantities":{"LAMP":1}},
                    {"action":"ship","at":"2026-03-04T09:00:00Z","shipment_id":"S1"},
                    {"action":"refund","at":"2026-03-09T12:00:00Z","amount":€10.00}]},
                "channel":"newsletter","channel_group":"email","cost_of_goods":€25.00},
               {"id":"o-c","placed_at":"2026-03-03T12:00:00Z","channel":"search","channel_group":"paid_search",
                "lines":[{"sku":"MUG","quantity":1,"unit_price":€10.00,"tax":€2.00}],"cost_of_goods":€4.00},
               {"order":{
                  "snapshot":{"id":{"value":"o-d"},"customer_id":{"value":"c-3"},"currency":"EUR",
                    "placed_at":"2026-03-04T10:00:00Z","prices_include_tax":true,
                    "lines":[
                      {"sku":"SHIRT","shippable":true,"quantity":1,"unit_price":€24.00,"discount":€0.00,
                       "charged":{"net":€20.00,"tax":€4.00,"gross":€24.00}}],
                    "shipping":{"net":€0.00,"tax":€0.00,"gross":€0.00}},
                  "history":[
                    {"action":"capture","at":"2026-03-04T10:01:00Z"},
                    {"action":"cancel","at":"2026-03-04T11:00:00Z"}]},
                "channel":"search","channel_group":"paid_search","cost_of_goods":€10.00}]}""");

    /** Replaces each {@code €12.34} by {@code {"amount":"12.34","currency":"EUR"}}. */
    static String eur(String text) {
        return EURO.matcher(text).replaceAll("{\"amount\":\"$1\",\"currency\":\"EUR\"}");
    }

    private final JsonKpiReportApi api = new JsonKpiReportApi();
    private final ObjectMapper mapper = new ObjectMapper();

    private JsonNode ok(String json) throws Exception {
        JsonReply reply = api.reply(json);
        assertThat(reply.ok()).as(reply.body()).isTrue();
        return mapper.readTree(reply.body());
    }

    /** The problems of an invalid-request reply, pointer to message, in reply order. */
    private Map<String, String> problems(JsonReply reply) throws Exception {
        assertThat(reply.errorCode()).as(reply.body()).isEqualTo(ApiException.INVALID_REQUEST);
        Map<String, String> problems = new LinkedHashMap<>();
        mapper.readTree(reply.body())
                .get("error")
                .get("problems")
                .forEach(p ->
                        problems.put(p.get("pointer").asText(), p.get("message").asText()));
        return problems;
    }

    /** Rates are written with 12 decimals. */
    private static final org.assertj.core.data.Offset<BigDecimal> TWELVE_DIGITS = within(new BigDecimal("1e-12"));

    private static BigDecimal ratio(String numerator, String denominator) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL64);
    }

    @Test
    void handle_fullOrdersWithGrossPricesPartialShipmentReturnAndGoodwillRefunds_handComputedKpis() throws Exception {
        JsonNode report = ok(EXAMPLE);
        // Per order, as the report books it (tax and shipping excluded, returns at their net value):
        // o-a: discount without tax = 6.00 × 55.00 ÷ 66.00 = 5.00; gross sales = 55.00 + 20.00 + 5.00
        //      = 80.00; returns: SHIRT net 55.00 over 3 units = 18.34, 18.33, 18.33 → first unit
        //      18.34; MUG 20.00 over 2 = 10.00 → returns 28.34; tax = 11.00 + 4.00 + 1.00 − (3.67 +
        //      2.00) = 10.33 (SHIRT tax 11.00 over 3 = 3.67, 3.67, 3.66); shipping 5.00; units 5,
        //      2 returned; refunded. The goodwill refund changes no figure but "refunded".
        // o-b: gross sales 60.00, no discount, no returns, tax 12.00, shipping 0; units 2; refunded
        //      (goodwill) although only one lamp shipped.
        // o-c: gross sales 10.00, tax 2.00; units 1; not refunded.
        // o-d: cancelled, not a sale.
        assertThat(report.get("cancelled_orders").asLong()).isEqualTo(1);
        assertThat(report.get("orders_without_cost_of_goods").asLong()).isZero();
        assertThat(report.get("rows_outside_window").asLong()).isZero();

        JsonNode groups = report.get("groups");
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).get("key").toString()).isEqualTo("{\"channel\":\"newsletter\"}");
        assertThat(groups.get(1).get("key").toString()).isEqualTo("{\"channel\":\"search\"}");

        JsonNode search = groups.get(1).get("results"); // o-a and o-c
        assertThat(number(search, "orders")).isEqualByComparingTo("2");
        assertThat(number(search, "units_sold")).isEqualByComparingTo("6"); // 5 + 1
        assertThat(amount(search, "gross_sales")).isEqualTo("90.00"); // 80.00 + 10.00
        assertThat(amount(search, "net_sales")).isEqualTo("56.66"); // 90.00 − 5.00 − 28.34
        assertThat(amount(search, "total_sales")).isEqualTo("73.99"); // 56.66 + (10.33 + 2.00) + 5.00
        assertThat(amount(search, "aov")).isEqualTo("42.50"); // (90.00 − 5.00) ÷ 2
        assertThat(amount(search, "aov[net_of_returns]")).isEqualTo("28.33"); // 56.66 ÷ 2
        assertThat(number(search, "refund_rate")).isEqualByComparingTo("0.5"); // o-a of 2
        assertThat(number(search, "return_rate")).isCloseTo(ratio("2", "6"), TWELVE_DIGITS);
        assertThat(amount(search, "gross_profit")).isEqualTo("22.66"); // 56.66 − (30.00 + 4.00)
        assertThat(number(search, "gross_margin")).isCloseTo(ratio("22.66", "56.66"), TWELVE_DIGITS);

        JsonNode news = groups.get(0).get("results"); // o-b
        assertThat(number(news, "orders")).isEqualByComparingTo("1");
        assertThat(number(news, "units_sold")).isEqualByComparingTo("2");
        assertThat(amount(news, "net_sales")).isEqualTo("60.00");
        assertThat(amount(news, "total_sales")).isEqualTo("72.00"); // 60.00 + 12.00 + 0
        assertThat(amount(news, "aov")).isEqualTo("60.00");
        assertThat(number(news, "refund_rate")).isEqualByComparingTo("1"); // the goodwill refund
        assertThat(number(news, "return_rate")).isEqualByComparingTo("0");
        assertThat(amount(news, "gross_profit")).isEqualTo("35.00"); // 60.00 − 25.00

        JsonNode total = report.get("total").get("results");
        assertThat(number(total, "orders")).isEqualByComparingTo("3"); // o-d cancelled
        assertThat(number(total, "units_sold")).isEqualByComparingTo("8");
        assertThat(amount(total, "gross_sales")).isEqualTo("150.00");
        assertThat(amount(total, "net_sales")).isEqualTo("116.66"); // 150.00 − 5.00 − 28.34
        assertThat(amount(total, "total_sales")).isEqualTo("145.99"); // 116.66 + 24.33 + 5.00
        assertThat(amount(total, "aov")).isEqualTo("48.33"); // 145.00 ÷ 3 = 48.333…
        assertThat(amount(total, "aov[net_of_returns]")).isEqualTo("38.89"); // 116.66 ÷ 3 = 38.886…
        // (145.00 + 24.33 + 5.00) ÷ 3 = 174.33 ÷ 3 = 58.11
        assertThat(amount(total, "aov[including_tax_and_shipping]")).isEqualTo("58.11");
        assertThat(number(total, "refund_rate")).isCloseTo(ratio("2", "3"), TWELVE_DIGITS); // o-a, o-b
        assertThat(number(total, "return_rate")).isEqualByComparingTo("0.25"); // 2 of 8 units
        assertThat(amount(total, "gross_profit")).isEqualTo("57.66"); // 116.66 − 59.00
        assertThat(number(total, "gross_margin")).isCloseTo(ratio("57.66", "116.66"), TWELVE_DIGITS);
    }

    @Test
    void handle_fullOrderInYenWithGrossPrices_minorUnitsSplitAsTheReportBooksThem() throws Exception {
        // JPY (no decimals), 10 % consumption tax included: 3 × ¥1,100 − ¥100 = gross ¥3,200 =
        // net ¥2,909 + tax ¥291. Shipped whole, delivered, one unit returned, then ¥50 goodwill.
        String yen = "{\"amount\":\"%s\",\"currency\":\"JPY\"}";
        String request = ("{\"currency\":\"JPY\",\"zone\":\"Asia/Tokyo\","
                        + "\"period\":{\"from\":\"2026-03-01T00:00:00+09:00\",\"to\":\"2026-04-01T00:00:00+09:00\"},"
                        + "\"kpis\":[\"orders\",\"units_sold\",\"gross_sales\",\"net_sales\",\"total_sales\",\"aov\","
                        + "\"refund_rate\",\"return_rate\"],"
                        + "\"orders\":[{\"order\":{\"snapshot\":{\"id\":{\"value\":\"j-1\"},\"customer_id\":{\"value\":\"c\"},"
                        + "\"currency\":\"JPY\",\"placed_at\":\"2026-03-02T01:00:00Z\",\"prices_include_tax\":true,"
                        + "\"lines\":[{\"sku\":\"TEA\",\"shippable\":true,\"quantity\":3,\"unit_price\":Y1100,"
                        + "\"discount\":Y100,\"charged\":{\"net\":Y2909,\"tax\":Y291,\"gross\":Y3200}}],"
                        + "\"shipping\":{\"net\":Y0,\"tax\":Y0,\"gross\":Y0}},"
                        + "\"history\":[{\"action\":\"capture\",\"at\":\"2026-03-02T01:00:00Z\"},"
                        + "{\"action\":\"prepare_shipment\",\"at\":\"2026-03-02T02:00:00Z\",\"shipment_id\":\"S\","
                        + "\"quantities\":{\"TEA\":3}},"
                        + "{\"action\":\"ship\",\"at\":\"2026-03-02T02:00:00Z\",\"shipment_id\":\"S\"},"
                        + "{\"action\":\"deliver\",\"at\":\"2026-03-03T02:00:00Z\",\"shipment_id\":\"S\"},"
                        + "{\"action\":\"request_return\",\"at\":\"2026-03-04T02:00:00Z\",\"return_id\":\"R\","
                        + "\"quantities\":{\"TEA\":1}},"
                        + "{\"action\":\"accept_return\",\"at\":\"2026-03-04T02:00:00Z\",\"return_id\":\"R\"},"
                        + "{\"action\":\"receive_return\",\"at\":\"2026-03-05T02:00:00Z\",\"return_id\":\"R\"},"
                        + "{\"action\":\"complete_return\",\"at\":\"2026-03-05T02:00:00Z\",\"return_id\":\"R\"},"
                        + "{\"action\":\"refund\",\"at\":\"2026-03-06T02:00:00Z\",\"amount\":Y50}]}}]}")
                .replaceAll("Y([0-9]+)", yen.replace("%s", "$1"));
        JsonNode total = ok(request).get("total").get("results");
        assertThat(number(total, "units_sold")).isEqualByComparingTo("3");
        // discount without tax = 100 × 2909 ÷ 3200 = 90.9 → ¥91; gross sales = 2909 + 91
        assertThat(amount(total, "gross_sales")).isEqualTo("3000");
        // returns: net 2909 over 3 units = 970, 970, 969 → the first unit, ¥970; 3000 − 91 − 970
        assertThat(amount(total, "net_sales")).isEqualTo("1939");
        // tax 291 − the returned unit's share 97 (291 over 3 = 97 each) = 194; no shipping
        assertThat(amount(total, "total_sales")).isEqualTo("2133");
        assertThat(amount(total, "aov")).isEqualTo("2909"); // (3000 − 91) ÷ 1
        assertThat(number(total, "refund_rate")).isEqualByComparingTo("1");
        assertThat(number(total, "return_rate")).isCloseTo(ratio("1", "3"), TWELVE_DIGITS);
    }

    // ---------------------------------------------------------------- equivalence of the two forms

    private static final List<String> CURRENCIES = List.of("EUR", "JPY", "KWD", "BHD", "USD");
    private static final List<String> CHANNELS = List.of("search", "newsletter", "social");
    private static final List<String> GROUPS = List.of("paid_search", "email", "paid_social");

    /** One random simplified order and the same order in the full form. */
    private record Forms(String simplified, String full) {}

    private static String money(BigDecimal amount, String currency) {
        return "{\"amount\":\"" + amount.toPlainString() + "\",\"currency\":\"" + currency + "\"}";
    }

    private static BigDecimal randomAmount(Random r, int maxMinor, int digits) {
        return BigDecimal.valueOf(r.nextInt(maxMinor + 1), digits);
    }

    /**
     * A random order: in the simplified form, and in the full form its Javadoc describes (a
     * snapshot with net prices, captured, and when units were returned shipped whole in one
     * shipment, delivered, and the returned units returned, accepted, received and completed; a
     * cancelled order cancelled), both at the moment it was placed. The attribution and cost are
     * the same text in both.
     */
    private static Forms order(Random r, int index, String currency) {
        int digits = javax.money.Monetary.getCurrency(currency).getDefaultFractionDigits();
        String placedAt = java.time.Instant.parse("2026-03-01T00:00:00Z")
                .plusSeconds(r.nextInt(40 * 86_400))
                .toString();
        boolean explicitId = r.nextBoolean();
        String id = explicitId ? "order-" + index : "o" + (index + 1);
        boolean explicitCustomer = r.nextBoolean();
        String customer = explicitCustomer ? "c" + r.nextInt(5) : "anonymous";
        StringJoiner simplifiedLines = new StringJoiner(",", "[", "]");
        StringJoiner fullLines = new StringJoiner(",", "[", "]");
        Map<String, Integer> quantities = new LinkedHashMap<>();
        Map<String, Integer> returned = new LinkedHashMap<>();
        for (int l = 0, lines = 1 + r.nextInt(3); l < lines; l++) {
            String sku = "SKU-" + (char) ('A' + l);
            int quantity = 1 + r.nextInt(4);
            BigDecimal unit = randomAmount(r, 50_000, digits);
            BigDecimal subtotal = unit.multiply(BigDecimal.valueOf(quantity));
            BigDecimal discount = r.nextBoolean()
                    ? BigDecimal.ZERO.setScale(digits)
                    : subtotal.divide(BigDecimal.valueOf(3), digits, java.math.RoundingMode.DOWN);
            BigDecimal tax = randomAmount(r, 5_000, digits);
            BigDecimal net = subtotal.subtract(discount);
            StringBuilder line = new StringBuilder(
                    "{\"sku\":\"" + sku + "\",\"quantity\":" + quantity + ",\"unit_price\":" + money(unit, currency));
            if (discount.signum() > 0 || r.nextBoolean()) {
                line.append(",\"discount\":").append(money(discount, currency));
            }
            if (tax.signum() > 0 || r.nextBoolean()) {
                line.append(",\"tax\":").append(money(tax, currency));
            }
            simplifiedLines.add(line.append('}').toString());
            fullLines.add("{\"sku\":\"" + sku + "\",\"shippable\":true,\"quantity\":" + quantity + ",\"unit_price\":"
                    + money(unit, currency) + ",\"discount\":" + money(discount, currency) + ",\"charged\":{\"net\":"
                    + money(net, currency) + ",\"tax\":" + money(tax, currency) + ",\"gross\":"
                    + money(net.add(tax), currency) + "}}");
            quantities.put(sku, quantity);
            if (r.nextInt(3) == 0) {
                returned.put(sku, 1 + r.nextInt(quantity));
            }
        }
        boolean cancelled = returned.isEmpty() && r.nextInt(6) == 0;
        boolean charged = r.nextBoolean();
        BigDecimal shipping = charged ? randomAmount(r, 2_000, digits) : BigDecimal.ZERO.setScale(digits);
        BigDecimal shippingTax = charged ? randomAmount(r, 400, digits) : BigDecimal.ZERO.setScale(digits);

        StringBuilder attribution = new StringBuilder();
        int channel = r.nextInt(CHANNELS.size() + 1);
        if (channel < CHANNELS.size()) {
            attribution.append(",\"channel\":\"").append(CHANNELS.get(channel)).append('"');
            if (r.nextBoolean()) {
                attribution
                        .append(",\"channel_group\":\"")
                        .append(GROUPS.get(channel))
                        .append('"');
            }
            if (r.nextBoolean()) {
                attribution.append(",\"campaign\":\"camp").append(channel).append('"');
            }
        }
        if (r.nextInt(8) > 0) {
            attribution.append(",\"cost_of_goods\":").append(money(randomAmount(r, 20_000, digits), currency));
        }

        StringBuilder simplified = new StringBuilder("{\"placed_at\":\"" + placedAt + "\"");
        if (explicitId) {
            simplified.append(",\"id\":\"").append(id).append('"');
        }
        if (explicitCustomer) {
            simplified.append(",\"customer\":\"").append(customer).append('"');
        }
        simplified.append(",\"lines\":").append(simplifiedLines);
        if (charged) {
            simplified.append(",\"shipping\":").append(money(shipping, currency));
            simplified.append(",\"shipping_tax\":").append(money(shippingTax, currency));
        }
        if (!returned.isEmpty()) {
            StringJoiner units = new StringJoiner(",", "{", "}");
            returned.forEach((sku, n) -> units.add("\"" + sku + "\":" + n));
            simplified.append(",\"returned\":").append(units);
        }
        if (cancelled) {
            simplified.append(",\"cancelled\":true");
        } else if (r.nextBoolean()) {
            simplified.append(",\"cancelled\":false");
        }
        simplified.append(attribution).append('}');

        StringJoiner history = new StringJoiner(",", "[", "]");
        String at = "\"at\":\"" + placedAt + "\"";
        if (cancelled) {
            history.add("{\"action\":\"cancel\"," + at + "}");
        } else {
            history.add("{\"action\":\"capture\"," + at + "}");
            if (!returned.isEmpty()) {
                history.add("{\"action\":\"prepare_shipment\"," + at + ",\"shipment_id\":\"shipment\",\"quantities\":"
                        + units(quantities) + "}");
                history.add("{\"action\":\"ship\"," + at + ",\"shipment_id\":\"shipment\"}");
                history.add("{\"action\":\"deliver\"," + at + ",\"shipment_id\":\"shipment\"}");
                history.add("{\"action\":\"request_return\"," + at + ",\"return_id\":\"return\",\"quantities\":"
                        + units(returned) + "}");
                for (String step : List.of("accept_return", "receive_return", "complete_return")) {
                    history.add("{\"action\":\"" + step + "\"," + at + ",\"return_id\":\"return\"}");
                }
            }
        }
        String full = "{\"order\":{\"snapshot\":{\"id\":{\"value\":\"" + id + "\"},\"customer_id\":{\"value\":\""
                + customer + "\"},\"currency\":\"" + currency + "\",\"placed_at\":\"" + placedAt
                + "\",\"prices_include_tax\":false,\"lines\":" + fullLines + ",\"shipping\":{\"net\":"
                + money(shipping, currency) + ",\"tax\":" + money(shippingTax, currency) + ",\"gross\":"
                + money(shipping.add(shippingTax), currency) + "}},\"history\":" + history + "}" + attribution
                + "}";
        return new Forms(simplified.toString(), full);
    }

    private static String units(Map<String, Integer> units) {
        StringJoiner json = new StringJoiner(",", "{", "}");
        units.forEach((sku, n) -> json.add("\"" + sku + "\":" + n));
        return json.toString();
    }

    private static String request(String currency, String groupBy, List<String> orders) {
        return "{\"currency\":\"" + currency + "\",\"zone\":\"Europe/Athens\","
                + "\"period\":{\"from\":\"2026-03-05T00:00:00+02:00\",\"to\":\"2026-04-05T00:00:00+03:00\"},"
                + "\"group_by\":" + groupBy + ",\"kpis\":[\"orders\",\"units_sold\",\"gross_sales\",\"net_sales\","
                + "\"total_sales\",\"aov\",\"aov[net_of_returns]\",\"aov[including_tax_and_shipping]\","
                + "\"refund_rate\",\"return_rate\",\"gross_profit\"],"
                + "\"orders\":" + String.join(",", orders).transform(s -> "[" + s + "]") + "}";
    }

    @Test
    void handle_simplifiedAndFullFormOfTheSameOrders_identicalResponses() throws Exception {
        List<String> groupings =
                List.of("[]", "[\"channel\"]", "[\"campaign\",\"day\"]", "[\"channel_group\",\"week\"]");
        int ok = 0;
        for (long seed = 1; seed <= 300; seed++) {
            Random r = new Random(seed);
            String currency = CURRENCIES.get(r.nextInt(CURRENCIES.size()));
            List<String> simplified = new ArrayList<>();
            List<String> mixed = new ArrayList<>();
            List<String> full = new ArrayList<>();
            for (int i = 0, n = 1 + r.nextInt(6); i < n; i++) {
                Forms forms = order(r, i, currency);
                simplified.add(forms.simplified());
                full.add(forms.full());
                mixed.add(r.nextBoolean() ? forms.simplified() : forms.full());
            }
            String groupBy = groupings.get(r.nextInt(groupings.size()));
            JsonReply expected = api.reply(request(currency, groupBy, simplified));
            JsonReply allFull = api.reply(request(currency, groupBy, full));
            JsonReply someFull = api.reply(request(currency, groupBy, mixed));
            assertThat(allFull.body())
                    .as("seed %d: all orders in the full form, request %s", seed, request(currency, groupBy, full))
                    .isEqualTo(expected.body());
            assertThat(someFull.body())
                    .as("seed %d: some orders in the full form, request %s", seed, request(currency, groupBy, mixed))
                    .isEqualTo(expected.body());
            if (expected.ok()) {
                ok++;
            }
        }
        // gross_profit needs a cost on every order, so some cases end in the same structured error;
        // most must be results for the comparison to mean something
        assertThat(ok).as("cases answered with a report").isGreaterThan(150);
    }

    // ---------------------------------------------------------------- bad full-form orders

    /** The example with its order at {@code index} (0 = o-a) changed by {@code replace}. */
    private static String withOrder(int index, String from, String to) {
        String[] ids = {"o-a", "o-b", "o-c", "o-d"};
        int start = EXAMPLE.indexOf("{\"value\":\"" + ids[index] + "\"");
        int from0 = EXAMPLE.indexOf(from, start);
        assertThat(from0).as("%s after order %d", from, index).isPositive();
        return EXAMPLE.substring(0, from0) + to + EXAMPLE.substring(from0 + from.length());
    }

    @Test
    void handle_impossibleHistory_problemAtTheStep() throws Exception {
        // o-d (orders/3): shipping its shirt before preparing a shipment
        String bad = withOrder(
                3,
                "{\"action\":\"cancel\",\"at\":\"2026-03-04T11:00:00Z\"}",
                "{\"action\":\"ship\",\"at\":\"2026-03-04T11:00:00Z\",\"shipment_id\":\"S9\"}");
        Map<String, String> problems = problems(api.reply(bad));
        assertThat(problems).containsOnlyKeys("/orders/3/order/history/1");
        assertThat(problems.get("/orders/3/order/history/1")).contains("history[1]", "ship", "S9");
    }

    @Test
    void handle_refundAboveCaptured_problemAtTheRefundStep() throws Exception {
        // o-b (orders/1) captured 72.00: a refund of 80.00 is impossible
        String bad = withOrder(1, "\"amount\":{\"amount\":\"10.00\"", "\"amount\":{\"amount\":\"80.00\"");
        assertThat(problems(api.reply(bad))).containsOnlyKeys("/orders/1/order/history/3");
    }

    @Test
    void handle_unknownPropertyInAStep_problemAtTheStep() throws Exception {
        String bad = withOrder(1, "{\"action\":\"capture\",", "{\"action\":\"capture\",\"by\":\"psp\",");
        Map<String, String> problems = problems(api.reply(bad));
        assertThat(problems).containsOnlyKeys("/orders/1/order/history/0");
        assertThat(problems.get("/orders/1/order/history/0")).contains("by");
    }

    @Test
    void handle_unknownProperties_problemAtEach() throws Exception {
        // one beside "order", one inside it
        String bad = withOrder(1, "\"history\":[", "\"colour\":\"red\",\"history\":[")
                .replace("\"channel\":\"newsletter\",", "\"channel\":\"newsletter\",\"source\":\"x\",");
        Map<String, String> problems = problems(api.reply(bad));
        assertThat(problems).containsOnlyKeys("/orders/1/source", "/orders/1/order");
        assertThat(problems.get("/orders/1/source"))
                .isEqualTo("unknown property 'source' (allowed with 'order': campaign, channel, channel_group,"
                        + " cost_of_goods, order)");
        assertThat(problems.get("/orders/1/order")).contains("colour");
    }

    @Test
    void handle_orderInAnotherCurrency_problemAtTheSnapshotCurrency() throws Exception {
        // o-b entirely in KWD (three decimals) in a EUR report
        int start = EXAMPLE.indexOf("{\"order\":{", EXAMPLE.indexOf("\"o-a\""));
        int end = EXAMPLE.indexOf("{\"id\":\"o-c\"");
        String kwd = EXAMPLE.substring(start, end)
                .replace("\"currency\":\"EUR\"", "\"currency\":\"KWD\"")
                .replaceAll("\"amount\":\"([0-9]+\\.[0-9]{2})\"", "\"amount\":\"$10\"")
                .replace(
                        "\"cost_of_goods\":{\"amount\":\"25.000\",\"currency\":\"KWD\"}",
                        "\"cost_of_goods\":" + "{\"amount\":\"25.00\",\"currency\":\"EUR\"}");
        Map<String, String> problems = problems(api.reply(EXAMPLE.substring(0, start) + kwd + EXAMPLE.substring(end)));
        assertThat(problems).containsOnlyKeys("/orders/1/order/snapshot/currency");
        assertThat(problems.get("/orders/1/order/snapshot/currency")).contains("KWD", "EUR");
    }

    @Test
    void handle_orderMixedWithSimplifiedProperties_problemAtEachSimplifiedOne() throws Exception {
        String bad = EXAMPLE.replace(
                "\"channel\":\"newsletter\",",
                "\"channel\":\"newsletter\",\"placed_at\":\"2026-03-03T10:00:00Z\",\"returned\":{\"LAMP\":1},");
        Map<String, String> problems = problems(api.reply(bad));
        assertThat(problems).containsOnlyKeys("/orders/1/placed_at", "/orders/1/returned");
        assertThat(problems.get("/orders/1/placed_at"))
                .contains("'placed_at' belongs to the simplified order form", "'order'");
    }

    @Test
    void handle_snapshotBreakingItsRules_problemInsideTheOrder() throws Exception {
        // o-a's shirt line: 3 × 24.00 − 6.00 = 66.00 is its gross, not 67.00
        String bad = withOrder(0, "\"gross\":{\"amount\":\"66.00\"", "\"gross\":{\"amount\":\"67.00\"")
                .replace("\"net\":{\"amount\":\"55.00\"", "\"net\":{\"amount\":\"56.00\"");
        Map<String, String> problems = problems(api.reply(bad));
        assertThat(problems).containsOnlyKeys("/orders/0/order/snapshot");
        assertThat(problems.get("/orders/0/order/snapshot")).contains("lines[0]", "SHIRT", "66.00", "67.00");
    }

    @Test
    void handle_derivedFigureContradictingTheHistory_problemAtTheFigure() throws Exception {
        // o-a is partially returned after its history, not delivered
        String bad = withOrder(0, "\"history\":[", "\"status\":\"delivered\",\"history\":[");
        Map<String, String> problems = problems(api.reply(bad));
        assertThat(problems).containsOnlyKeys("/orders/0/order/status");
        assertThat(problems.get("/orders/0/order/status")).contains("delivered", "partially_returned");
    }

    @Test
    void handle_orderNotAnObjectOrWithoutHistory_problemAtTheOrder() throws Exception {
        String notObject = EXAMPLE.replaceFirst("\\{\"order\":\\{", "{\"order\":7,\"x\":{");
        assertThat(problems(api.reply(notObject))).containsKeys("/orders/0/order");
        String noHistory = withOrder(3, "\"history\":[", "\"later\":[");
        assertThat(problems(api.reply(noHistory))).containsOnlyKeys("/orders/3/order");
    }

    @Test
    void handle_historyLongerThanTheReportAllows_problemAtTheHistory() throws Exception {
        StringJoiner refunds = new StringJoiner(",");
        for (int i = 0; i <= JsonKpiReportApi.MAX_ORDER_HISTORY; i++) {
            refunds.add("{\"action\":\"refund\",\"at\":\"2026-03-09T12:00:00Z\",\"amount\":"
                    + money(new BigDecimal("0.01"), "EUR") + "}");
        }
        String bad = withOrder(1, "{\"action\":\"refund\"", refunds + ",{\"action\":\"refund\"");
        Map<String, String> problems = problems(api.reply(bad));
        assertThat(problems).containsOnlyKeys("/orders/1/order/history");
        assertThat(problems.get("/orders/1/order/history")).contains("at most " + JsonKpiReportApi.MAX_ORDER_HISTORY);
    }

    @Test
    void handle_badOrdersInSeveralEntries_everyProblemListedNothingComputed() throws Exception {
        String bad = withOrder(3, "{\"action\":\"cancel\"", "{\"action\":\"cancel_everything\"")
                .replace("\"channel\":\"newsletter\",", "\"channel\":\"newsletter\",\"lines\":[],");
        JsonReply reply = api.reply(bad);
        assertThat(problems(reply)).containsOnlyKeys("/orders/1/lines", "/orders/3/order/history/1");
        assertThat(reply.body()).doesNotContain("\"groups\"");
    }

    @Test
    void handle_3000MutatedFullOrderReports_resultOrStructuredErrorOnly() {
        new JsonFuzzer(7L).run(List.of(EXAMPLE), 3_000, api::reply, api::reply);
    }
}

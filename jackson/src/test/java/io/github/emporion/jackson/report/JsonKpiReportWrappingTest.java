package io.github.emporion.jackson.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.emporion.commerce.cart.Cart;
import io.github.emporion.commerce.customer.CustomerId;
import io.github.emporion.commerce.order.Order;
import io.github.emporion.commerce.order.OrderId;
import io.github.emporion.commerce.order.OrderLine;
import io.github.emporion.commerce.order.OrderSnapshot;
import io.github.emporion.commerce.order.TaxedAmount;
import io.github.emporion.jackson.EmporionModule;
import io.github.emporion.jackson.api.JsonReply;
import io.github.emporion.jackson.kpi.KpiJson;
import io.github.emporion.jackson.kpi.KpiValueAnswer;
import io.github.emporion.marketing.campaign.Billing;
import io.github.emporion.marketing.campaign.BillingModel;
import io.github.emporion.marketing.campaign.Campaign;
import io.github.emporion.marketing.campaign.CampaignBudget;
import io.github.emporion.marketing.campaign.CampaignObjective;
import io.github.emporion.marketing.campaign.CampaignPerformance;
import io.github.emporion.marketing.campaign.CampaignStatus;
import io.github.emporion.marketing.campaign.Flight;
import io.github.emporion.marketing.channel.Channel;
import io.github.emporion.marketing.channel.ChannelGroup;
import io.github.emporion.marketing.touchpoint.FunnelStep;
import io.github.emporion.marketing.touchpoint.Session;
import io.github.emporion.metrics.grouped.KpiBreakdown;
import io.github.emporion.metrics.kpi.KpiLabel;
import io.github.emporion.metrics.kpi.KpiResult;
import io.github.emporion.metrics.report.AttributedOrder;
import io.github.emporion.metrics.report.Attribution;
import io.github.emporion.metrics.report.CampaignDay;
import io.github.emporion.metrics.report.GroupBy;
import io.github.emporion.metrics.report.KpiReport;
import io.github.emporion.metrics.report.KpiReportResult;
import io.github.emporion.metrics.report.ReportKey;
import io.github.emporion.metrics.report.TrackedCart;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.StringJoiner;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * Proves the wrapping: random records, sent as JSON and built as domain objects, give the same
 * groups and results through {@link JsonKpiReportApi} as a direct {@link KpiReport} run, for every
 * KPI the report computes. Records span the 29 March 2026 DST change of Europe/Athens, in EUR, JPY
 * and KWD.
 */
class JsonKpiReportWrappingTest {

    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    private static final List<Channel> CHANNELS = List.of(
            Channel.of("search", ChannelGroup.PAID_SEARCH),
            Channel.of("newsletter", ChannelGroup.EMAIL),
            Channel.of("social", ChannelGroup.PAID_SOCIAL));
    private static final List<String> CURRENCIES = List.of("EUR", "JPY", "KWD");

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new EmporionModule());
    private final JsonKpiReportApi api = new JsonKpiReportApi();

    /** One random case: the JSON request and the same records as domain objects. */
    private static final class Case {
        final Random r;
        final CurrencyUnit currency;
        final StringJoiner campaignJson = new StringJoiner(",", "[", "]");
        final StringJoiner sessionJson = new StringJoiner(",", "[", "]");
        final StringJoiner orderJson = new StringJoiner(",", "[", "]");
        final StringJoiner cartJson = new StringJoiner(",", "[", "]");
        final List<CampaignDay> campaignDays = new ArrayList<>();
        final List<Session> sessions = new ArrayList<>();
        final List<AttributedOrder> orders = new ArrayList<>();
        final List<TrackedCart> carts = new ArrayList<>();

        Case(Random r) {
            this.r = r;
            this.currency = Monetary.getCurrency(CURRENCIES.get(r.nextInt(CURRENCIES.size())));
        }

        MonetaryAmount money(int maxMinor) {
            return Money.of(BigDecimal.valueOf(r.nextInt(maxMinor + 1), currency.getDefaultFractionDigits()), currency);
        }

        String json(MonetaryAmount m) {
            return "{\"amount\":\""
                    + m.getNumber().numberValue(BigDecimal.class).toPlainString() + "\",\"currency\":\""
                    + currency.getCurrencyCode() + "\"}";
        }

        static String channelJson(Channel c) {
            return "\"channel\":\"" + c.name() + "\",\"channel_group\":\""
                    + c.group().name().toLowerCase(Locale.ROOT) + "\"";
        }

        /** An instant between 20 March and 10 April 2026 (Athens DST starts 29 March). */
        Instant instant() {
            return Instant.parse("2026-03-20T00:00:00Z").plusSeconds(r.nextInt(21 * 86_400));
        }

        void campaignDay(int campaign) {
            Channel channel = CHANNELS.get(campaign % CHANNELS.size());
            String id = "c" + campaign;
            LocalDate date = LocalDate.of(2026, 3, 20).plusDays(r.nextInt(21));
            long impressions = r.nextInt(5_000);
            long clicks = impressions == 0 ? 0 : r.nextInt((int) impressions + 1);
            long conversions = r.nextInt(10);
            MonetaryAmount spend = money(100_000);
            MonetaryAmount revenue = money(100_000);
            campaignJson.add("{\"date\":\"" + date + "\",\"campaign\":\"" + id + "\"," + channelJson(channel)
                    + ",\"impressions\":" + impressions + ",\"clicks\":" + clicks + ",\"conversions\":" + conversions
                    + ",\"spend\":" + json(spend) + ",\"revenue\":" + json(revenue) + "}");
            Campaign c = new Campaign(
                    id,
                    "Campaign " + id,
                    channel,
                    CampaignObjective.CONVERSION,
                    new Flight(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)),
                    CampaignBudget.daily(Money.of(1_000, currency)),
                    Billing.of(BillingModel.CPM, Money.of(2, currency)),
                    Map.of(),
                    CampaignStatus.ACTIVE);
            campaignDays.add(new CampaignDay(
                    c,
                    CampaignPerformance.builder(id, date, currency)
                            .impressions(impressions)
                            .clicks(clicks)
                            .conversions(conversions)
                            .spend(spend)
                            .conversionValue(revenue)
                            .build()));
        }

        void session(int index) {
            Channel channel = CHANNELS.get(r.nextInt(CHANNELS.size()));
            Instant start = instant();
            Instant end = start.plusSeconds(r.nextInt(40));
            long pageViews = r.nextInt(4);
            boolean converted = r.nextInt(4) == 0;
            EnumSet<FunnelStep> steps = EnumSet.noneOf(FunnelStep.class);
            for (FunnelStep step : FunnelStep.values()) {
                if (r.nextBoolean() && (step != FunnelStep.PURCHASED || converted)) {
                    steps.add(step);
                }
            }
            StringJoiner stepJson = new StringJoiner(",", "[", "]");
            steps.forEach(s -> stepJson.add("\"" + s.name().toLowerCase(Locale.ROOT) + "\""));
            sessionJson.add("{\"start\":\"" + start + "\",\"end\":\"" + end + "\"," + channelJson(channel)
                    + ",\"page_views\":" + pageViews + ",\"converted\":" + converted + ",\"funnel_steps\":" + stepJson
                    + "}");
            sessions.add(new Session(
                    "s" + (index + 1), "v" + (index + 1), start, end, channel, pageViews, converted, steps));
        }

        Attribution attribution(StringBuilder json) {
            int pick = r.nextInt(CHANNELS.size() + 1);
            if (pick == CHANNELS.size()) {
                return Attribution.NONE;
            }
            Channel channel = CHANNELS.get(pick);
            json.append(',').append(channelJson(channel));
            if (r.nextBoolean()) {
                json.append(",\"campaign\":\"c").append(pick).append('"');
                return Attribution.of(channel, "c" + pick);
            }
            return Attribution.of(channel);
        }

        void order(int index) {
            Instant placedAt = instant();
            int quantity = 1 + r.nextInt(3);
            MonetaryAmount unit = money(20_000);
            MonetaryAmount discount = r.nextBoolean()
                    ? Money.zero(currency)
                    : unit.multiply(quantity).divide(4).with(Monetary.getDefaultRounding());
            MonetaryAmount tax = money(2_000);
            MonetaryAmount net = unit.multiply(quantity).subtract(discount);
            int returned = r.nextInt(3) == 0 ? 1 + r.nextInt(quantity) : 0;
            boolean cancelled = returned == 0 && r.nextInt(8) == 0;
            Optional<MonetaryAmount> cost = r.nextInt(5) == 0 ? Optional.empty() : Optional.of(money(5_000));
            StringBuilder json = new StringBuilder("{\"placed_at\":\"" + placedAt + "\"");
            Attribution attribution = attribution(json);
            json.append(",\"lines\":[{\"sku\":\"A\",\"quantity\":")
                    .append(quantity)
                    .append(",\"unit_price\":")
                    .append(json(unit))
                    .append(",\"discount\":")
                    .append(json(discount))
                    .append(",\"tax\":")
                    .append(json(tax))
                    .append("}]");
            if (returned > 0) {
                json.append(",\"returned\":{\"A\":").append(returned).append('}');
            }
            if (cancelled) {
                json.append(",\"cancelled\":true");
            }
            cost.ifPresent(c -> json.append(",\"cost_of_goods\":").append(json(c)));
            orderJson.add(json.append('}').toString());
            OrderSnapshot snapshot = new OrderSnapshot(
                    OrderId.of("o" + (index + 1)),
                    CustomerId.of("anonymous"),
                    currency,
                    placedAt,
                    false,
                    List.of(OrderLine.of("A", true, quantity, unit, discount, net, tax, net.add(tax))),
                    TaxedAmount.zero(currency));
            Order order = Order.place(snapshot);
            if (cancelled) {
                order = order.cancel(placedAt);
            } else {
                order = order.capturePayment(placedAt);
                if (returned > 0) {
                    order = order.prepareShipment("sh", Map.of("A", quantity), placedAt)
                            .ship("sh", placedAt)
                            .deliver("sh", placedAt)
                            .requestReturn("r", Map.of("A", returned), placedAt)
                            .acceptReturn("r", placedAt)
                            .receiveReturn("r", placedAt)
                            .completeReturn("r", placedAt);
                }
            }
            orders.add(new AttributedOrder(order, attribution, cost));
        }

        void cart(int index) {
            Instant created = instant();
            StringBuilder json = new StringBuilder("{\"created_at\":\"" + created + "\"");
            Attribution attribution = attribution(json);
            Optional<OrderId> order = r.nextBoolean() ? Optional.of(OrderId.of("o" + (index + 1))) : Optional.empty();
            order.ifPresent(o -> json.append(",\"order\":\"").append(o.value()).append('"'));
            cartJson.add(json.append('}').toString());
            carts.add(new TrackedCart(Cart.empty(currency), created, order, attribution));
        }
    }

    @Test
    void reply_randomRecords_equalsDirectKpiReportRun() throws Exception {
        long comparedGroups = 0;
        for (long seed = 1; seed <= 60; seed++) {
            Random r = new Random(seed);
            Case c = new Case(r);
            for (int i = 0, n = r.nextInt(12); i < n; i++) {
                c.campaignDay(r.nextInt(CHANNELS.size()));
            }
            for (int i = 0, n = r.nextInt(20); i < n; i++) {
                c.session(i);
            }
            for (int i = 0, n = r.nextInt(10); i < n; i++) {
                c.order(i);
            }
            for (int i = 0, n = r.nextInt(10); i < n; i++) {
                c.cart(i);
            }
            List<GroupBy> groupBy = new ArrayList<>();
            for (GroupBy d : List.of(GroupBy.CHANNEL, GroupBy.CHANNEL_GROUP, GroupBy.CAMPAIGN)) {
                if (r.nextBoolean()) {
                    groupBy.add(d);
                }
            }
            if (r.nextBoolean()) {
                groupBy.add(List.of(GroupBy.DAY, GroupBy.WEEK, GroupBy.MONTH).get(r.nextInt(3)));
            }
            KpiReport direct = KpiReport.builder()
                    .currency(c.currency)
                    .zone(ATHENS)
                    .window(LocalDate.of(2026, 3, 22), LocalDate.of(2026, 4, 6))
                    .groupBy(groupBy.toArray(GroupBy[]::new))
                    .firstDayOfWeek(java.time.DayOfWeek.SUNDAY)
                    .build();
            KpiReportResult expected = direct.run(c.campaignDays, c.sessions, c.orders, c.carts);
            Map<KpiLabel, KpiBreakdown<ReportKey, KpiResult>> kpis = expected.kpis();
            StringJoiner ids = new StringJoiner(",", "[", "]");
            kpis.keySet().forEach(l -> ids.add("\"" + l + "\""));
            StringJoiner dims = new StringJoiner(",", "[", "]");
            groupBy.forEach(d -> dims.add("\"" + d.name().toLowerCase(Locale.ROOT) + "\""));
            String request = "{\"currency\":\"" + c.currency.getCurrencyCode() + "\",\"zone\":\"Europe/Athens\","
                    + "\"period\":{\"from\":\"2026-03-22T00:00:00+02:00\",\"to\":\"2026-04-06T00:00:00+03:00\"},"
                    + "\"group_by\":" + dims + ",\"first_day_of_week\":\"sunday\",\"kpis\":" + ids
                    + ",\"campaign_performance\":" + c.campaignJson + ",\"sessions\":" + c.sessionJson
                    + ",\"orders\":" + c.orderJson + ",\"carts\":" + c.cartJson + "}";
            JsonReply reply = api.reply(request);
            assertThat(reply.ok()).as("seed %d: %s", seed, reply.body()).isTrue();
            JsonNode json = mapper.readTree(reply.body());
            assertThat(json.get("rows_outside_window").asLong())
                    .as("seed %d", seed)
                    .isEqualTo(expected.rowsOutsideWindow());
            assertThat(json.get("cancelled_orders").asLong())
                    .as("seed %d", seed)
                    .isEqualTo(expected.cancelledOrders());
            assertThat(json.get("orders_without_cost_of_goods").asLong())
                    .as("seed %d", seed)
                    .isEqualTo(expected.ordersWithoutCostOfGoods());
            int jsonResults = 0;
            for (JsonNode group : json.get("groups")) {
                jsonResults += group.get("results").size();
            }
            int directResults = 0;
            for (Map.Entry<KpiLabel, KpiBreakdown<ReportKey, KpiResult>> kpi : kpis.entrySet()) {
                String id = kpi.getKey().toString();
                assertThat(withoutInterval(find(json.get("total").get("results"), id)))
                        .as("seed %d total %s", seed, id)
                        .isEqualTo(
                                withoutInterval(expectedJson(id, kpi.getValue().total())));
                for (Map.Entry<ReportKey, KpiResult> group :
                        kpi.getValue().groups().entrySet()) {
                    directResults++;
                    JsonNode node = find(group(json, group.getKey(), groupBy, seed), id);
                    assertThat(withoutInterval(node))
                            .as("seed %d group %s %s", seed, group.getKey(), id)
                            .isEqualTo(withoutInterval(expectedJson(id, group.getValue())));
                }
            }
            assertThat(jsonResults)
                    .as("seed %d: no result beyond the direct run", seed)
                    .isEqualTo(directResults);
        }
    }

    /** The direct result written as the API writes results, and read back like the reply. */
    private JsonNode expectedJson(String id, KpiResult result) throws Exception {
        return mapper.readTree(
                mapper.writeValueAsString(KpiJson.value(mapper, new KpiValueAnswer(id, result, Optional.empty()))));
    }

    private static ObjectNode withoutInterval(JsonNode node) {
        ObjectNode copy = node.deepCopy();
        copy.remove("interval");
        return copy;
    }

    private static JsonNode find(JsonNode results, String id) {
        for (JsonNode r : results) {
            if (r.get("kpi").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no " + id + " in " + results);
    }

    /** The results of the JSON group whose key has the direct key's values. */
    private static JsonNode group(JsonNode json, ReportKey key, List<GroupBy> groupBy, long seed) {
        for (JsonNode group : json.get("groups")) {
            boolean same = true;
            for (GroupBy d : groupBy) {
                Optional<String> value = switch (d) {
                    case CHANNEL -> key.channel();
                    case CHANNEL_GROUP -> key.channelGroup().map(g -> g.name().toLowerCase(Locale.ROOT));
                    case CAMPAIGN -> key.campaignId();
                    case DAY, WEEK, MONTH -> key.period().map(p -> p.firstDay().toString());
                };
                JsonNode v = group.get("key").get(d.name().toLowerCase(Locale.ROOT));
                same &= value.map(s -> s.equals(v.asText())).orElse(v.isNull());
            }
            if (same) {
                return group.get("results");
            }
        }
        throw new AssertionError("seed " + seed + ": no group " + key + " in " + json.get("groups"));
    }
}

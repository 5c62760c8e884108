package io.github.emporion.jackson.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.emporion.jackson.api.ApiProblem;
import io.github.emporion.jackson.api.JsonEndpoint;
import io.github.emporion.jackson.api.JsonLimits;
import io.github.emporion.jackson.api.JsonReply;
import io.github.emporion.jackson.api.RequestReader;
import io.github.emporion.jackson.kpi.KpiJson;
import io.github.emporion.jackson.kpi.KpiValueAnswer;
import io.github.emporion.metrics.grouped.CartFact;
import io.github.emporion.metrics.grouped.MarketingFact;
import io.github.emporion.metrics.grouped.OrderFact;
import io.github.emporion.metrics.grouped.SessionFact;
import io.github.emporion.metrics.time.TimeWindow;
import io.github.emporion.money.Monies;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/**
 * The KPI report from records as JSON in / JSON out, wrapping {@link
 * KpiReportApi#report(KpiReportRequest)}:
 *
 * <pre>{@code
 * {"currency":"EUR","zone":"Europe/Athens",
 *  "period":{"from":"2026-03-01T00:00:00+02:00","to":"2026-04-01T00:00:00+03:00"},
 *  "group_by":["channel","day"],"kpis":["clicks","ctr","cpc","conversion_rate","aov"],
 *  "campaign_performance":[{"date":"2026-03-02","campaign":"spring","channel":"google_ads",
 *     "channel_group":"paid_search","impressions":1930,"clicks":57,"conversions":3,
 *     "spend":{"amount":"12.00","currency":"EUR"},"revenue":{"amount":"90.00","currency":"EUR"}}],
 *  "sessions":[{"at":"2026-03-02T09:00:00Z","channel":"google_ads","engaged":true,"purchased":true}],
 *  "orders":[{"at":"2026-03-02T09:10:00Z","channel":"google_ads","units":2,
 *     "gross_sales":{"amount":"90.00","currency":"EUR"}}]}
 * →
 * {"group_by":["channel","day"],
 *  "groups":[{"key":{"channel":"google_ads","day":"2026-03-02"},"results":[{"kpi":"clicks","value":57},...]}],
 *  "total":{"results":[...]}}
 * }</pre>
 *
 * <p>Rows: {@code campaign_performance} has a local {@code date} (its day starts at midnight in
 * {@code zone}); sessions and orders have an instant {@code at}. {@code channel}, {@code
 * channel_group} and {@code campaign} are optional on every row (grouped as {@code ""} when
 * absent); session flags ({@code engaged, single_page, viewed_product, added_to_cart,
 * started_checkout, purchased}) default to false; order amounts other than {@code gross_sales}
 * ({@code discounts, returns, tax, shipping, cost_of_goods}) default to zero, {@code
 * units_returned} to 0 and {@code refunded} to false; {@code carts} rows have the instant
 * {@code at} the cart was created and {@code purchased} (default false). Each result has the shape of {@link
 * io.github.emporion.jackson.kpi.JsonKpiApi}'s results; volumes are {@code {"kpi":"clicks","value":57}}.
 */
public final class JsonKpiReportApi {

    /** The most rows of each kind in one request. */
    public static final int MAX_ROWS = 1_000_000;

    private final JsonEndpoint endpoint;

    /** Creates the API with {@link JsonLimits#DEFAULT}. */
    public JsonKpiReportApi() {
        this(JsonLimits.DEFAULT);
    }

    /**
     * Creates the API with the given limits.
     *
     * @param limits the parsing limits
     */
    public JsonKpiReportApi(JsonLimits limits) {
        this.endpoint = new JsonEndpoint(limits);
    }

    /**
     * Answers a JSON report request.
     *
     * @param json the request
     * @return the report or the structured error
     */
    public String handle(String json) {
        return reply(json).body();
    }

    /**
     * Answers a JSON report request read from a stream (not closed).
     *
     * @param json the request
     * @return the report or the structured error
     */
    public String handle(InputStream json) {
        return reply(json).body();
    }

    /**
     * Answers a JSON report request, telling whether it succeeded.
     *
     * @param json the request
     * @return the reply
     */
    public JsonReply reply(String json) {
        return endpoint.call(json, this::answer);
    }

    /**
     * Answers a JSON report request read from a stream (not closed), telling whether it succeeded.
     *
     * @param json the request
     * @return the reply
     */
    public JsonReply reply(InputStream json) {
        return endpoint.call(json, this::answer);
    }

    private static final Set<String> ROOT = Set.of(
            "currency", "zone", "period", "group_by", "kpis", "campaign_performance", "sessions", "orders", "carts");
    private static final Set<String> TAGS = Set.of("channel", "channel_group", "campaign");

    private JsonNode answer(JsonNode root) {
        RequestReader in = new RequestReader(endpoint.mapper());
        if (in.object(root, "", ROOT).isEmpty()) {
            in.throwIfProblems();
        }
        CurrencyUnit currency = in.text(root, "", "currency")
                .flatMap(code -> {
                    try {
                        if (code.matches("[A-Z]{3}")) {
                            return Optional.of(Monetary.getCurrency(code));
                        }
                    } catch (RuntimeException unknown) {
                        // reported below
                    }
                    in.problem(
                            "/currency", "not a known ISO 4217 currency code: '" + RequestReader.shorten(code) + "'");
                    return Optional.empty();
                })
                .orElse(Monetary.getCurrency("XXX"));
        ZoneId zone =
                in.required(root, "", "zone").flatMap(n -> in.zone(n, "/zone")).orElse(ZoneId.of("UTC"));
        Optional<TimeWindow> period = RequestReader.optional(root, "period").flatMap(n -> period(in, n));
        List<Dimension> groupBy = new ArrayList<>();
        List<JsonNode> dims = root.has("group_by") ? in.array(root, "", "group_by", 6) : List.of();
        for (int i = 0; i < dims.size(); i++) {
            in.enumValue(dims.get(i), ApiProblem.child("/group_by", i), Dimension.class)
                    .ifPresent(d -> {
                        if (groupBy.contains(d)) {
                            in.problem(
                                    "/group_by",
                                    "dimension " + d.name().toLowerCase(java.util.Locale.ROOT) + " appears twice");
                        }
                        groupBy.add(d);
                    });
        }
        List<String> kpis = new ArrayList<>();
        List<JsonNode> kpiNodes = in.array(root, "", "kpis", 100);
        for (int i = 0; i < kpiNodes.size(); i++) {
            in.textValue(kpiNodes.get(i), ApiProblem.child("/kpis", i)).ifPresent(kpis::add);
        }
        List<MarketingFact<RowTags>> campaignRows = new ArrayList<>();
        List<JsonNode> nodes = rows(in, root, "campaign_performance");
        for (int i = 0; i < nodes.size(); i++) {
            campaignRow(in, nodes.get(i), ApiProblem.child("/campaign_performance", i), zone, currency)
                    .ifPresent(campaignRows::add);
        }
        List<SessionFact<RowTags>> sessions = new ArrayList<>();
        nodes = rows(in, root, "sessions");
        for (int i = 0; i < nodes.size(); i++) {
            session(in, nodes.get(i), ApiProblem.child("/sessions", i)).ifPresent(sessions::add);
        }
        List<OrderFact<RowTags>> orders = new ArrayList<>();
        nodes = rows(in, root, "orders");
        for (int i = 0; i < nodes.size(); i++) {
            order(in, nodes.get(i), ApiProblem.child("/orders", i), currency).ifPresent(orders::add);
        }
        List<CartFact<RowTags>> carts = new ArrayList<>();
        nodes = rows(in, root, "carts");
        for (int i = 0; i < nodes.size(); i++) {
            cart(in, nodes.get(i), ApiProblem.child("/carts", i)).ifPresent(carts::add);
        }
        in.throwIfProblems();
        KpiReport report = KpiReportApi.report(
                new KpiReportRequest(currency, zone, period, groupBy, kpis, campaignRows, sessions, orders, carts));
        return toJson(report, kpis);
    }

    private static List<JsonNode> rows(RequestReader in, JsonNode root, String name) {
        return root.has(name) ? in.array(root, "", name, MAX_ROWS) : List.of();
    }

    private static Optional<TimeWindow> period(RequestReader in, JsonNode node) {
        if (in.object(node, "/period", Set.of("from", "to")).isEmpty()) {
            return Optional.empty();
        }
        Optional<Instant> from =
                in.required(node, "/period", "from").flatMap(n -> offsetInstant(in, n, "/period/from"));
        Optional<Instant> to = in.required(node, "/period", "to").flatMap(n -> offsetInstant(in, n, "/period/to"));
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        if (!to.get().isAfter(from.get())) {
            in.problem("/period/to", "must be after period.from " + from.get() + " but was " + to.get());
            return Optional.empty();
        }
        return Optional.of(TimeWindow.of(from.get(), to.get()));
    }

    /** An ISO-8601 instant, with {@code Z} or an offset such as {@code +02:00}. */
    private static Optional<Instant> offsetInstant(RequestReader in, JsonNode node, String at) {
        return in.textValue(node, at).flatMap(text -> {
            try {
                return Optional.of(java.time.OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeParseException e) {
                in.problem(
                        at,
                        "must be an ISO-8601 instant like 2026-03-01T00:00:00+02:00 but was '"
                                + RequestReader.shorten(text) + "'");
                return Optional.empty();
            }
        });
    }

    private static Optional<RowTags> tags(RequestReader in, JsonNode node, String at, Optional<Instant> when) {
        String[] values = new String[3];
        int k = 0;
        for (String name : List.of("channel", "channel_group", "campaign")) {
            values[k++] = RequestReader.optional(node, name)
                    .flatMap(n -> in.textValue(n, ApiProblem.child(at, name)))
                    .orElse("");
        }
        return when.map(instant -> new RowTags(instant, values[0], values[1], values[2]));
    }

    private static Set<String> with(Set<String> base, String... more) {
        Set<String> all = new java.util.HashSet<>(base);
        all.addAll(List.of(more));
        return all;
    }

    private static long count(RequestReader in, JsonNode node, String at, String name, boolean required) {
        Optional<JsonNode> value = required ? in.required(node, at, name) : RequestReader.optional(node, name);
        return value.flatMap(n -> in.count(n, ApiProblem.child(at, name))).orElse(0L);
    }

    private static Optional<MonetaryAmount> money(
            RequestReader in, JsonNode node, String at, String name, boolean required, CurrencyUnit currency) {
        Optional<JsonNode> value = required ? in.required(node, at, name) : RequestReader.optional(node, name);
        if (value.isEmpty()) {
            return required ? Optional.empty() : Optional.of(Monies.zero(currency));
        }
        String pointer = ApiProblem.child(at, name);
        Optional<MonetaryAmount> amount = in.money(value.get(), pointer);
        if (amount.isPresent() && amount.get().isNegative()) {
            in.problem(pointer, "must not be negative");
            return Optional.empty();
        }
        if (amount.isPresent() && !amount.get().getCurrency().equals(currency)) {
            in.problem(
                    pointer,
                    "currency mismatch: " + amount.get().getCurrency().getCurrencyCode() + " in a report in "
                            + currency.getCurrencyCode());
            return Optional.empty();
        }
        return amount;
    }

    private static Optional<MarketingFact<RowTags>> campaignRow(
            RequestReader in, JsonNode node, String at, ZoneId zone, CurrencyUnit currency) {
        if (in.object(node, at, with(TAGS, "date", "impressions", "clicks", "conversions", "spend", "revenue"))
                .isEmpty()) {
            return Optional.empty();
        }
        int before = in.problems().size();
        Optional<Instant> day = in.text(node, at, "date").flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text).atStartOfDay(zone).toInstant());
            } catch (DateTimeParseException e) {
                in.problem(
                        at + "/date",
                        "must be an ISO date like 2026-03-02 but was '" + RequestReader.shorten(text) + "'");
                return Optional.empty();
            }
        });
        Optional<RowTags> tags = tags(in, node, at, day);
        long impressions = count(in, node, at, "impressions", true);
        long clicks = count(in, node, at, "clicks", true);
        long conversions = count(in, node, at, "conversions", false);
        Optional<MonetaryAmount> spend = money(in, node, at, "spend", true, currency);
        Optional<MonetaryAmount> revenue = money(in, node, at, "revenue", false, currency);
        if (in.problems().size() > before || tags.isEmpty() || spend.isEmpty() || revenue.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    MarketingFact.of(tags.get(), impressions, clicks, conversions, spend.get(), revenue.get()));
        } catch (IllegalArgumentException | ArithmeticException e) {
            in.problem(at, String.valueOf(e.getMessage()));
            return Optional.empty();
        }
    }

    private static final List<String> FLAGS =
            List.of("engaged", "single_page", "viewed_product", "added_to_cart", "started_checkout", "purchased");

    private static Optional<SessionFact<RowTags>> session(RequestReader in, JsonNode node, String at) {
        if (in.object(node, at, with(with(TAGS, "at"), FLAGS.toArray(String[]::new)))
                .isEmpty()) {
            return Optional.empty();
        }
        int before = in.problems().size();
        Optional<RowTags> tags =
                tags(in, node, at, in.required(node, at, "at").flatMap(n -> in.instant(n, at + "/at")));
        boolean[] flags = new boolean[FLAGS.size()];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = flag(in, node, at, FLAGS.get(i));
        }
        if (in.problems().size() > before || tags.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SessionFact<>(tags.get(), flags[0], flags[1], flags[2], flags[3], flags[4], flags[5]));
    }

    private static Optional<CartFact<RowTags>> cart(RequestReader in, JsonNode node, String at) {
        if (in.object(node, at, with(TAGS, "at", "purchased")).isEmpty()) {
            return Optional.empty();
        }
        int before = in.problems().size();
        Optional<RowTags> tags =
                tags(in, node, at, in.required(node, at, "at").flatMap(n -> in.instant(n, at + "/at")));
        boolean purchased = flag(in, node, at, "purchased");
        if (in.problems().size() > before || tags.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CartFact<>(tags.get(), purchased));
    }

    private static boolean flag(RequestReader in, JsonNode node, String at, String name) {
        Optional<JsonNode> value = RequestReader.optional(node, name);
        if (value.isEmpty()) {
            return false;
        }
        if (!value.get().isBoolean()) {
            in.problem(
                    ApiProblem.child(at, name), "must be true or false but was " + RequestReader.describe(value.get()));
            return false;
        }
        return value.get().booleanValue();
    }

    private static final List<String> ORDER_AMOUNTS =
            List.of("gross_sales", "discounts", "returns", "tax", "shipping", "cost_of_goods");

    private static Optional<OrderFact<RowTags>> order(
            RequestReader in, JsonNode node, String at, CurrencyUnit currency) {
        Set<String> allowed =
                with(with(TAGS, "at", "units", "units_returned", "refunded"), ORDER_AMOUNTS.toArray(String[]::new));
        if (in.object(node, at, allowed).isEmpty()) {
            return Optional.empty();
        }
        int before = in.problems().size();
        Optional<RowTags> tags =
                tags(in, node, at, in.required(node, at, "at").flatMap(n -> in.instant(n, at + "/at")));
        long units = count(in, node, at, "units", true);
        long returned = count(in, node, at, "units_returned", false);
        List<Optional<MonetaryAmount>> amounts = new ArrayList<>();
        for (Iterator<String> it = ORDER_AMOUNTS.iterator(); it.hasNext(); ) {
            String name = it.next();
            amounts.add(money(in, node, at, name, name.equals("gross_sales"), currency));
        }
        boolean refunded = flag(in, node, at, "refunded");
        if (in.problems().size() > before || tags.isEmpty() || amounts.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        try {
            return Optional.of(OrderFact.of(
                    tags.get(),
                    units,
                    returned,
                    amounts.get(0).get(),
                    amounts.get(1).get(),
                    amounts.get(2).get(),
                    amounts.get(3).get(),
                    amounts.get(4).get(),
                    amounts.get(5).get(),
                    refunded));
        } catch (IllegalArgumentException | ArithmeticException e) {
            in.problem(at, String.valueOf(e.getMessage()));
            return Optional.empty();
        }
    }

    private JsonNode toJson(KpiReport report, List<String> kpis) {
        ObjectNode root = endpoint.mapper().createObjectNode();
        ArrayNode dims = root.putArray("group_by");
        report.groupBy().forEach(d -> dims.add(d.name().toLowerCase(java.util.Locale.ROOT)));
        ArrayNode groups = root.putArray("groups");
        for (KpiReport.Group group : report.groups()) {
            ObjectNode node = groups.addObject();
            ObjectNode key = node.putObject("key");
            for (int i = 0; i < report.groupBy().size(); i++) {
                key.put(
                        report.groupBy().get(i).name().toLowerCase(java.util.Locale.ROOT),
                        group.key().get(i));
            }
            node.set("results", results(group, kpis));
        }
        root.putObject("total").set("results", results(report.total(), kpis));
        return root;
    }

    private ArrayNode results(KpiReport.Group group, List<String> kpis) {
        ArrayNode results = endpoint.mapper().createArrayNode();
        Iterator<KpiValueAnswer> answers = group.results().iterator();
        for (String kpi : kpis) {
            Long volume = group.volumes().get(kpi);
            if (volume != null) {
                results.addObject().put("kpi", kpi).put("value", volume);
            } else {
                results.add(KpiJson.value(endpoint.mapper(), answers.next()));
            }
        }
        return results;
    }
}

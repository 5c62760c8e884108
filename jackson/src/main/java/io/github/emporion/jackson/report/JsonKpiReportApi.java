package io.github.emporion.jackson.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.emporion.commerce.cart.Cart;
import io.github.emporion.commerce.customer.CustomerId;
import io.github.emporion.commerce.order.Order;
import io.github.emporion.commerce.order.OrderId;
import io.github.emporion.commerce.order.OrderLine;
import io.github.emporion.commerce.order.OrderSnapshot;
import io.github.emporion.commerce.order.TaxedAmount;
import io.github.emporion.jackson.api.ApiProblem;
import io.github.emporion.jackson.api.JsonApi;
import io.github.emporion.jackson.api.JsonLimits;
import io.github.emporion.jackson.api.RequestReader;
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
import io.github.emporion.metrics.kpi.KpiResult;
import io.github.emporion.metrics.kpi.RateKind;
import io.github.emporion.metrics.kpi.RateResult;
import io.github.emporion.metrics.report.AttributedOrder;
import io.github.emporion.metrics.report.Attribution;
import io.github.emporion.metrics.report.CampaignDay;
import io.github.emporion.metrics.report.GroupBy;
import io.github.emporion.metrics.report.KpiReport;
import io.github.emporion.metrics.report.KpiReportAccumulator;
import io.github.emporion.metrics.report.KpiReportResult;
import io.github.emporion.metrics.report.ReportInput;
import io.github.emporion.metrics.report.ReportKey;
import io.github.emporion.metrics.time.TimeWindow;
import io.github.emporion.money.Monies;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/**
 * The KPI report as JSON in / JSON out: a thin wrapper of the in-process entry point {@link
 * KpiReport} of the metrics module. The request's records become the entry point's inputs ({@link
 * CampaignDay}, {@link Session}, {@link AttributedOrder}, {@link
 * io.github.emporion.metrics.report.TrackedCart}); the report groups, buckets, windows and computes
 * them; this class only reads the records and writes the requested breakdowns ({@link
 * KpiReportApi}). No KPI formula, key or time bucket is computed here.
 *
 * <pre>{@code
 * {"currency":"EUR","zone":"Europe/Athens",
 *  "period":{"from":"2026-03-01T00:00:00+02:00","to":"2026-04-01T00:00:00+03:00"},
 *  "group_by":["channel","day"],"kpis":["clicks","ctr","cpc","conversion_rate","aov"],
 *  "campaign_performance":[{"date":"2026-03-02","campaign":"spring","channel":"google_ads",
 *     "channel_group":"paid_search","impressions":1930,"clicks":57,"conversions":3,
 *     "spend":{"amount":"12.00","currency":"EUR"},"revenue":{"amount":"90.00","currency":"EUR"}}],
 *  "sessions":[{"start":"2026-03-02T09:00:00Z","end":"2026-03-02T09:05:00Z","channel":"google_ads",
 *     "page_views":3,"converted":true}],
 *  "orders":[{"placed_at":"2026-03-02T09:04:00Z","channel":"google_ads",
 *     "lines":[{"sku":"A","quantity":2,"unit_price":{"amount":"45.00","currency":"EUR"}}]}],
 *  "carts":[{"created_at":"2026-03-02T09:02:00Z","channel":"google_ads","order":"o1"}]}
 * →
 * {"group_by":["channel","day"],
 *  "groups":[{"key":{"channel":"google_ads","day":"2026-03-02"},"results":[{"kpi":"clicks","value":57},...]}],
 *  "total":{"results":[...]},"rows_outside_window":0,"cancelled_orders":0,"orders_without_cost_of_goods":1}
 * }</pre>
 *
 * <p>Request: {@code currency}, {@code zone}, {@code period} (half-open, required) and {@code kpis}
 * are required; {@code group_by} (see {@link GroupBy}, lower case) and {@code first_day_of_week}
 * ({@code monday} by default) are optional.
 *
 * <ul>
 *   <li>{@code campaign_performance}: {@code date} (a day of {@code zone}), {@code campaign},
 *       {@code channel}, {@code channel_group} (default {@code unassigned}), {@code impressions},
 *       {@code clicks}, {@code conversions} (default 0), {@code leads} (default 0), {@code spend}
 *       (required) and {@code revenue} (the platform's conversion value, default 0). Rows of one
 *       campaign must name the same channel. The {@link Campaign} built for them carries only what
 *       the report reads (id and channel); its name, objective, budget and billing are stand-ins the
 *       report does not read, since the spend is given;
 *   <li>{@code sessions}: {@code start}, {@code end} (default {@code start}), {@code channel}, {@code
 *       channel_group}, {@code page_views}, {@code converted} (default false), {@code funnel_steps}
 *       (e.g. {@code ["viewed_product","added_to_cart"]}), optional {@code id} and {@code visitor};
 *   <li>{@code orders}, each in one of two forms:
 *       <ul>
 *         <li>simplified, with net prices: {@code placed_at}, optional {@code id} (default {@code
 *             o1, o2, ...} by position), {@code customer}, {@code lines} of {@code sku, quantity,
 *             unit_price, discount, tax} (net = quantity × unit price − discount), {@code shipping}
 *             and {@code shipping_tax} (default 0), {@code returned} (sku → units, completed and
 *             refunded), {@code cost_of_goods}, {@code cancelled}, and the attribution {@code
 *             channel, channel_group, campaign}. It becomes a paid {@link Order}: placed, captured
 *             and, if units were returned, shipped whole in one shipment, delivered, and the
 *             returned units returned and refunded, all at {@code placed_at}; or placed and
 *             cancelled;
 *         <li>full: {@code {"order":{"snapshot":{...},"history":[...]},"channel":...,
 *             "channel_group":...,"campaign":...,"cost_of_goods":...}}, the {@link Order} in the
 *             form of {@link io.github.emporion.jackson.EmporionModule} (its Javadoc describes the
 *             snapshot and the actions), read through the module: the history is replayed through
 *             {@code Order.place} and the lifecycle methods, so tax-inclusive prices, partial
 *             shipments, partial returns, goodwill refunds and cancellations are what they are in
 *             the domain. The report sees the order as it is after its history. The history may
 *             have at most {@link #MAX_ORDER_HISTORY} actions; the order's currency must be the
 *             report's. A simplified property beside {@code order} ({@code placed_at}, {@code
 *             lines}, ...) is an error at that property. A problem the order codec finds is
 *             reported with its message at the deepest pointer it can be placed: {@code
 *             /orders/3/order/history/2} for an impossible or malformed action, {@code
 *             /orders/3/order/snapshot} for a snapshot breaking its rules, {@code
 *             /orders/3/order/status} for a derived figure contradicting the history, {@code
 *             /orders/3/order/snapshot/currency} for another currency, else {@code
 *             /orders/3/order}.
 *       </ul>
 *       Example of the full form (EUR, prices including 20 % VAT): {@code {"order":{"snapshot":
 *       {"id":{"value":"o-b"},"customer_id":{"value":"c-2"},"currency":"EUR","placed_at":
 *       "2026-03-03T10:00:00Z","prices_include_tax":true,"lines":[{"sku":"LAMP","shippable":true,
 *       "quantity":2,"unit_price":{"amount":"36.00","currency":"EUR"},"discount":{...0.00...},
 *       "charged":{"net":{...60.00...},"tax":{...12.00...},"gross":{...72.00...}}}],"shipping":
 *       {"net":{...0.00...},"tax":{...},"gross":{...}}},"history":[{"action":"capture","at":
 *       "2026-03-03T10:01:00Z"},{"action":"prepare_shipment","at":"2026-03-04T08:00:00Z",
 *       "shipment_id":"S1","quantities":{"LAMP":1}},{"action":"ship","at":"2026-03-04T09:00:00Z",
 *       "shipment_id":"S1"},{"action":"refund","at":"2026-03-09T12:00:00Z","amount":{...10.00...}}]},
 *       "channel":"newsletter","channel_group":"email"}}: one of two lamps shipped, 10.00 refunded
 *       as goodwill; the report books 2 units, gross and net sales 60.00, tax 12.00, no returns,
 *       and the order as refunded (a goodwill refund changes no sales figure, only {@code
 *       refund_rate});
 *   <li>{@code carts}: {@code created_at}, {@code order} (the order id it became, if bought) and
 *       the attribution {@code channel, channel_group, campaign}.
 * </ul>
 *
 * <p>Response: one group per key of the report, sorted by the key values in {@code group_by} order
 * (an unknown value, "(not set)", is {@code null} and sorts first); a group lists the requested
 * results for which it had rows of their source, in request order; {@code total} lists all of
 * them. Each result has the shape of {@link io.github.emporion.jackson.kpi.JsonKpiApi}'s results;
 * volumes are {@code {"kpi":"clicks","value":57}}.
 */
public final class JsonKpiReportApi extends JsonApi {

    /** The most rows of each kind in one request. */
    public static final int MAX_ROWS = 1_000_000;

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
        super(limits);
    }

    private static final Set<String> ROOT = Set.of(
            "currency",
            "zone",
            "period",
            "group_by",
            "first_day_of_week",
            "kpis",
            "campaign_performance",
            "sessions",
            "orders",
            "carts");
    private static final Set<String> ATTRIBUTION = Set.of("channel", "channel_group", "campaign");

    /**
     * The most lifecycle actions one full-form order's history may have in a report request,
     * checked before the order is replayed. Replaying copies the order's lists at every step, so its
     * cost grows with the square of the history (the order codec allows 1,000 actions, about a
     * second each order); up to 100 it stays in line with the simplified form per byte of request
     * (a few milliseconds an order), so the document length limit of {@link JsonLimits} keeps
     * bounding the work. Real orders have a few dozen actions at most.
     */
    public static final int MAX_ORDER_HISTORY = 100;

    /** The property holding an order in the module's full form ({@code EmporionModule}). */
    private static final String ORDER = "order";

    /** The properties only the simplified order form has. */
    private static final Set<String> SIMPLIFIED_ONLY =
            Set.of("id", "customer", "placed_at", "lines", "shipping", "shipping_tax", "returned", "cancelled");

    /** Every property of a simplified order. */
    private static final Set<String> SIMPLIFIED_ORDER = with(with(SIMPLIFIED_ONLY, "cost_of_goods"), ATTRIBUTION);

    /** Every property of a full-form order entry. */
    private static final Set<String> FULL_ORDER = with(ATTRIBUTION, ORDER, "cost_of_goods");

    @Override
    protected JsonNode answer(JsonNode root) {
        RequestReader in = new RequestReader(endpoint().mapper());
        if (in.object(root, "", ROOT).isEmpty()) {
            in.throwIfProblems();
        }
        Optional<CurrencyUnit> currency = in.text(root, "", "currency").flatMap(code -> {
            try {
                if (code.matches("[A-Z]{3}")) {
                    return Optional.of(Monetary.getCurrency(code));
                }
            } catch (RuntimeException unknown) {
                // reported below
            }
            in.problem("/currency", "not a known ISO 4217 currency code: '" + RequestReader.shorten(code) + "'");
            return Optional.empty();
        });
        Optional<ZoneId> zone = in.required(root, "", "zone").flatMap(n -> in.zone(n, "/zone"));
        Optional<TimeWindow> period = in.required(root, "", "period").flatMap(n -> period(in, n));
        EnumSet<GroupBy> groupBy = EnumSet.noneOf(GroupBy.class);
        List<GroupBy> order = new ArrayList<>();
        List<JsonNode> dims = root.has("group_by") ? in.array(root, "", "group_by", 6) : List.of();
        for (int i = 0; i < dims.size(); i++) {
            in.enumValue(dims.get(i), ApiProblem.child("/group_by", i), GroupBy.class)
                    .ifPresent(d -> {
                        if (!groupBy.add(d)) {
                            in.problem("/group_by", "dimension " + lower(d) + " appears twice");
                        }
                        order.add(d);
                    });
        }
        DayOfWeek firstDay = RequestReader.optional(root, "first_day_of_week")
                .flatMap(n -> in.enumValue(n, "/first_day_of_week", DayOfWeek.class))
                .orElse(DayOfWeek.MONDAY);
        List<String> kpis = new ArrayList<>();
        List<JsonNode> kpiNodes = in.array(root, "", "kpis", 100);
        for (int i = 0; i < kpiNodes.size(); i++) {
            in.textValue(kpiNodes.get(i), ApiProblem.child("/kpis", i)).ifPresent(kpis::add);
        }
        if (currency.isEmpty() || zone.isEmpty() || period.isEmpty()) {
            in.throwIfProblems();
        }
        KpiReport report;
        try {
            report = new KpiReport(currency.orElseThrow(), zone.orElseThrow(), period.orElseThrow(), groupBy, firstDay);
        } catch (IllegalArgumentException e) {
            in.problem("/group_by", String.valueOf(e.getMessage()));
            in.throwIfProblems();
            throw e;
        }
        Rows rows = new Rows(in, endpoint().mapper(), report.currency(), report.zone());
        rows.campaignDays(root);
        rows.sessions(root);
        rows.orders(root);
        rows.carts(root);
        in.throwIfProblems();
        // the entry point's own accumulator, fed in the order of KpiReport.run, so that a row the
        // report rejects is reported with its pointer
        KpiReportAccumulator acc = report.newAccumulator();
        for (Map.Entry<String, ReportInput> row : rows.inputs.entrySet()) {
            attempt(in, row.getKey(), () -> acc.add(row.getValue()));
        }
        in.throwIfProblems();
        KpiReportResult result = acc.result();
        Set<String> known = KpiReportApi.kpiIds(report);
        // each distinct id resolved once, in request order
        Map<String, KpiBreakdown<ReportKey, ?>> breakdowns = new LinkedHashMap<>();
        for (int i = 0; i < kpis.size(); i++) {
            String id = kpis.get(i);
            String at = ApiProblem.child("/kpis", i);
            if (!known.contains(id)) {
                in.problem(
                        at,
                        "unknown report KPI id '" + RequestReader.shorten(id) + "' (known: " + String.join(", ", known)
                                + ")");
            } else if (!breakdowns.containsKey(id)) {
                // kpis() throws for a gross margin of a group whose returns exceed its sales
                int before = in.problems().size();
                Optional<? extends KpiBreakdown<ReportKey, ?>> breakdown = KpiReportApi.isVolume(id)
                        ? KpiReportApi.volume(result, id)
                        : attempt(in, at, () -> KpiReportApi.kpi(result, id)).flatMap(k -> k);
                if (breakdown.isPresent()) {
                    breakdowns.put(id, breakdown.get());
                } else if (in.problems().size() == before) {
                    in.problem(
                            at,
                            id + " needs cost_of_goods on every order, but " + result.ordersWithoutCostOfGoods()
                                    + " orders in the period have none");
                }
            }
        }
        in.throwIfProblems();
        return toJson(result, order, breakdowns);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** Runs a domain constructor, turning its validation error into a problem at {@code at}. */
    private static <T> Optional<T> attempt(RequestReader in, String at, Supplier<T> build) {
        try {
            return Optional.of(build.get());
        } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
            in.problem(at, String.valueOf(e.getMessage()));
            return Optional.empty();
        }
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
                return Optional.of(OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeParseException e) {
                in.problem(
                        at,
                        "must be an ISO-8601 instant like 2026-03-01T00:00:00+02:00 but was '"
                                + RequestReader.shorten(text) + "'");
                return Optional.empty();
            }
        });
    }

    private static Set<String> with(Set<String> base, String... more) {
        Set<String> all = new HashSet<>(base);
        all.addAll(List.of(more));
        return all;
    }

    private static Set<String> with(Set<String> base, Set<String> more) {
        Set<String> all = new HashSet<>(base);
        all.addAll(more);
        return all;
    }

    /**
     * The pointer of a codec error about {@code node} (at {@code at}): the exception's path (the
     * order codec puts the part of the order in front of it, {@code /history/2}, {@code /status},
     * {@code /snapshot/lines/0}) as far as it names nodes that exist in {@code node}.
     */
    private static String pointer(String at, JsonNode node, MismatchedInputException e) {
        String pointer = at;
        JsonNode current = node;
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null && current.has(reference.getFieldName())) {
                pointer = ApiProblem.child(pointer, reference.getFieldName());
                current = current.get(reference.getFieldName());
            } else if (reference.getFieldName() == null
                    && reference.getIndex() >= 0
                    && reference.getIndex() < current.size()
                    && current.isArray()) {
                pointer = ApiProblem.child(pointer, reference.getIndex());
                current = current.get(reference.getIndex());
            } else {
                break;
            }
        }
        return pointer;
    }

    /** Reads the four kinds of records into report inputs, keyed by their JSON Pointer. */
    private static final class Rows {
        private final RequestReader in;
        private final CurrencyUnit currency;
        private final ZoneId zone;
        private final Map<String, ReportInput> inputs = new LinkedHashMap<>();
        private final Map<String, Campaign> campaigns = new HashMap<>();
        private final ObjectMapper mapper;

        Rows(RequestReader in, ObjectMapper mapper, CurrencyUnit currency, ZoneId zone) {
            this.in = in;
            this.mapper = mapper;
            this.currency = currency;
            this.zone = zone;
        }

        private List<JsonNode> rows(JsonNode root, String name) {
            return root.has(name) ? in.array(root, "", name, MAX_ROWS) : List.of();
        }

        void campaignDays(JsonNode root) {
            List<JsonNode> nodes = rows(root, "campaign_performance");
            for (int i = 0; i < nodes.size(); i++) {
                String at = ApiProblem.child("/campaign_performance", i);
                campaignDay(nodes.get(i), at).ifPresent(row -> inputs.put(at, row));
            }
        }

        void sessions(JsonNode root) {
            List<JsonNode> nodes = rows(root, "sessions");
            for (int i = 0; i < nodes.size(); i++) {
                String at = ApiProblem.child("/sessions", i);
                session(nodes.get(i), at, i).ifPresent(row -> inputs.put(at, ReportInput.of(row)));
            }
        }

        void orders(JsonNode root) {
            List<JsonNode> nodes = rows(root, "orders");
            for (int i = 0; i < nodes.size(); i++) {
                String at = ApiProblem.child("/orders", i);
                order(nodes.get(i), at, i).ifPresent(row -> inputs.put(at, row));
            }
        }

        void carts(JsonNode root) {
            List<JsonNode> nodes = rows(root, "carts");
            for (int i = 0; i < nodes.size(); i++) {
                String at = ApiProblem.child("/carts", i);
                cart(nodes.get(i), at).ifPresent(row -> inputs.put(at, row));
            }
        }

        private Optional<String> text(JsonNode node, String at, String name, boolean required) {
            Optional<JsonNode> value = required ? in.required(node, at, name) : RequestReader.optional(node, name);
            return value.flatMap(n -> in.textValue(n, ApiProblem.child(at, name)));
        }

        private long count(JsonNode node, String at, String name, boolean required) {
            Optional<JsonNode> value = required ? in.required(node, at, name) : RequestReader.optional(node, name);
            return value.flatMap(n -> in.count(n, ApiProblem.child(at, name))).orElse(0L);
        }

        private boolean flag(JsonNode node, String at, String name) {
            Optional<JsonNode> value = RequestReader.optional(node, name);
            if (value.isEmpty()) {
                return false;
            }
            if (!value.get().isBoolean()) {
                in.problem(
                        ApiProblem.child(at, name),
                        "must be true or false but was " + RequestReader.describe(value.get()));
                return false;
            }
            return value.get().booleanValue();
        }

        /** An amount in the report currency, not negative; absent and optional: zero. */
        private Optional<MonetaryAmount> money(JsonNode node, String at, String name, boolean required) {
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

        private Optional<Instant> instant(JsonNode node, String at, String name) {
            return in.required(node, at, name).flatMap(n -> in.instant(n, ApiProblem.child(at, name)));
        }

        /** The channel of a row: required, or absent (empty) when {@code required} is false. */
        private Optional<Channel> channel(JsonNode node, String at, boolean required) {
            Optional<String> name = text(node, at, "channel", required);
            ChannelGroup group = RequestReader.optional(node, "channel_group")
                    .flatMap(n -> in.enumValue(n, ApiProblem.child(at, "channel_group"), ChannelGroup.class))
                    .orElse(ChannelGroup.UNASSIGNED);
            if (name.isEmpty() && !required && node.has("channel_group")) {
                in.problem(ApiProblem.child(at, "channel_group"), "needs a channel");
            }
            return name.flatMap(n -> attempt(in, ApiProblem.child(at, "channel"), () -> Channel.of(n, group)));
        }

        private Optional<Attribution> attribution(JsonNode node, String at) {
            Optional<Channel> channel = channel(node, at, false);
            Optional<String> campaign = text(node, at, "campaign", false);
            return attempt(in, ApiProblem.child(at, "campaign"), () -> new Attribution(channel, campaign));
        }

        private Optional<CampaignDay> campaignDay(JsonNode node, String at) {
            Set<String> allowed =
                    with(ATTRIBUTION, "date", "impressions", "clicks", "conversions", "leads", "spend", "revenue");
            if (in.object(node, at, allowed).isEmpty()) {
                return Optional.empty();
            }
            int before = in.problems().size();
            Optional<LocalDate> date = text(node, at, "date", true).flatMap(text -> {
                try {
                    return Optional.of(LocalDate.parse(text));
                } catch (DateTimeParseException e) {
                    in.problem(
                            at + "/date",
                            "must be an ISO date like 2026-03-02 but was '" + RequestReader.shorten(text) + "'");
                    return Optional.empty();
                }
            });
            Optional<String> campaignId = text(node, at, "campaign", true);
            Optional<Channel> channel = channel(node, at, true);
            long impressions = count(node, at, "impressions", true);
            long clicks = count(node, at, "clicks", true);
            long conversions = count(node, at, "conversions", false);
            long leads = count(node, at, "leads", false);
            Optional<MonetaryAmount> spend = money(node, at, "spend", true);
            Optional<MonetaryAmount> revenue = money(node, at, "revenue", false);
            if (in.problems().size() > before
                    || date.isEmpty()
                    || campaignId.isEmpty()
                    || channel.isEmpty()
                    || spend.isEmpty()
                    || revenue.isEmpty()) {
                return Optional.empty();
            }
            Optional<Campaign> campaign = campaign(campaignId.get(), channel.get(), date.get(), at);
            return campaign.flatMap(c -> attempt(
                    in,
                    at,
                    () -> new CampaignDay(
                            c,
                            CampaignPerformance.builder(c.id(), date.get(), currency)
                                    .impressions(impressions)
                                    .clicks(clicks)
                                    .conversions(conversions)
                                    .leads(leads)
                                    .spend(spend.get())
                                    .conversionValue(revenue.get())
                                    .build())));
        }

        /**
         * The campaign of a row: the first row of a campaign id fixes its channel. Only the id and
         * the channel are read by the report (spend is given, so billing and flight are never
         * consulted); name, objective, budget, billing and an all-embracing flight are stand-ins.
         */
        private Optional<Campaign> campaign(String id, Channel channel, LocalDate date, String at) {
            Campaign known = campaigns.get(id);
            if (known != null) {
                if (!known.channel().equals(channel)) {
                    in.problem(
                            ApiProblem.child(at, "channel"),
                            "campaign " + id + " was given channel "
                                    + known.channel().name() + " ("
                                    + lower(known.channel().group()) + ") in an earlier row but "
                                    + channel.name() + " (" + lower(channel.group()) + ") here");
                    return Optional.empty();
                }
                return Optional.of(known);
            }
            Optional<Campaign> made = attempt(
                    in,
                    ApiProblem.child(at, "campaign"),
                    () -> new Campaign(
                            id,
                            id,
                            channel,
                            CampaignObjective.CONVERSION,
                            new Flight(LocalDate.MIN.plusYears(1), LocalDate.MAX.minusYears(1)),
                            CampaignBudget.total(Monetary.getDefaultAmountFactory()
                                    .setCurrency(currency)
                                    .setNumber(1)
                                    .create()),
                            Billing.of(BillingModel.CPC, Monies.zero(currency)),
                            Map.of(),
                            CampaignStatus.ACTIVE));
            made.ifPresent(c -> campaigns.put(id, c));
            return made;
        }

        private Optional<Session> session(JsonNode node, String at, int index) {
            Set<String> allowed = Set.of(
                    "id",
                    "visitor",
                    "start",
                    "end",
                    "channel",
                    "channel_group",
                    "page_views",
                    "converted",
                    "funnel_steps");
            if (in.object(node, at, allowed).isEmpty()) {
                return Optional.empty();
            }
            int before = in.problems().size();
            String id = text(node, at, "id", false).orElse("s" + (index + 1));
            String visitor = text(node, at, "visitor", false).orElse("v" + (index + 1));
            Optional<Instant> start = instant(node, at, "start");
            Optional<Instant> end = node.has("end") ? instant(node, at, "end") : start;
            Optional<Channel> channel = channel(node, at, true);
            long pageViews = count(node, at, "page_views", true);
            boolean converted = flag(node, at, "converted");
            EnumSet<FunnelStep> steps = EnumSet.noneOf(FunnelStep.class);
            List<JsonNode> stepNodes = node.has("funnel_steps") ? in.array(node, at, "funnel_steps", 16) : List.of();
            for (int i = 0; i < stepNodes.size(); i++) {
                in.enumValue(
                                stepNodes.get(i),
                                ApiProblem.child(ApiProblem.child(at, "funnel_steps"), i),
                                FunnelStep.class)
                        .ifPresent(steps::add);
            }
            if (in.problems().size() > before || start.isEmpty() || end.isEmpty() || channel.isEmpty()) {
                return Optional.empty();
            }
            return attempt(
                    in,
                    at,
                    () -> new Session(id, visitor, start.get(), end.get(), channel.get(), pageViews, converted, steps));
        }

        private Optional<AttributedOrder> order(JsonNode node, String at, int index) {
            if (node.isObject() && node.has(ORDER)) {
                return fullOrder(node, at);
            }
            if (in.object(node, at, with(SIMPLIFIED_ORDER, ORDER)).isEmpty()) {
                return Optional.empty();
            }
            int before = in.problems().size();
            String id = text(node, at, "id", false).orElse("o" + (index + 1));
            String customer = text(node, at, "customer", false).orElse("anonymous");
            Optional<Instant> placedAt = instant(node, at, "placed_at");
            Optional<Attribution> attribution = attribution(node, at);
            List<OrderLine> lines = new ArrayList<>();
            List<JsonNode> lineNodes = in.array(node, at, "lines", 1_000);
            for (int i = 0; i < lineNodes.size(); i++) {
                line(lineNodes.get(i), ApiProblem.child(ApiProblem.child(at, "lines"), i))
                        .ifPresent(lines::add);
            }
            if (lineNodes.isEmpty() && node.has("lines")) {
                in.problem(ApiProblem.child(at, "lines"), "must have at least one line");
            }
            Optional<MonetaryAmount> shipping = money(node, at, "shipping", false);
            Optional<MonetaryAmount> shippingTax = money(node, at, "shipping_tax", false);
            Optional<MonetaryAmount> cost =
                    node.has("cost_of_goods") ? money(node, at, "cost_of_goods", true) : Optional.empty();
            Map<String, Integer> returned = new LinkedHashMap<>();
            RequestReader.optional(node, "returned").ifPresent(r -> {
                String rat = ApiProblem.child(at, "returned");
                if (!r.isObject()) {
                    in.problem(rat, "must be an object of sku to units but was " + RequestReader.describe(r));
                    return;
                }
                for (Map.Entry<String, JsonNode> e : r.properties()) {
                    in.integer(e.getValue(), ApiProblem.child(rat, e.getKey()), 1, Integer.MAX_VALUE)
                            .ifPresent(n -> returned.put(e.getKey(), n));
                }
            });
            boolean cancelled = flag(node, at, "cancelled");
            if (in.problems().size() > before
                    || placedAt.isEmpty()
                    || attribution.isEmpty()
                    || lines.isEmpty()
                    || shipping.isEmpty()
                    || shippingTax.isEmpty()) {
                return Optional.empty();
            }
            if (cancelled && !returned.isEmpty()) {
                in.problem(ApiProblem.child(at, "returned"), "a cancelled order has no returns");
                return Optional.empty();
            }
            Instant when = placedAt.get();
            return attempt(in, at, () -> {
                        OrderSnapshot snapshot = new OrderSnapshot(
                                OrderId.of(id),
                                CustomerId.of(customer),
                                currency,
                                when,
                                false,
                                lines,
                                TaxedAmount.of(
                                        shipping.get(),
                                        shippingTax.get(),
                                        shipping.get().add(shippingTax.get())));
                        Order placed = Order.place(snapshot);
                        return cancelled
                                ? placed.cancel(when)
                                : withReturns(placed.capturePayment(when), returned, when);
                    })
                    .flatMap(o -> attempt(in, at, () -> new AttributedOrder(o, attribution.get(), cost)));
        }

        /**
         * An entry {@code {"order":{...},"channel":...,"cost_of_goods":...}}: the order in the full
         * form of {@code EmporionModule}, read through the module (replaying its history), with the
         * attribution and cost of the simplified form beside it.
         */
        private Optional<AttributedOrder> fullOrder(JsonNode node, String at) {
            int before = in.problems().size();
            String allowed = String.join(", ", new TreeSet<>(FULL_ORDER));
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (SIMPLIFIED_ONLY.contains(name)) {
                    in.problem(
                            ApiProblem.child(at, name),
                            "'" + name + "' belongs to the simplified order form and cannot be combined with '"
                                    + ORDER + "' (the full form, whose snapshot and history say it); allowed with '"
                                    + ORDER + "': " + allowed);
                } else if (!FULL_ORDER.contains(name)) {
                    in.problem(
                            ApiProblem.child(at, name),
                            "unknown property '" + RequestReader.shorten(name) + "' (allowed with '" + ORDER + "': "
                                    + allowed + ")");
                }
            }
            Optional<Attribution> attribution = attribution(node, at);
            Optional<MonetaryAmount> cost =
                    node.has("cost_of_goods") ? money(node, at, "cost_of_goods", true) : Optional.empty();
            Optional<Order> order = fullOrderValue(node.get(ORDER), ApiProblem.child(at, ORDER));
            if (in.problems().size() > before || attribution.isEmpty() || order.isEmpty()) {
                return Optional.empty();
            }
            return attempt(in, at, () -> new AttributedOrder(order.get(), attribution.get(), cost));
        }

        /**
         * Reads an {@link Order} in the module's form: the history's length checked first, then the
         * snapshot on its own (its problems point into it; its currency must be the report's), then
         * the whole order through the module, replaying the history. A codec error becomes a
         * problem at the deepest pointer it allows ({@link #pointer}).
         */
        private Optional<Order> fullOrderValue(JsonNode node, String at) {
            if (!node.isObject()) {
                in.problem(
                        at,
                        "must be an order {\"snapshot\":{...},\"history\":[...]} but was "
                                + RequestReader.describe(node));
                return Optional.empty();
            }
            JsonNode history = node.get("history");
            if (history != null && history.isArray() && history.size() > MAX_ORDER_HISTORY) {
                in.problem(
                        ApiProblem.child(at, "history"),
                        "must have at most " + MAX_ORDER_HISTORY + " actions in a report request but has "
                                + history.size());
                return Optional.empty();
            }
            JsonNode snapshotNode = node.get("snapshot");
            if (snapshotNode != null && snapshotNode.isObject()) {
                // read first on its own, so that its problems point into it and an order in another
                // currency is refused before its history is replayed
                String snapshotAt = ApiProblem.child(at, "snapshot");
                Optional<OrderSnapshot> snapshot = read(snapshotNode, snapshotAt, OrderSnapshot.class);
                if (snapshot.isEmpty()) {
                    return Optional.empty();
                }
                CurrencyUnit orderCurrency = snapshot.get().currency();
                if (!orderCurrency.equals(currency)) {
                    in.problem(
                            ApiProblem.child(snapshotAt, "currency"),
                            "currency mismatch: order "
                                    + RequestReader.shorten(snapshot.get().id().value()) + " is in "
                                    + orderCurrency.getCurrencyCode() + ", the report in "
                                    + currency.getCurrencyCode());
                    return Optional.empty();
                }
            }
            return read(node, at, Order.class);
        }

        /** Reads a value through the module, turning a codec error into a problem below {@code at}. */
        private <T> Optional<T> read(JsonNode node, String at, Class<T> type) {
            T value;
            try {
                value = mapper.treeToValue(node, type);
            } catch (MismatchedInputException e) {
                in.problem(pointer(at, node, e), String.valueOf(e.getOriginalMessage()));
                return Optional.empty();
            } catch (JsonProcessingException e) {
                in.problem(at, "not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage());
                return Optional.empty();
            } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
                in.problem(at, "not a valid " + type.getSimpleName() + ": " + e.getMessage());
                return Optional.empty();
            }
            if (value == null) {
                in.problem(at, "must be a JSON object, not null");
                return Optional.empty();
            }
            return Optional.of(value);
        }

        /** Ships and delivers everything, then returns, receives and refunds the returned units. */
        private static Order withReturns(Order order, Map<String, Integer> returned, Instant at) {
            if (returned.isEmpty()) {
                return order;
            }
            Map<String, Integer> all = new LinkedHashMap<>();
            order.snapshot().lines().forEach(l -> all.merge(l.sku(), l.quantity(), Integer::sum));
            return order.prepareShipment("shipment", all, at)
                    .ship("shipment", at)
                    .deliver("shipment", at)
                    .requestReturn("return", returned, at)
                    .acceptReturn("return", at)
                    .receiveReturn("return", at)
                    .completeReturn("return", at);
        }

        private Optional<OrderLine> line(JsonNode node, String at) {
            if (in.object(node, at, Set.of("sku", "quantity", "unit_price", "discount", "tax"))
                    .isEmpty()) {
                return Optional.empty();
            }
            int before = in.problems().size();
            Optional<String> sku = text(node, at, "sku", true);
            Optional<Integer> quantity =
                    in.required(node, at, "quantity").flatMap(n -> in.integer(n, at + "/quantity", 1, 1_000_000));
            Optional<MonetaryAmount> unit = money(node, at, "unit_price", true);
            Optional<MonetaryAmount> discount = money(node, at, "discount", false);
            Optional<MonetaryAmount> tax = money(node, at, "tax", false);
            if (in.problems().size() > before
                    || sku.isEmpty()
                    || quantity.isEmpty()
                    || unit.isEmpty()
                    || discount.isEmpty()
                    || tax.isEmpty()) {
                return Optional.empty();
            }
            return attempt(in, at, () -> {
                MonetaryAmount net = unit.get().multiply(quantity.get()).subtract(discount.get());
                return OrderLine.of(
                        sku.get(),
                        true,
                        quantity.get(),
                        unit.get(),
                        discount.get(),
                        net,
                        tax.get(),
                        net.add(tax.get()));
            });
        }

        private Optional<io.github.emporion.metrics.report.TrackedCart> cart(JsonNode node, String at) {
            if (in.object(node, at, with(ATTRIBUTION, "created_at", "order")).isEmpty()) {
                return Optional.empty();
            }
            int before = in.problems().size();
            Optional<Instant> created = instant(node, at, "created_at");
            Optional<String> orderId = text(node, at, "order", false);
            Optional<Attribution> attribution = attribution(node, at);
            if (in.problems().size() > before || created.isEmpty() || attribution.isEmpty()) {
                return Optional.empty();
            }
            return attempt(
                    in,
                    at,
                    () -> new io.github.emporion.metrics.report.TrackedCart(
                            Cart.empty(currency), created.get(), orderId.map(OrderId::of), attribution.get()));
        }
    }

    private JsonNode toJson(
            KpiReportResult result, List<GroupBy> groupBy, Map<String, KpiBreakdown<ReportKey, ?>> breakdowns) {
        ObjectNode root = endpoint().mapper().createObjectNode();
        ArrayNode dims = root.putArray("group_by");
        groupBy.forEach(d -> dims.add(lower(d)));
        Map<List<String>, ReportKey> keys = new TreeMap<>(KEY_ORDER);
        breakdowns.values().forEach(b -> b.groups().keySet().forEach(k -> keys.put(values(k, groupBy), k)));
        ArrayNode groups = root.putArray("groups");
        for (Map.Entry<List<String>, ReportKey> key : keys.entrySet()) {
            ObjectNode node = groups.addObject();
            ObjectNode keyNode = node.putObject("key");
            for (int i = 0; i < groupBy.size(); i++) {
                keyNode.put(lower(groupBy.get(i)), key.getKey().get(i));
            }
            ArrayNode results = node.putArray("results");
            breakdowns.forEach((id, b) -> b.group(key.getValue()).ifPresent(v -> results.add(value(id, v))));
        }
        ArrayNode total = root.putObject("total").putArray("results");
        breakdowns.forEach((id, b) -> total.add(value(id, b.total())));
        root.put("rows_outside_window", result.rowsOutsideWindow());
        root.put("cancelled_orders", result.cancelledOrders());
        root.put("orders_without_cost_of_goods", result.ordersWithoutCostOfGoods());
        return root;
    }

    /** Sorts keys by their values in group_by order, an unknown value (null) first. */
    private static final Comparator<List<String>> KEY_ORDER = (a, b) -> {
        for (int i = 0; i < a.size(); i++) {
            int c = Comparator.nullsFirst(Comparator.<String>naturalOrder()).compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    /** The JSON values of a key, in group_by order; null where the row did not know the dimension. */
    private static List<String> values(ReportKey key, List<GroupBy> groupBy) {
        List<String> values = new ArrayList<>();
        for (GroupBy d : groupBy) {
            Optional<String> value = switch (d) {
                case CHANNEL -> key.channel();
                case CHANNEL_GROUP -> key.channelGroup().map(JsonKpiReportApi::lower);
                case CAMPAIGN -> key.campaignId();
                case DAY, WEEK, MONTH -> key.period().map(p -> p.firstDay().toString());
            };
            values.add(value.orElse(null));
        }
        return values;
    }

    private ObjectNode value(String id, Object value) {
        if (value instanceof KpiResult result) {
            return KpiJson.value(
                    endpoint().mapper(),
                    new KpiValueAnswer(
                            id,
                            result,
                            result instanceof RateResult rate && rate.kind() == RateKind.PROPORTION
                                    ? rate.interval()
                                    : Optional.empty()));
        }
        return endpoint().mapper().createObjectNode().put("kpi", id).put("value", (Long) value);
    }
}

package io.github.emporion.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.emporion.commerce.order.Order;
import io.github.emporion.commerce.order.OrderEvent;
import io.github.emporion.commerce.order.OrderEventType;
import io.github.emporion.commerce.order.OrderReturn;
import io.github.emporion.commerce.order.OrderSnapshot;
import io.github.emporion.commerce.order.OrderStatus;
import io.github.emporion.commerce.order.PaymentStatus;
import io.github.emporion.commerce.order.PaymentTransaction;
import io.github.emporion.commerce.order.Shipment;
import io.github.emporion.money.Monies;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * JSON for an {@link Order}, which is its history: the snapshot taken at checkout plus the list of
 * lifecycle actions applied to it, oldest first. The states, sums and lists an order derives from
 * that history are written too, for readers; on input they may be left out, and when present they
 * must equal what replaying the history gives.
 *
 * <pre>{@code
 * {"snapshot":{...},
 *  "history":[{"action":"capture","at":"2026-03-02T09:05:00Z"},
 *             {"action":"prepare_shipment","at":"...","shipment_id":"S1","quantities":{"SKU-1":2}},
 *             {"action":"ship","at":"...","shipment_id":"S1"},
 *             {"action":"refund","at":"...","amount":{"amount":"4.90","currency":"EUR"}}],
 *  "status":"shipped","payment_status":"partially_refunded","total":{...},"captured":{...},
 *  "refunded":{...},"shipments":[...],"returns":[...],"transactions":[...],"events":[...]}
 * }</pre>
 *
 * <p>Reading calls {@link Order#place} with the snapshot and then, for each action, the lifecycle
 * method of the same name ({@link Step#apply}), so the order's rules apply: an impossible history is a
 * {@code MismatchedInputException} naming the step ({@code history[3]}), its action and the broken
 * rule; a history of more than {@link #MAX_HISTORY} actions is refused before replaying. Writing
 * recovers the actions from the order's events (each lifecycle method appends at
 * least one event, the first naming the shipment or return it moved), replaying them to be sure.
 */
final class OrderCodecs {

    static final String ACTION = "action";
    static final String AT = "at";
    static final String SHIPMENT_ID = "shipment_id";
    static final String RETURN_ID = "return_id";
    static final String QUANTITIES = "quantities";
    static final String AMOUNT = "amount";

    /**
     * The most actions an order's history may have on input. Real orders have dozens; replaying
     * costs grow with the square of the history (every step copies the order's lists), so a hostile
     * document of many small refunds must not keep a service busy: 1,000 actions replay in about a
     * second, 10,000 would take half a minute.
     */
    static final int MAX_HISTORY = 1000;

    private static final String SNAPSHOT = "snapshot";
    private static final String HISTORY = "history";

    /** The actions by JSON name: every event type but {@code PLACE}, which the snapshot stands for. */
    private static final Map<String, OrderEventType> ACTIONS = actions();

    private OrderCodecs() {}

    private static Map<String, OrderEventType> actions() {
        Map<String, OrderEventType> byName = new TreeMap<>();
        for (OrderEventType type : OrderEventType.values()) {
            if (type != OrderEventType.PLACE) {
                byName.put(RecordCodec.snake(type), type);
            }
        }
        return java.util.Collections.unmodifiableMap(byName);
    }

    /**
     * One lifecycle action of an order's history, as written in JSON.
     *
     * @param action the action, named as the event type it records
     * @param at when it happened
     * @param id the shipment id or return id the action is about, if it is about one
     * @param quantities the units per SKU of a new shipment or return
     * @param amount the amount of a refund
     */
    record Step(
            OrderEventType action,
            Instant at,
            @Nullable String id,
            @Nullable Map<String, Integer> quantities,
            @Nullable MonetaryAmount amount) {

        /** The JSON property naming the shipment or return the action is about, if any. */
        static @Nullable String idProperty(OrderEventType action) {
            return switch (action) {
                case PREPARE_SHIPMENT, SHIP, CANCEL_SHIPMENT, DELIVER -> SHIPMENT_ID;
                case REQUEST_RETURN, ACCEPT_RETURN, RECEIVE_RETURN, COMPLETE_RETURN, CANCEL_RETURN -> RETURN_ID;
                default -> null;
            };
        }

        static boolean hasQuantities(OrderEventType action) {
            return action == OrderEventType.PREPARE_SHIPMENT || action == OrderEventType.REQUEST_RETURN;
        }

        static boolean hasAmount(OrderEventType action) {
            return action == OrderEventType.REFUND;
        }

        /** The properties a step of this action has. */
        static Set<String> properties(OrderEventType action) {
            Set<String> names = new TreeSet<>(List.of(ACTION, AT));
            String id = idProperty(action);
            if (id != null) {
                names.add(id);
            }
            if (hasQuantities(action)) {
                names.add(QUANTITIES);
            }
            if (hasAmount(action)) {
                names.add(AMOUNT);
            }
            return names;
        }

        /**
         * Applies the action to an order through the lifecycle method of the same name.
         *
         * @throws IllegalArgumentException or IllegalStateException if the order's rules forbid it
         */
        Order apply(Order order) {
            return switch (action) {
                case PLACE -> throw new IllegalStateException("an order is placed once, by its snapshot");
                case AUTHORIZE -> order.authorizePayment(at);
                case CAPTURE -> order.capturePayment(at);
                case PAYMENT_FAILED -> order.failPayment(at);
                case VOID -> order.voidPayment(at);
                case REFUND -> order.refund(Objects.requireNonNull(amount, AMOUNT), at);
                case CANCEL -> order.cancel(at);
                case PREPARE_SHIPMENT -> order.prepareShipment(target(), Objects.requireNonNull(quantities), at);
                case SHIP -> order.ship(target(), at);
                case CANCEL_SHIPMENT -> order.cancelShipment(target(), at);
                case DELIVER -> order.deliver(target(), at);
                case DELIVER_DIGITAL -> order.deliverDigital(at);
                case REQUEST_RETURN -> order.requestReturn(target(), Objects.requireNonNull(quantities), at);
                case ACCEPT_RETURN -> order.acceptReturn(target(), at);
                case RECEIVE_RETURN -> order.receiveReturn(target(), at);
                case COMPLETE_RETURN -> order.completeReturn(target(), at);
                case CANCEL_RETURN -> order.cancelReturn(target(), at);
            };
        }

        /** The shipment or return id of an action about one. */
        String target() {
            return Objects.requireNonNull(id, "id");
        }
    }

    /**
     * Recovers the actions that built an order: for the first event not yet reproduced, the action
     * of its type, with the shipment or return its first event names, the quantities of that
     * shipment or return, or the amount of the refund transaction it added; replayed one by one.
     *
     * @param order the order
     * @return the actions after {@link Order#place}, oldest first
     * @throws IllegalStateException if replaying them does not give the order back (a bug)
     */
    static List<Step> history(Order order) {
        List<Step> steps = new ArrayList<>();
        List<OrderEvent> events = order.events();
        Order replay = Order.place(order.snapshot());
        while (replay.events().size() < events.size()) {
            OrderEvent first = events.get(replay.events().size());
            OrderEventType action = first.type();
            String subject = first.subject();
            Step step = switch (action) {
                case REFUND ->
                    new Step(
                            action,
                            first.at(),
                            null,
                            null,
                            order.transactions()
                                    .get(replay.transactions().size())
                                    .amount());
                case PREPARE_SHIPMENT ->
                    new Step(
                            action,
                            first.at(),
                            subject,
                            order.shipment(subject).orElseThrow().quantities(),
                            null);
                case REQUEST_RETURN ->
                    new Step(
                            action,
                            first.at(),
                            subject,
                            order.orderReturn(subject).orElseThrow().quantities(),
                            null);
                default -> new Step(action, first.at(), Step.idProperty(action) == null ? null : subject, null, null);
            };
            replay = step.apply(replay);
            steps.add(step);
        }
        if (!replay.equals(order)) {
            throw new IllegalStateException("order " + order.id() + ": replaying its events does not give it back");
        }
        return steps;
    }

    /** The derived properties, in the order written. */
    private static Map<String, Object> derived(Order order) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("status", order.status());
        figures.put("payment_status", order.paymentStatus());
        figures.put("total", order.snapshot().total());
        figures.put("captured", order.captured());
        figures.put("refunded", order.refunded());
        figures.put("shipments", order.shipments());
        figures.put("returns", order.returns());
        figures.put("transactions", order.transactions());
        figures.put("events", order.events());
        return figures;
    }

    /** The declared types of the derived properties; a list's is its element type. */
    private static final Map<String, Class<?>> DERIVED_TYPES = Map.of(
            "status", OrderStatus.class,
            "payment_status", PaymentStatus.class,
            "total", MonetaryAmount.class,
            "captured", MonetaryAmount.class,
            "refunded", MonetaryAmount.class,
            "shipments", Shipment.class,
            "returns", OrderReturn.class,
            "transactions", PaymentTransaction.class,
            "events", OrderEvent.class);

    /** Every property of an order object: snapshot, history and the derived ones. */
    private static final Set<String> PROPERTIES = properties();

    private static Set<String> properties() {
        Set<String> names = new TreeSet<>(DERIVED_TYPES.keySet());
        names.add(SNAPSHOT);
        names.add(HISTORY);
        return java.util.Collections.unmodifiableSet(names);
    }

    /**
     * An {@link Order}: snapshot, history, and the derived figures; read by replaying its history,
     * then checking the derived figures given against the replayed order's.
     */
    static final ObjectForm<Order> ORDER =
            new ObjectForm<>(Order.class, PROPERTIES, OrderCodecs::writeOrder, OrderCodecs::readOrder);

    private static void writeOrder(Order order, ObjectForm.Out out) throws IOException {
        List<Step> history;
        try {
            history = history(order);
        } catch (RuntimeException e) {
            throw new IOException("cannot write order " + order.id() + ": " + e.getMessage(), e);
        }
        out.field(SNAPSHOT, order.snapshot());
        JsonGenerator gen = out.gen();
        gen.writeArrayFieldStart(HISTORY);
        for (Step step : history) {
            writeStep(step, gen, out.provider());
        }
        gen.writeEndArray();
        for (Map.Entry<String, Object> derived : derived(order).entrySet()) {
            out.field(derived.getKey(), derived.getValue());
        }
    }

    private static void writeStep(Step step, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject();
        gen.writeStringField(ACTION, RecordCodec.snake(step.action()));
        gen.writeStringField(AT, step.at().toString());
        String idProperty = Step.idProperty(step.action());
        if (idProperty != null) {
            gen.writeStringField(idProperty, step.target());
        }
        Map<String, Integer> quantities = step.quantities();
        if (quantities != null) {
            gen.writeObjectFieldStart(QUANTITIES);
            for (Map.Entry<String, Integer> e : quantities.entrySet()) {
                gen.writeNumberField(e.getKey(), e.getValue());
            }
            gen.writeEndObject();
        }
        MonetaryAmount amount = step.amount();
        if (amount != null) {
            gen.writeFieldName(AMOUNT);
            provider.defaultSerializeValue(amount, gen);
        }
        gen.writeEndObject();
    }

    private static Order readOrder(Fields in) throws IOException {
        DeserializationContext ctxt = in.ctxt();
        OrderSnapshot snapshot;
        try {
            snapshot = in.required(SNAPSHOT, in.type(OrderSnapshot.class));
        } catch (MismatchedInputException e) {
            throw within(e, SNAPSHOT, -1);
        }
        JsonNode history = in.node().get(HISTORY);
        if (history == null || history.isNull()) {
            return ctxt.reportInputMismatch(Order.class, "Order is missing the property '%s'", HISTORY);
        }
        if (!history.isArray()) {
            return ctxt.reportInputMismatch(
                    Order.class, "Order.%s must be an array of actions (possibly empty)", HISTORY);
        }
        if (history.size() > MAX_HISTORY) {
            return ctxt.reportInputMismatch(
                    Order.class,
                    "Order.%s must have at most %d actions but has %d",
                    HISTORY,
                    MAX_HISTORY,
                    history.size());
        }
        Order order = Order.place(snapshot);
        for (int i = 0; i < history.size(); i++) {
            try {
                Step step = readStep(i, history.get(i), ctxt);
                try {
                    order = step.apply(order);
                } catch (IllegalArgumentException | IllegalStateException e) {
                    return ctxt.reportInputMismatch(
                            Order.class,
                            "Order history[%d] (%s) is impossible: %s",
                            i,
                            RecordCodec.snake(step.action()),
                            e.getMessage());
                }
            } catch (MismatchedInputException e) {
                throw within(e, HISTORY, i);
            }
        }
        for (Map.Entry<String, Object> derived : derived(order).entrySet()) {
            try {
                check(in, derived.getKey(), derived.getValue(), ctxt);
            } catch (MismatchedInputException e) {
                throw within(e, derived.getKey(), -1);
            }
        }
        return order;
    }

    /**
     * The error with the part of the order it is about in front of its path ({@code history[3]} →
     * {@code history/3}), so that a caller can point at it: the codec reads each part from its own
     * subtree, whose path starts afresh.
     */
    private static MismatchedInputException within(MismatchedInputException e, String property, int index) {
        if (index >= 0) {
            e.prependPath(Order.class, index);
        }
        e.prependPath(Order.class, property);
        return e;
    }

    /** Checks one derived property, if given, against the replayed order's value. */
    private static void check(Fields in, String name, Object replayed, DeserializationContext ctxt) throws IOException {
        Class<?> declared = DERIVED_TYPES.get(name);
        JavaType type = replayed instanceof List<?> ? in.listOf(declared) : in.type(declared);
        Object given = in.optional(name, type);
        if (given == null || same(given, replayed)) {
            return;
        }
        String detail;
        if (given instanceof List<?> list && replayed instanceof List<?> expected) {
            int at = 0;
            while (at < list.size() && at < expected.size() && list.get(at).equals(expected.get(at))) {
                at++;
            }
            detail = list.size() != expected.size() && at == Math.min(list.size(), expected.size())
                    ? "it has " + list.size() + " entries, replaying the history gives " + expected.size()
                    : name + "[" + at + "] differs: replaying the history gives " + expected.get(at);
        } else {
            detail = "it says " + text(given) + ", replaying the history gives " + text(replayed);
        }
        ctxt.reportInputMismatch(Order.class, "Order.%s does not match the history: %s", name, detail);
    }

    private static boolean same(Object given, Object replayed) {
        return given instanceof MonetaryAmount a && replayed instanceof MonetaryAmount b
                ? Monies.isEqual(a, b)
                : given.equals(replayed);
    }

    private static String text(Object value) {
        if (value instanceof Enum<?> e) {
            return RecordCodec.snake(e);
        }
        if (value instanceof MonetaryAmount amount) {
            return Monies.decimal(amount).toPlainString() + " "
                    + amount.getCurrency().getCurrencyCode();
        }
        return String.valueOf(value);
    }

    /** Reads one action; every problem is reported with the step's index and action. */
    private static Step readStep(int index, JsonNode node, DeserializationContext ctxt) throws IOException {
        if (!node.isObject()) {
            return ctxt.reportInputMismatch(Order.class, "Order history[%d] must be a JSON object", index);
        }
        JsonNode name = node.get(ACTION);
        OrderEventType action = name != null && name.isTextual() ? ACTIONS.get(name.textValue()) : null;
        if (action == null) {
            return ctxt.reportInputMismatch(
                    Order.class,
                    "Order history[%d] needs an '%s', one of %s (placing is implied by the snapshot) but has %s",
                    index,
                    ACTION,
                    ACTIONS.keySet(),
                    name == null ? "none" : shorten(name.toString()));
        }
        try {
            Fields in = Fields.of(Order.class, node, Step.properties(action), ctxt);
            Instant at = instant(in, ctxt);
            String idProperty = Step.idProperty(action);
            String id = idProperty == null ? null : in.required(idProperty, in.type(String.class));
            Map<String, Integer> quantities = Step.hasQuantities(action) ? quantities(in, ctxt) : null;
            MonetaryAmount amount = Step.hasAmount(action) ? in.required(AMOUNT, in.type(MonetaryAmount.class)) : null;
            return new Step(action, at, id, quantities, amount);
        } catch (MismatchedInputException e) {
            return ctxt.reportInputMismatch(
                    Order.class,
                    "Order history[%d] (%s): %s",
                    index,
                    RecordCodec.snake(action),
                    e.getOriginalMessage());
        }
    }

    private static Instant instant(Fields in, DeserializationContext ctxt) throws IOException {
        JsonNode at = in.node().get(AT);
        if (at == null || at.isNull()) {
            return ctxt.reportInputMismatch(Order.class, "Order is missing the property '%s'", AT);
        }
        try {
            return Instant.parse(at.asText());
        } catch (DateTimeParseException e) {
            return ctxt.reportInputMismatch(
                    Order.class,
                    "'%s' must be an ISO-8601 instant such as \"2026-03-02T09:00:00Z\" but was %s",
                    AT,
                    shorten(at.toString()));
        }
    }

    /** Units per SKU: a JSON object of whole numbers; the lifecycle method checks the values. */
    private static Map<String, Integer> quantities(Fields in, DeserializationContext ctxt) throws IOException {
        JsonNode node = in.node().get(QUANTITIES);
        if (node == null || node.isNull()) {
            return ctxt.reportInputMismatch(Order.class, "Order is missing the property '%s'", QUANTITIES);
        }
        if (!node.isObject()) {
            return ctxt.reportInputMismatch(
                    Order.class, "'%s' must be an object of SKU to units, e.g. {\"SKU-1\":2}", QUANTITIES);
        }
        Map<String, Integer> units = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!e.getValue().isIntegralNumber() || !e.getValue().canConvertToInt()) {
                return ctxt.reportInputMismatch(
                        Order.class,
                        "'%s' of SKU %s must be a whole number but was %s",
                        QUANTITIES,
                        shorten(e.getKey()),
                        shorten(e.getValue().toString()));
            }
            units.put(e.getKey(), e.getValue().intValue());
        }
        return units;
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}

package io.github.emporion.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.emporion.commerce.cart.Cart;
import io.github.emporion.commerce.catalog.Sku;
import io.github.emporion.commerce.catalog.TaxCategory;
import io.github.emporion.commerce.checkout.Checkout;
import io.github.emporion.commerce.checkout.CheckoutRequest;
import io.github.emporion.commerce.checkout.CheckoutResult;
import io.github.emporion.commerce.customer.ConsentChannel;
import io.github.emporion.commerce.customer.ConsentRecord;
import io.github.emporion.commerce.customer.ContactDetails;
import io.github.emporion.commerce.customer.Customer;
import io.github.emporion.commerce.customer.CustomerId;
import io.github.emporion.commerce.customer.CustomerType;
import io.github.emporion.commerce.customer.MarketingConsent;
import io.github.emporion.commerce.customer.PostalAddress;
import io.github.emporion.commerce.inventory.InMemoryInventory;
import io.github.emporion.commerce.inventory.Reservation;
import io.github.emporion.commerce.order.Order;
import io.github.emporion.commerce.order.OrderEventType;
import io.github.emporion.commerce.order.OrderId;
import io.github.emporion.commerce.order.OrderLine;
import io.github.emporion.commerce.order.OrderReturn;
import io.github.emporion.commerce.order.OrderSnapshot;
import io.github.emporion.commerce.order.OrderStatus;
import io.github.emporion.commerce.order.PaymentStatus;
import io.github.emporion.commerce.order.ReturnStatus;
import io.github.emporion.commerce.order.Shipment;
import io.github.emporion.commerce.order.ShipmentStatus;
import io.github.emporion.commerce.order.TaxedAmount;
import io.github.emporion.commerce.pricing.PriceCalculator;
import io.github.emporion.commerce.pricing.PriceMode;
import io.github.emporion.commerce.pricing.PricingRequest;
import io.github.emporion.commerce.pricing.shipping.ShippingMethod;
import io.github.emporion.commerce.pricing.tax.Region;
import io.github.emporion.commerce.pricing.tax.TaxRate;
import io.github.emporion.commerce.pricing.tax.TaxTable;
import io.github.emporion.marketing.channel.Channel;
import io.github.emporion.marketing.channel.ChannelGroup;
import io.github.emporion.metrics.report.AttributedOrder;
import io.github.emporion.metrics.report.Attribution;
import io.github.emporion.money.Monies;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * Orders, their records, customers and reservations: random instances survive a round trip. Orders
 * are random snapshots in EUR, JPY, KWD, BHD and USD driven through random legal lifecycles
 * (payments that fail, are voided or captured; partial and cancelled shipments; returns; goodwill
 * refunds; cancellations); reading replays their history, so bad histories are tested too.
 */
class OrderRoundTripTest {

    private static final long SEED = 20261122L;
    private static final List<String> CURRENCIES = List.of("EUR", "JPY", "KWD", "BHD", "USD");
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new EmporionModule());

    /** One generator per type: random valid instances. */
    static final List<Function<Random, Object>> GENERATORS = List.of(
            OrderRoundTripTest::order,
            r -> order(r).snapshot(),
            r -> pickFrom(r, o -> o.snapshot().lines()),
            r -> pickFrom(r, Order::events),
            r -> pickFrom(r, Order::transactions),
            r -> pickFrom(r, Order::shipments),
            r -> pickFrom(r, Order::returns),
            OrderRoundTripTest::attributedOrder,
            OrderRoundTripTest::contact,
            OrderRoundTripTest::consent,
            r -> new ConsentRecord(
                    ConsentChannel.values()[r.nextInt(ConsentChannel.values().length)],
                    r.nextBoolean(),
                    instant(r),
                    "form-" + r.nextInt(100)),
            r -> new Customer(
                    CustomerId.of("c-" + r.nextInt(1_000_000)),
                    r.nextBoolean() ? CustomerType.B2C : CustomerType.B2B,
                    contact(r),
                    consent(r)),
            r -> new Reservation(
                    "res-" + r.nextInt(1_000_000),
                    Sku.of("SKU-" + r.nextInt(1000)),
                    1 + r.nextInt(r.nextBoolean() ? 10 : Integer.MAX_VALUE),
                    instant(r)),
            OrderRoundTripTest::checkoutRequest,
            OrderRoundTripTest::checkoutResult);

    // ------------------------------------------------------------------ generators

    /** A random checkout request in EUR, JPY, KWD or BHD, shipped or not, with or without a shipping method. */
    static CheckoutRequest checkoutRequest(Random r) {
        String currency = List.of("EUR", "JPY", "KWD", "BHD").get(r.nextInt(4));
        PricingRequest pricing =
                PricingRequest.of(Region.of("DE"), Instant.ofEpochSecond(1_700_000_000L + r.nextInt(100_000_000)));
        if (r.nextBoolean()) {
            pricing = pricing.withShipping(new ShippingMethod(
                    "std", "Standard", RoundTripTest.shippingRate(r, currency), TaxCategory.STANDARD));
        }
        OrderId id = OrderId.of("o-" + r.nextInt(1_000_000));
        CustomerId customer = CustomerId.of("c-" + r.nextInt(1000));
        Cart cart = CommerceRoundTripTest.cart(r, currency);
        return r.nextBoolean()
                ? CheckoutRequest.unshipped(id, customer, cart, pricing)
                : CheckoutRequest.shipped(
                        id, customer, cart, pricing, PostalAddress.of(List.of("1 Main St"), "10115", "Berlin", "DE"));
    }

    /** The result of placing a random checkout request against exactly enough stock; redrawn when refused. */
    static CheckoutResult checkoutResult(Random r) {
        TaxTable taxes = TaxTable.empty()
                .with(Region.of("DE"), TaxCategory.STANDARD, TaxRate.of("VAT 19%", "0.19"))
                .with(Region.of("DE"), TaxCategory.of("reduced"), TaxRate.of("VAT 7%", "0.07"));
        for (int attempt = 0; ; attempt++) {
            CheckoutRequest request = checkoutRequest(r);
            InMemoryInventory stock = new InMemoryInventory();
            request.cart().quantities().forEach(stock::receive);
            try {
                return Checkout.of(PriceCalculator.of(r.nextBoolean() ? PriceMode.GROSS : PriceMode.NET, taxes), stock)
                        .place(request);
            } catch (IllegalArgumentException | IllegalStateException notPlaceable) {
                if (attempt > 100) {
                    throw notPlaceable;
                }
            }
        }
    }

    private static Instant instant(Random r) {
        return Instant.ofEpochSecond(1_600_000_000L + r.nextInt(200_000_000), r.nextInt(1000) * 1_000_000L);
    }

    /**
     * A random snapshot: 1 to 4 lines (about one in four not shippable), gross or net prices,
     * discounts and taxes in whole minor units, sometimes free lines and no shipping charge.
     */
    static OrderSnapshot snapshot(Random r, String code) {
        CurrencyUnit currency = Monetary.getCurrency(code);
        boolean gross = r.nextBoolean();
        List<OrderLine> lines = new ArrayList<>();
        long total = 0;
        for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
            int quantity = 1 + r.nextInt(6);
            long unit = r.nextInt(10) == 0 ? 0 : r.nextInt(200_000);
            long base = quantity * unit;
            long discount = r.nextBoolean() ? 0 : (long) (r.nextDouble() * (base + 1));
            long afterDiscount = base - discount;
            long tax = (long) (r.nextDouble() * (afterDiscount / 4 + 1));
            long net = gross ? afterDiscount - tax : afterDiscount;
            total += net + tax;
            lines.add(OrderLine.of(
                    "SKU-" + i + "-" + r.nextInt(1000),
                    r.nextInt(4) != 0,
                    quantity,
                    Monies.ofMinorUnits(unit, currency),
                    Monies.ofMinorUnits(discount, currency),
                    Monies.ofMinorUnits(net, currency),
                    Monies.ofMinorUnits(tax, currency),
                    Monies.ofMinorUnits(net + tax, currency)));
        }
        long shipNet = r.nextBoolean() ? 0 : r.nextInt(5000);
        long shipTax = shipNet == 0 ? 0 : r.nextInt(1000);
        total += shipNet + shipTax;
        return OrderSnapshot.of(
                OrderId.of("o-" + r.nextInt(1_000_000)),
                CustomerId.of("c-" + r.nextInt(1000)),
                currency,
                instant(r),
                gross,
                lines,
                TaxedAmount.of(
                        Monies.ofMinorUnits(shipNet, currency),
                        Monies.ofMinorUnits(shipTax, currency),
                        Monies.ofMinorUnits(shipNet + shipTax, currency)),
                Monies.ofMinorUnits(total, currency));
    }

    /** A random order: a random snapshot driven through up to 40 random legal lifecycle steps. */
    static Order order(Random r) {
        Order order = Order.place(snapshot(r, CURRENCIES.get(r.nextInt(CURRENCIES.size()))));
        Instant now = order.snapshot().placedAt();
        for (int step = 0, n = r.nextInt(41); step < n; step++) {
            // several steps at one instant happen (ship and deliver a download), so keep some
            now = now.plusSeconds(r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(172_800));
            try {
                order = step(r, order, now, step);
            } catch (IllegalArgumentException | IllegalStateException illegal) {
                // the random draw is not a legal step of this order: keep the order as it is
            }
        }
        return order;
    }

    /** One step the order's state allows, with sensible arguments (the order may still refuse it). */
    private static Order step(Random r, Order o, Instant at, int n) {
        List<OrderEventType> allowed = new ArrayList<>(OrderStatus.transitions().events(o.status()));
        if (allowed.isEmpty()) {
            return o; // cancelled: terminal
        }
        OrderEventType action = allowed.get(r.nextInt(allowed.size()));
        if (action == OrderEventType.CANCEL && r.nextInt(3) != 0) {
            action = allowed.get(r.nextInt(allowed.size())); // a dead end: rarer
        }
        CurrencyUnit currency = o.snapshot().currency();
        return switch (action) {
            case PLACE -> o;
            case AUTHORIZE -> o.authorizePayment(at);
            case CAPTURE -> o.capturePayment(at);
            case PAYMENT_FAILED -> o.failPayment(at);
            case VOID -> o.voidPayment(at);
            case REFUND -> {
                long refundable = Monies.toMinorUnits(o.refundable());
                long amount =
                        refundable <= 1 || r.nextInt(5) == 0 ? refundable : 1 + (long) (r.nextDouble() * refundable);
                yield o.refund(Monies.ofMinorUnits(amount, currency), at);
            }
            case CANCEL -> o.cancel(at);
            case PREPARE_SHIPMENT -> o.prepareShipment("S" + n, units(r, o, sku -> leftToShip(o, sku)), at);
            case SHIP ->
                r.nextBoolean()
                        ? o.ship(shipment(r, o, ShipmentStatus.READY), at)
                        : o.ship("parcel " + n, units(r, o, sku -> leftToShip(o, sku)), at);
            case CANCEL_SHIPMENT -> o.cancelShipment(shipment(r, o, ShipmentStatus.READY), at);
            case DELIVER -> o.deliver(shipment(r, o, ShipmentStatus.SHIPPED), at);
            case DELIVER_DIGITAL -> o.deliverDigital(at);
            case REQUEST_RETURN -> o.requestReturn("RMA-" + n, units(r, o, o::returnableQuantity), at);
            case ACCEPT_RETURN -> o.acceptReturn(orderReturn(r, o, ReturnStatus.REQUESTED), at);
            case RECEIVE_RETURN -> o.receiveReturn(orderReturn(r, o, ReturnStatus.ACCEPTED), at);
            case COMPLETE_RETURN -> o.completeReturn(orderReturn(r, o, ReturnStatus.RECEIVED), at);
            case CANCEL_RETURN ->
                o.cancelReturn(orderReturn(r, o, r.nextBoolean() ? ReturnStatus.REQUESTED : ReturnStatus.ACCEPTED), at);
        };
    }

    private static int leftToShip(Order o, String sku) {
        OrderLine line = o.snapshot().line(sku).orElseThrow();
        int inShipments = o.shipments().stream()
                .filter(s -> s.status() != ShipmentStatus.CANCELLED)
                .mapToInt(s -> s.quantity(sku))
                .sum();
        return line.shippable() ? line.quantity() - inShipments : 0;
    }

    /** Units of a random non-empty subset of the SKUs with units available, 1 to all of them each. */
    private static Map<String, Integer> units(Random r, Order o, ToIntFunction<String> available) {
        Map<String, Integer> units = new LinkedHashMap<>();
        for (OrderLine line : o.snapshot().lines()) {
            int max = available.applyAsInt(line.sku());
            if (max > 0 && (units.isEmpty() || r.nextBoolean())) {
                units.put(line.sku(), r.nextBoolean() ? max : 1 + r.nextInt(max));
            }
        }
        if (units.isEmpty()) {
            throw new IllegalArgumentException("no units available");
        }
        return units;
    }

    private static String shipment(Random r, Order o, ShipmentStatus status) {
        return pick(
                r,
                o.shipments().stream()
                        .filter(s -> s.status() == status)
                        .map(Shipment::id)
                        .toList());
    }

    private static String orderReturn(Random r, Order o, ReturnStatus status) {
        return pick(
                r,
                o.returns().stream()
                        .filter(x -> x.status() == status)
                        .map(OrderReturn::id)
                        .toList());
    }

    private static String pick(Random r, List<String> ids) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("nothing to pick");
        }
        return ids.get(r.nextInt(ids.size()));
    }

    /** A random element of a part of a random order that has one. */
    private static <T> T pickFrom(Random r, Function<Order, List<T>> part) {
        for (int attempt = 0; attempt < 1000; attempt++) {
            List<T> items = part.apply(order(r));
            if (!items.isEmpty()) {
                return items.get(r.nextInt(items.size()));
            }
        }
        throw new IllegalStateException("no order with such a part in 1000 draws");
    }

    private static AttributedOrder attributedOrder(Random r) {
        Order order = order(r);
        Attribution attribution = switch (r.nextInt(3)) {
            case 0 -> Attribution.NONE;
            case 1 -> Attribution.of(Channel.of(ChannelGroup.values()[r.nextInt(ChannelGroup.values().length)]));
            default -> Attribution.of(Channel.of(ChannelGroup.PAID_SEARCH), "spring_sale_" + r.nextInt(9));
        };
        Optional<MonetaryAmount> cost = r.nextBoolean()
                ? Optional.empty()
                : Optional.of(Monies.ofMinorUnits(
                        r.nextInt(1_000_000), order.snapshot().currency()));
        return new AttributedOrder(order, attribution, cost);
    }

    static ContactDetails contact(Random r) {
        ContactDetails contact = ContactDetails.none();
        if (r.nextBoolean()) {
            contact = contact.withEmail("user." + r.nextInt(10_000) + "@example.org");
        }
        if (r.nextBoolean()) {
            contact = contact.withPhone("+30 21" + r.nextInt(10) + " " + (1_000_000 + r.nextInt(9_000_000)));
        }
        if (r.nextBoolean()) {
            List<String> lines = r.nextBoolean()
                    ? List.of("Ζωοδόχου Πηγής " + r.nextInt(200))
                    : List.of("Acme GmbH", "z. Hd. Frau Müller", "Straße des 17. Juni " + r.nextInt(200));
            contact = contact.withAddress(
                    r.nextBoolean()
                            ? PostalAddress.of(lines, "106 81", "Αθήνα", "GR")
                            : PostalAddress.of(lines, "", "Berlin", "DE"));
        }
        return contact;
    }

    /** Decisions in time order per channel, channels interleaved (and not in time order across them). */
    static MarketingConsent consent(Random r) {
        MarketingConsent consent = MarketingConsent.none();
        Map<ConsentChannel, Instant> last = new EnumMap<>(ConsentChannel.class);
        for (int i = 0, n = r.nextInt(6); i < n; i++) {
            ConsentChannel channel = ConsentChannel.values()[r.nextInt(ConsentChannel.values().length)];
            Instant at =
                    last.getOrDefault(channel, instant(r)).plusSeconds(r.nextInt(3) == 0 ? 0 : r.nextInt(10_000_000));
            last.put(channel, at);
            consent = r.nextBoolean()
                    ? consent.grant(channel, at, "newsletter-form")
                    : consent.withdraw(channel, at, "unsubscribe-link");
        }
        return consent;
    }

    // ------------------------------------------------------------------ round trips

    @Test
    void roundTrip_randomInstancesOfEveryType_equalAndWrittenAgainIdentically() throws Exception {
        RoundTrips.assertEveryDrawRoundTrips(mapper, GENERATORS, SEED);
    }

    @Test
    void order_randomLifecycles_reachEveryStateAndAreRebuiltFromSnapshotAndHistoryAlone() throws Exception {
        Random random = new Random(SEED + 1);
        Set<OrderStatus> states = EnumSet.noneOf(OrderStatus.class);
        Set<PaymentStatus> payments = EnumSet.noneOf(PaymentStatus.class);
        Set<String> currencies = new java.util.TreeSet<>();
        Set<OrderEventType> actions = EnumSet.noneOf(OrderEventType.class);
        for (int i = 0; i < 1000; i++) {
            Order order = order(random);
            states.add(order.status());
            payments.add(order.paymentStatus());
            currencies.add(order.snapshot().currency().getCurrencyCode());
            order.events().forEach(e -> actions.add(e.type()));
            ObjectNode json = (ObjectNode) mapper.readTree(mapper.writeValueAsString(order));
            // what a non-Java service sends: the snapshot and the actions, no derived figures
            ObjectNode minimal = mapper.createObjectNode();
            minimal.set("snapshot", json.get("snapshot"));
            minimal.set("history", json.get("history"));
            assertThat(mapper.treeToValue(minimal, Order.class))
                    .as("seed %d: %s", SEED + 1, minimal)
                    .isEqualTo(order);
            assertThat(json.get("history").size())
                    .as("one action per operation: at most as many as events after PLACE")
                    .isLessThanOrEqualTo(order.events().size() - 1);
        }
        assertThat(states).isEqualTo(EnumSet.allOf(OrderStatus.class));
        assertThat(payments).isEqualTo(EnumSet.allOf(PaymentStatus.class));
        assertThat(actions).isEqualTo(EnumSet.allOf(OrderEventType.class));
        assertThat(currencies).containsExactlyElementsOf(new java.util.TreeSet<>(CURRENCIES));
    }

    // ------------------------------------------------------------------ the written form

    /**
     * KWD (3 decimals), gross prices, no VAT: SKU-A 3 × 3.500 − 0.500 = 10.000, SKU-B (download)
     * 1 × 2.000, shipping 1.250; total 13.250. Units of SKU-A paid 3.334, 3.333, 3.333, so
     * returning 2 refunds 6.667; a goodwill refund of the shipping 1.250 makes 7.917 refunded.
     */
    private static Order kwdOrder() {
        CurrencyUnit kwd = Monetary.getCurrency("KWD");
        OrderSnapshot snapshot = OrderSnapshot.of(
                OrderId.of("o-7"),
                CustomerId.of("c-1"),
                kwd,
                T0,
                true,
                List.of(
                        OrderLine.of(
                                "SKU-A",
                                true,
                                3,
                                Monies.of("3.500", "KWD"),
                                Monies.of("0.500", "KWD"),
                                Monies.of("10.000", "KWD"),
                                Monies.of("0", "KWD"),
                                Monies.of("10.000", "KWD")),
                        OrderLine.of(
                                "SKU-B",
                                false,
                                1,
                                Monies.of("2.000", "KWD"),
                                Monies.of("0", "KWD"),
                                Monies.of("2.000", "KWD"),
                                Monies.of("0", "KWD"),
                                Monies.of("2.000", "KWD"))),
                TaxedAmount.of(Monies.of("1.250", "KWD"), Monies.of("0", "KWD"), Monies.of("1.250", "KWD")),
                Monies.of("13.250", "KWD"));
        return Order.place(snapshot)
                .capturePayment(minutes(5))
                .ship("S1", Map.of("SKU-A", 3), minutes(10))
                .deliver("S1", minutes(2880))
                .requestReturn("R1", Map.of("SKU-A", 2), minutes(3000))
                .acceptReturn("R1", minutes(3001))
                .receiveReturn("R1", minutes(4000))
                .completeReturn("R1", minutes(4001))
                .refund(Monies.of("1.250", "KWD"), minutes(4001));
    }

    private static Instant minutes(int m) {
        return T0.plusSeconds(60L * m);
    }

    @Test
    void write_order_snapshotTheActionsOfItsHistoryAndTheDerivedFigures() throws Exception {
        String text = mapper.writeValueAsString(kwdOrder());
        assertThat(text).doesNotContain("io.github", "javamoney", "@class", "E+", "e-");
        JsonNode json = mapper.readTree(text);
        assertThat(json.fieldNames())
                .toIterable()
                .containsExactly(
                        "snapshot",
                        "history",
                        "status",
                        "payment_status",
                        "total",
                        "captured",
                        "refunded",
                        "shipments",
                        "returns",
                        "transactions",
                        "events");
        assertThat(json.get("history").toString())
                .isEqualTo("[{\"action\":\"capture\",\"at\":\"2026-03-02T09:05:00Z\"},"
                        + "{\"action\":\"prepare_shipment\",\"at\":\"2026-03-02T09:10:00Z\",\"shipment_id\":\"S1\","
                        + "\"quantities\":{\"SKU-A\":3}},"
                        + "{\"action\":\"ship\",\"at\":\"2026-03-02T09:10:00Z\",\"shipment_id\":\"S1\"},"
                        + "{\"action\":\"deliver\",\"at\":\"2026-03-04T09:00:00Z\",\"shipment_id\":\"S1\"},"
                        + "{\"action\":\"request_return\",\"at\":\"2026-03-04T11:00:00Z\",\"return_id\":\"R1\","
                        + "\"quantities\":{\"SKU-A\":2}},"
                        + "{\"action\":\"accept_return\",\"at\":\"2026-03-04T11:01:00Z\",\"return_id\":\"R1\"},"
                        + "{\"action\":\"receive_return\",\"at\":\"2026-03-05T03:40:00Z\",\"return_id\":\"R1\"},"
                        + "{\"action\":\"complete_return\",\"at\":\"2026-03-05T03:41:00Z\",\"return_id\":\"R1\"},"
                        + "{\"action\":\"refund\",\"at\":\"2026-03-05T03:41:00Z\","
                        + "\"amount\":{\"amount\":\"1.250\",\"currency\":\"KWD\"}}]");
        assertThat(json.get("status").asText()).isEqualTo("partially_returned");
        assertThat(json.get("payment_status").asText()).isEqualTo("partially_refunded");
        assertThat(json.get("total").toString()).isEqualTo("{\"amount\":\"13.250\",\"currency\":\"KWD\"}");
        assertThat(json.get("captured").get("amount").asText()).isEqualTo("13.250");
        assertThat(json.get("refunded").get("amount").asText()).isEqualTo("7.917");
        assertThat(json.at("/returns/0/refunded/amount").asText()).isEqualTo("6.667");
        assertThat(json.at("/shipments/0/status").asText()).isEqualTo("delivered");
        assertThat(json.at("/events/0/type").asText()).isEqualTo("place");
        assertThat(json.at("/snapshot/lines/1/shippable").asBoolean()).isFalse();
        assertThat(json.at("/snapshot/id").toString()).isEqualTo("{\"value\":\"o-7\"}");
        assertThat(json.at("/snapshot/placed_at").asText()).isEqualTo("2026-03-02T09:00:00Z");
        assertThat(json.at("/snapshot/prices_include_tax").asBoolean()).isTrue();
    }

    @Test
    void read_handWrittenHistory_replayedToTheOrderTheMethodsBuild() throws Exception {
        ObjectNode json = mapper.createObjectNode();
        json.set("snapshot", mapper.valueToTree(kwdOrder().snapshot()));
        json.set(
                "history",
                mapper.readTree("[{\"action\":\"capture\",\"at\":\"2026-03-02T09:05:00Z\"},"
                        + "{\"action\":\"prepare_shipment\",\"at\":\"2026-03-02T09:10:00Z\",\"shipment_id\":\"S1\","
                        + "\"quantities\":{\"SKU-A\":3}},"
                        + "{\"action\":\"ship\",\"at\":\"2026-03-02T09:10:00Z\",\"shipment_id\":\"S1\"},"
                        + "{\"action\":\"deliver\",\"at\":\"2026-03-04T09:00:00Z\",\"shipment_id\":\"S1\"},"
                        + "{\"action\":\"request_return\",\"at\":\"2026-03-04T11:00:00Z\",\"return_id\":\"R1\","
                        + "\"quantities\":{\"SKU-A\":2}},"
                        + "{\"action\":\"accept_return\",\"at\":\"2026-03-04T11:01:00Z\",\"return_id\":\"R1\"},"
                        + "{\"action\":\"receive_return\",\"at\":\"2026-03-05T03:40:00Z\",\"return_id\":\"R1\"},"
                        + "{\"action\":\"complete_return\",\"at\":\"2026-03-05T03:41:00Z\",\"return_id\":\"R1\"},"
                        + "{\"action\":\"refund\",\"at\":\"2026-03-05T03:41:00Z\","
                        + "\"amount\":{\"amount\":1.25,\"currency\":\"KWD\"}}]"));
        json.put("status", "partially_returned");
        json.set("refunded", mapper.readTree("{\"amount\":\"7.917\",\"currency\":\"KWD\"}"));
        Order order = mapper.treeToValue(json, Order.class);
        assertThat(order).isEqualTo(kwdOrder());
        assertThat(Monies.isEqual(order.refunded(), Monies.of("7.917", "KWD"))).isTrue();
    }

    @Test
    void read_emptyHistory_placedOrder() throws Exception {
        Order placed = Order.place(kwdOrder().snapshot());
        String json = "{\"snapshot\":" + mapper.writeValueAsString(placed.snapshot()) + ",\"history\":[]}";
        assertThat(mapper.readValue(json, Order.class)).isEqualTo(placed);
        assertThat(mapper.readTree(mapper.writeValueAsString(placed))
                        .get("status")
                        .asText())
                .isEqualTo("pending_payment");
    }

    // ------------------------------------------------------------------ bad orders

    private ObjectNode kwdJson() {
        return mapper.valueToTree(kwdOrder());
    }

    private ObjectNode historyStep(ObjectNode order, int index) {
        return (ObjectNode) order.get("history").get(index);
    }

    private void assertRejected(JsonNode json, String... fragments) {
        assertThatThrownBy(() -> mapper.treeToValue(json, Order.class))
                .isInstanceOf(MismatchedInputException.class)
                .message()
                .contains(fragments);
    }

    @Test
    void read_impossibleHistory_rejectedNamingTheStepAndTheRule() {
        ObjectNode shipBeforeCapture = kwdJson();
        ((ArrayNode) shipBeforeCapture.get("history")).remove(0);
        shipBeforeCapture.remove(List.of("status", "payment_status", "captured", "refunded", "transactions", "events"));
        assertRejected(
                shipBeforeCapture,
                "history[0] (prepare_shipment) is impossible",
                "illegal transition of order from PENDING_PAYMENT");

        ObjectNode tooManyUnits = kwdJson();
        ((ObjectNode) historyStep(tooManyUnits, 1).get("quantities")).put("SKU-A", 4);
        assertRejected(tooManyUnits, "history[1] (prepare_shipment) is impossible", "must not exceed", "= 3: 4");

        ObjectNode returnBeforeReceipt = kwdJson();
        ((ArrayNode) returnBeforeReceipt.get("history")).remove(6);
        assertRejected(
                returnBeforeReceipt,
                "history[6] (complete_return) is impossible",
                "illegal transition of return R1 from ACCEPTED");

        ObjectNode backInTime = kwdJson();
        historyStep(backInTime, 3).put("at", "2026-03-02T09:00:00Z");
        assertRejected(backInTime, "history[3] (deliver) is impossible", "must not be before the last event");

        ObjectNode refundTooMuch = kwdJson();
        ((ObjectNode) historyStep(refundTooMuch, 8).get("amount")).put("amount", "6.584");
        assertRejected(refundTooMuch, "history[8] (refund) is impossible", "must not exceed refundable", "6.583 KWD");

        ObjectNode unknownShipment = kwdJson();
        historyStep(unknownShipment, 2).put("shipment_id", "S2");
        assertRejected(unknownShipment, "history[2] (ship) is impossible", "must name a shipment", "'S2'");

        ObjectNode zeroUnits = kwdJson();
        ((ObjectNode) historyStep(zeroUnits, 4).get("quantities")).put("SKU-A", 0);
        assertRejected(zeroUnits, "history[4] (request_return) is impossible", "must be >= 1");
    }

    @Test
    void read_invalidPart_errorPathNamesThePartOfTheOrder() {
        ObjectNode impossible = kwdJson();
        historyStep(impossible, 3).put("at", "2026-03-02T09:00:00Z");
        assertThat(pathOfError(impossible)).isEqualTo("history/3");

        ObjectNode contradicted = kwdJson();
        contradicted.put("status", "delivered");
        assertThat(pathOfError(contradicted)).isEqualTo("status");

        ObjectNode badSnapshot = kwdJson();
        ((ObjectNode) badSnapshot.get("snapshot")).put("currency", "XYZ");
        assertThat(pathOfError(badSnapshot)).startsWith("snapshot");
    }

    /** The path Jackson reports for the error reading {@code json} as an order, joined by '/'. */
    private String pathOfError(ObjectNode json) {
        try {
            mapper.treeToValue(json, Order.class);
        } catch (MismatchedInputException e) {
            return String.join(
                    "/",
                    e.getPath().stream()
                            .map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
                            .toList());
        } catch (Exception e) {
            throw new AssertionError("expected a MismatchedInputException but got " + e, e);
        }
        throw new AssertionError("the order was read: " + json);
    }

    @Test
    void read_historyLongerThanTheLimit_rejectedBeforeReplaying() throws Exception {
        ObjectNode json = mapper.createObjectNode();
        json.set("snapshot", mapper.valueToTree(kwdOrder().snapshot()));
        ArrayNode history = json.putArray("history");
        history.addObject().put("action", "capture").put("at", "2026-03-02T09:05:00Z");
        for (int i = 1; i < 1000; i++) {
            ObjectNode refund = history.addObject().put("action", "refund").put("at", "2026-03-02T09:06:00Z");
            refund.putObject("amount").put("amount", "0.001").put("currency", "KWD");
        }
        Order longest = mapper.treeToValue(json, Order.class);
        assertThat(longest.transactions()).hasSize(1000);
        assertThat(Monies.isEqual(longest.refunded(), Monies.of("0.999", "KWD")))
                .isTrue();
        history.add(history.get(1));
        assertRejected(json, "Order.history must have at most 1000 actions but has 1001");
    }

    @Test
    void read_unknownOrMissingAction_rejectedListingTheActions() {
        ObjectNode teleport = kwdJson();
        historyStep(teleport, 3).put("action", "teleport");
        assertRejected(teleport, "history[3] needs an 'action'", "\"teleport\"", "complete_return", "deliver_digital");
        ObjectNode place = kwdJson();
        historyStep(place, 0).put("action", "place");
        assertRejected(place, "history[0] needs an 'action'", "placing is implied by the snapshot");
        ObjectNode none = kwdJson();
        historyStep(none, 0).remove("action");
        assertRejected(none, "history[0] needs an 'action'", "but has none");
        ObjectNode notAnObject = kwdJson();
        ((ArrayNode) notAnObject.get("history")).set(0, mapper.getNodeFactory().textNode("capture"));
        assertRejected(notAnObject, "history[0] must be a JSON object");
    }

    @Test
    void read_wrongCurrency_rejectedNamingTheField() {
        ObjectNode refundInEur = kwdJson();
        ((ObjectNode) historyStep(refundInEur, 8).get("amount"))
                .put("currency", "EUR")
                .put("amount", "1.25");
        assertRejected(refundInEur, "history[8] (refund) is impossible", "refund amount", "EUR", "KWD");

        ObjectNode lineInJpy = kwdJson();
        ((ObjectNode) lineInJpy.at("/snapshot/lines/1/charged/gross")).put("currency", "JPY");
        assertThatThrownBy(() -> mapper.treeToValue(lineInJpy, Order.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("JPY");

        ObjectNode capturedInBhd = kwdJson();
        ((ObjectNode) capturedInBhd.get("captured")).put("currency", "BHD");
        assertRejected(capturedInBhd, "Order.captured does not match the history", "13.250 BHD", "13.250 KWD");
    }

    @Test
    void read_missingOrUnknownProperties_rejectedNamingTheProperty() {
        ObjectNode noSnapshot = kwdJson();
        noSnapshot.remove("snapshot");
        assertRejected(noSnapshot, "missing the property 'snapshot'");
        ObjectNode noHistory = kwdJson();
        noHistory.remove("history");
        assertRejected(noHistory, "missing the property 'history'");
        ObjectNode historyObject = kwdJson();
        historyObject.set("history", mapper.createObjectNode());
        assertRejected(historyObject, "Order.history must be an array");
        ObjectNode extra = kwdJson();
        extra.put("colour", "red");
        assertRejected(extra, "unknown property 'colour'");
        ObjectNode noAt = kwdJson();
        historyStep(noAt, 0).remove("at");
        assertRejected(noAt, "history[0] (capture)", "missing the property 'at'");
        ObjectNode badAt = kwdJson();
        historyStep(badAt, 0).put("at", "yesterday");
        assertRejected(badAt, "history[0] (capture)", "ISO-8601 instant", "yesterday");
        ObjectNode noShipmentId = kwdJson();
        historyStep(noShipmentId, 2).remove("shipment_id");
        assertRejected(noShipmentId, "history[2] (ship)", "missing the property 'shipment_id'");
        ObjectNode noAmount = kwdJson();
        historyStep(noAmount, 8).remove("amount");
        assertRejected(noAmount, "history[8] (refund)", "missing the property 'amount'");
        ObjectNode noQuantities = kwdJson();
        historyStep(noQuantities, 1).remove("quantities");
        assertRejected(noQuantities, "history[1] (prepare_shipment)", "missing the property 'quantities'");
        ObjectNode fractionalUnits = kwdJson();
        ((ObjectNode) historyStep(fractionalUnits, 1).get("quantities")).put("SKU-A", 2.5);
        assertRejected(fractionalUnits, "history[1] (prepare_shipment)", "must be a whole number", "2.5");
        ObjectNode returnIdOnShip = kwdJson();
        historyStep(returnIdOnShip, 2).put("return_id", "R1");
        assertRejected(
                returnIdOnShip, "history[2] (ship)", "unknown property 'return_id'", "[action, at, shipment_id]");
    }

    @Test
    void read_derivedFiguresContradictingTheHistory_rejectedNamingTheFigure() {
        ObjectNode status = kwdJson();
        status.put("status", "returned");
        assertRejected(status, "Order.status does not match the history", "returned", "partially_returned");
        ObjectNode payment = kwdJson();
        payment.put("payment_status", "refunded");
        assertRejected(payment, "Order.payment_status does not match", "partially_refunded");
        ObjectNode refunded = kwdJson();
        ((ObjectNode) refunded.get("refunded")).put("amount", "6.667");
        assertRejected(refunded, "Order.refunded does not match", "6.667 KWD", "7.917 KWD");
        ObjectNode events = kwdJson();
        ((ArrayNode) events.get("events")).remove(0);
        assertRejected(events, "Order.events does not match the history", "events[0] differs");
        ObjectNode shipments = kwdJson();
        ((ObjectNode) shipments.at("/shipments/0")).put("status", "shipped");
        assertRejected(shipments, "Order.shipments does not match the history", "shipments[0] differs");
        ObjectNode returns = kwdJson();
        ((ArrayNode) returns.get("returns")).removeAll();
        assertRejected(returns, "Order.returns does not match the history", "it has 0 entries", "gives 1");
        ObjectNode badStatus = kwdJson();
        badStatus.put("status", "lost");
        assertRejected(badStatus, "OrderStatus must be one of", "lost");
    }

    @Test
    void read_attributedOrderWithCostInAnotherCurrency_rejected() throws Exception {
        ObjectNode json = mapper.valueToTree(AttributedOrder.of(kwdOrder()).withCostOfGoods(Monies.of("5.000", "KWD")));
        assertThat(mapper.treeToValue(json, AttributedOrder.class).order()).isEqualTo(kwdOrder());
        ((ObjectNode) json.get("cost_of_goods")).put("currency", "EUR");
        assertThatThrownBy(() -> mapper.treeToValue(json, AttributedOrder.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("EUR");
    }

    // ------------------------------------------------------------------ contact details

    @Test
    void write_contactDetails_everyDetailInClearAndNullWhenUnknown() throws Exception {
        ContactDetails contact = ContactDetails.ofEmail("ada@example.org")
                .withAddress(PostalAddress.of(List.of("1 Main St"), "10115", "Berlin", "DE"));
        assertThat(contact.toString()).doesNotContain("ada@example.org");
        assertThat(mapper.writeValueAsString(contact))
                .isEqualTo("{\"email\":\"ada@example.org\",\"phone\":null,\"address\":{\"lines\":[\"1 Main St\"],"
                        + "\"postal_code\":\"10115\",\"city\":\"Berlin\",\"country_code\":\"DE\"}}");
        assertThat(mapper.writeValueAsString(ContactDetails.none()))
                .isEqualTo("{\"email\":null,\"phone\":null,\"address\":null}");
        assertThat(mapper.readValue("{}", ContactDetails.class)).isEqualTo(ContactDetails.none());
        assertThat(mapper.readValue("{\"phone\":\"+49 30 1234567\"}", ContactDetails.class))
                .isEqualTo(ContactDetails.none().withPhone("+49 30 1234567"));
    }

    @Test
    void read_invalidContactDetails_rejectedWithoutQuotingThePersonalData() {
        assertThatThrownBy(() -> mapper.readValue("{\"email\":\"ada at example dot org\"}", ContactDetails.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("email must look like local@domain.tld")
                .hasMessageNotContaining("ada at example");
        assertThatThrownBy(() -> mapper.readValue("{\"phone\":\"call me maybe 555\"}", ContactDetails.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("phone must be")
                .hasMessageNotContaining("call me");
        assertThatThrownBy(() -> mapper.readValue("{\"phone\":4930123}", ContactDetails.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("ContactDetails.phone must be a string or null")
                .hasMessageNotContaining("4930123");
        assertThatThrownBy(() -> mapper.readValue("{\"fax\":\"+49 30 1\"}", ContactDetails.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("unknown property 'fax'");
        assertThatThrownBy(() -> mapper.readValue(
                        "{\"address\":{\"lines\":[],\"postal_code\":\"\",\"city\":\"Berlin\",\"country_code\":\"DE\"}}",
                        ContactDetails.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("address lines must number 1 to 5");
    }

    @Test
    void read_customerWithConsentOutOfTimeOrder_rejectedByMarketingConsent() throws Exception {
        Customer customer = Customer.of(CustomerId.of("c-9"), CustomerType.B2B)
                .withContact(ContactDetails.ofEmail("buyer@example.com"))
                .withConsent(MarketingConsent.none()
                        .grant(ConsentChannel.EMAIL, T0, "checkout-checkbox")
                        .withdraw(ConsentChannel.EMAIL, minutes(60), "unsubscribe-link"));
        ObjectNode json = mapper.valueToTree(customer);
        assertThat(json.at("/contact/email").asText()).isEqualTo("buyer@example.com");
        assertThat(json.at("/consent/history/1").toString())
                .isEqualTo("{\"channel\":\"email\",\"granted\":false,\"at\":\"2026-03-02T10:00:00Z\","
                        + "\"source\":\"unsubscribe-link\"}");
        assertThat(mapper.treeToValue(json, Customer.class)).isEqualTo(customer);
        ((ObjectNode) json.at("/consent/history/1")).put("at", "2026-03-01T00:00:00Z");
        assertThatThrownBy(() -> mapper.treeToValue(json, Customer.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("history[1].at");
    }
}

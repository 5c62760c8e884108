package io.github.emporion.jackson.pricing;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.emporion.commerce.cart.Cart;
import io.github.emporion.commerce.catalog.CatalogItem;
import io.github.emporion.commerce.catalog.Price;
import io.github.emporion.commerce.catalog.Product;
import io.github.emporion.commerce.catalog.ProductType;
import io.github.emporion.commerce.catalog.Sku;
import io.github.emporion.commerce.catalog.TaxCategory;
import io.github.emporion.commerce.catalog.Variant;
import io.github.emporion.commerce.pricing.PriceBreakdown;
import io.github.emporion.commerce.pricing.PriceCalculator;
import io.github.emporion.commerce.pricing.PriceMode;
import io.github.emporion.commerce.pricing.PricingRequest;
import io.github.emporion.commerce.pricing.RoundingPolicy;
import io.github.emporion.commerce.pricing.TaxCalculationMode;
import io.github.emporion.commerce.pricing.promotion.Benefit;
import io.github.emporion.commerce.pricing.promotion.Coupon;
import io.github.emporion.commerce.pricing.promotion.InMemoryCouponUsage;
import io.github.emporion.commerce.pricing.promotion.LineSelector;
import io.github.emporion.commerce.pricing.promotion.Promotion;
import io.github.emporion.commerce.pricing.promotion.SpendTier;
import io.github.emporion.commerce.pricing.promotion.Stacking;
import io.github.emporion.commerce.pricing.promotion.Validity;
import io.github.emporion.commerce.pricing.shipping.ShippingMethod;
import io.github.emporion.commerce.pricing.shipping.ShippingRate;
import io.github.emporion.commerce.pricing.shipping.WeightTier;
import io.github.emporion.commerce.pricing.tax.Region;
import io.github.emporion.commerce.pricing.tax.TaxRate;
import io.github.emporion.commerce.pricing.tax.TaxTable;
import io.github.emporion.jackson.api.ApiException;
import io.github.emporion.jackson.api.ApiProblem;
import io.github.emporion.jackson.api.JsonApi;
import io.github.emporion.jackson.api.JsonLimits;
import io.github.emporion.jackson.api.RequestReader;
import io.github.emporion.money.MoneyRounding;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/**
 * Cart pricing as JSON in / JSON out: reads the request into a {@link CartPricing}, prices it
 * with core's {@link PriceCalculator} and writes the full {@link PriceBreakdown} as a report
 * (schemas {@code pricing-request.schema.json} and {@code pricing-response.schema.json} in this
 * jar): lines by SKU and product name, shipping by method id and name, every figure and total.
 * That response form is this API's own; {@link io.github.emporion.jackson.EmporionModule} writes
 * and reads a breakdown in its complete form (each line's catalog item, the shipping method).
 * Enum values are snake_case.
 *
 * <pre>{@code
 * {"currency":"EUR","price_mode":"gross","region":"DE","at":"2026-03-01T12:00:00Z",
 *  "rounding":{"discount":"half_down","tax":"half_even","tax_calculation":"line"},
 *  "tax_rates":[{"region":"DE","category":"standard","name":"VAT","rate":0.19}],
 *  "lines":[{"sku":"MUG-1","name":"Mug","category":"kitchen","type":"physical",
 *            "tax_category":"standard","unit_price":{"amount":"59.50","currency":"EUR"},
 *            "weight_grams":400,"quantity":2}],
 *  "promotions":[{"id":"spring","name":"Spring sale","benefit":{"type":"order_percent_off","rate":0.10}}],
 *  "coupons":[{"code":"SPRING","promotion_id":"spring"}],"coupon_codes":["SPRING"],
 *  "customer_id":"c-1",
 *  "shipping":{"id":"std","name":"Standard","tax_category":"standard",
 *              "rate":{"type":"flat","price":{"amount":"4.90","currency":"EUR"}}}}
 * }</pre>
 *
 * <p>Benefit types: {@code order_percent_off} (rate), {@code order_amount_off} (amount), {@code
 * line_percent_off} (rate, lines), {@code line_amount_off} (amount_per_unit, lines), {@code
 * fixed_price} (unit_price, lines), {@code buy_x_get_y} (buy, get, lines), {@code spend_tiers}
 * (tiers: threshold, benefit), {@code free_shipping}; {@code lines} is {@code
 * {"skus":[...],"categories":[...]}} (absent: every line). Promotion options: priority,
 * stacking ({@code stackable}/{@code exclusive}), stop_further, coupon_required, valid_from,
 * valid_until. Shipping rate types: {@code flat} (price), {@code free_above} (price, threshold),
 * {@code weight_tiers} (tiers: max_grams, price). Coupon usage counts start at zero for each
 * call. Instances are immutable and thread-safe.
 */
public final class JsonPricingApi extends JsonApi {

    /** The most lines, promotions, coupons or tax rates in one request. */
    public static final int MAX_ITEMS = 10_000;

    /** Creates the API with {@link JsonLimits#DEFAULT}. */
    public JsonPricingApi() {
        this(JsonLimits.DEFAULT);
    }

    /**
     * Creates the API with the given limits.
     *
     * @param limits the parsing limits
     */
    public JsonPricingApi(JsonLimits limits) {
        super(limits);
    }

    /**
     * Prices the request and writes the response form of the breakdown (explicitly: {@link
     * io.github.emporion.jackson.EmporionModule} would write the breakdown's complete, readable
     * form instead).
     */
    @Override
    protected JsonNode answer(JsonNode root) {
        CartPricing pricing = parse(root);
        PriceBreakdown breakdown;
        try {
            breakdown = pricing.price();
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw ApiException.invalid("", String.valueOf(e.getMessage()));
        }
        try {
            return PricingResponseSerializer.toTree(breakdown, endpoint().mapper());
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the price breakdown", e); // a bug, not bad input
        }
    }

    private static final Set<String> ROOT = Set.of(
            "currency",
            "price_mode",
            "region",
            "at",
            "customer_id",
            "rounding",
            "tax_rates",
            "lines",
            "promotions",
            "coupons",
            "coupon_codes",
            "shipping");

    /**
     * Reads a pricing request tree into the core objects.
     *
     * @param root the request tree
     * @return the pricing
     * @throws ApiException listing every problem with its JSON Pointer
     */
    public CartPricing parse(JsonNode root) {
        Reader r = new Reader(new RequestReader(endpoint().mapper()));
        CartPricing pricing = r.read(root);
        r.in.throwIfProblems();
        return pricing;
    }

    /** One parse: the reader and the currency of the cart. */
    private static final class Reader {
        final RequestReader in;
        CurrencyUnit currency = Monetary.getCurrency("XXX");

        Reader(RequestReader in) {
            this.in = in;
        }

        <T> Optional<T> build(String pointer, Supplier<T> factory) {
            try {
                return Optional.of(factory.get());
            } catch (IllegalArgumentException | ArithmeticException e) {
                in.problem(pointer, String.valueOf(e.getMessage()));
                return Optional.empty();
            }
        }

        CartPricing read(JsonNode root) {
            if (in.object(root, "", ROOT).isEmpty()) {
                in.throwIfProblems();
            }
            Optional<String> code = in.text(root, "", "currency");
            code.ifPresent(c -> {
                try {
                    if (!c.matches("[A-Z]{3}")) {
                        throw new IllegalArgumentException(c);
                    }
                    currency = Monetary.getCurrency(c);
                } catch (RuntimeException e) {
                    in.problem("/currency", "not a known ISO 4217 currency code: '" + RequestReader.shorten(c) + "'");
                }
            });
            PriceMode mode = in.required(root, "", "price_mode")
                    .flatMap(n -> in.enumValue(n, "/price_mode", PriceMode.class))
                    .orElse(PriceMode.GROSS);
            Region region = in.text(root, "", "region")
                    .flatMap(t -> build("/region", () -> Region.of(t)))
                    .orElse(Region.of("XX"));
            Instant at = in.required(root, "", "at")
                    .flatMap(n -> in.instant(n, "/at"))
                    .orElse(Instant.EPOCH);
            RoundingPolicy rounding = RequestReader.optional(root, "rounding")
                    .map(n -> rounding(n, "/rounding"))
                    .orElse(RoundingPolicy.DEFAULT);
            TaxTable taxes = TaxTable.empty();
            List<JsonNode> rates = in.array(root, "", "tax_rates", MAX_ITEMS);
            for (int i = 0; i < rates.size(); i++) {
                taxes = taxRate(taxes, rates.get(i), ApiProblem.child("/tax_rates", i));
            }
            Cart cart = Cart.empty(currency);
            List<JsonNode> lines = in.array(root, "", "lines", MAX_ITEMS);
            for (int i = 0; i < lines.size(); i++) {
                cart = line(cart, lines.get(i), ApiProblem.child("/lines", i));
            }
            List<Promotion> promotions = new ArrayList<>();
            optionalArray(root, "promotions")
                    .forEach((i, n) ->
                            promotion(n, ApiProblem.child("/promotions", i)).ifPresent(promotions::add));
            List<Coupon> coupons = new ArrayList<>();
            optionalArray(root, "coupons")
                    .forEach(
                            (i, n) -> coupon(n, ApiProblem.child("/coupons", i)).ifPresent(coupons::add));
            Set<String> codes = new LinkedHashSet<>();
            optionalArray(root, "coupon_codes")
                    .forEach((i, n) -> in.textValue(n, ApiProblem.child("/coupon_codes", i))
                            .ifPresent(codes::add));
            PricingRequest request = PricingRequest.of(region, at);
            Optional<String> customer =
                    RequestReader.optional(root, "customer_id").flatMap(n -> in.textValue(n, "/customer_id"));
            if (customer.isPresent()) {
                String id = customer.get();
                request = build(
                                "/customer_id",
                                () -> PricingRequest.of(region, at).withCustomer(id))
                        .orElse(request);
            }
            if (!codes.isEmpty()) {
                PricingRequest base = request;
                request = build("/coupon_codes", () -> base.withCoupons(codes.toArray(String[]::new)))
                        .orElse(request);
            }
            Optional<JsonNode> shippingNode = RequestReader.optional(root, "shipping");
            if (shippingNode.isPresent()) {
                Optional<ShippingMethod> method = shipping(shippingNode.get(), "/shipping");
                if (method.isPresent()) {
                    request = request.withShipping(method.get());
                }
            }
            in.throwIfProblems();
            TaxTable table = taxes;
            PriceCalculator calculator = build(
                            "",
                            () -> PriceCalculator.of(mode, table)
                                    .withRounding(rounding)
                                    .withPromotions(promotions)
                                    .withCoupons(coupons, new InMemoryCouponUsage()))
                    .orElse(null);
            in.throwIfProblems();
            return new CartPricing(java.util.Objects.requireNonNull(calculator), cart, request);
        }

        /** Calls back with index and element for an optional array property. */
        interface IndexedConsumer {
            void accept(int index, JsonNode node);
        }

        IndexedElements optionalArray(JsonNode parent, String name) {
            List<JsonNode> elements = parent.has(name) ? in.array(parent, "", name, MAX_ITEMS) : List.of();
            return consumer -> {
                for (int i = 0; i < elements.size(); i++) {
                    consumer.accept(i, elements.get(i));
                }
            };
        }

        interface IndexedElements {
            void forEach(IndexedConsumer consumer);
        }

        RoundingPolicy rounding(JsonNode node, String at) {
            RoundingPolicy policy = RoundingPolicy.DEFAULT;
            if (in.object(node, at, Set.of("discount", "tax", "tax_calculation"))
                    .isEmpty()) {
                return policy;
            }
            Optional<MoneyRounding> discount = RequestReader.optional(node, "discount")
                    .flatMap(n -> in.enumValue(n, at + "/discount", MoneyRounding.class));
            Optional<MoneyRounding> tax =
                    RequestReader.optional(node, "tax").flatMap(n -> in.enumValue(n, at + "/tax", MoneyRounding.class));
            Optional<TaxCalculationMode> calculation = RequestReader.optional(node, "tax_calculation")
                    .flatMap(n -> in.enumValue(n, at + "/tax_calculation", TaxCalculationMode.class));
            if (discount.isPresent()) {
                policy = policy.withDiscountRounding(discount.get());
            }
            if (tax.isPresent()) {
                policy = policy.withTaxRounding(tax.get());
            }
            if (calculation.isPresent()) {
                policy = policy.withTaxCalculation(calculation.get());
            }
            return policy;
        }

        TaxTable taxRate(TaxTable table, JsonNode node, String at) {
            if (in.object(node, at, Set.of("region", "category", "name", "rate"))
                    .isEmpty()) {
                return table;
            }
            Optional<String> region = in.text(node, at, "region");
            Optional<String> category = in.text(node, at, "category");
            Optional<String> name = in.text(node, at, "name");
            Optional<BigDecimal> rate = in.required(node, at, "rate").flatMap(n -> in.decimal(n, at + "/rate"));
            if (region.isEmpty() || category.isEmpty() || name.isEmpty() || rate.isEmpty()) {
                return table;
            }
            return build(
                            at,
                            () -> table.with(
                                    Region.of(region.get()),
                                    TaxCategory.of(category.get()),
                                    new TaxRate(name.get(), rate.get())))
                    .orElse(table);
        }

        Optional<MonetaryAmount> money(JsonNode parent, String at, String name) {
            Optional<MonetaryAmount> amount = in.required(parent, at, name).flatMap(n -> in.money(n, at + "/" + name));
            if (amount.isPresent() && !amount.get().getCurrency().equals(currency)) {
                in.problem(
                        at + "/" + name,
                        "currency mismatch: " + amount.get().getCurrency().getCurrencyCode() + " in a cart in "
                                + currency.getCurrencyCode());
                return Optional.empty();
            }
            return amount;
        }

        private static final Set<String> LINE = Set.of(
                "sku",
                "name",
                "category",
                "type",
                "tax_category",
                "unit_price",
                "weight_grams",
                "quantity",
                "product_id");

        Cart line(Cart cart, JsonNode node, String at) {
            if (in.object(node, at, LINE).isEmpty()) {
                return cart;
            }
            Optional<String> sku = in.text(node, at, "sku");
            Optional<String> name = in.text(node, at, "name");
            String category = RequestReader.optional(node, "category")
                    .flatMap(n -> in.textValue(n, at + "/category"))
                    .orElse("uncategorised");
            ProductType type = RequestReader.optional(node, "type")
                    .flatMap(n -> in.enumValue(n, at + "/type", ProductType.class))
                    .orElse(ProductType.PHYSICAL);
            String taxCategory = RequestReader.optional(node, "tax_category")
                    .flatMap(n -> in.textValue(n, at + "/tax_category"))
                    .orElse(TaxCategory.STANDARD.code());
            Optional<MonetaryAmount> price = money(node, at, "unit_price");
            long weight = RequestReader.optional(node, "weight_grams")
                    .flatMap(n -> in.count(n, at + "/weight_grams"))
                    .orElse(0L);
            Optional<Integer> quantity =
                    in.required(node, at, "quantity").flatMap(n -> in.integer(n, at + "/quantity", 1, 1_000_000));
            String productId = RequestReader.optional(node, "product_id")
                    .flatMap(n -> in.textValue(n, at + "/product_id"))
                    .orElse(sku.orElse("?"));
            if (sku.isEmpty() || name.isEmpty() || price.isEmpty() || quantity.isEmpty()) {
                return cart;
            }
            return build(at, () -> {
                        Sku id = Sku.of(sku.get());
                        Product product = Product.of(
                                productId,
                                name.get(),
                                category,
                                type,
                                TaxCategory.of(taxCategory),
                                Variant.of(id, Price.of(price.get()), weight));
                        return cart.add(CatalogItem.of(product, id), quantity.get());
                    })
                    .orElse(cart);
        }

        private static final Set<String> PROMOTION = Set.of(
                "id",
                "name",
                "benefit",
                "priority",
                "stacking",
                "stop_further",
                "coupon_required",
                "valid_from",
                "valid_until");

        Optional<Promotion> promotion(JsonNode node, String at) {
            if (in.object(node, at, PROMOTION).isEmpty()) {
                return Optional.empty();
            }
            Optional<String> id = in.text(node, at, "id");
            Optional<String> name = in.text(node, at, "name");
            Optional<Benefit> benefit = in.required(node, at, "benefit").flatMap(n -> benefit(n, at + "/benefit"));
            int priority = RequestReader.optional(node, "priority")
                    .flatMap(n -> in.integer(n, at + "/priority", -1_000_000, 1_000_000))
                    .orElse(0);
            Stacking stacking = RequestReader.optional(node, "stacking")
                    .flatMap(n -> in.enumValue(n, at + "/stacking", Stacking.class))
                    .orElse(Stacking.STACKABLE);
            boolean stop = bool(node, at, "stop_further");
            boolean couponRequired = bool(node, at, "coupon_required");
            Optional<Validity> validity = validity(node, at);
            if (id.isEmpty() || name.isEmpty() || benefit.isEmpty() || validity.isEmpty()) {
                return Optional.empty();
            }
            return build(
                    at,
                    () -> Promotion.of(id.get(), name.get(), benefit.get())
                            .withPriority(priority)
                            .withStacking(stacking)
                            .withStopFurther(stop)
                            .withCouponRequired(couponRequired)
                            .withValidity(validity.get()));
        }

        boolean bool(JsonNode node, String at, String name) {
            Optional<JsonNode> value = RequestReader.optional(node, name);
            if (value.isEmpty()) {
                return false;
            }
            if (!value.get().isBoolean()) {
                in.problem(at + "/" + name, "must be true or false but was " + RequestReader.describe(value.get()));
                return false;
            }
            return value.get().booleanValue();
        }

        Optional<Validity> validity(JsonNode node, String at) {
            Instant from = Validity.ALWAYS.from();
            Instant until = Validity.ALWAYS.until();
            Optional<JsonNode> fromNode = RequestReader.optional(node, "valid_from");
            Optional<JsonNode> untilNode = RequestReader.optional(node, "valid_until");
            if (fromNode.isEmpty() && untilNode.isEmpty()) {
                return Optional.of(Validity.ALWAYS);
            }
            if (fromNode.isPresent()) {
                Optional<Instant> read = in.instant(fromNode.get(), at + "/valid_from");
                if (read.isEmpty()) {
                    return Optional.empty();
                }
                from = read.get();
            }
            if (untilNode.isPresent()) {
                Optional<Instant> read = in.instant(untilNode.get(), at + "/valid_until");
                if (read.isEmpty()) {
                    return Optional.empty();
                }
                until = read.get();
            }
            Instant f = from;
            Instant u = until;
            return build(at, () -> Validity.of(f, u));
        }

        Optional<LineSelector> selector(JsonNode node, String at) {
            Optional<JsonNode> lines = RequestReader.optional(node, "lines");
            if (lines.isEmpty()) {
                return Optional.of(LineSelector.ALL);
            }
            String pointer = at + "/lines";
            if (in.object(lines.get(), pointer, Set.of("skus", "categories")).isEmpty()) {
                return Optional.empty();
            }
            Set<Sku> skus = new LinkedHashSet<>();
            Set<String> categories = new LinkedHashSet<>();
            List<JsonNode> skuNodes =
                    lines.get().has("skus") ? in.array(lines.get(), pointer, "skus", MAX_ITEMS) : List.of();
            for (int i = 0; i < skuNodes.size(); i++) {
                String p = ApiProblem.child(pointer + "/skus", i);
                in.textValue(skuNodes.get(i), p)
                        .flatMap(t -> build(p, () -> Sku.of(t)))
                        .ifPresent(skus::add);
            }
            List<JsonNode> categoryNodes =
                    lines.get().has("categories") ? in.array(lines.get(), pointer, "categories", MAX_ITEMS) : List.of();
            for (int i = 0; i < categoryNodes.size(); i++) {
                in.textValue(categoryNodes.get(i), ApiProblem.child(pointer + "/categories", i))
                        .ifPresent(categories::add);
            }
            return build(pointer, () -> new LineSelector(skus, categories));
        }

        Optional<Benefit> benefit(JsonNode node, String at) {
            if (!node.isObject()) {
                in.problem(at, "must be an object but was " + RequestReader.describe(node));
                return Optional.empty();
            }
            Optional<String> type = in.text(node, at, "type");
            if (type.isEmpty()) {
                return Optional.empty();
            }
            Set<String> fields = switch (type.get()) {
                case "order_percent_off" -> Set.of("type", "rate");
                case "order_amount_off" -> Set.of("type", "amount");
                case "line_percent_off" -> Set.of("type", "rate", "lines");
                case "line_amount_off" -> Set.of("type", "amount_per_unit", "lines");
                case "fixed_price" -> Set.of("type", "unit_price", "lines");
                case "buy_x_get_y" -> Set.of("type", "buy", "get", "lines");
                case "spend_tiers" -> Set.of("type", "tiers");
                case "free_shipping" -> Set.of("type");
                default -> Set.of();
            };
            if (fields.isEmpty()) {
                in.problem(
                        at + "/type",
                        "unknown benefit type '" + RequestReader.shorten(type.get())
                                + "' (known: order_percent_off, order_amount_off, line_percent_off, line_amount_off,"
                                + " fixed_price, buy_x_get_y, spend_tiers, free_shipping)");
                return Optional.empty();
            }
            if (in.object(node, at, fields).isEmpty()) {
                return Optional.empty();
            }
            Optional<LineSelector> lines = selector(node, at);
            return switch (type.get()) {
                case "order_percent_off" ->
                    rate(node, at).flatMap(r -> build(at, () -> new Benefit.OrderPercentOff(r)));
                case "order_amount_off" ->
                    money(node, at, "amount").flatMap(m -> build(at, () -> new Benefit.OrderAmountOff(m)));
                case "line_percent_off" ->
                    rate(node, at).flatMap(r -> lines.flatMap(l -> build(at, () -> new Benefit.LinePercentOff(r, l))));
                case "line_amount_off" ->
                    money(node, at, "amount_per_unit")
                            .flatMap(m -> lines.flatMap(l -> build(at, () -> new Benefit.LineAmountOff(m, l))));
                case "fixed_price" ->
                    money(node, at, "unit_price")
                            .flatMap(m -> lines.flatMap(l -> build(at, () -> new Benefit.FixedPrice(m, l))));
                case "buy_x_get_y" -> {
                    Optional<Integer> buy =
                            in.required(node, at, "buy").flatMap(n -> in.integer(n, at + "/buy", 1, 1_000_000));
                    Optional<Integer> get =
                            in.required(node, at, "get").flatMap(n -> in.integer(n, at + "/get", 1, 1_000_000));
                    yield buy.flatMap(b ->
                            get.flatMap(g -> lines.flatMap(l -> build(at, () -> new Benefit.BuyXGetY(b, g, l)))));
                }
                case "spend_tiers" -> {
                    List<SpendTier> tiers = new ArrayList<>();
                    List<JsonNode> nodes = in.array(node, at, "tiers", 100);
                    boolean ok = true;
                    for (int i = 0; i < nodes.size(); i++) {
                        String p = ApiProblem.child(at + "/tiers", i);
                        Optional<SpendTier> tier = spendTier(nodes.get(i), p);
                        ok &= tier.isPresent();
                        tier.ifPresent(tiers::add);
                    }
                    yield ok ? build(at, () -> new Benefit.SpendTiers(tiers)) : Optional.empty();
                }
                default -> Optional.of(new Benefit.FreeShipping());
            };
        }

        Optional<SpendTier> spendTier(JsonNode node, String at) {
            if (in.object(node, at, Set.of("threshold", "benefit")).isEmpty()) {
                return Optional.empty();
            }
            Optional<MonetaryAmount> threshold = money(node, at, "threshold");
            Optional<Benefit> benefit = in.required(node, at, "benefit").flatMap(n -> benefit(n, at + "/benefit"));
            return threshold.flatMap(t -> benefit.flatMap(b -> build(at, () -> SpendTier.of(t, b))));
        }

        Optional<BigDecimal> rate(JsonNode node, String at) {
            return in.required(node, at, "rate").flatMap(n -> in.decimal(n, at + "/rate"));
        }

        private static final Set<String> COUPON = Set.of(
                "code",
                "promotion_id",
                "valid_from",
                "valid_until",
                "minimum_order_value",
                "max_uses",
                "max_uses_per_customer");

        Optional<Coupon> coupon(JsonNode node, String at) {
            if (in.object(node, at, COUPON).isEmpty()) {
                return Optional.empty();
            }
            Optional<String> code = in.text(node, at, "code");
            Optional<String> promotion = in.text(node, at, "promotion_id");
            Optional<Validity> validity = validity(node, at);
            Optional<MonetaryAmount> minimum =
                    node.hasNonNull("minimum_order_value") ? money(node, at, "minimum_order_value") : Optional.empty();
            Optional<Long> maxUses =
                    RequestReader.optional(node, "max_uses").flatMap(n -> in.count(n, at + "/max_uses"));
            Optional<Long> perCustomer = RequestReader.optional(node, "max_uses_per_customer")
                    .flatMap(n -> in.count(n, at + "/max_uses_per_customer"));
            if (code.isEmpty() || promotion.isEmpty() || validity.isEmpty()) {
                return Optional.empty();
            }
            return build(at, () -> {
                Coupon coupon = Coupon.of(code.get(), promotion.get()).withValidity(validity.get());
                if (minimum.isPresent()) {
                    coupon = coupon.withMinimumOrderValue(minimum.get());
                }
                if (maxUses.isPresent() || perCustomer.isPresent()) {
                    coupon = coupon.withLimits(
                            maxUses.orElse(coupon.maxUses()), perCustomer.orElse(coupon.maxUsesPerCustomer()));
                }
                return coupon;
            });
        }

        Optional<ShippingMethod> shipping(JsonNode node, String at) {
            if (in.object(node, at, Set.of("id", "name", "rate", "tax_category"))
                    .isEmpty()) {
                return Optional.empty();
            }
            Optional<String> id = in.text(node, at, "id");
            Optional<String> name = in.text(node, at, "name");
            String taxCategory = RequestReader.optional(node, "tax_category")
                    .flatMap(n -> in.textValue(n, at + "/tax_category"))
                    .orElse(TaxCategory.STANDARD.code());
            Optional<ShippingRate> rate = in.required(node, at, "rate").flatMap(n -> shippingRate(n, at + "/rate"));
            if (id.isEmpty() || name.isEmpty() || rate.isEmpty()) {
                return Optional.empty();
            }
            return build(at, () -> new ShippingMethod(id.get(), name.get(), rate.get(), TaxCategory.of(taxCategory)));
        }

        Optional<ShippingRate> shippingRate(JsonNode node, String at) {
            if (!node.isObject()) {
                in.problem(at, "must be an object but was " + RequestReader.describe(node));
                return Optional.empty();
            }
            Optional<String> type = in.text(node, at, "type");
            if (type.isEmpty()) {
                return Optional.empty();
            }
            switch (type.get()) {
                case "flat" -> {
                    in.object(node, at, Set.of("type", "price"));
                    return money(node, at, "price").flatMap(p -> build(at, () -> new ShippingRate.Flat(p)));
                }
                case "free_above" -> {
                    in.object(node, at, Set.of("type", "price", "threshold"));
                    Optional<MonetaryAmount> price = money(node, at, "price");
                    Optional<MonetaryAmount> threshold = money(node, at, "threshold");
                    return price.flatMap(p ->
                            threshold.flatMap(t -> build(at, () -> new ShippingRate.FreeAbove(p, t))));
                }
                case "weight_tiers" -> {
                    in.object(node, at, Set.of("type", "tiers"));
                    List<WeightTier> tiers = new ArrayList<>();
                    List<JsonNode> nodes = in.array(node, at, "tiers", 100);
                    boolean ok = true;
                    for (int i = 0; i < nodes.size(); i++) {
                        String p = ApiProblem.child(at + "/tiers", i);
                        JsonNode tier = nodes.get(i);
                        if (in.object(tier, p, Set.of("max_grams", "price")).isEmpty()) {
                            ok = false;
                            continue;
                        }
                        Optional<Long> grams =
                                in.required(tier, p, "max_grams").flatMap(n -> in.count(n, p + "/max_grams"));
                        Optional<MonetaryAmount> price = money(tier, p, "price");
                        Optional<WeightTier> built =
                                grams.flatMap(g -> price.flatMap(m -> build(p, () -> WeightTier.of(g, m))));
                        ok &= built.isPresent();
                        built.ifPresent(tiers::add);
                    }
                    return ok ? build(at, () -> new ShippingRate.WeightTiers(tiers)) : Optional.empty();
                }
                default -> {
                    in.problem(
                            at + "/type",
                            "unknown shipping rate type '" + RequestReader.shorten(type.get())
                                    + "' (known: flat, free_above, weight_tiers)");
                    return Optional.empty();
                }
            }
        }
    }
}

package io.github.emporion.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.emporion.commerce.cart.Cart;
import io.github.emporion.commerce.catalog.Catalog;
import io.github.emporion.commerce.catalog.CatalogItem;
import io.github.emporion.commerce.catalog.Price;
import io.github.emporion.commerce.catalog.PriceTier;
import io.github.emporion.commerce.catalog.Product;
import io.github.emporion.commerce.catalog.ProductType;
import io.github.emporion.commerce.catalog.QuantityLimits;
import io.github.emporion.commerce.catalog.Sku;
import io.github.emporion.commerce.catalog.TaxCategory;
import io.github.emporion.commerce.catalog.Variant;
import io.github.emporion.commerce.pricing.CouponRejection;
import io.github.emporion.commerce.pricing.DiscountTarget;
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
import io.github.emporion.commerce.pricing.promotion.Stacking;
import io.github.emporion.commerce.pricing.promotion.Validity;
import io.github.emporion.commerce.pricing.shipping.ShippingMethod;
import io.github.emporion.commerce.pricing.tax.Region;
import io.github.emporion.commerce.pricing.tax.TaxRate;
import io.github.emporion.commerce.pricing.tax.TaxTable;
import io.github.emporion.jackson.pricing.JsonPricingApi;
import io.github.emporion.jackson.pricing.JsonPricingApiTestExample;
import io.github.emporion.money.MoneyRounding;
import io.github.emporion.money.Monies;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * Pricing and catalog types survive a round trip through {@link EmporionModule}: price breakdowns
 * computed by the real {@link PriceCalculator} over random carts, promotions, coupons, tax tables,
 * rounding policies and shipping in NET and GROSS mode, and random coupons, coupon rejections,
 * rounding policies, pricing requests, tax tables and catalogs, in EUR, JPY, KWD and BHD. Bad input
 * (totals that disagree with their parts, another currency, broken rules, unknown or missing
 * properties) is a {@link MismatchedInputException} naming the problem.
 */
class PricingRoundTripTest {

    private static final long SEED = 7_20261122L;
    private static final int CASES = 300;
    private static final List<String> CURRENCIES = List.of("EUR", "JPY", "KWD", "BHD");
    private static final List<Region> REGIONS =
            List.of(Region.of("DE"), Region.of("GR"), Region.of("KW"), Region.of("US-NY"), Region.of("JP"));
    /** The two tax categories of {@link CommerceRoundTripTest#item}. */
    private static final List<TaxCategory> CATEGORIES = List.of(TaxCategory.STANDARD, TaxCategory.of("reduced"));

    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new EmporionModule());

    /** One generator per type: random valid instances (a draw may throw IllegalArgumentException). */
    static final List<Function<Random, Object>> GENERATORS = List.of(
            PricingRoundTripTest::breakdown,
            PricingRoundTripTest::rejection,
            PricingRoundTripTest::rounding,
            PricingRoundTripTest::coupon,
            PricingRoundTripTest::request,
            PricingRoundTripTest::taxTable,
            PricingRoundTripTest::catalog);

    private static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    private static <T extends Enum<T>> T pick(Random r, Class<T> type) {
        T[] values = type.getEnumConstants();
        return values[r.nextInt(values.length)];
    }

    private static MonetaryAmount money(Random r, String currency, long maxMinorUnits) {
        return Monies.ofMinorUnits(Math.floorMod(r.nextLong(), maxMinorUnits + 1), Monetary.getCurrency(currency));
    }

    /** A rate in [0, 0.25] with up to four decimals; zero now and then. */
    private static TaxRate taxRate(Random r) {
        BigDecimal rate = r.nextInt(8) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(r.nextInt(2501), 4);
        return new TaxRate("VAT " + rate.toPlainString(), rate);
    }

    private static Validity validity(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> Validity.of(AT.minusSeconds(1 + r.nextInt(1_000_000)), AT.plusSeconds(1 + r.nextInt(1_000_000)));
            case 1 -> Validity.of(AT.plusSeconds(1 + r.nextInt(1_000)), AT.plusSeconds(2_000 + r.nextInt(1_000_000)));
            case 2 -> Validity.of(AT.minusSeconds(2_000_000), AT.minusSeconds(1 + r.nextInt(1_000_000)));
            default -> Validity.ALWAYS;
        };
    }

    /** A benefit that touches the lines of {@link CommerceRoundTripTest#cart} (categories kitchen, garden). */
    private static Benefit cartBenefit(Random r, String currency) {
        LineSelector lines = switch (r.nextInt(3)) {
            case 0 -> LineSelector.ALL;
            case 1 -> new LineSelector(Set.of(), Set.of("kitchen"));
            default -> new LineSelector(Set.of(), Set.of("garden"));
        };
        return switch (r.nextInt(6)) {
            case 0 -> new Benefit.LinePercentOff(BigDecimal.valueOf(1 + r.nextInt(100), 2), lines);
            case 1 -> new Benefit.LineAmountOff(money(r, currency, 50_000), lines);
            case 2 -> new Benefit.FixedPrice(money(r, currency, 500_000), lines);
            case 3 -> new Benefit.BuyXGetY(1 + r.nextInt(3), 1 + r.nextInt(2), lines);
            case 4 -> new Benefit.OrderPercentOff(BigDecimal.valueOf(1 + r.nextInt(50), 2));
            default -> new Benefit.FreeShipping();
        };
    }

    /**
     * A breakdown from the real calculator: a random cart, tax table (with rates for both categories
     * in the region or its country), rounding, price mode, promotions (some coupon-only, some out of
     * their window), coupons (some unknown, expired, limited or with a minimum) and shipping.
     */
    static PriceBreakdown breakdown(Random r) {
        String currency = pick(r, CURRENCIES);
        Region region = pick(r, REGIONS);
        Region rated = region.country().orElse(region);
        TaxTable taxes = taxTable(r);
        for (TaxCategory category : CATEGORIES) {
            if (taxes.find(region, category).isEmpty()) {
                taxes = taxes.with(rated, category, taxRate(r));
            }
        }
        List<Promotion> promotions = new ArrayList<>();
        List<Coupon> coupons = new ArrayList<>();
        List<String> entered = new ArrayList<>();
        for (int i = 0, n = r.nextInt(4); i < n; i++) {
            String id = "promo" + i;
            Benefit benefit = r.nextBoolean() ? cartBenefit(r, currency) : RoundTripTest.benefit(r, currency);
            boolean couponOnly = r.nextInt(3) == 0;
            promotions.add(Promotion.of(id, "Promotion " + i, benefit)
                    .withPriority(r.nextInt(5))
                    .withStacking(r.nextInt(4) == 0 ? Stacking.EXCLUSIVE : Stacking.STACKABLE)
                    .withStopFurther(r.nextInt(5) == 0)
                    .withCouponRequired(couponOnly)
                    .withValidity(r.nextInt(4) == 0 ? validity(r) : Validity.ALWAYS));
            if (couponOnly || r.nextInt(3) == 0) {
                Coupon coupon =
                        Coupon.of("CODE-" + i, id).withValidity(r.nextInt(3) == 0 ? validity(r) : Validity.ALWAYS);
                if (r.nextInt(4) == 0) {
                    coupon = coupon.withMinimumOrderValue(money(r, currency, 2_000_000));
                }
                if (r.nextInt(4) == 0) {
                    coupon = coupon.withLimits(1 + r.nextInt(2), r.nextBoolean() ? 1 : Long.MAX_VALUE);
                }
                coupons.add(coupon);
                if (r.nextInt(4) != 0) {
                    entered.add(r.nextBoolean() ? coupon.code() : coupon.code().toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        if (r.nextInt(5) == 0) {
            entered.add("UNKNOWN-" + r.nextInt(10));
        }
        InMemoryCouponUsage usage = new InMemoryCouponUsage();
        for (Coupon coupon : coupons) {
            if (r.nextInt(4) == 0) {
                usage.record(coupon.code(), "c-" + r.nextInt(3));
            }
        }
        PriceCalculator calculator = PriceCalculator.of(r.nextBoolean() ? PriceMode.GROSS : PriceMode.NET, taxes)
                .withRounding(rounding(r))
                .withPromotions(promotions)
                .withCoupons(coupons, usage);
        PricingRequest request = PricingRequest.of(region, AT).withCoupons(entered.toArray(String[]::new));
        if (r.nextBoolean()) {
            request = request.withCustomer("c-" + r.nextInt(3));
        }
        if (r.nextInt(3) != 0) {
            request = request.withShipping(new ShippingMethod(
                    "m" + r.nextInt(9), "Method", RoundTripTest.shippingRate(r, currency), pick(r, CATEGORIES)));
        }
        return calculator.calculate(CommerceRoundTripTest.cart(r, currency), request);
    }

    static CouponRejection rejection(Random r) {
        String message = switch (r.nextInt(3)) {
            case 0 -> "";
            case 1 -> "coupon \"SPRING\" expired at 2026-03-01T00:00:00Z — ask the shop";
            default -> "below the minimum order value " + r.nextInt(1000) + ".000 KWD";
        };
        return new CouponRejection("CODE-" + r.nextInt(1000), pick(r, CouponRejection.Reason.class), message);
    }

    static RoundingPolicy rounding(Random r) {
        return new RoundingPolicy(
                pick(r, MoneyRounding.class), pick(r, MoneyRounding.class), pick(r, TaxCalculationMode.class));
    }

    static Coupon coupon(Random r) {
        String code = (r.nextBoolean() ? "spring_" : "SUMMER-") + r.nextInt(10_000);
        Coupon coupon = Coupon.of(code, "promo" + r.nextInt(9)).withValidity(validity(r));
        if (r.nextBoolean()) {
            coupon = coupon.withMinimumOrderValue(money(r, pick(r, CURRENCIES), 10_000_000));
        }
        return switch (r.nextInt(3)) {
            case 0 -> coupon;
            case 1 -> coupon.withLimits(1 + r.nextInt(1000), 1 + r.nextInt(5));
            default -> coupon.withLimits(Long.MAX_VALUE, 1);
        };
    }

    static PricingRequest request(Random r) {
        PricingRequest request = PricingRequest.of(
                pick(r, REGIONS),
                Instant.ofEpochSecond(1_600_000_000L + r.nextInt(200_000_000), r.nextInt(1000) * 1000L));
        if (r.nextBoolean()) {
            request = request.withCustomer("customer " + r.nextInt(1000));
        }
        List<String> codes = new ArrayList<>();
        for (int i = 0, n = r.nextInt(4); i < n; i++) {
            codes.add((r.nextBoolean() ? "spring" : "SPRING") + r.nextInt(3)); // duplicates after normalising
        }
        request = request.withCoupons(codes.toArray(String[]::new));
        if (r.nextBoolean()) {
            String currency = pick(r, CURRENCIES);
            request = request.withShipping(new ShippingMethod(
                    "std", "Standard", RoundTripTest.shippingRate(r, currency), pick(r, CATEGORIES)));
        }
        return request;
    }

    static TaxTable taxTable(Random r) {
        TaxTable table = TaxTable.empty();
        for (int i = 0, n = r.nextInt(6); i < n; i++) {
            TaxCategory category = r.nextBoolean() ? pick(r, CATEGORIES) : TaxCategory.of("cat_" + r.nextInt(4));
            table = table.with(pick(r, REGIONS), category, taxRate(r));
        }
        return table;
    }

    static Catalog catalog(Random r) {
        List<Product> products = new ArrayList<>();
        for (int p = 0, n = r.nextInt(5); p < n; p++) {
            List<Variant> variants = new ArrayList<>();
            for (int v = 0, m = 1 + r.nextInt(3); v < m; v++) {
                List<Price> prices = new ArrayList<>();
                for (String currency : CURRENCIES) {
                    if (r.nextInt(3) == 0) {
                        MonetaryAmount unit = money(r, currency, 1_000_000);
                        prices.add(
                                r.nextBoolean()
                                        ? Price.of(unit)
                                        : Price.of(
                                                unit, PriceTier.of(2 + r.nextInt(10), money(r, currency, 1_000_000))));
                    }
                }
                variants.add(new Variant(
                        Sku.of("P" + p + "-V" + v), r.nextBoolean() ? "" : "size " + v, prices, r.nextInt(5000)));
            }
            products.add(new Product(
                    "p" + p,
                    "Product " + p,
                    r.nextBoolean() ? "kitchen" : "garden",
                    pick(r, ProductType.class),
                    pick(r, CATEGORIES),
                    variants,
                    r.nextBoolean() ? QuantityLimits.NONE : QuantityLimits.of(1 + r.nextInt(3), 5 + r.nextInt(50))));
        }
        return Catalog.of(products);
    }

    @Test
    void roundTrip_randomInstancesOfEveryPricingAndCatalogType_equalAndWrittenAlike() throws Exception {
        RoundTrips.assertEveryDrawRoundTrips(mapper, GENERATORS, SEED);
    }

    @Test
    void breakdownGenerator_coversModesCurrenciesDiscountsShippingAndCoupons() {
        Random random = new Random(SEED + 1);
        Set<String> seen = new HashSet<>();
        Set<CouponRejection.Reason> reasons = EnumSet.noneOf(CouponRejection.Reason.class);
        for (int i = 0; i < 2000; i++) {
            PriceBreakdown b;
            try {
                b = breakdown(random);
            } catch (IllegalArgumentException invalidDraw) {
                continue;
            }
            seen.add(b.priceMode().name());
            seen.add(b.currency().getCurrencyCode());
            b.discounts().forEach(d -> seen.add("discount " + d.target()));
            b.shipping().ifPresent(s -> seen.add("shipping"));
            if (b.lines().isEmpty()) {
                seen.add("no lines");
            }
            if (!b.appliedCoupons().isEmpty()) {
                seen.add("applied coupon");
            }
            if (b.taxes().size() > 1) {
                seen.add("several tax rates");
            }
            b.rejectedCoupons().forEach(c -> reasons.add(c.reason()));
        }
        assertThat(seen)
                .as("seed %d", SEED + 1)
                .contains("GROSS", "NET", "EUR", "JPY", "KWD", "BHD", "shipping", "no lines", "applied coupon")
                .contains("several tax rates")
                .contains(
                        "discount " + DiscountTarget.LINES,
                        "discount " + DiscountTarget.ORDER,
                        "discount " + DiscountTarget.SHIPPING);
        assertThat(reasons)
                .as("seed %d", SEED + 1)
                .contains(
                        CouponRejection.Reason.UNKNOWN,
                        CouponRejection.Reason.EXPIRED,
                        CouponRejection.Reason.NOT_YET_VALID,
                        CouponRejection.Reason.CUSTOMER_REQUIRED);
    }

    /** 2 × KWD 5.950 at 19 % in gross mode, by hand: tax 11.900 × 0.19 / 1.19 = 1.900, net 10.000. */
    private PriceBreakdown lampsInKwd(PriceMode mode) {
        CatalogItem lamp = CatalogItem.of(
                Product.of(
                        "lamp",
                        "Lamp",
                        "home",
                        ProductType.PHYSICAL,
                        TaxCategory.STANDARD,
                        Variant.of(Sku.of("LAMP"), Price.of(Monies.of("5.950", "KWD")), 900)),
                Sku.of("LAMP"));
        TaxTable taxes = TaxTable.empty().with(Region.of("KW"), TaxCategory.STANDARD, TaxRate.of("VAT", "0.19"));
        return PriceCalculator.of(mode, taxes)
                .calculate(
                        Cart.empty(Monetary.getCurrency("KWD")).add(lamp, 2), PricingRequest.of(Region.of("KW"), AT));
    }

    private ObjectNode tree(Object value) throws Exception {
        return (ObjectNode) mapper.readTree(mapper.writeValueAsString(value));
    }

    @Test
    void write_breakdown_everyPartWithFullCatalogItemsThenTheTotals() throws Exception {
        ObjectNode json = tree(lampsInKwd(PriceMode.GROSS));
        assertThat(json.fieldNames())
                .toIterable()
                .containsExactly(
                        "currency",
                        "price_mode",
                        "lines",
                        "discounts",
                        "shipping",
                        "taxes",
                        "applied_coupons",
                        "rejected_coupons",
                        "subtotal",
                        "line_discount_total",
                        "shipping_discount_total",
                        "discount_total",
                        "shipping_charged",
                        "net_total",
                        "tax_total",
                        "grand_total");
        assertThat(json.get("currency").asText()).isEqualTo("KWD");
        assertThat(json.get("price_mode").asText()).isEqualTo("gross");
        assertThat(json.at("/lines/0/item/variant/sku/value").asText()).isEqualTo("LAMP");
        assertThat(json.at("/lines/0/item/product/name").asText()).isEqualTo("Lamp");
        assertThat(json.at("/lines/0/line_amount/amount").asText()).isEqualTo("11.900");
        assertThat(json.at("/lines/0/net/amount").asText()).isEqualTo("10.000");
        assertThat(json.at("/lines/0/tax/amount").asText()).isEqualTo("1.900");
        assertThat(json.get("shipping").isNull()).isTrue();
        assertThat(json.at("/tax_total/amount").asText()).isEqualTo("1.900");
        assertThat(json.at("/net_total/amount").asText()).isEqualTo("10.000");
        assertThat(json.at("/grand_total/amount").asText()).isEqualTo("11.900");
        assertThat(json.at("/discount_total/amount").asText()).isEqualTo("0.000");
    }

    private void assertRejected(JsonNode json, Class<?> type, String... fragments) {
        var thrown = assertThatThrownBy(() -> mapper.treeToValue(json, type))
                .as("seed %d (base): %s", SEED, json)
                .isInstanceOf(MismatchedInputException.class);
        for (String fragment : fragments) {
            thrown.hasMessageContaining(fragment);
        }
    }

    @Test
    void read_breakdownWithATotalThatDisagreesWithItsParts_rejectedNamingTheTotal() throws Exception {
        ObjectNode json = tree(lampsInKwd(PriceMode.GROSS));
        ((ObjectNode) json.get("grand_total")).put("amount", "11.901");
        assertRejected(json, PriceBreakdown.class, "grand_total must equal 11.900 KWD", "but was 11.901 KWD");

        json = tree(lampsInKwd(PriceMode.GROSS));
        ((ObjectNode) json.get("tax_total")).put("currency", "BHD");
        assertRejected(json, PriceBreakdown.class, "tax_total must equal 1.900 KWD", "but was 1.900 BHD");
    }

    @Test
    void read_randomBreakdownWithOneTotalOffByAMinorUnitOrAnotherCurrency_alwaysRejected() throws Exception {
        Random random = new Random(SEED + 2);
        List<String> totals = List.of(
                "subtotal",
                "line_discount_total",
                "shipping_discount_total",
                "discount_total",
                "shipping_charged",
                "net_total",
                "tax_total",
                "grand_total");
        int checked = 0;
        while (checked < CASES) {
            PriceBreakdown b;
            try {
                b = breakdown(random);
            } catch (IllegalArgumentException invalidDraw) {
                continue;
            }
            checked++;
            String total = pick(random, totals);
            ObjectNode json = tree(b);
            MonetaryAmount written = mapper.treeToValue(json.get(total), MonetaryAmount.class);
            MonetaryAmount oneMore = Monies.add(written, Monies.ofMinorUnits(1, written.getCurrency()));
            json.set(total, mapper.valueToTree(oneMore));
            assertRejected(json, PriceBreakdown.class, total + " must equal");

            json = tree(b);
            List<String> others = new ArrayList<>(CURRENCIES);
            others.remove(b.currency().getCurrencyCode());
            json.put("currency", pick(random, others));
            assertRejected(json, PriceBreakdown.class, "invalid PriceBreakdown");
        }
    }

    @Test
    void read_breakdownWithPartsThatDoNotAddUp_rejectedByTheFactories() throws Exception {
        ObjectNode json = tree(lampsInKwd(PriceMode.GROSS));
        ((ObjectNode) json.at("/lines/0/net")).put("amount", "9.000");
        assertRejected(json, PriceBreakdown.class, "net + tax must equal gross");

        json = tree(lampsInKwd(PriceMode.GROSS));
        ((ObjectNode) json.at("/taxes/0/tax")).put("amount", "1.800");
        assertRejected(json, PriceBreakdown.class, "invalid PriceBreakdown", "tax portions must sum to taxTotal");

        json = tree(lampsInKwd(PriceMode.GROSS));
        json.put("price_mode", "net"); // the line's 11.900 after discounts is its gross, not its net
        assertRejected(json, PriceBreakdown.class, "invalid PriceBreakdown", "NET price mode");

        json = tree(lampsInKwd(PriceMode.GROSS));
        ArrayNode discounts = json.putArray("discounts"); // a discount the line does not carry
        discounts
                .addObject()
                .put("promotion_id", "ghost")
                .put("name", "Ghost")
                .put("target", "order")
                .set("amount", mapper.valueToTree(Monies.of("1.000", "KWD")));
        ((ObjectNode) discounts.get(0)).putArray("line_allocations").add(mapper.valueToTree(Monies.of("1.000", "KWD")));
        assertRejected(json, PriceBreakdown.class, "line LAMP discount total must equal its allocations 1.000");
    }

    @Test
    void read_breakdownInAnotherCurrency_rejected() throws Exception {
        ObjectNode json = tree(lampsInKwd(PriceMode.NET));
        json.put("currency", "JPY");
        assertRejected(json, PriceBreakdown.class, "invalid PriceBreakdown", "JPY", "KWD");
        json.put("currency", "XYZ");
        assertRejected(json, PriceBreakdown.class, "ISO 4217");
    }

    @Test
    void read_breakdownWithUnknownOrMissingProperty_rejectedNamingIt() throws Exception {
        ObjectNode json = tree(lampsInKwd(PriceMode.GROSS));
        json.put("colour", "red");
        assertRejected(json, PriceBreakdown.class, "unknown property 'colour' in PriceBreakdown");
        json = tree(lampsInKwd(PriceMode.GROSS));
        json.remove("taxes");
        assertRejected(json, PriceBreakdown.class, "PriceBreakdown is missing the property 'taxes'");
        json = tree(lampsInKwd(PriceMode.GROSS));
        json.remove("grand_total");
        assertRejected(json, PriceBreakdown.class, "PriceBreakdown is missing the property 'grand_total'");
        json = tree(lampsInKwd(PriceMode.GROSS));
        ((ObjectNode) json.at("/lines/0")).remove("item");
        assertRejected(json, PriceBreakdown.class, "LineBreakdown is missing the property 'item'");
    }

    @Test
    void jsonPricingApi_stillAnswersWithItsResponseForm_notTheModulesForm() throws Exception {
        JsonPricingApi api = new JsonPricingApi();
        JsonNode response = mapper.readTree(api.handle(JsonPricingApiTestExample.EXAMPLE));
        assertThat(response.at("/lines/0/sku").isTextual()).as("%s", response).isTrue();
        assertThat(response.at("/lines/0/item").isMissingNode()).isTrue();
        PriceBreakdown breakdown =
                api.parse(mapper.readTree(JsonPricingApiTestExample.EXAMPLE)).price();
        ObjectNode complete = tree(breakdown);
        assertThat(complete.at("/lines/0/item/variant/sku/value").asText())
                .isEqualTo(response.at("/lines/0/sku").asText());
        for (String total :
                List.of("subtotal", "discount_total", "shipping_charged", "net_total", "tax_total", "grand_total")) {
            assertThat(complete.get(total)).as(total).isEqualTo(response.get(total));
        }
        assertThat(mapper.treeToValue(complete, PriceBreakdown.class)).isEqualTo(breakdown);
    }

    @Test
    void read_pricingRequest_replayedThroughTheWithersSoTheirRulesApply() throws Exception {
        ObjectNode json = tree(PricingRequest.of(Region.of("GR"), AT).withCoupons("spring"));
        assertThat(json.fieldNames())
                .toIterable()
                .containsExactly("region", "at", "customer_id", "coupon_codes", "shipping_method");
        assertThat(json.get("at").asText()).isEqualTo("2026-03-01T12:00:00Z");
        assertThat(json.at("/coupon_codes/0").asText()).isEqualTo("SPRING");
        json.putArray("coupon_codes").add("summer").add("SUMMER").add("autumn");
        assertThat(mapper.treeToValue(json, PricingRequest.class).couponCodes()).containsExactly("SUMMER", "AUTUMN");
        json.put("customer_id", " ");
        assertRejected(json, PricingRequest.class, "invalid PricingRequest", "customer id must not be blank");
        json.putNull("customer_id");
        json.putArray("coupon_codes").add("no spaces allowed");
        assertRejected(json, PricingRequest.class, "coupon code must match");
        json.putArray("coupon_codes");
        json.put("at", "yesterday");
        assertRejected(json, PricingRequest.class, "PricingRequest.at must be an ISO-8601 instant");
        json.remove("at");
        assertRejected(json, PricingRequest.class, "PricingRequest is missing the property 'at'");
        json.put("at", "2026-03-01T12:00:00Z");
        json.put("currency", "EUR");
        assertRejected(json, PricingRequest.class, "unknown property 'currency' in PricingRequest");
    }

    @Test
    void read_taxTableWithTwoRatesForOneRegionAndCategory_rejected() throws Exception {
        TaxTable table = TaxTable.empty()
                .with(Region.of("DE"), TaxCategory.STANDARD, TaxRate.of("VAT", "0.19"))
                .with(Region.of("DE"), TaxCategory.of("reduced"), TaxRate.of("VAT", "0.07"));
        ObjectNode json = tree(table);
        assertThat(json.at("/entries/0/region/code").asText()).isEqualTo("DE");
        assertThat(json.at("/entries/0/category/code").asText()).isEqualTo("reduced");
        assertThat(json.at("/entries/1/rate/rate").decimalValue()).isEqualByComparingTo("0.19");
        ((ObjectNode) json.at("/entries/0/category")).put("code", "standard");
        assertRejected(json, TaxTable.class, "invalid TaxTable", "(DE, standard) appears twice");
        json.remove("entries");
        assertRejected(json, TaxTable.class, "TaxTable is missing the property 'entries'");
        json.putArray("entries");
        json.put("rates", 1);
        assertRejected(json, TaxTable.class, "unknown property 'rates' in TaxTable");
    }

    @Test
    void read_catalogWithASkuInTwoProductsOrAProductIdTwice_rejected() throws Exception {
        Product mug = Product.of(
                "mug",
                "Mug",
                "kitchen",
                ProductType.PHYSICAL,
                TaxCategory.STANDARD,
                Variant.of(Sku.of("MUG-1"), Price.of(Monies.of("500", "JPY")), 300));
        Product cup = Product.of(
                "cup",
                "Cup",
                "kitchen",
                ProductType.PHYSICAL,
                TaxCategory.STANDARD,
                Variant.of(Sku.of("CUP-1"), Price.of(Monies.of("0.500", "BHD")), 200));
        ObjectNode json = tree(Catalog.of(mug, cup));
        assertThat(mapper.treeToValue(json, Catalog.class).item(Sku.of("CUP-1")).product())
                .isEqualTo(cup);
        ((ObjectNode) json.at("/products/1/variants/0/sku")).put("value", "MUG-1");
        assertRejected(json, Catalog.class, "invalid Catalog", "catalog SKUs must be unique: MUG-1");
        json = tree(Catalog.of(mug, cup));
        ((ObjectNode) json.at("/products/1")).put("id", "mug");
        assertRejected(json, Catalog.class, "catalog product ids must be unique: mug");
        json.remove("products");
        assertRejected(json, Catalog.class, "Catalog is missing the property 'products'");
    }

    @Test
    void read_coupon_nullableMinimumMayBeNullOrAbsentAndTheConstructorRulesApply() throws Exception {
        ObjectNode json = tree(Coupon.of("spring", "promo"));
        assertThat(json.get("code").asText()).isEqualTo("SPRING");
        assertThat(json.get("minimum_order_value").isNull()).isTrue();
        json.remove("minimum_order_value");
        assertThat(mapper.treeToValue(json, Coupon.class)).isEqualTo(Coupon.of("SPRING", "promo"));
        json.put("max_uses", 0);
        assertRejected(json, Coupon.class, "invalid Coupon", "maxUses must be >= 1: 0");
        json.put("max_uses", 1);
        json.remove("promotion_id");
        assertRejected(json, Coupon.class, "Coupon is missing the property 'promotion_id'");
        json.put("promotion_id", "promo");
        json.set("minimum_order_value", mapper.valueToTree(Monies.of("1.5", "JPY")));
        assertRejected(json, Coupon.class, "invalid Coupon", "minimumOrderValue");
    }

    @Test
    void read_roundingPolicyAndCouponRejection_unknownValuesNamed() throws Exception {
        ObjectNode rounding = tree(RoundingPolicy.DEFAULT);
        assertThat(rounding.get("tax_calculation").asText()).isEqualTo("line");
        rounding.put("tax", "banker");
        assertRejected(rounding, RoundingPolicy.class, "MoneyRounding must be one of", "banker");
        ObjectNode rejection = tree(new CouponRejection("X", CouponRejection.Reason.EXPIRED, "expired"));
        assertThat(rejection.get("reason").asText()).isEqualTo("expired");
        rejection.remove("message");
        assertRejected(rejection, CouponRejection.class, "CouponRejection is missing the property 'message'");
    }
}

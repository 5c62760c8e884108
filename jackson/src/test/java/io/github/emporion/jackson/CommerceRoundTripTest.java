package io.github.emporion.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import io.github.emporion.commerce.pricing.promotion.Promotion;
import io.github.emporion.commerce.pricing.shipping.ShippingMethod;
import io.github.emporion.commerce.pricing.tax.Region;
import io.github.emporion.commerce.pricing.tax.TaxRate;
import io.github.emporion.commerce.pricing.tax.TaxTable;
import io.github.emporion.money.Monies;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/** Carts and price breakdowns: random instances in EUR, JPY, KWD and BHD survive a JSON round trip. */
class CommerceRoundTripTest {

    private static final long SEED = 20261122L;
    private static final List<String> CURRENCIES = List.of("EUR", "JPY", "KWD", "BHD");
    private static final Region REGION = Region.of("DE");
    private static final TaxCategory REDUCED = TaxCategory.of("reduced");

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new EmporionModule());

    static CatalogItem item(Random r, String currency, int index) {
        Sku sku = Sku.of("SKU-" + index + "-" + r.nextInt(1000));
        Variant variant = Variant.of(
                sku,
                Price.of(Monies.ofMinorUnits(1 + r.nextInt(1_000_000), Monetary.getCurrency(currency))),
                r.nextInt(5000));
        Product product = Product.of(
                "p" + index,
                "Product " + index,
                r.nextBoolean() ? "kitchen" : "garden",
                r.nextBoolean() ? ProductType.PHYSICAL : ProductType.DIGITAL,
                r.nextBoolean() ? TaxCategory.STANDARD : REDUCED,
                variant);
        return CatalogItem.of(product, sku);
    }

    static Cart cart(Random r, String currency) {
        Cart cart = Cart.empty(Monetary.getCurrency(currency));
        for (int i = 0, n = r.nextInt(5); i < n; i++) {
            cart = cart.add(item(r, currency, i), 1 + r.nextInt(20));
        }
        return cart;
    }

    static PriceBreakdown breakdown(Random r, String currency) {
        TaxTable taxes = TaxTable.empty()
                .with(REGION, TaxCategory.STANDARD, TaxRate.of("VAT 19%", "0.19"))
                .with(REGION, REDUCED, TaxRate.of("VAT 7%", "0.07"));
        List<Promotion> promotions = new ArrayList<>();
        for (int i = 0, n = r.nextInt(3); i < n; i++) {
            promotions.add(Promotion.of("promo" + i, "Promotion " + i, RoundTripTest.benefit(r, currency)));
        }
        PriceCalculator calculator = PriceCalculator.of(r.nextBoolean() ? PriceMode.GROSS : PriceMode.NET, taxes)
                .withPromotions(promotions);
        PricingRequest request = PricingRequest.of(REGION, Instant.parse("2026-03-01T12:00:00Z"));
        if (r.nextBoolean()) {
            request = request.withShipping(new ShippingMethod(
                    "std", "Standard", RoundTripTest.shippingRate(r, currency), TaxCategory.STANDARD));
        }
        return calculator.calculate(cart(r, currency), request);
    }

    @Test
    void roundTrip_randomCartsAndBreakdowns_equal() throws Exception {
        Random random = new Random(SEED);
        int breakdowns = 0;
        for (int i = 0; i < 1000; i++) {
            String currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
            Cart cart = cart(random, currency);
            String json = mapper.writeValueAsString(cart);
            assertThat(mapper.readValue(json, Cart.class))
                    .as("seed %d: %s", SEED, json)
                    .isEqualTo(cart);
            PriceBreakdown breakdown;
            try {
                breakdown = breakdown(random, currency);
            } catch (IllegalArgumentException invalidDraw) {
                continue; // e.g. a weight above every tier: not a round-trip case
            }
            breakdowns++;
            json = mapper.writeValueAsString(breakdown);
            assertThat(mapper.readValue(json, PriceBreakdown.class))
                    .as("seed %d: %s", SEED, json)
                    .isEqualTo(breakdown);
        }
        assertThat(breakdowns).as("breakdowns drawn").isGreaterThan(500);
    }

    @Test
    void write_breakdown_partsThenTotalsInTheCurrencysMinorUnits() throws Exception {
        Random random = new Random(SEED);
        Cart cart = Cart.empty(Monetary.getCurrency("KWD")).add(item(random, "KWD", 1), 3);
        PriceBreakdown b = PriceCalculator.of(
                        PriceMode.GROSS,
                        TaxTable.empty()
                                .with(REGION, TaxCategory.STANDARD, TaxRate.of("VAT 19%", "0.19"))
                                .with(REGION, REDUCED, TaxRate.of("VAT 7%", "0.07")))
                .calculate(cart, PricingRequest.of(REGION, Instant.parse("2026-03-01T12:00:00Z")));
        ObjectNode json = (ObjectNode) mapper.readTree(mapper.writeValueAsString(b));
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
        assertThat(json.get("price_mode").asText()).isEqualTo("gross");
        assertThat(json.get("shipping").isNull()).isTrue();
        // three decimals for KWD, the gross total is the three line units
        String unit = Monies.decimal(b.lines().get(0).unitPrice()).toPlainString();
        assertThat(json.get("lines").get(0).get("unit_price").get("amount").asText())
                .isEqualTo(unit);
        assertThat(unit).matches("\\d+\\.\\d{3}");
        assertThat(new java.math.BigDecimal(
                        json.get("grand_total").get("amount").asText()))
                .isEqualByComparingTo(new java.math.BigDecimal(unit).multiply(java.math.BigDecimal.valueOf(3)));
    }

    @Test
    void read_breakdownWithATotalThatDisagrees_rejectedNamingTheTotal() throws Exception {
        Random random = new Random(SEED + 1);
        PriceBreakdown b = breakdown(random, "JPY");
        ObjectNode json = (ObjectNode) mapper.readTree(mapper.writeValueAsString(b));
        ((ObjectNode) json.get("grand_total"))
                .put(
                        "amount",
                        Monies.decimal(b.grandTotal())
                                .add(java.math.BigDecimal.ONE)
                                .toPlainString());
        assertThatThrownBy(() -> mapper.treeToValue(json, PriceBreakdown.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("grand_total");
        json.remove("grand_total");
        assertThat(mapper.treeToValue(json, PriceBreakdown.class)).isEqualTo(b);
        json.remove("taxes");
        assertThatThrownBy(() -> mapper.treeToValue(json, PriceBreakdown.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("taxes");
    }

    @Test
    void read_cartWithALineNotPricedInTheCartsCurrency_rejectedByCartAdd() throws Exception {
        Random random = new Random(SEED + 2);
        Cart eur = Cart.empty(Monetary.getCurrency("EUR")).add(item(random, "EUR", 1), 2);
        ObjectNode json = (ObjectNode) mapper.readTree(mapper.writeValueAsString(eur));
        json.put("currency", "KWD");
        assertThatThrownBy(() -> mapper.treeToValue(json, Cart.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("Cart");
        json.put("currency", "EUR");
        ((ObjectNode) json.get("lines").get(0)).put("quantity", 0);
        assertThatThrownBy(() -> mapper.treeToValue(json, Cart.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("quantity");
        json.put("colour", "red");
        assertThatThrownBy(() -> mapper.treeToValue(json, Cart.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("unknown property 'colour'");
    }
}

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

/**
 * Carts and the records of price breakdowns: random instances in EUR, JPY, KWD and BHD survive a
 * round trip ({@link PricingRoundTripTest} round-trips whole breakdowns and the other pricing types).
 */
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
    void roundTrip_randomCartsAndTheRecordsOfRandomBreakdowns_equal() throws Exception {
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
            // its records round-trip on their own (PricingRoundTripTest round-trips whole breakdowns)
            List<Object> parts = new ArrayList<>();
            parts.addAll(breakdown.lines());
            parts.addAll(breakdown.discounts());
            breakdown.shipping().ifPresent(parts::add);
            parts.addAll(breakdown.taxes());
            parts.addAll(breakdown.rejectedCoupons());
            for (Object part : parts) {
                json = mapper.writeValueAsString(part);
                assertThat(mapper.readValue(json, part.getClass()))
                        .as("seed %d: %s", SEED, json)
                        .isEqualTo(part);
            }
        }
        assertThat(breakdowns).as("breakdowns drawn").isGreaterThan(500);
    }

    @Test
    void write_cart_currencyAndLinesOfItemAndQuantity() throws Exception {
        Random random = new Random(SEED);
        Cart cart = Cart.empty(Monetary.getCurrency("KWD")).add(item(random, "KWD", 1), 3);
        ObjectNode json = (ObjectNode) mapper.readTree(mapper.writeValueAsString(cart));
        assertThat(json.fieldNames()).toIterable().containsExactly("currency", "lines");
        assertThat(json.get("currency").asText()).isEqualTo("KWD");
        assertThat(json.get("lines").get(0).fieldNames()).toIterable().containsExactly("item", "quantity");
        assertThat(json.get("lines").get(0).get("quantity").asInt()).isEqualTo(3);
        assertThat(json.get("lines")
                        .get(0)
                        .at("/item/variant/prices/0/unit_price/amount")
                        .asText())
                .matches("\\d+\\.\\d{3}");
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

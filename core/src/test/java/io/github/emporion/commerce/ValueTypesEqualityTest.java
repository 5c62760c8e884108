package io.github.emporion.commerce;

import io.github.emporion.commerce.cart.Cart;
import io.github.emporion.commerce.cart.CartLine;
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
import io.github.emporion.commerce.inventory.Reservation;
import io.github.emporion.commerce.inventory.StockLevel;
import io.github.emporion.commerce.pricing.AppliedDiscount;
import io.github.emporion.commerce.pricing.CouponRejection;
import io.github.emporion.commerce.pricing.DiscountTarget;
import io.github.emporion.commerce.pricing.LineBreakdown;
import io.github.emporion.commerce.pricing.LineDiscount;
import io.github.emporion.commerce.pricing.PriceBreakdown;
import io.github.emporion.commerce.pricing.PricingRequest;
import io.github.emporion.commerce.pricing.RoundingPolicy;
import io.github.emporion.commerce.pricing.ShippingBreakdown;
import io.github.emporion.commerce.pricing.TaxPortion;
import io.github.emporion.commerce.pricing.promotion.Benefit;
import io.github.emporion.commerce.pricing.promotion.Coupon;
import io.github.emporion.commerce.pricing.promotion.LineSelector;
import io.github.emporion.commerce.pricing.promotion.Promotion;
import io.github.emporion.commerce.pricing.promotion.SpendTier;
import io.github.emporion.commerce.pricing.promotion.Validity;
import io.github.emporion.commerce.pricing.shipping.ShippingMethod;
import io.github.emporion.commerce.pricing.shipping.ShippingRate;
import io.github.emporion.commerce.pricing.shipping.WeightTier;
import io.github.emporion.commerce.pricing.tax.Region;
import io.github.emporion.commerce.pricing.tax.TaxRate;
import io.github.emporion.commerce.pricing.tax.TaxTable;
import io.github.emporion.money.Monies;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.api.SingleTypeEqualsVerifierApi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * equals / hashCode of the commerce value types, checked with EqualsVerifier. {@code LineBreakdown},
 * {@code AppliedDiscount}, {@code ShippingBreakdown} and {@code CatalogItem} are records whose
 * constructors check relations between fields (sums, membership) that EqualsVerifier's field-by-field
 * values cannot satisfy; their record-generated equality is exercised by the breakdown tests.
 */
class ValueTypesEqualityTest {

    static Stream<Class<?>> valueTypes() {
        return Stream.of(
                Sku.class,
                TaxCategory.class,
                PriceTier.class,
                Price.class,
                QuantityLimits.class,
                Variant.class,
                StockLevel.class,
                Reservation.class,
                Region.class,
                TaxRate.class,
                WeightTier.class,
                ShippingRate.Flat.class,
                ShippingRate.WeightTiers.class,
                ShippingMethod.class,
                Validity.class,
                LineSelector.class,
                Benefit.OrderPercentOff.class,
                Benefit.OrderAmountOff.class,
                Benefit.LinePercentOff.class,
                Benefit.LineAmountOff.class,
                Benefit.FixedPrice.class,
                Benefit.BuyXGetY.class,
                RoundingPolicy.class,
                LineDiscount.class,
                CouponRejection.class,
                TaxPortion.class,
                PricingRequest.class,
                TaxTable.class,
                Catalog.class,
                Cart.class,
                PriceBreakdown.class,
                Coupon.class,
                Promotion.class,
                SpendTier.class,
                Product.class,
                CartLine.class,
                ShippingRate.FreeAbove.class);
    }

    private static MonetaryAmount eur(String amount) {
        return Monies.of(amount, "EUR");
    }

    private static Product product(String id) {
        return Product.of(
                id,
                id,
                "c",
                ProductType.PHYSICAL,
                TaxCategory.STANDARD,
                Variant.of(Sku.of(id), Price.of(eur("1.00")), 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valueTypes")
    <T> void equalsAndHashCode_followTheContract(Class<T> type) {
        Product p1 = product("P1");
        Product p2 = product("P2");
        SingleTypeEqualsVerifierApi<T> verifier = EqualsVerifier.forClass(type)
                .withPrefabValues(CurrencyUnit.class, Monetary.getCurrency("EUR"), Monetary.getCurrency("JPY"))
                .withPrefabValues(MonetaryAmount.class, eur("1.00"), eur("2.00"))
                .withPrefabValues(BigDecimal.class, new BigDecimal("0.1"), new BigDecimal("0.2"))
                .withPrefabValues(Instant.class, Instant.EPOCH, Instant.EPOCH.plusSeconds(60))
                .withPrefabValues(Sku.class, Sku.of("A"), Sku.of("B"))
                .withPrefabValues(Region.class, Region.of("DE"), Region.of("FR"))
                .withPrefabValues(PriceTier.class, PriceTier.of(2, eur("1.00")), PriceTier.of(3, eur("2.00")))
                .withPrefabValues(Price.class, Price.of(eur("1.00")), Price.of(eur("2.00")))
                .withPrefabValues(QuantityLimits.class, QuantityLimits.NONE, QuantityLimits.of(1, 5))
                .withPrefabValues(
                        Variant.class,
                        Variant.of(Sku.of("A"), Price.of(eur("1.00")), 1),
                        Variant.of(Sku.of("B"), Price.of(eur("1.00")), 1))
                .withPrefabValues(Product.class, p1, p2)
                .withPrefabValues(CatalogItem.class, CatalogItem.of(p1, Sku.of("P1")), CatalogItem.of(p2, Sku.of("P2")))
                .withPrefabValues(Validity.class, Validity.ALWAYS, Validity.of(Instant.EPOCH, Instant.MAX))
                .withPrefabValues(WeightTier.class, WeightTier.of(1000, eur("1.00")), WeightTier.of(2000, eur("2.00")))
                .withPrefabValues(
                        ShippingRate.class, new ShippingRate.Flat(eur("1.00")), new ShippingRate.Flat(eur("2.00")))
                .withPrefabValues(
                        Benefit.class, new Benefit.OrderPercentOff(new BigDecimal("0.1")), new Benefit.FreeShipping())
                .withPrefabValues(
                        ShippingMethod.class,
                        new ShippingMethod("a", "A", new ShippingRate.Flat(eur("1.00")), TaxCategory.STANDARD),
                        new ShippingMethod("b", "B", new ShippingRate.Flat(eur("1.00")), TaxCategory.STANDARD));
        CatalogItem item = CatalogItem.of(p1, Sku.of("P1"));
        TaxRate zero = TaxRate.zero("none");
        verifier = verifier.withPrefabValues(
                        LineBreakdown.class,
                        new LineBreakdown(
                                item, 1, eur("1.00"), eur("1.00"), List.of(), eur("1.00"), eur("0"), eur("1.00"), zero),
                        new LineBreakdown(
                                item, 2, eur("1.00"), eur("2.00"), List.of(), eur("2.00"), eur("0"), eur("2.00"), zero))
                .withPrefabValues(
                        AppliedDiscount.class,
                        new AppliedDiscount("a", "A", DiscountTarget.ORDER, eur("1.00"), List.of(eur("1.00"))),
                        new AppliedDiscount("b", "B", DiscountTarget.SHIPPING, eur("1.00"), List.of()));
        ShippingMethod post = new ShippingMethod("a", "A", new ShippingRate.Flat(eur("1.00")), TaxCategory.STANDARD);
        verifier = verifier.withPrefabValues(
                ShippingBreakdown.class,
                new ShippingBreakdown(post, eur("1.00"), eur("0"), eur("1.00"), eur("0"), eur("1.00"), zero),
                new ShippingBreakdown(post, eur("1.00"), eur("1.00"), eur("0"), eur("0"), eur("0"), zero));
        if (type == CartLine.class) {
            verifier = verifier.withPrefabValuesForField("quantity", 1, 2);
        } else if (type == PriceTier.class) {
            verifier = verifier.withPrefabValuesForField("minimumQuantity", 2, 3);
        } else if (type == QuantityLimits.class) {
            verifier = verifier.withPrefabValuesForField("minimum", 1, 2).withPrefabValuesForField("maximum", 10, 20);
        } else if (type == StockLevel.class) {
            verifier =
                    verifier.withPrefabValuesForField("onHand", 10L, 20L).withPrefabValuesForField("reserved", 1L, 2L);
        } else if (type == Reservation.class) {
            verifier = verifier.withPrefabValuesForField("id", "R1", "R2").withPrefabValuesForField("quantity", 1L, 2L);
        } else if (type == Region.class) {
            verifier = verifier.withPrefabValuesForField("code", "DE", "US-NY");
        } else if (type == WeightTier.class) {
            verifier = verifier.withPrefabValuesForField("maxGrams", 1L, 2L);
        } else if (type == Validity.class) {
            verifier = verifier.withPrefabValuesForField("from", Instant.EPOCH, Instant.EPOCH.plusSeconds(1))
                    .withPrefabValuesForField("until", Instant.EPOCH.plusSeconds(10), Instant.EPOCH.plusSeconds(20));
        } else if (type == Benefit.BuyXGetY.class) {
            verifier = verifier.withPrefabValuesForField("buy", 1, 2).withPrefabValuesForField("get", 1, 2);
        } else if (type == Coupon.class) {
            verifier = verifier.withPrefabValuesForField("code", "A", "B")
                    .withPrefabValuesForField("maxUses", 1L, 2L)
                    .withPrefabValuesForField("maxUsesPerCustomer", 1L, 2L);
        } else if (type == SpendTier.class) {
            verifier = verifier.withPrefabValuesForField(
                    "benefit",
                    new Benefit.OrderPercentOff(new BigDecimal("0.1")),
                    new Benefit.OrderAmountOff(eur("1.00")));
        } else if (type == CatalogItem.class) {
            verifier = verifier.withPrefabValuesForField("product", p1, p1)
                    .withPrefabValuesForField(
                            "variant", p1.variants().get(0), p1.variants().get(0));
        }
        verifier.verify();
    }
}

package io.github.emporion.commerce.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.emporion.money.CurrencyMismatchException;
import io.github.emporion.money.Monies;
import java.util.List;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogTest {
    private static MonetaryAmount eur(String amount) {
        return Monies.of(amount, "EUR");
    }

    private static Product shirt() {
        return new Product(
                "shirt",
                "T-shirt",
                "apparel",
                ProductType.PHYSICAL,
                TaxCategory.STANDARD,
                List.of(
                        Variant.of(Sku.of("SHIRT-S"), Price.of(eur("19.99")), 200),
                        Variant.of(Sku.of("SHIRT-M"), Price.of(eur("19.99")), 210)),
                QuantityLimits.of(1, 10));
    }

    @Test
    void productType_onlyPhysicalShips() {
        assertThat(ProductType.PHYSICAL.isShippable()).isTrue();
        assertThat(ProductType.DIGITAL.isShippable()).isFalse();
        assertThat(ProductType.SERVICE.isShippable()).isFalse();
        assertThat(ProductType.SUBSCRIPTION.isShippable()).isFalse();
    }

    /** Base 1.00, tiers from 10 at 0.90 and from 100 at 0.80. */
    @ParameterizedTest
    @CsvSource({"1, 1.00", "9, 1.00", "10, 0.90", "99, 0.90", "100, 0.80", "5000, 0.80"})
    void unitPriceFor_quantity_picksTheLargestReachedTier(int quantity, String expected) {
        Price price = Price.of(eur("1.00"), PriceTier.of(10, eur("0.90")), PriceTier.of(100, eur("0.80")));
        assertThat(Monies.decimal(price.unitPriceFor(quantity)).toPlainString()).isEqualTo(expected);
    }

    @Test
    void price_badInput_namesFieldValueAndRule() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Price.of(eur("-1.00")))
                .withMessage("unitPrice must be >= 0: EUR -1.00");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Price.of(eur("1.001")))
                .withMessage("unitPrice must be a whole number of EUR minor units (2 decimals): EUR 1.001");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Price.of(eur("1.00"), PriceTier.of(10, eur("0.9")), PriceTier.of(5, eur("0.8"))))
                .withMessage("price tiers must have strictly increasing minimumQuantity: 5 after 10");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PriceTier.of(1, eur("0.90")))
                .withMessageContaining("minimumQuantity must be >= 2")
                .withMessageContaining(": 1");
        assertThatThrownBy(() -> Price.of(eur("1.00"), PriceTier.of(10, Monies.of("0.90", "USD"))))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("currency mismatch: expected EUR but got USD");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Price.of(eur("1.00")).unitPriceFor(0))
                .withMessage("quantity must be >= 1: 0");
    }

    @Test
    void quantityLimits_check_rejectsOutOfRangeWithSkuQuantityAndLimit() {
        QuantityLimits limits = QuantityLimits.of(2, 5);
        Sku sku = Sku.of("A");
        assertThat(limits.check(sku, 2)).isEqualTo(2);
        assertThat(limits.check(sku, 5)).isEqualTo(5);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> limits.check(sku, 1))
                .withMessage("quantity of A must be >= the minimum per order 2: 1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> limits.check(sku, 6))
                .withMessage("quantity of A must be <= the maximum per order 5: 6");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> limits.check(sku, 0))
                .withMessage("quantity of A must be >= 1: 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> QuantityLimits.of(5, 2))
                .withMessage("quantity limit maximum must be >= minimum 5: 2");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> QuantityLimits.of(0, 2))
                .withMessage("quantity limit minimum must be >= 1: 0");
    }

    @Test
    void product_badInput_namesFieldValueAndRule() {
        Variant v = Variant.of(Sku.of("X"), Price.of(eur("1.00")), 0);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Product.of(" ", "n", "c", ProductType.DIGITAL, TaxCategory.STANDARD, v))
                .withMessage("product id must not be blank: ' '");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Product(
                        "p", "n", "c", ProductType.DIGITAL, TaxCategory.STANDARD, List.of(v, v), QuantityLimits.NONE))
                .withMessage("product p variants must have distinct SKUs: X appears twice");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Product(
                        "p", "n", "c", ProductType.DIGITAL, TaxCategory.STANDARD, List.of(), QuantityLimits.NONE))
                .withMessage("product p variants must not be empty");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Variant.of(Sku.of("X"), Price.of(eur("1.00")), -1))
                .withMessage("variant X weightGrams must be >= 0: -1");
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> new Variant(Sku.of("X"), "", List.of(Price.of(eur("1.00")), Price.of(eur("2.00"))), 0))
                .withMessage("variant X prices must have at most one price per currency: EUR appears twice");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Sku.of("has space"))
                .withMessageStartingWith("sku must match")
                .withMessageEndingWith(": 'has space'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TaxCategory.of(""))
                .withMessageStartingWith("tax category code must match");
    }

    @Test
    void variant_priceIn_findsThePriceOfTheCurrency() {
        Variant v = new Variant(Sku.of("X"), "x", List.of(Price.of(eur("1.00")), Price.of(Monies.of("120", "JPY"))), 0);
        assertThat(v.priceIn(Monetary.getCurrency("JPY")).orElseThrow().unitPrice())
                .isEqualTo(Monies.of("120", "JPY"));
        assertThat(v.priceIn(Monetary.getCurrency("USD"))).isEmpty();
    }

    @Test
    void catalog_item_findsBySkuAndNamesUnknownSku() {
        Catalog catalog = Catalog.of(shirt());
        assertThat(catalog.item(Sku.of("SHIRT-M")).variant().weightGrams()).isEqualTo(210);
        assertThat(catalog.find(Sku.of("NOPE"))).isEmpty();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> catalog.item(Sku.of("NOPE")))
                .withMessage("sku NOPE is unknown: not in the catalog");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CatalogItem.of(shirt(), Sku.of("NOPE")))
                .withMessage("sku NOPE is unknown: product shirt has no such variant");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Catalog.of(shirt(), shirt().withLimits(QuantityLimits.NONE)))
                .withMessage("catalog product ids must be unique: shirt appears twice");
        assertThat(Catalog.of(shirt())).isEqualTo(Catalog.of(shirt())).hasSameHashCodeAs(Catalog.of(shirt()));
    }
}

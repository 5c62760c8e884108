package io.github.emporion.commerce.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.emporion.commerce.catalog.CatalogItem;
import io.github.emporion.commerce.catalog.Price;
import io.github.emporion.commerce.catalog.Product;
import io.github.emporion.commerce.catalog.ProductType;
import io.github.emporion.commerce.catalog.QuantityLimits;
import io.github.emporion.commerce.catalog.Sku;
import io.github.emporion.commerce.catalog.TaxCategory;
import io.github.emporion.commerce.catalog.Variant;
import io.github.emporion.money.CurrencyMismatchException;
import io.github.emporion.money.Monies;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

class CartTest {
    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    private static final Sku MUG = Sku.of("MUG");
    private static final Sku EBOOK = Sku.of("EBOOK");

    private static CatalogItem mug() {
        Product p = Product.of(
                        "mug",
                        "Mug",
                        "home",
                        ProductType.PHYSICAL,
                        TaxCategory.STANDARD,
                        Variant.of(MUG, Price.of(Monies.of("12.50", "EUR")), 400))
                .withLimits(QuantityLimits.of(1, 5));
        return CatalogItem.of(p, MUG);
    }

    private static CatalogItem ebook() {
        Product p = Product.of(
                "ebook",
                "E-book",
                "books",
                ProductType.DIGITAL,
                TaxCategory.STANDARD,
                Variant.of(EBOOK, Price.of(Monies.of("9.99", "EUR")), 0));
        return CatalogItem.of(p, EBOOK);
    }

    @Test
    void add_sameSku_mergesIntoOneLine() {
        Cart cart = Cart.empty(EUR).add(mug(), 2).add(ebook(), 1).add(mug(), 1);
        assertThat(cart.lines())
                .extracting(l -> l.sku().value() + "×" + l.quantity())
                .containsExactly("MUG×3", "EBOOK×1");
        assertThat(cart.unitCount()).isEqualTo(4);
        assertThat(cart.shippingWeightGrams()).isEqualTo(1200);
        assertThat(cart.requiresShipping()).isTrue();
        assertThat(cart.line(MUG).orElseThrow().unitPrice(EUR)).isEqualTo(Monies.of("12.50", "EUR"));
        assertThat(cart.quantities()).containsExactly(Map.entry(MUG, 3L), Map.entry(EBOOK, 1L));
    }

    @Test
    void add_isImmutable_originalUnchanged() {
        Cart empty = Cart.empty(EUR);
        Cart one = empty.add(mug(), 1);
        assertThat(empty.isEmpty()).isTrue();
        assertThat(one.lines()).hasSize(1);
        assertThat(one.add(mug(), 1)).isNotEqualTo(one);
        assertThat(one.line(MUG).orElseThrow().quantity()).isEqualTo(1);
    }

    @Test
    void withQuantityAndRemove_changeOnlyTheNamedLine() {
        Cart cart = Cart.empty(EUR).add(mug(), 2).add(ebook(), 1);
        assertThat(cart.withQuantity(MUG, 4).line(MUG).orElseThrow().quantity()).isEqualTo(4);
        assertThat(cart.remove(MUG).lines()).extracting(CartLine::sku).containsExactly(EBOOK);
        assertThat(cart.remove(MUG).requiresShipping()).isFalse();
        assertThat(cart.line(MUG).orElseThrow().quantity()).isEqualTo(2);
    }

    @Test
    void badQuantities_areRejectedWithSkuValueAndRule_cartUnchanged() {
        Cart cart = Cart.empty(EUR).add(mug(), 4);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> cart.add(mug(), 2))
                .withMessage("quantity of MUG must be <= the maximum per order 5: 6");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> cart.add(mug(), 0))
                .withMessage("quantity of MUG to add must be >= 1: 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> cart.add(ebook(), -3))
                .withMessage("quantity of EBOOK to add must be >= 1: -3");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> cart.withQuantity(MUG, 0))
                .withMessage("quantity of MUG must be >= 1: 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> cart.withQuantity(EBOOK, 1))
                .withMessage("sku EBOOK must be in the cart: it is not");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> cart.remove(Sku.of("UNKNOWN")))
                .withMessage("sku UNKNOWN must be in the cart: it is not");
        assertThat(cart.lines()).extracting(CartLine::quantity).containsExactly(4);
    }

    @Test
    void add_itemWithoutPriceInCartCurrency_throwsCurrencyMismatch() {
        Sku sku = Sku.of("USB");
        Product usd = Product.of(
                "usb",
                "USB stick",
                "tech",
                ProductType.PHYSICAL,
                TaxCategory.STANDARD,
                Variant.of(sku, Price.of(Monies.of("9.99", "USD")), 20));
        Cart cart = Cart.empty(EUR);
        assertThatThrownBy(() -> cart.add(CatalogItem.of(usd, sku), 1))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("currency mismatch: expected EUR but got USD");
        Product unpriced = new Product(
                "x",
                "X",
                "c",
                ProductType.DIGITAL,
                TaxCategory.STANDARD,
                List.of(new Variant(sku, "", List.of(), 0)),
                QuantityLimits.NONE);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> cart.add(CatalogItem.of(unpriced, sku), 1))
                .withMessage("sku USB must have a price: it has none");
        assertThat(cart.isEmpty()).isTrue();
    }

    @Test
    void add_minimumQuantity_enforcedOnFirstAdd() {
        Sku sku = Sku.of("SCREW");
        Product screws = Product.of(
                        "screw",
                        "Screw",
                        "diy",
                        ProductType.PHYSICAL,
                        TaxCategory.STANDARD,
                        Variant.of(sku, Price.of(Monies.of("0.05", "EUR")), 2))
                .withLimits(QuantityLimits.of(10, 1000));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Cart.empty(EUR).add(CatalogItem.of(screws, sku), 9))
                .withMessage("quantity of SCREW must be >= the minimum per order 10: 9");
    }

    @Test
    void equalsAndToString_describeCurrencyAndLines() {
        Cart a = Cart.empty(EUR).add(mug(), 2);
        assertThat(a)
                .isEqualTo(Cart.empty(EUR).add(mug(), 1).add(mug(), 1))
                .hasSameHashCodeAs(Cart.empty(EUR).add(mug(), 2));
        assertThat(a).isNotEqualTo(Cart.empty(Monetary.getCurrency("USD")));
        assertThat(a.toString()).isEqualTo("Cart[EUR, 2 × MUG]");
    }
}

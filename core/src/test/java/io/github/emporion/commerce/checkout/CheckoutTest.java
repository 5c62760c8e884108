package io.github.emporion.commerce.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.emporion.commerce.cart.Cart;
import io.github.emporion.commerce.catalog.CatalogItem;
import io.github.emporion.commerce.catalog.Price;
import io.github.emporion.commerce.catalog.Product;
import io.github.emporion.commerce.catalog.ProductType;
import io.github.emporion.commerce.catalog.Sku;
import io.github.emporion.commerce.catalog.TaxCategory;
import io.github.emporion.commerce.catalog.Variant;
import io.github.emporion.commerce.customer.CustomerId;
import io.github.emporion.commerce.customer.PostalAddress;
import io.github.emporion.commerce.inventory.InMemoryInventory;
import io.github.emporion.commerce.order.OrderId;
import io.github.emporion.commerce.order.OrderLine;
import io.github.emporion.commerce.order.OrderStatus;
import io.github.emporion.commerce.pricing.PriceCalculator;
import io.github.emporion.commerce.pricing.PriceMode;
import io.github.emporion.commerce.pricing.PricingRequest;
import io.github.emporion.commerce.pricing.promotion.Benefit;
import io.github.emporion.commerce.pricing.promotion.Coupon;
import io.github.emporion.commerce.pricing.promotion.InMemoryCouponUsage;
import io.github.emporion.commerce.pricing.promotion.LineSelector;
import io.github.emporion.commerce.pricing.promotion.Promotion;
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
import java.util.Locale;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Checkout of the EUR gross scenario worked by hand in {@code PriceCalculatorScenarioTest}: SHIRT
 * 29.99 × 3, MUG 12.50 × 2, EBOOK 9.99; −20 % apparel, WELCOME10 −10 % order; DHL 6.90; DE VAT 19 %
 * / 7 %. Per line, gross after discounts: SHIRT 64.78 (discount 17.99 + 7.20 = 25.19), MUG 22.50
 * (2.50), EBOOK 8.99 (1.00); tax 10.34 / 3.59 / 0.59; shipping 6.90 (tax 1.10); total 103.17.
 */
class CheckoutTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Region DE = Region.of("DE");
    private static final TaxCategory REDUCED = TaxCategory.of("reduced");
    private static final PostalAddress HOME = PostalAddress.of(List.of("Hauptstr. 1"), "10115", "Berlin", "DE");

    private final CatalogItem shirt =
            item("SHIRT", "apparel", ProductType.PHYSICAL, TaxCategory.STANDARD, "29.99", 200);
    private final CatalogItem mug = item("MUG", "home", ProductType.PHYSICAL, TaxCategory.STANDARD, "12.50", 400);
    private final CatalogItem ebook = item("EBOOK", "books", ProductType.DIGITAL, REDUCED, "9.99", 0);
    private final ShippingMethod dhl = new ShippingMethod(
            "dhl",
            "DHL Paket",
            new ShippingRate.WeightTiers(List.of(WeightTier.of(1000, eur("4.90")), WeightTier.of(5000, eur("6.90")))),
            TaxCategory.STANDARD);
    private InMemoryInventory inventory;
    private InMemoryCouponUsage usage;
    private Checkout checkout;

    private static MonetaryAmount eur(String amount) {
        return Monies.of(amount, "EUR");
    }

    private static CatalogItem item(
            String sku, String category, ProductType type, TaxCategory tax, String price, long grams) {
        Sku id = Sku.of(sku);
        Product product = Product.of(
                sku.toLowerCase(Locale.ROOT), sku, category, type, tax, Variant.of(id, Price.of(eur(price)), grams));
        return CatalogItem.of(product, id);
    }

    @BeforeEach
    void setUp() {
        TaxTable taxes = TaxTable.empty()
                .with(DE, TaxCategory.STANDARD, TaxRate.of("DE VAT 19%", "0.19"))
                .with(DE, REDUCED, TaxRate.of("DE VAT 7%", "0.07"));
        Promotion apparel = Promotion.of(
                        "apparel20",
                        "20 % off apparel",
                        new Benefit.LinePercentOff(new BigDecimal("0.20"), LineSelector.categories("apparel")))
                .withPriority(10);
        Promotion welcome = Promotion.of("welcome", "Welcome 10 %", new Benefit.OrderPercentOff(new BigDecimal("0.10")))
                .withPriority(5)
                .withCouponRequired(true);
        Coupon code = Coupon.of("welcome10", "welcome").withMinimumOrderValue(eur("50.00"));
        Coupon old = Coupon.of("summer", "welcome")
                .withValidity(
                        Validity.of(Instant.parse("2026-06-01T00:00:00Z"), Instant.parse("2026-09-01T00:00:00Z")));
        usage = new InMemoryCouponUsage();
        PriceCalculator calc = PriceCalculator.of(PriceMode.GROSS, taxes)
                .withPromotions(apparel, welcome)
                .withCoupons(List.of(code, old), usage);
        inventory = new InMemoryInventory();
        inventory.receive(shirt.sku(), 5);
        inventory.receive(mug.sku(), 2);
        inventory.receive(ebook.sku(), 100);
        checkout = Checkout.of(calc, inventory).withCouponUsage(usage);
    }

    private Cart fullCart() {
        return Cart.empty(Monetary.getCurrency("EUR")).add(shirt, 3).add(mug, 2).add(ebook, 1);
    }

    private PricingRequest pricing(String... coupons) {
        return PricingRequest.of(DE, NOW).withCoupons(coupons).withShipping(dhl);
    }

    @Test
    void place_validCart_createsOrderAsChargedAndReservesStock() {
        CheckoutResult result = checkout.place(CheckoutRequest.shipped(
                OrderId.of("o-1"), CustomerId.of("c-1"), fullCart(), pricing("WELCOME10"), HOME));

        var snapshot = result.order().snapshot();
        assertThat(result.order().status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(snapshot.placedAt()).isEqualTo(NOW);
        assertThat(snapshot.pricesIncludeTax()).isTrue();
        assertThat(Monies.decimal(snapshot.total()).toPlainString()).isEqualTo("103.17");
        OrderLine shirtLine = snapshot.lines().get(0);
        assertThat(shirtLine.sku()).isEqualTo("SHIRT");
        assertThat(shirtLine.shippable()).isTrue();
        assertThat(Monies.decimal(shirtLine.discount()).toPlainString()).isEqualTo("25.19");
        assertThat(Monies.decimal(shirtLine.gross()).toPlainString()).isEqualTo("64.78");
        assertThat(Monies.decimal(shirtLine.tax()).toPlainString()).isEqualTo("10.34");
        OrderLine ebookLine = snapshot.lines().get(2);
        assertThat(ebookLine.shippable()).isFalse();
        assertThat(Monies.decimal(ebookLine.gross()).toPlainString()).isEqualTo("8.99");
        assertThat(Monies.decimal(snapshot.shipping().gross()).toPlainString()).isEqualTo("6.90");
        assertThat(Monies.decimal(snapshot.shipping().tax()).toPlainString()).isEqualTo("1.10");

        assertThat(result.reservations()).hasSize(3);
        assertThat(inventory.level(shirt.sku()).available()).isEqualTo(2);
        assertThat(inventory.level(mug.sku()).available()).isZero();
        assertThat(usage.timesUsed("WELCOME10")).isEqualTo(1);
    }

    @Test
    void place_emptyCart_refused() {
        assertThatThrownBy(() -> checkout.place(CheckoutRequest.shipped(
                        OrderId.of("o-2"),
                        CustomerId.of("c-1"),
                        Cart.empty(Monetary.getCurrency("EUR")),
                        pricing(),
                        HOME)))
                .isInstanceOfSatisfying(
                        CheckoutException.class,
                        e -> assertThat(e.reason()).isEqualTo(CheckoutException.Reason.EMPTY_CART))
                .hasMessageContaining("o-2")
                .hasMessageContaining("empty");
    }

    @Test
    void place_expiredCoupon_refusedAndNothingReserved() {
        assertThatThrownBy(() -> checkout.place(CheckoutRequest.shipped(
                        OrderId.of("o-3"), CustomerId.of("c-1"), fullCart(), pricing("SUMMER"), HOME)))
                .isInstanceOfSatisfying(
                        CheckoutException.class,
                        e -> assertThat(e.reason()).isEqualTo(CheckoutException.Reason.COUPON_REJECTED))
                .hasMessageContaining("SUMMER");
        assertThat(inventory.level(shirt.sku()).reserved()).isZero();
        assertThat(usage.timesUsed("SUMMER")).isZero();
    }

    @Test
    void place_physicalGoodsWithoutAddress_refused() {
        assertThatThrownBy(() -> checkout.place(
                        CheckoutRequest.unshipped(OrderId.of("o-4"), CustomerId.of("c-1"), fullCart(), pricing())))
                .isInstanceOfSatisfying(
                        CheckoutException.class,
                        e -> assertThat(e.reason()).isEqualTo(CheckoutException.Reason.MISSING_SHIPPING_ADDRESS))
                .hasMessageContaining("shipping address");
        assertThat(inventory.level(mug.sku()).reserved()).isZero();
    }

    @Test
    void place_physicalGoodsWithoutShippingMethod_refused() {
        assertThatThrownBy(() -> checkout.place(CheckoutRequest.shipped(
                        OrderId.of("o-5"), CustomerId.of("c-1"), fullCart(), PricingRequest.of(DE, NOW), HOME)))
                .isInstanceOfSatisfying(
                        CheckoutException.class,
                        e -> assertThat(e.reason()).isEqualTo(CheckoutException.Reason.MISSING_SHIPPING_METHOD));
    }

    @Test
    void place_digitalOnlyCart_needsNoAddressOrShipping() {
        Cart cart = Cart.empty(Monetary.getCurrency("EUR")).add(ebook, 2);
        CheckoutResult result = checkout.place(
                CheckoutRequest.unshipped(OrderId.of("o-6"), CustomerId.of("c-2"), cart, PricingRequest.of(DE, NOW)));
        // 2 × 9.99 = 19.98 gross, no discounts apply (apparel only; welcome needs a coupon)
        assertThat(Monies.decimal(result.order().snapshot().total()).toPlainString())
                .isEqualTo("19.98");
        assertThat(Monies.decimal(result.order().snapshot().shipping().gross()).toPlainString())
                .isEqualTo("0.00");
    }

    @Test
    void place_notEnoughStock_refusedAndNothingReservedOrRecorded() {
        Cart cart = fullCart().withQuantity(mug.sku(), 3);
        assertThatThrownBy(() -> checkout.place(CheckoutRequest.shipped(
                        OrderId.of("o-7"), CustomerId.of("c-1"), cart, pricing("WELCOME10"), HOME)))
                .isInstanceOfSatisfying(
                        CheckoutException.class,
                        e -> assertThat(e.reason()).isEqualTo(CheckoutException.Reason.INSUFFICIENT_STOCK))
                .hasMessageContaining("MUG");
        assertThat(inventory.level(shirt.sku()).reserved()).isZero();
        assertThat(usage.timesUsed("WELCOME10")).isZero();
    }

    @Test
    void withReservationTimeout_notPositive_rejected() {
        assertThatThrownBy(() -> checkout.withReservationTimeout(java.time.Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reservationTimeout");
    }
}

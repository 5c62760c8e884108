package io.github.emporion.commerce.pricing;

import static io.github.emporion.commerce.pricing.Fixtures.item;
import static io.github.emporion.commerce.pricing.Fixtures.money;
import static io.github.emporion.commerce.pricing.Fixtures.plain;
import static io.github.emporion.commerce.pricing.Fixtures.rate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.emporion.commerce.cart.Cart;
import io.github.emporion.commerce.catalog.ProductType;
import io.github.emporion.commerce.catalog.TaxCategory;
import io.github.emporion.commerce.pricing.CouponRejection.Reason;
import io.github.emporion.commerce.pricing.promotion.Benefit;
import io.github.emporion.commerce.pricing.promotion.Coupon;
import io.github.emporion.commerce.pricing.promotion.InMemoryCouponUsage;
import io.github.emporion.commerce.pricing.promotion.LineSelector;
import io.github.emporion.commerce.pricing.promotion.Promotion;
import io.github.emporion.commerce.pricing.promotion.Validity;
import io.github.emporion.commerce.pricing.tax.Region;
import io.github.emporion.commerce.pricing.tax.TaxRate;
import io.github.emporion.commerce.pricing.tax.TaxTable;
import java.time.Instant;
import java.util.List;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/** Coupon codes: validity window, minimum order value, global and per-customer limits. */
class CouponTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Region DE = Region.of("DE");
    private static final TaxTable TAXES = TaxTable.empty().with(DE, TaxCategory.STANDARD, TaxRate.of("VAT", "0.19"));
    // 40.00 of goods
    private static final Cart CART = Cart.empty(Monetary.getCurrency("EUR"))
            .add(item("BOOK", "books", ProductType.DIGITAL, TaxCategory.STANDARD, money("20.00", "EUR"), 0), 2);
    private static final Promotion TEN = Promotion.of("ten", "10 % off", new Benefit.OrderPercentOff(rate("0.10")))
            .withCouponRequired(true);

    private final InMemoryCouponUsage usage = new InMemoryCouponUsage();

    private PriceBreakdown price(Coupon coupon, PricingRequest request) {
        return PriceCalculator.of(PriceMode.GROSS, TAXES)
                .withPromotions(TEN)
                .withCoupons(List.of(coupon), usage)
                .calculate(CART, request);
    }

    private static PricingRequest request(String... codes) {
        return PricingRequest.of(DE, NOW).withCoupons(codes);
    }

    @Test
    void validCoupon_appliesItsPromotion() {
        PriceBreakdown b = price(Coupon.of("SAVE10", "ten"), request("save10"));
        assertThat(b.appliedCoupons()).containsExactly("SAVE10");
        assertThat(plain(b.grandTotal())).isEqualTo("36.00");
    }

    @Test
    void noCoupon_couponOnlyPromotionDoesNotApply() {
        PriceBreakdown b = price(Coupon.of("SAVE10", "ten"), PricingRequest.of(DE, NOW));
        assertThat(b.discounts()).isEmpty();
        assertThat(plain(b.grandTotal())).isEqualTo("40.00");
    }

    @Test
    void validityWindow_isHalfOpen() {
        Coupon c = Coupon.of("SAVE10", "ten").withValidity(Validity.of(NOW.plusSeconds(1), NOW.plusSeconds(60)));
        assertRejected(price(c, request("SAVE10")), Reason.NOT_YET_VALID);
        Coupon ended = Coupon.of("SAVE10", "ten").withValidity(Validity.of(NOW.minusSeconds(60), NOW));
        CouponRejection r = assertRejected(price(ended, request("SAVE10")), Reason.EXPIRED);
        assertThat(r.message())
                .isEqualTo("coupon SAVE10 was valid until 2026-11-22T10:00:00Z: now is 2026-11-22T10:00:00Z");
        Coupon lastSecond =
                Coupon.of("SAVE10", "ten").withValidity(Validity.of(NOW.minusSeconds(60), NOW.plusSeconds(1)));
        assertThat(price(lastSecond, request("SAVE10")).appliedCoupons()).containsExactly("SAVE10");
    }

    @Test
    void minimumOrderValue_comparesTheSubtotalBeforeDiscounts() {
        assertThat(price(Coupon.of("SAVE10", "ten").withMinimumOrderValue(money("40.00", "EUR")), request("SAVE10"))
                        .appliedCoupons())
                .containsExactly("SAVE10");
        CouponRejection r = assertRejected(
                price(Coupon.of("SAVE10", "ten").withMinimumOrderValue(money("40.01", "EUR")), request("SAVE10")),
                Reason.BELOW_MINIMUM_ORDER_VALUE);
        assertThat(r.message()).isEqualTo("coupon SAVE10 needs a subtotal of at least 40.01: subtotal is 40.00");
    }

    @Test
    void globalLimit_refusesOnceReached() {
        Coupon c = Coupon.of("SAVE10", "ten").withLimits(2, Long.MAX_VALUE);
        usage.record("SAVE10", "c1");
        assertThat(price(c, request("SAVE10")).appliedCoupons()).containsExactly("SAVE10");
        usage.record("SAVE10", "c2");
        assertRejected(price(c, request("SAVE10")), Reason.USAGE_LIMIT_REACHED);
    }

    @Test
    void perCustomerLimit_countsThatCustomerOnly_andNeedsACustomer() {
        Coupon c = Coupon.of("SAVE10", "ten").withLimits(100, 1);
        usage.record("SAVE10", "alice");
        assertRejected(price(c, request("SAVE10").withCustomer("alice")), Reason.CUSTOMER_LIMIT_REACHED);
        assertThat(price(c, request("SAVE10").withCustomer("bob")).appliedCoupons())
                .containsExactly("SAVE10");
        assertRejected(price(c, request("SAVE10")), Reason.CUSTOMER_REQUIRED);
    }

    @Test
    void unknownCode_andInactivePromotion_andNoEffect_areReported() {
        assertRejected(price(Coupon.of("SAVE10", "ten"), request("OTHER")), Reason.UNKNOWN);
        Promotion ended = TEN.withValidity(Validity.of(NOW.minusSeconds(100), NOW.minusSeconds(10)));
        PriceBreakdown inactive = PriceCalculator.of(PriceMode.GROSS, TAXES)
                .withPromotions(ended)
                .withCoupons(List.of(Coupon.of("SAVE10", "ten")), usage)
                .calculate(CART, request("SAVE10"));
        assertRejected(inactive, Reason.PROMOTION_INACTIVE);
        Promotion shoesOnly = Promotion.of(
                        "shoes",
                        "Shoes 10 %",
                        new Benefit.LinePercentOff(rate("0.10"), LineSelector.categories("shoes")))
                .withCouponRequired(true);
        PriceBreakdown noEffect = PriceCalculator.of(PriceMode.GROSS, TAXES)
                .withPromotions(shoesOnly)
                .withCoupons(List.of(Coupon.of("SHOES", "shoes")), usage)
                .calculate(CART, request("SHOES"));
        assertRejected(noEffect, Reason.NOT_APPLICABLE);
    }

    @Test
    void badCoupons_areRejectedWithFieldValueAndRule() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Coupon.of("no spaces", "ten"))
                .withMessageStartingWith("coupon code must match")
                .withMessageEndingWith(": 'no spaces'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Coupon.of("X", "ten").withLimits(0, 1))
                .withMessage("coupon X maxUses must be >= 1: 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Validity.of(NOW, NOW.minusSeconds(1)))
                .withMessage("validity until must be after from 2026-11-22T10:00:00Z: 2026-11-22T09:59:59Z");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PriceCalculator.of(PriceMode.GROSS, TAXES)
                        .withCoupons(List.of(Coupon.of("X", "missing")), usage))
                .withMessageContaining("coupon X promotionId must name a promotion")
                .withMessageEndingWith(": missing");
    }

    private static CouponRejection assertRejected(PriceBreakdown b, Reason reason) {
        assertThat(b.appliedCoupons()).isEmpty();
        assertThat(b.rejectedCoupons()).extracting(CouponRejection::reason).containsExactly(reason);
        assertThat(b.discounts()).isEmpty();
        return b.rejectedCoupons().get(0);
    }
}

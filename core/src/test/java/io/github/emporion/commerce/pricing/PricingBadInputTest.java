package io.github.emporion.commerce.pricing;

import static io.github.emporion.commerce.pricing.Fixtures.item;
import static io.github.emporion.commerce.pricing.Fixtures.money;
import static io.github.emporion.commerce.pricing.Fixtures.rate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.emporion.commerce.cart.Cart;
import io.github.emporion.commerce.catalog.CatalogItem;
import io.github.emporion.commerce.catalog.ProductType;
import io.github.emporion.commerce.catalog.TaxCategory;
import io.github.emporion.commerce.pricing.promotion.Benefit;
import io.github.emporion.commerce.pricing.promotion.LineSelector;
import io.github.emporion.commerce.pricing.promotion.Promotion;
import io.github.emporion.commerce.pricing.promotion.SpendTier;
import io.github.emporion.commerce.pricing.shipping.ShippingMethod;
import io.github.emporion.commerce.pricing.shipping.ShippingRate;
import io.github.emporion.commerce.pricing.shipping.WeightTier;
import io.github.emporion.commerce.pricing.tax.Region;
import io.github.emporion.commerce.pricing.tax.TaxRate;
import io.github.emporion.commerce.pricing.tax.TaxTable;
import io.github.emporion.money.CurrencyMismatchException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/** Bad input gets an exception naming field, value and rule; the objects called on stay unchanged. */
class PricingBadInputTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Region DE = Region.of("DE");
    private static final TaxTable TAXES = TaxTable.empty().with(DE, TaxCategory.STANDARD, TaxRate.of("VAT", "0.19"));
    private static final CatalogItem MUG =
            item("MUG", "home", ProductType.PHYSICAL, TaxCategory.STANDARD, money("12.50", "EUR"), 400);
    private static final Cart CART = Cart.empty(Monetary.getCurrency("EUR")).add(MUG, 2);

    @Test
    void taxRate_outsideZeroToOne_isRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TaxRate.of("VAT", "19"))
                .withMessage("tax rate VAT rate must be in [0, 1] (a fraction, 0.19 for 19 %): 19");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TaxRate.of("VAT", "-0.01"))
                .withMessage("tax rate VAT rate must be in [0, 1] (a fraction, 0.19 for 19 %): -0.01");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TaxRate.of("VAT", "abc"))
                .withMessage("tax rate VAT rate must be a decimal number: 'abc'");
        assertThat(TaxRate.of("VAT", "0.190")).isEqualTo(TaxRate.of("VAT", "0.19"));
    }

    @Test
    void discountRate_aboveOneHundredPercent_isRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Benefit.OrderPercentOff(new BigDecimal("1.5")))
                .withMessage("discount rate must be in [0, 1] (a fraction, 0.10 for 10 %): 1.5");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Benefit.LinePercentOff(new BigDecimal("-0.1"), LineSelector.ALL))
                .withMessage("discount rate must be in [0, 1] (a fraction, 0.10 for 10 %): -0.1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Benefit.OrderAmountOff(money("-5.00", "EUR")))
                .withMessage("discount amount must be >= 0: EUR -5.00");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Benefit.BuyXGetY(0, 1, LineSelector.ALL))
                .withMessage("buy-x-get-y buy and get must be >= 1: buy 0, get 1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SpendTier.of(money("10.00", "EUR"), new Benefit.FreeShipping()))
                .withMessageStartingWith("spend tier benefit must be OrderPercentOff or OrderAmountOff");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Benefit.SpendTiers(List.of(
                        SpendTier.of(money("50.00", "EUR"), new Benefit.OrderPercentOff(rate("0.1"))),
                        SpendTier.of(money("50.00", "EUR"), new Benefit.OrderPercentOff(rate("0.2"))))))
                .withMessage("spend tier thresholds must strictly increase: 50.00 after 50.00");
    }

    /** A line breakdown whose discounts exceed the line amount is refused: discounts never exceed the price. */
    @Test
    void lineBreakdown_discountLargerThanLine_isRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LineBreakdown(
                        MUG,
                        1,
                        money("12.50", "EUR"),
                        money("12.50", "EUR"),
                        List.of(new LineDiscount("p", money("13.00", "EUR"))),
                        money("0.00", "EUR"),
                        money("0.00", "EUR"),
                        money("0.00", "EUR"),
                        TaxRate.of("VAT", "0.19")))
                .withMessage("line MUG discount total must be <= line amount 12.50: 13.00");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AppliedDiscount(
                        "p",
                        "P",
                        DiscountTarget.ORDER,
                        money("1.00", "EUR"),
                        List.of(money("0.50", "EUR"), money("0.49", "EUR"))))
                .withMessage("discount p lineAllocations must sum to amount 1.00: 0.99");
    }

    @Test
    void currencyMismatch_inPromotionOrShipping_namesBothCurrencies() {
        PriceCalculator usdPromotion = PriceCalculator.of(PriceMode.GROSS, TAXES)
                .withPromotions(Promotion.of("usd", "USD off", new Benefit.OrderAmountOff(money("5.00", "USD"))));
        assertThatThrownBy(() -> usdPromotion.calculate(CART, PricingRequest.of(DE, NOW)))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("currency mismatch: expected EUR but got USD");
        ShippingMethod usdShipping =
                new ShippingMethod("ups", "UPS", new ShippingRate.Flat(money("9.95", "USD")), TaxCategory.STANDARD);
        assertThatThrownBy(() -> PriceCalculator.of(PriceMode.GROSS, TAXES)
                        .calculate(CART, PricingRequest.of(DE, NOW).withShipping(usdShipping)))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("currency mismatch: expected EUR but got USD");
        assertThatThrownBy(() -> new ShippingRate.FreeAbove(money("4.90", "EUR"), money("50", "JPY")))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("currency mismatch: expected EUR but got JPY");
    }

    @Test
    void missingTaxRate_namesCategoryAndRegion() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PriceCalculator.of(PriceMode.GROSS, TAXES)
                        .calculate(CART, PricingRequest.of(Region.of("FR"), NOW)))
                .withMessage("tax category standard must have a rate in region FR: the tax table has none");
        assertThat(TaxTable.empty()
                        .with(Region.of("US"), TaxCategory.STANDARD, TaxRate.zero("none"))
                        .find(Region.of("US-NY"), TaxCategory.STANDARD))
                .contains(TaxRate.zero("none"));
    }

    @Test
    void shipping_badTiersAndWeights_areRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ShippingRate.WeightTiers(
                        List.of(WeightTier.of(5000, money("6.90", "EUR")), WeightTier.of(1000, money("4.90", "EUR")))))
                .withMessage("weight tiers must have strictly increasing maxGrams: 1000 after 5000");
        ShippingRate tiers = new ShippingRate.WeightTiers(List.of(WeightTier.of(1000, money("4.90", "EUR"))));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> tiers.price(money("10.00", "EUR"), 1001))
                .withMessage("parcel weightGrams must be <= the largest tier 1000: 1001");
        assertThat(tiers.price(money("10.00", "EUR"), 1000)).isEqualTo(money("4.90", "EUR"));
    }

    @Test
    void requestsAndRegions_badInput_isRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Region.of("de"))
                .withMessageStartingWith("region code must match")
                .withMessageEndingWith(": 'de'");
        PricingRequest request = PricingRequest.of(DE, NOW);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> request.withCustomer(" "))
                .withMessage("customer id must not be blank: ' '");
        assertThat(request.customerId()).isEmpty();
        assertThat(request.withCoupons("save10", "SAVE10").couponCodes()).containsExactly("SAVE10");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PriceCalculator.of(PriceMode.NET, TAXES)
                        .withPromotions(
                                Promotion.of("a", "A", new Benefit.FreeShipping()),
                                Promotion.of("a", "A2", new Benefit.FreeShipping())))
                .withMessage("promotion ids must be unique: a appears twice");
    }

    @Test
    void emptyCart_pricesToZero() {
        PriceBreakdown b = PriceCalculator.of(PriceMode.NET, TAXES)
                .calculate(Cart.empty(Monetary.getCurrency("EUR")), PricingRequest.of(DE, NOW));
        assertThat(b.lines()).isEmpty();
        assertThat(b.grandTotal()).isEqualTo(money("0", "EUR"));
        assertThat(b.shipping()).isEmpty();
    }
}

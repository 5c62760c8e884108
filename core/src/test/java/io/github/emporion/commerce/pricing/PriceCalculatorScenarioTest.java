package io.github.emporion.commerce.pricing;

import static io.github.emporion.commerce.pricing.Fixtures.item;
import static io.github.emporion.commerce.pricing.Fixtures.money;
import static io.github.emporion.commerce.pricing.Fixtures.plain;
import static io.github.emporion.commerce.pricing.Fixtures.rate;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.emporion.commerce.cart.Cart;
import io.github.emporion.commerce.catalog.CatalogItem;
import io.github.emporion.commerce.catalog.ProductType;
import io.github.emporion.commerce.catalog.TaxCategory;
import io.github.emporion.commerce.pricing.promotion.Benefit;
import io.github.emporion.commerce.pricing.promotion.Coupon;
import io.github.emporion.commerce.pricing.promotion.CouponUsage;
import io.github.emporion.commerce.pricing.promotion.LineSelector;
import io.github.emporion.commerce.pricing.promotion.Promotion;
import io.github.emporion.commerce.pricing.promotion.SpendTier;
import io.github.emporion.commerce.pricing.promotion.Stacking;
import io.github.emporion.commerce.pricing.shipping.ShippingMethod;
import io.github.emporion.commerce.pricing.shipping.ShippingRate;
import io.github.emporion.commerce.pricing.shipping.WeightTier;
import io.github.emporion.commerce.pricing.tax.Region;
import io.github.emporion.commerce.pricing.tax.TaxRate;
import io.github.emporion.commerce.pricing.tax.TaxTable;
import java.time.Instant;
import java.util.List;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/**
 * Worked scenarios whose every figure was computed by hand (in the comments) before the code ran:
 * EUR gross with 19 % and 7 % VAT, USD net with New York's 8.875 % sales tax, JPY (0 decimals) and
 * KWD (3 decimals), each with stacked discounts and shipping.
 */
class PriceCalculatorScenarioTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final TaxCategory STANDARD = TaxCategory.STANDARD;
    private static final TaxCategory REDUCED = TaxCategory.of("reduced");

    // ---------------------------------------------------------------- commercetools' example

    /** 1.08 net × 3 at 19 %: per unit 0.2052 → 0.21, × 3 = 0.63 (3.87); per line 3.24 × 0.19 = 0.6156 → 0.62 (3.86). */
    @Test
    void calculate_commercetoolsExample_unitRoundsTo387AndLineTo386() {
        CatalogItem widget = item("WIDGET", "misc", ProductType.PHYSICAL, STANDARD, money("1.08", "EUR"), 0);
        Cart cart = Cart.empty(Monetary.getCurrency("EUR")).add(widget, 3);
        TaxTable taxes = TaxTable.empty().with(Region.of("DE"), STANDARD, TaxRate.of("VAT 19%", "0.19"));
        PricingRequest request = PricingRequest.of(Region.of("DE"), NOW);
        PriceCalculator calc = PriceCalculator.of(PriceMode.NET, taxes);

        PriceBreakdown perUnit = calc.withRounding(RoundingPolicy.DEFAULT.withTaxCalculation(TaxCalculationMode.UNIT))
                .calculate(cart, request);
        PriceBreakdown perLine = calc.calculate(cart, request);
        PriceBreakdown perTotal = calc.withRounding(RoundingPolicy.DEFAULT.withTaxCalculation(TaxCalculationMode.TOTAL))
                .calculate(cart, request);

        assertThat(plain(perUnit.taxTotal())).isEqualTo("0.63");
        assertThat(plain(perUnit.grandTotal())).isEqualTo("3.87");
        assertThat(plain(perLine.taxTotal())).isEqualTo("0.62");
        assertThat(plain(perLine.grandTotal())).isEqualTo("3.86");
        assertThat(plain(perTotal.grandTotal())).isEqualTo("3.86");
    }

    /** Same rule under TOTAL: two 19 % lines of 0.05 each: per line 0.0095 → 0.01 twice = 0.02; per total 0.10 × 0.19 = 0.019 → 0.02, allocated 0.01 + 0.01. */
    @Test
    void calculate_totalMode_roundsOncePerRateAndAllocates() {
        TaxTable taxes = TaxTable.empty().with(Region.of("DE"), STANDARD, TaxRate.of("VAT 19%", "0.19"));
        CatalogItem a = item("A", "misc", ProductType.DIGITAL, STANDARD, money("0.03", "EUR"), 0);
        CatalogItem b = item("B", "misc", ProductType.DIGITAL, STANDARD, money("0.03", "EUR"), 0);
        Cart cart = Cart.empty(Monetary.getCurrency("EUR")).add(a, 1).add(b, 1);
        // per line: 0.03 × 0.19 = 0.0057 → 0.01 each, total 0.02.
        // per total: 0.06 × 0.19 = 0.0114 → 0.01, allocated 1:1 → 0.01 (first, tie by index) and 0.00.
        PriceBreakdown total = PriceCalculator.of(PriceMode.NET, taxes)
                .withRounding(RoundingPolicy.DEFAULT.withTaxCalculation(TaxCalculationMode.TOTAL))
                .calculate(cart, PricingRequest.of(Region.of("DE"), NOW));
        assertThat(plain(total.taxTotal())).isEqualTo("0.01");
        assertThat(total.lines()).extracting(l -> plain(l.tax())).containsExactly("0.01", "0.00");
        PriceBreakdown line =
                PriceCalculator.of(PriceMode.NET, taxes).calculate(cart, PricingRequest.of(Region.of("DE"), NOW));
        assertThat(plain(line.taxTotal())).isEqualTo("0.02");
    }

    // ---------------------------------------------------------------- EUR, gross, 19 % and 7 %

    /**
     * EUR, prices include VAT (DE: standard 19 %, e-books 7 %), tax per line, HALF_EVEN.
     *
     * <pre>
     * SHIRT 29.99 × 3 = 89.97   MUG 12.50 × 2 = 25.00   EBOOK 9.99 × 1 = 9.99   subtotal 124.96
     * P1 apparel −20 % (prio 10): 89.97 × 0.2 = 17.994 → 17.99 (HALF_DOWN)        SHIRT 71.98
     * P2 coupon WELCOME10 −10 % order (prio 5): base 71.98 + 25.00 + 9.99 = 106.97 → 10.697 → 10.70
     *    allocate 1070 cents by 7198 : 2500 : 999 (sum 10697):
     *      1070·7198/10697 = 720 r 20;  1070·2500/10697 = 250 r 750;  1070·999/10697 = 99 r 9927
     *      floors 1069, 1 left → largest remainder EBOOK → 7.20 / 2.50 / 1.00
     *    SHIRT 64.78  MUG 22.50  EBOOK 8.99   goods 96.27
     * shipping weight 3·200 + 2·400 = 1400 g → tier ≤ 5000 g: 6.90
     * tax (gross × r/(1+r)): SHIRT 64.78·19/119 = 10.343 → 10.34 (net 54.44)
     *                        MUG   22.50·19/119 =  3.592 →  3.59 (net 18.91)
     *                        EBOOK  8.99·7/107  =  0.588 →  0.59 (net  8.40)
     *                        ship   6.90·19/119 =  1.101 →  1.10 (net  5.80)
     * 19 %: net 79.15 tax 15.03;  7 %: net 8.40 tax 0.59;  tax 15.62, net 87.55
     * grand total 96.27 + 6.90 = 103.17 = 124.96 − 28.69 + 6.90
     * </pre>
     */
    @Test
    void calculate_eurGrossWithStackedDiscountsAndShipping_matchesHandComputedTotals() {
        Region de = Region.of("DE");
        TaxTable taxes = TaxTable.empty()
                .with(de, STANDARD, TaxRate.of("DE VAT 19%", "0.19"))
                .with(de, REDUCED, TaxRate.of("DE VAT 7%", "0.07"));
        CatalogItem shirt = item("SHIRT", "apparel", ProductType.PHYSICAL, STANDARD, money("29.99", "EUR"), 200);
        CatalogItem mug = item("MUG", "home", ProductType.PHYSICAL, STANDARD, money("12.50", "EUR"), 400);
        CatalogItem ebook = item("EBOOK", "books", ProductType.DIGITAL, REDUCED, money("9.99", "EUR"), 0);
        Cart cart = Cart.empty(Monetary.getCurrency("EUR"))
                .add(shirt, 2)
                .add(mug, 2)
                .add(ebook, 1)
                .add(shirt, 1);
        Promotion apparel = Promotion.of(
                        "apparel20",
                        "20 % off apparel",
                        new Benefit.LinePercentOff(rate("0.20"), LineSelector.categories("apparel")))
                .withPriority(10);
        Promotion welcome = Promotion.of("welcome", "Welcome 10 %", new Benefit.OrderPercentOff(rate("0.10")))
                .withPriority(5)
                .withCouponRequired(true);
        Coupon code = Coupon.of("welcome10", "welcome").withMinimumOrderValue(money("50.00", "EUR"));
        ShippingMethod dhl = new ShippingMethod(
                "dhl",
                "DHL Paket",
                new ShippingRate.WeightTiers(
                        List.of(WeightTier.of(1000, money("4.90", "EUR")), WeightTier.of(5000, money("6.90", "EUR")))),
                STANDARD);
        PriceCalculator calc = PriceCalculator.of(PriceMode.GROSS, taxes)
                .withPromotions(apparel, welcome)
                .withCoupons(List.of(code), CouponUsage.none());

        PriceBreakdown b = calc.calculate(
                cart, PricingRequest.of(de, NOW).withCoupons("Welcome10").withShipping(dhl));

        assertThat(plain(b.subtotal())).isEqualTo("124.96");
        assertThat(b.discounts())
                .extracting(d -> d.promotionId() + " " + plain(d.amount()))
                .containsExactly("apparel20 17.99", "welcome 10.70");
        assertThat(b.discounts().get(1).lineAllocations())
                .extracting(Fixtures::plain)
                .containsExactly("7.20", "2.50", "1.00");
        assertThat(b.lines())
                .extracting(l -> l.sku().value() + " " + plain(l.lineAmount()) + " " + plain(l.discountTotal()) + " "
                        + plain(l.net()) + " " + plain(l.tax()) + " " + plain(l.gross()))
                .containsExactly(
                        "SHIRT 89.97 25.19 54.44 10.34 64.78",
                        "MUG 25.00 2.50 18.91 3.59 22.50",
                        "EBOOK 9.99 1.00 8.40 0.59 8.99");
        assertThat(b.lines().get(0).unitPrice()).isEqualTo(money("29.99", "EUR"));
        assertThat(b.lines().get(0).quantity()).isEqualTo(3);
        ShippingBreakdown ship = b.shipping().orElseThrow();
        assertThat(List.of(plain(ship.price()), plain(ship.net()), plain(ship.tax()), plain(ship.gross())))
                .containsExactly("6.90", "5.80", "1.10", "6.90");
        assertThat(b.taxes())
                .extracting(t -> t.rate().name() + " " + plain(t.net()) + " " + plain(t.tax()))
                .containsExactly("DE VAT 19% 79.15 15.03", "DE VAT 7% 8.40 0.59");
        assertThat(plain(b.lineDiscountTotal())).isEqualTo("28.69");
        assertThat(plain(b.taxTotal())).isEqualTo("15.62");
        assertThat(plain(b.netTotal())).isEqualTo("87.55");
        assertThat(plain(b.grandTotal())).isEqualTo("103.17");
        assertThat(b.appliedCoupons()).containsExactly("WELCOME10");
        assertThat(b.rejectedCoupons()).isEmpty();
    }

    // ---------------------------------------------------------------- USD, net, 8.875 %

    /**
     * USD, prices exclude tax, New York City 8.875 % (region US-NY), services exempt through the
     * country-level rate US/services = 0, tax per line, HALF_EVEN.
     *
     * <pre>
     * SLEEVE 24.95 × 2 = 49.90   CABLE 7.49 × 4 = 29.96   CONSULT 150.00 × 1   subtotal 229.86
     * B3G1 on CABLE (prio 20): 4 units → ⌊4/4⌋·1 = 1 free: 29.96 · 1/4 = 7.49      CABLE 22.47
     * spend tiers (prio 10): base 49.90 + 22.47 + 150.00 = 222.37 ≥ 200 → 15.00 off
     *    allocate 1500 by 4990 : 2247 : 15000 (sum 22237):
     *      1500·4990/22237 = 336 r 13368;  1500·2247/22237 = 151 r 12713;  1500·15000/22237 = 1011 r 18393
     *      2 left → CONSULT, SLEEVE → 3.37 / 1.51 / 10.12
     *    SLEEVE 46.53  CABLE 20.96  CONSULT 139.88   goods 207.37
     * exclusive 8 % (prio 100) alone: 229.86 · 0.08 = 18.3888 → 18.39, goods 211.47 > 207.37 → not chosen
     * shipping 9.95, free from 250.00: 207.37 < 250 → 9.95
     * tax: SLEEVE 46.53 · 0.08875 = 4.1295 → 4.13;  CABLE 20.96 · 0.08875 = 1.8602 → 1.86
     *      CONSULT 0;  ship 9.95 · 0.08875 = 0.8831 → 0.88          tax 6.87
     * net 207.37 + 9.95 = 217.32; grand 224.19 = 229.86 − 22.49 + 9.95 + 6.87
     * </pre>
     */
    @Test
    void calculate_usdNetWithBuyXGetYSpendTiersAndBetterChain_matchesHandComputedTotals() {
        TaxCategory services = TaxCategory.of("services");
        TaxTable taxes = TaxTable.empty()
                .with(Region.of("US-NY"), STANDARD, TaxRate.of("NYC sales tax 8.875%", "0.08875"))
                .with(Region.of("US"), services, TaxRate.zero("exempt"));
        CatalogItem sleeve = item("SLEEVE", "accessories", ProductType.PHYSICAL, STANDARD, money("24.95", "USD"), 300);
        CatalogItem cable = item("CABLE", "accessories", ProductType.PHYSICAL, STANDARD, money("7.49", "USD"), 50);
        CatalogItem consult = item("CONSULT-1H", "services", ProductType.SERVICE, services, money("150.00", "USD"), 0);
        Cart cart = Cart.empty(Monetary.getCurrency("USD"))
                .add(sleeve, 2)
                .add(cable, 4)
                .add(consult, 1);
        Promotion b3g1 = Promotion.of(
                        "b3g1", "Buy 3 cables get 1 free", new Benefit.BuyXGetY(3, 1, LineSelector.skus(cable.sku())))
                .withPriority(20);
        Promotion tiers = Promotion.of(
                        "spend",
                        "Spend more, save more",
                        new Benefit.SpendTiers(List.of(
                                SpendTier.of(money("100.00", "USD"), new Benefit.OrderAmountOff(money("5.00", "USD"))),
                                SpendTier.of(
                                        money("200.00", "USD"), new Benefit.OrderAmountOff(money("15.00", "USD"))))))
                .withPriority(10);
        Promotion flash = Promotion.of("flash8", "Flash sale 8 %", new Benefit.OrderPercentOff(rate("0.08")))
                .withPriority(100)
                .withStacking(Stacking.EXCLUSIVE);
        ShippingMethod ups = new ShippingMethod(
                "ups",
                "UPS Ground",
                new ShippingRate.FreeAbove(money("9.95", "USD"), money("250.00", "USD")),
                STANDARD);

        PriceBreakdown b = PriceCalculator.of(PriceMode.NET, taxes)
                .withPromotions(flash, tiers, b3g1)
                .calculate(cart, PricingRequest.of(Region.of("US-NY"), NOW).withShipping(ups));

        assertThat(plain(b.subtotal())).isEqualTo("229.86");
        assertThat(b.discounts())
                .extracting(d -> d.promotionId() + " " + d.target() + " " + plain(d.amount()))
                .containsExactly("b3g1 LINES 7.49", "spend ORDER 15.00");
        assertThat(b.discounts().get(1).lineAllocations())
                .extracting(Fixtures::plain)
                .containsExactly("3.37", "1.51", "10.12");
        assertThat(b.lines())
                .extracting(l -> l.sku().value() + " " + plain(l.net()) + " " + plain(l.tax()) + " " + plain(l.gross()))
                .containsExactly("SLEEVE 46.53 4.13 50.66", "CABLE 20.96 1.86 22.82", "CONSULT-1H 139.88 0.00 139.88");
        assertThat(b.lines().get(1).discounts())
                .extracting(d -> d.promotionId() + " " + plain(d.amount()))
                .containsExactly("b3g1 7.49", "spend 1.51");
        assertThat(plain(b.shippingCharged())).isEqualTo("9.95");
        assertThat(plain(b.shipping().orElseThrow().tax())).isEqualTo("0.88");
        assertThat(b.taxes())
                .extracting(t -> plain(t.net()) + " " + plain(t.tax()))
                .containsExactly("77.44 6.87", "139.88 0.00");
        assertThat(plain(b.taxTotal())).isEqualTo("6.87");
        assertThat(plain(b.netTotal())).isEqualTo("217.32");
        assertThat(plain(b.grandTotal())).isEqualTo("224.19");
    }

    /** The same cart with a 12 % exclusive flash sale: 229.86 · 0.12 = 27.5832 → 27.58, goods 202.28 < 207.37: the exclusive wins alone. */
    @Test
    void calculate_betterExclusivePromotion_replacesTheWholeChain() {
        TaxTable taxes = TaxTable.empty().with(Region.of("US"), STANDARD, TaxRate.of("none", "0"));
        CatalogItem sleeve = item("SLEEVE", "accessories", ProductType.PHYSICAL, STANDARD, money("24.95", "USD"), 300);
        CatalogItem cable = item("CABLE", "accessories", ProductType.PHYSICAL, STANDARD, money("7.49", "USD"), 50);
        CatalogItem consult = item("CONSULT-1H", "services", ProductType.SERVICE, STANDARD, money("150.00", "USD"), 0);
        Cart cart = Cart.empty(Monetary.getCurrency("USD"))
                .add(sleeve, 2)
                .add(cable, 4)
                .add(consult, 1);
        Promotion b3g1 = Promotion.of("b3g1", "B3G1", new Benefit.BuyXGetY(3, 1, LineSelector.skus(cable.sku())))
                .withPriority(20);
        Promotion flash = Promotion.of("flash12", "Flash 12 %", new Benefit.OrderPercentOff(rate("0.12")))
                .withStacking(Stacking.EXCLUSIVE);

        PriceBreakdown b = PriceCalculator.of(PriceMode.NET, taxes)
                .withPromotions(b3g1, flash)
                .calculate(cart, PricingRequest.of(Region.of("US"), NOW));

        assertThat(b.discounts()).extracting(AppliedDiscount::promotionId).containsExactly("flash12");
        assertThat(plain(b.grandTotal())).isEqualTo("202.28");
    }

    // ---------------------------------------------------------------- JPY, 0 decimals

    /**
     * JPY (no minor unit), prices include consumption tax (JP: standard 10 %, food 8 %), per line.
     *
     * <pre>
     * TEA 1080 × 3 = 3240   TEAPOT 5500 × 1   subtotal 8740
     * 100 off each TEA (prio 10): 300                         TEA 2940
     * 7 % order (prio 5): 8440 · 0.07 = 590.8 → 591; allocate 591 by 2940 : 5500 (sum 8440):
     *    591·2940/8440 = 205 r 7340;  591·5500/8440 = 385 r 1100 → 1 left → TEA: 206 / 385
     *    TEA 2734  TEAPOT 5115
     * shipping flat 500; coupon FREESHIP → −500, charged 0
     * tax: TEA 2734 · 8/108 = 202.52 → 203 (net 2531); TEAPOT 5115 · 10/110 = 465 (net 4650); ship 0
     * grand 7849 = 8740 − 891 + 0; tax 668; net 7181
     * </pre>
     */
    @Test
    void calculate_jpyGrossWithFreeShippingCoupon_matchesHandComputedTotals() {
        Region jp = Region.of("JP");
        TaxCategory food = TaxCategory.of("food");
        TaxTable taxes = TaxTable.empty()
                .with(jp, STANDARD, TaxRate.of("JP 10%", "0.10"))
                .with(jp, food, TaxRate.of("JP 8%", "0.08"));
        CatalogItem tea = item("TEA", "food", ProductType.PHYSICAL, food, money("1080", "JPY"), 100);
        CatalogItem pot = item("TEAPOT", "home", ProductType.PHYSICAL, STANDARD, money("5500", "JPY"), 900);
        Cart cart = Cart.empty(Monetary.getCurrency("JPY")).add(tea, 3).add(pot, 1);
        Promotion perUnit = Promotion.of(
                        "tea100",
                        "100 yen off tea",
                        new Benefit.LineAmountOff(money("100", "JPY"), LineSelector.categories("food")))
                .withPriority(10);
        Promotion seven = Promotion.of("seven", "7 % off", new Benefit.OrderPercentOff(rate("0.07")))
                .withPriority(5);
        Promotion freeShip = Promotion.of("freeship", "Free shipping", new Benefit.FreeShipping())
                .withPriority(1)
                .withCouponRequired(true);
        ShippingMethod yamato =
                new ShippingMethod("yamato", "Yamato", new ShippingRate.Flat(money("500", "JPY")), STANDARD);

        PriceBreakdown b = PriceCalculator.of(PriceMode.GROSS, taxes)
                .withPromotions(perUnit, seven, freeShip)
                .withCoupons(List.of(Coupon.of("FREESHIP", "freeship")), CouponUsage.none())
                .calculate(
                        cart, PricingRequest.of(jp, NOW).withCoupons("freeship").withShipping(yamato));

        assertThat(b.discounts())
                .extracting(d -> d.promotionId() + " " + d.target() + " " + plain(d.amount()))
                .containsExactly("tea100 LINES 300", "seven ORDER 591", "freeship SHIPPING 500");
        assertThat(b.lines())
                .extracting(l -> plain(l.net()) + " " + plain(l.tax()) + " " + plain(l.gross()))
                .containsExactly("2531 203 2734", "4650 465 5115");
        assertThat(plain(b.shippingCharged())).isEqualTo("0");
        assertThat(plain(b.shippingDiscountTotal())).isEqualTo("500");
        assertThat(b.taxes())
                .extracting(t -> plain(t.net()) + " " + plain(t.tax()))
                .containsExactly("2531 203", "4650 465");
        assertThat(plain(b.taxTotal())).isEqualTo("668");
        assertThat(plain(b.netTotal())).isEqualTo("7181");
        assertThat(plain(b.grandTotal())).isEqualTo("7849");
        assertThat(b.appliedCoupons()).containsExactly("FREESHIP");
    }

    // ---------------------------------------------------------------- KWD, 3 decimals

    /**
     * KWD (3 decimals), gross, an illustrative 5 % GCC-style VAT (Kuwait has not introduced VAT;
     * the rate only exercises 3-decimal tax), tax rounded per unit, HALF_EVEN.
     *
     * <pre>
     * PERFUME 12.750 × 2 = 25.500   SCARF 4.995 × 3 = 14.985   subtotal 40.485
     * fixed price 11.000 on PERFUME (prio 30): 25.500 → 22.000, discount 3.500
     * 12.5 % off apparel (prio 20): 14.985 · 0.125 = 1.873125 → 1.873        SCARF 13.112
     * 2.000 off the order, stop further (prio 10): allocate 2000 fils by 22000 : 13112 (sum 35112):
     *    2000·22000/35112 = 1253 r 4664;  2000·13112/35112 = 746 r 30448 → 1 left → SCARF: 1.253 / 0.747
     *    PERFUME 20.747  SCARF 12.365        (50 % off, prio 5, is stopped)
     * shipping 1.500, free from 30.000: goods 33.112 → 0.000
     * tax per unit (gross / 21):
     *    PERFUME 20.747 = units 10.374 + 10.373 → 0.494 + 0.494 = 0.988 (net 19.759)
     *    SCARF   12.365 = units 4.122 + 4.122 + 4.121 → 0.196 · 3 = 0.588 (net 11.777)
     *            (per line it would be 12.365 / 21 = 0.58881 → 0.589)
     * tax 1.576, net 31.536, grand 33.112 = 40.485 − 7.373
     * </pre>
     */
    @Test
    void calculate_kwdGrossPerUnitWithStopFurther_matchesHandComputedTotals() {
        Region kw = Region.of("KW");
        TaxTable taxes = TaxTable.empty().with(kw, STANDARD, TaxRate.of("VAT 5%", "0.05"));
        CatalogItem perfume = item("PERFUME", "beauty", ProductType.PHYSICAL, STANDARD, money("12.750", "KWD"), 300);
        CatalogItem scarf = item("SCARF", "apparel", ProductType.PHYSICAL, STANDARD, money("4.995", "KWD"), 150);
        Cart cart = Cart.empty(Monetary.getCurrency("KWD")).add(perfume, 2).add(scarf, 3);
        Promotion fixed = Promotion.of(
                        "perfume11",
                        "Perfume at 11.000",
                        new Benefit.FixedPrice(money("11.000", "KWD"), LineSelector.skus(perfume.sku())))
                .withPriority(30);
        Promotion apparel = Promotion.of(
                        "apparel",
                        "12.5 % off apparel",
                        new Benefit.LinePercentOff(rate("0.125"), LineSelector.categories("apparel")))
                .withPriority(20);
        Promotion two = Promotion.of("two", "2 KWD off", new Benefit.OrderAmountOff(money("2.000", "KWD")))
                .withPriority(10)
                .withStopFurther(true);
        Promotion half = Promotion.of("half", "50 % off", new Benefit.OrderPercentOff(rate("0.5")))
                .withPriority(5);
        ShippingMethod aramex = new ShippingMethod(
                "aramex",
                "Aramex",
                new ShippingRate.FreeAbove(money("1.500", "KWD"), money("30.000", "KWD")),
                STANDARD);

        PriceBreakdown b = PriceCalculator.of(PriceMode.GROSS, taxes)
                .withRounding(RoundingPolicy.DEFAULT.withTaxCalculation(TaxCalculationMode.UNIT))
                .withPromotions(fixed, apparel, two, half)
                .calculate(cart, PricingRequest.of(kw, NOW).withShipping(aramex));

        assertThat(b.discounts())
                .extracting(d -> d.promotionId() + " " + plain(d.amount()))
                .containsExactly("perfume11 3.500", "apparel 1.873", "two 2.000");
        assertThat(b.discounts().get(2).lineAllocations())
                .extracting(Fixtures::plain)
                .containsExactly("1.253", "0.747");
        assertThat(b.lines())
                .extracting(l -> plain(l.net()) + " " + plain(l.tax()) + " " + plain(l.gross()))
                .containsExactly("19.759 0.988 20.747", "11.777 0.588 12.365");
        assertThat(plain(b.shipping().orElseThrow().price())).isEqualTo("0.000");
        assertThat(plain(b.subtotal())).isEqualTo("40.485");
        assertThat(plain(b.lineDiscountTotal())).isEqualTo("7.373");
        assertThat(plain(b.taxTotal())).isEqualTo("1.576");
        assertThat(plain(b.netTotal())).isEqualTo("31.536");
        assertThat(plain(b.grandTotal())).isEqualTo("33.112");
    }

    // ---------------------------------------------------------------- never below zero

    /** Broadleaf #1151: two order offers (10.00 and 5.00) on a 12.99 cart; here 10.00 then 2.99, total 0.00, never −2.01. */
    @Test
    void calculate_discountsLargerThanCart_stopAtZero() {
        TaxTable taxes = TaxTable.empty().with(Region.of("DE"), STANDARD, TaxRate.of("VAT 19%", "0.19"));
        CatalogItem book = item("BOOK", "books", ProductType.DIGITAL, STANDARD, money("12.99", "EUR"), 0);
        Cart cart = Cart.empty(Monetary.getCurrency("EUR")).add(book, 1);
        PriceBreakdown b = PriceCalculator.of(PriceMode.GROSS, taxes)
                .withPromotions(
                        Promotion.of("ten", "10 off", new Benefit.OrderAmountOff(money("10.00", "EUR")))
                                .withPriority(2),
                        Promotion.of("five", "5 off", new Benefit.OrderAmountOff(money("5.00", "EUR")))
                                .withPriority(1))
                .calculate(cart, PricingRequest.of(Region.of("DE"), NOW));
        assertThat(b.discounts()).extracting(d -> plain(d.amount())).containsExactly("10.00", "2.99");
        assertThat(plain(b.grandTotal())).isEqualTo("0.00");
        assertThat(plain(b.taxTotal())).isEqualTo("0.00");
    }

    /** A digital-only cart needs no shipping: a chosen method is ignored and no tax rate for it is needed. */
    @Test
    void calculate_digitalOnlyCart_hasNoShipping() {
        TaxTable taxes = TaxTable.empty().with(Region.of("DE"), STANDARD, TaxRate.of("VAT 19%", "0.19"));
        CatalogItem ebook = item("EBOOK", "books", ProductType.DIGITAL, STANDARD, money("9.99", "EUR"), 0);
        ShippingMethod post = new ShippingMethod(
                "post", "Post", new ShippingRate.Flat(money("4.90", "EUR")), TaxCategory.of("not-in-table"));
        PriceBreakdown b = PriceCalculator.of(PriceMode.GROSS, taxes)
                .calculate(
                        Cart.empty(Monetary.getCurrency("EUR")).add(ebook, 1),
                        PricingRequest.of(Region.of("DE"), NOW).withShipping(post));
        assertThat(b.shipping()).isEmpty();
        assertThat(plain(b.grandTotal())).isEqualTo("9.99");
    }

    /** Volume tiers: 12 units at tier (10, 0.90) cost 10.80; 9 units at 1.00 cost 9.00. */
    @Test
    void calculate_priceTiers_useTheTierForTheLineQuantity() {
        var price = io.github.emporion.commerce.catalog.Price.of(
                money("1.00", "EUR"), io.github.emporion.commerce.catalog.PriceTier.of(10, money("0.90", "EUR")));
        var sku = io.github.emporion.commerce.catalog.Sku.of("PEN");
        var product = io.github.emporion.commerce.catalog.Product.of(
                "pen",
                "Pen",
                "office",
                ProductType.PHYSICAL,
                STANDARD,
                io.github.emporion.commerce.catalog.Variant.of(sku, price, 10));
        TaxTable taxes = TaxTable.empty().with(Region.of("DE"), STANDARD, TaxRate.of("VAT 19%", "0.19"));
        PriceCalculator calc = PriceCalculator.of(PriceMode.GROSS, taxes);
        Cart nine = Cart.empty(Monetary.getCurrency("EUR")).add(CatalogItem.of(product, sku), 9);
        assertThat(plain(calc.calculate(nine, PricingRequest.of(Region.of("DE"), NOW))
                        .subtotal()))
                .isEqualTo("9.00");
        assertThat(plain(calc.calculate(nine.withQuantity(sku, 12), PricingRequest.of(Region.of("DE"), NOW))
                        .subtotal()))
                .isEqualTo("10.80");
    }

    /** The class Javadoc example: 2 × 59.50 gross, 10 % off (11.90), tax 17.10, net 90.00; shipping 4.90 (tax 0.78); total 112.00. */
    @Test
    void calculate_javadocExample_holds() {
        Region de = Region.of("DE");
        TaxTable taxes = TaxTable.empty().with(de, STANDARD, TaxRate.of("VAT 19%", "0.19"));
        CatalogItem lamp = item("LAMP", "home", ProductType.PHYSICAL, STANDARD, money("59.50", "EUR"), 1500);
        ShippingMethod post = new ShippingMethod("post", "Post", new ShippingRate.Flat(money("4.90", "EUR")), STANDARD);
        PriceBreakdown b = PriceCalculator.of(PriceMode.GROSS, taxes)
                .withPromotions(Promotion.of("ten", "10 %", new Benefit.OrderPercentOff(rate("0.10"))))
                .calculate(
                        Cart.empty(Monetary.getCurrency("EUR")).add(lamp, 2),
                        PricingRequest.of(de, NOW).withShipping(post));
        LineBreakdown line = b.line(lamp.sku()).orElseThrow();
        assertThat(List.of(plain(line.discountTotal()), plain(line.gross()), plain(line.tax()), plain(line.net())))
                .containsExactly("11.90", "107.10", "17.10", "90.00");
        assertThat(plain(b.shipping().orElseThrow().tax())).isEqualTo("0.78");
        assertThat(plain(b.grandTotal())).isEqualTo("112.00");
    }

    /** Half a cent in a percentage discount rounds half down by default (commercetools): 50 % of 1.01 = 0.505 → 0.50; HALF_UP gives 0.51. */
    @Test
    void calculate_halfCentDiscount_roundsHalfDownByDefault() {
        TaxTable taxes = TaxTable.empty().with(Region.of("DE"), STANDARD, TaxRate.zero("none"));
        CatalogItem gum = item("GUM", "food", ProductType.PHYSICAL, STANDARD, money("1.01", "EUR"), 5);
        Cart cart = Cart.empty(Monetary.getCurrency("EUR")).add(gum, 1);
        PriceCalculator calc = PriceCalculator.of(PriceMode.GROSS, taxes)
                .withPromotions(
                        Promotion.of("half", "50 %", new Benefit.LinePercentOff(rate("0.5"), LineSelector.ALL)));
        PricingRequest request = PricingRequest.of(Region.of("DE"), NOW);
        assertThat(plain(calc.calculate(cart, request).lineDiscountTotal())).isEqualTo("0.50");
        assertThat(plain(calc.withRounding(RoundingPolicy.DEFAULT.withDiscountRounding(
                                io.github.emporion.money.MoneyRounding.HALF_UP))
                        .calculate(cart, request)
                        .lineDiscountTotal()))
                .isEqualTo("0.51");
    }

    /** Buy 2 get 1 on 3 × 10.00 and 2 × 4.00: 5 units, ⌊5/3⌋ · 1 = 1 free unit, the cheapest: 4.00 off the 4.00 line. */
    @Test
    void calculate_buyXGetY_makesTheCheapestUnitsFree() {
        TaxTable taxes = TaxTable.empty().with(Region.of("DE"), STANDARD, TaxRate.zero("none"));
        CatalogItem big = item("BIG", "toys", ProductType.PHYSICAL, STANDARD, money("10.00", "EUR"), 5);
        CatalogItem small = item("SMALL", "toys", ProductType.PHYSICAL, STANDARD, money("4.00", "EUR"), 5);
        Cart cart = Cart.empty(Monetary.getCurrency("EUR")).add(big, 3).add(small, 2);
        PriceBreakdown b = PriceCalculator.of(PriceMode.GROSS, taxes)
                .withPromotions(Promotion.of(
                        "b2g1", "Buy 2 get 1", new Benefit.BuyXGetY(2, 1, LineSelector.categories("toys"))))
                .calculate(cart, PricingRequest.of(Region.of("DE"), NOW));
        assertThat(b.lines()).extracting(l -> plain(l.discountTotal())).containsExactly("0.00", "4.00");
        // 6 units → 2 free: both 4.00 units
        PriceBreakdown six = PriceCalculator.of(PriceMode.GROSS, taxes)
                .withPromotions(Promotion.of(
                        "b2g1", "Buy 2 get 1", new Benefit.BuyXGetY(2, 1, LineSelector.categories("toys"))))
                .calculate(cart.add(big, 1), PricingRequest.of(Region.of("DE"), NOW));
        assertThat(six.lines()).extracting(l -> plain(l.discountTotal())).containsExactly("0.00", "8.00");
    }
}

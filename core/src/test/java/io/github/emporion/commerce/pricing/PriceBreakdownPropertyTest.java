package io.github.emporion.commerce.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.emporion.commerce.cart.Cart;
import io.github.emporion.commerce.catalog.CatalogItem;
import io.github.emporion.commerce.catalog.Price;
import io.github.emporion.commerce.catalog.PriceTier;
import io.github.emporion.commerce.catalog.Product;
import io.github.emporion.commerce.catalog.ProductType;
import io.github.emporion.commerce.catalog.Sku;
import io.github.emporion.commerce.catalog.TaxCategory;
import io.github.emporion.commerce.catalog.Variant;
import io.github.emporion.commerce.pricing.promotion.Benefit;
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
import io.github.emporion.money.MoneyRounding;
import io.github.emporion.money.Monies;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * Seeded random carts (10,000 per run) in EUR, USD, JPY, KWD and BHD, with random promotions,
 * shipping, price mode, tax rates in [0, 1], rounding rules and tax calculation modes. The
 * invariants are re-checked here in {@code long} minor units, independently of the breakdown's own
 * construction checks.
 */
class PriceBreakdownPropertyTest {
    private static final long SEED = 20261122L;
    private static final int CARTS = 10_000;
    private static final String[] CURRENCIES = {"EUR", "USD", "JPY", "KWD", "BHD"};
    private static final Region REGION = Region.of("XX");
    private static final TaxCategory[] CATEGORIES = {TaxCategory.STANDARD, TaxCategory.of("reduced")};
    private static final String[] PRODUCT_CATEGORIES = {"a", "b", "c"};
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void calculate_randomCarts_partsAlwaysAddUpAndNothingIsNegative() {
        SplittableRandom random = new SplittableRandom(SEED);
        int discounted = 0;
        for (int c = 0; c < CARTS; c++) {
            String where = "seed " + SEED + " cart " + c;
            CurrencyUnit currency = Monetary.getCurrency(CURRENCIES[random.nextInt(CURRENCIES.length)]);
            PriceMode mode = random.nextBoolean() ? PriceMode.NET : PriceMode.GROSS;
            TaxTable taxes = TaxTable.empty()
                    .with(REGION, CATEGORIES[0], new TaxRate("standard", randomRate(random)))
                    .with(REGION, CATEGORIES[1], new TaxRate("reduced", randomRate(random)));
            RoundingPolicy policy = new RoundingPolicy(
                    MoneyRounding.values()[random.nextInt(MoneyRounding.values().length)],
                    MoneyRounding.values()[random.nextInt(MoneyRounding.values().length)],
                    TaxCalculationMode.values()[random.nextInt(TaxCalculationMode.values().length)]);
            Cart cart = randomCart(random, currency);
            List<Promotion> promotions = randomPromotions(random, currency, cart);
            PricingRequest request = PricingRequest.of(REGION, NOW);
            if (random.nextInt(4) > 0) {
                request = request.withShipping(randomShipping(random, currency));
            }

            PriceBreakdown b = PriceCalculator.of(mode, taxes)
                    .withRounding(policy)
                    .withPromotions(promotions)
                    .calculate(cart, request);

            if (!b.discounts().isEmpty()) {
                discounted++;
            }
            check(b, cart, where);
        }
        // guards against a generator that never exercises the discount paths
        assertThat(discounted).as("carts with discounts").isGreaterThan(CARTS / 2);
    }

    private static void check(PriceBreakdown b, Cart cart, String where) {
        long subtotal = 0;
        long lineDiscounts = 0;
        long net = 0;
        long tax = 0;
        long gross = 0;
        assertThat(b.lines()).as(where).hasSize(cart.lines().size());
        for (LineBreakdown line : b.lines()) {
            long amount = minor(line.lineAmount());
            long discount = minor(line.discountTotal());
            assertThat(minor(line.unitPrice()) * line.quantity()).as(where).isEqualTo(amount);
            assertThat(discount).as(where + " line discount within line").isBetween(0L, amount);
            assertThat(minor(line.net())).as(where + " line net").isNotNegative();
            assertThat(minor(line.tax())).as(where + " line tax").isNotNegative();
            assertThat(minor(line.net()) + minor(line.tax())).as(where).isEqualTo(minor(line.gross()));
            long discountedAmount = amount - discount;
            assertThat(b.priceMode() == PriceMode.GROSS ? minor(line.gross()) : minor(line.net()))
                    .as(where)
                    .isEqualTo(discountedAmount);
            subtotal += amount;
            lineDiscounts += discount;
            net += minor(line.net());
            tax += minor(line.tax());
            gross += minor(line.gross());
        }
        long[] allocated = new long[b.lines().size()];
        long shippingDiscounts = 0;
        for (AppliedDiscount d : b.discounts()) {
            assertThat(minor(d.amount())).as(where).isPositive();
            if (d.target() == DiscountTarget.SHIPPING) {
                shippingDiscounts += minor(d.amount());
                continue;
            }
            long sum = 0;
            for (int i = 0; i < allocated.length; i++) {
                long share = minor(d.lineAllocations().get(i));
                assertThat(share).as(where + " share").isNotNegative();
                allocated[i] += share;
                sum += share;
            }
            assertThat(sum).as(where + " allocation of " + d.promotionId()).isEqualTo(minor(d.amount()));
        }
        for (int i = 0; i < allocated.length; i++) {
            assertThat(allocated[i]).as(where).isEqualTo(minor(b.lines().get(i).discountTotal()));
        }
        long shippingCharged = 0;
        if (b.shipping().isPresent()) {
            ShippingBreakdown s = b.shipping().get();
            assertThat(cart.requiresShipping()).as(where).isTrue();
            assertThat(minor(s.discount()))
                    .as(where)
                    .isBetween(0L, minor(s.price()))
                    .isEqualTo(shippingDiscounts);
            shippingCharged = minor(s.price()) - minor(s.discount());
            assertThat(minor(s.net()) + minor(s.tax())).as(where).isEqualTo(minor(s.gross()));
            net += minor(s.net());
            tax += minor(s.tax());
            gross += minor(s.gross());
        } else {
            assertThat(shippingDiscounts).as(where).isZero();
        }
        long portionTax = b.taxes().stream().mapToLong(t -> minor(t.tax())).sum();
        long portionNet = b.taxes().stream().mapToLong(t -> minor(t.net())).sum();

        assertThat(minor(b.subtotal())).as(where).isEqualTo(subtotal);
        assertThat(minor(b.lineDiscountTotal())).as(where).isEqualTo(lineDiscounts);
        assertThat(portionTax).as(where + " tax by rate").isEqualTo(tax);
        assertThat(portionNet).as(where + " net by rate").isEqualTo(net);
        assertThat(minor(b.taxTotal())).as(where).isEqualTo(tax);
        assertThat(minor(b.netTotal())).as(where).isEqualTo(net);
        assertThat(minor(b.grandTotal()))
                .as(where)
                .isEqualTo(gross)
                .isEqualTo(net + tax)
                .isNotNegative();
        long expected = subtotal - lineDiscounts + shippingCharged + (b.priceMode() == PriceMode.NET ? tax : 0);
        assertThat(minor(b.grandTotal())).as(where + " total identity").isEqualTo(expected);
    }

    private static long minor(MonetaryAmount amount) {
        return Monies.toMinorUnits(amount);
    }

    private static BigDecimal randomRate(SplittableRandom r) {
        return switch (r.nextInt(6)) {
            case 0 -> BigDecimal.ZERO;
            case 1 -> BigDecimal.ONE;
            default -> BigDecimal.valueOf(r.nextInt(0, 30_001), 5); // 0 to 0.30000
        };
    }

    private static MonetaryAmount amount(SplittableRandom r, CurrencyUnit currency, long maxMinor) {
        long minor = r.nextInt(10) == 0 ? 0 : r.nextLong(0, maxMinor + 1);
        return Monies.ofMinorUnits(minor, currency);
    }

    private static Cart randomCart(SplittableRandom r, CurrencyUnit currency) {
        Cart cart = Cart.empty(currency);
        int lines = r.nextInt(0, 7);
        for (int i = 0; i < lines; i++) {
            Sku sku = Sku.of("SKU-" + i);
            MonetaryAmount base = amount(r, currency, 100_000);
            Price price = r.nextBoolean()
                    ? Price.of(base)
                    : Price.of(base, PriceTier.of(r.nextInt(2, 6), amount(r, currency, Monies.toMinorUnits(base))));
            Product product = Product.of(
                    "p" + i,
                    "Product " + i,
                    PRODUCT_CATEGORIES[r.nextInt(PRODUCT_CATEGORIES.length)],
                    ProductType.values()[r.nextInt(ProductType.values().length)],
                    CATEGORIES[r.nextInt(CATEGORIES.length)],
                    Variant.of(sku, price, r.nextInt(0, 3000)));
            cart = cart.add(CatalogItem.of(product, sku), r.nextInt(1, 21));
        }
        return cart;
    }

    private static LineSelector randomSelector(SplittableRandom r, Cart cart) {
        return switch (r.nextInt(3)) {
            case 0 -> LineSelector.ALL;
            case 1 -> LineSelector.categories(PRODUCT_CATEGORIES[r.nextInt(PRODUCT_CATEGORIES.length)]);
            default ->
                cart.isEmpty()
                        ? LineSelector.skus(Sku.of("NONE"))
                        : LineSelector.skus(
                                cart.lines().get(r.nextInt(cart.lines().size())).sku());
        };
    }

    private static BigDecimal randomFraction(SplittableRandom r) {
        return r.nextInt(8) == 0 ? BigDecimal.ONE : BigDecimal.valueOf(r.nextInt(0, 10_001), 4);
    }

    private static Benefit randomBenefit(SplittableRandom r, CurrencyUnit currency, Cart cart) {
        return switch (r.nextInt(8)) {
            case 0 -> new Benefit.OrderPercentOff(randomFraction(r));
            case 1 -> new Benefit.OrderAmountOff(amount(r, currency, 300_000));
            case 2 -> new Benefit.LinePercentOff(randomFraction(r), randomSelector(r, cart));
            case 3 -> new Benefit.LineAmountOff(amount(r, currency, 50_000), randomSelector(r, cart));
            case 4 -> new Benefit.FixedPrice(amount(r, currency, 100_000), randomSelector(r, cart));
            case 5 -> new Benefit.BuyXGetY(r.nextInt(1, 4), r.nextInt(1, 3), randomSelector(r, cart));
            case 6 ->
                new Benefit.SpendTiers(List.of(
                        SpendTier.of(
                                Monies.ofMinorUnits(1_000, currency), new Benefit.OrderPercentOff(randomFraction(r))),
                        SpendTier.of(
                                Monies.ofMinorUnits(100_000, currency),
                                new Benefit.OrderAmountOff(amount(r, currency, 200_000)))));
            default -> new Benefit.FreeShipping();
        };
    }

    private static List<Promotion> randomPromotions(SplittableRandom r, CurrencyUnit currency, Cart cart) {
        int count = r.nextInt(0, 6);
        List<Promotion> promotions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            promotions.add(Promotion.of("p" + i, "Promotion " + i, randomBenefit(r, currency, cart))
                    .withPriority(r.nextInt(0, 5))
                    .withStacking(r.nextInt(5) == 0 ? Stacking.EXCLUSIVE : Stacking.STACKABLE)
                    .withStopFurther(r.nextInt(6) == 0));
        }
        return promotions;
    }

    private static ShippingMethod randomShipping(SplittableRandom r, CurrencyUnit currency) {
        ShippingRate rate = switch (r.nextInt(3)) {
            case 0 -> new ShippingRate.Flat(amount(r, currency, 2_000));
            case 1 -> new ShippingRate.FreeAbove(amount(r, currency, 2_000), amount(r, currency, 200_000));
            default ->
                new ShippingRate.WeightTiers(List.of(
                        WeightTier.of(1_000, amount(r, currency, 1_000)),
                        WeightTier.of(Long.MAX_VALUE, amount(r, currency, 3_000))));
        };
        return new ShippingMethod("ship", "Shipping", rate, CATEGORIES[r.nextInt(CATEGORIES.length)]);
    }
}

package io.github.emporion.examples;

import io.github.emporion.commerce.cart.Cart;
import io.github.emporion.commerce.catalog.CatalogItem;
import io.github.emporion.commerce.catalog.Price;
import io.github.emporion.commerce.catalog.Product;
import io.github.emporion.commerce.catalog.ProductType;
import io.github.emporion.commerce.catalog.Sku;
import io.github.emporion.commerce.catalog.TaxCategory;
import io.github.emporion.commerce.catalog.Variant;
import io.github.emporion.commerce.pricing.LineBreakdown;
import io.github.emporion.commerce.pricing.PriceBreakdown;
import io.github.emporion.commerce.pricing.PriceCalculator;
import io.github.emporion.commerce.pricing.PriceMode;
import io.github.emporion.commerce.pricing.PricingRequest;
import io.github.emporion.commerce.pricing.promotion.Benefit;
import io.github.emporion.commerce.pricing.promotion.Coupon;
import io.github.emporion.commerce.pricing.promotion.InMemoryCouponUsage;
import io.github.emporion.commerce.pricing.promotion.Promotion;
import io.github.emporion.commerce.pricing.shipping.ShippingMethod;
import io.github.emporion.commerce.pricing.shipping.ShippingRate;
import io.github.emporion.commerce.pricing.tax.Region;
import io.github.emporion.commerce.pricing.tax.TaxRate;
import io.github.emporion.commerce.pricing.tax.TaxTable;
import io.github.emporion.money.Monies;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * E-commerce: pricing a cart in Kuwaiti dinar (KWD, three decimals) with a coupon, VAT and shipping.
 *
 * <p>Prices are net (VAT is added on top), a coupon takes 10 % off the order, shipping costs 1.500
 * KWD and is taxed like the goods. The 5 % VAT is the GCC framework rate, used here for illustration:
 * Kuwait has not introduced VAT. The calculator splits the order discount over the lines in
 * proportion to their amounts, then taxes and rounds each line to the fils (0.001 KWD).
 *
 * <pre>
 * 2 × headphones 24.500 = 49.000   discount 4.900   net 44.100   VAT 2.205
 * 1 × cable       3.750 =  3.750   discount 0.375   net  3.375   VAT 0.16875 → 0.169 (half-even)
 * shipping                                          net  1.500   VAT 0.075
 * net 48.975 + VAT 2.449 = total 51.424 KWD
 * </pre>
 */
public final class PricingACartInKwd {

    private PricingACartInKwd() {}

    /**
     * Prices the cart and prints the breakdown.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        TaxCategory standard = TaxCategory.STANDARD;
        Product headphones = Product.of(
                "HP-1",
                "Headphones",
                "audio",
                ProductType.PHYSICAL,
                standard,
                Variant.of(Sku.of("HP-1"), Price.of(kwd("24.500")), 250));
        Product cable = Product.of(
                "CB-1",
                "USB-C cable",
                "audio",
                ProductType.PHYSICAL,
                standard,
                Variant.of(Sku.of("CB-1"), Price.of(kwd("3.750")), 50));
        Cart cart = Cart.empty(Monies.of("0", "KWD").getCurrency())
                .add(CatalogItem.of(headphones, Sku.of("HP-1")), 2)
                .add(CatalogItem.of(cable, Sku.of("CB-1")), 1);

        Region kuwait = Region.of("KW");
        TaxTable vat = TaxTable.empty().with(kuwait, standard, TaxRate.of("VAT 5%", "0.05"));
        Promotion tenPercent = Promotion.of(
                        "save10", "10 % off the order", new Benefit.OrderPercentOff(new BigDecimal("0.10")))
                .withCouponRequired(true);
        PriceCalculator calculator = PriceCalculator.of(PriceMode.NET, vat)
                .withPromotions(tenPercent)
                .withCoupons(List.of(Coupon.of("SAVE10", "save10")), new InMemoryCouponUsage());
        ShippingMethod courier =
                new ShippingMethod("courier", "Courier", new ShippingRate.Flat(kwd("1.500")), standard);

        PriceBreakdown price = calculator.calculate(
                cart,
                PricingRequest.of(kuwait, Instant.parse("2026-03-01T10:00:00Z"))
                        .withCoupons("SAVE10")
                        .withShipping(courier));

        for (LineBreakdown line : price.lines()) {
            System.out.println(line.quantity() + " x " + line.item().product().name() + ": amount "
                    + plain(line.lineAmount()) + ", discount " + plain(line.discountTotal()) + ", net "
                    + plain(line.net()) + ", VAT " + plain(line.tax()));
        }
        System.out.println("coupons applied: " + price.appliedCoupons());
        System.out.println("subtotal: " + plain(price.subtotal()));
        System.out.println("discount: " + plain(price.discountTotal()));
        System.out.println("shipping: " + plain(price.shippingCharged()));
        System.out.println("net total: " + plain(price.netTotal()));
        System.out.println("VAT: " + plain(price.taxTotal()));
        System.out.println("total: " + plain(price.grandTotal()) + " KWD");
    }

    private static MonetaryAmount kwd(String amount) {
        return Monies.of(amount, "KWD");
    }

    private static String plain(MonetaryAmount amount) {
        return Monies.decimal(amount).setScale(3).toPlainString();
    }
}

package io.github.emporion.examples;

import io.github.emporion.commerce.order.Order;
import io.github.emporion.commerce.order.OrderLine;
import io.github.emporion.marketing.journey.Journey;
import io.github.emporion.marketing.journey.JourneyBuilder;
import io.github.emporion.marketing.journey.VisitorJourneys;
import io.github.emporion.marketing.touchpoint.Conversion;
import io.github.emporion.marketing.touchpoint.Touchpoint;
import io.github.emporion.money.Monies;
import io.github.emporion.sample.SampleShop;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * E-commerce and e-marketing together, on the bundled sample shop: one purchase seen from both
 * sides.
 *
 * <p>Marketing sees a visitor's journey — touchpoints on channels, ending in a conversion worth
 * some value. Commerce sees an order — lines, tax, payment, shipments, returns. They meet only
 * through identifiers: the conversion names the order id (and the customer id). That is how a shop
 * can say which channels brought the revenue, and how a marketer can use real order values (after
 * returns) instead of the value the ad platform guessed.
 */
public final class ShopAndMarketingTogether {

    private ShopAndMarketingTogether() {}

    /**
     * Prints the first multi-touch purchase of the sample shop from both sides.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        SampleShop shop = SampleShop.generate(42);
        Map<String, Order> orders =
                shop.orders().stream().collect(Collectors.toMap(o -> o.id().value(), Function.identity()));
        List<VisitorJourneys> visitors = JourneyBuilder.withDefaultLookback().build(shop.journeyEvents());
        Journey journey = visitors.stream()
                .flatMap(v -> v.journeys().stream())
                .filter(j -> j.isConverted() && j.touchpoints().size() >= 3)
                .findFirst()
                .orElseThrow();
        Conversion conversion = journey.conversion().orElseThrow();

        System.out.println(
                "marketing: visitor " + journey.visitorId() + ", path " + String.join(" > ", journey.path()));
        for (Touchpoint tp : journey.touchpoints()) {
            System.out.println("  " + tp.timestamp() + " " + tp.channel().name() + " (" + tp.interactionType() + ")"
                    + tp.campaignId().map(c -> " campaign " + c).orElse(""));
        }
        System.out.println("  conversion " + conversion.timestamp() + " worth "
                + Monies.decimal(conversion.value()).toPlainString() + " names order "
                + conversion.orderId().orElseThrow());

        Order order = orders.get(conversion.orderId().orElseThrow());
        System.out.println("commerce: order " + order.id().value() + " of customer "
                + order.snapshot().customerId().value() + ", status " + order.status());
        for (OrderLine line : order.snapshot().lines()) {
            System.out.println("  " + line.quantity() + " x " + line.sku() + " gross "
                    + Monies.decimal(line.gross()).toPlainString());
        }
        System.out.println("  total " + Monies.decimal(order.snapshot().total()).toPlainString() + ", refunded "
                + Monies.decimal(order.refunded()).toPlainString());
        System.out.println("same value on both sides: "
                + Monies.isEqual(conversion.value(), order.snapshot().total()));
    }
}

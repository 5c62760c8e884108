package io.github.emporion.metrics.report;

import io.github.emporion.commerce.cart.Cart;
import io.github.emporion.commerce.customer.CustomerId;
import io.github.emporion.commerce.order.Order;
import io.github.emporion.commerce.order.OrderId;
import io.github.emporion.commerce.order.OrderLine;
import io.github.emporion.commerce.order.OrderSnapshot;
import io.github.emporion.commerce.order.TaxedAmount;
import io.github.emporion.marketing.campaign.Billing;
import io.github.emporion.marketing.campaign.BillingModel;
import io.github.emporion.marketing.campaign.Campaign;
import io.github.emporion.marketing.campaign.CampaignBudget;
import io.github.emporion.marketing.campaign.CampaignObjective;
import io.github.emporion.marketing.campaign.CampaignPerformance;
import io.github.emporion.marketing.campaign.CampaignStatus;
import io.github.emporion.marketing.campaign.Flight;
import io.github.emporion.marketing.channel.Channel;
import io.github.emporion.marketing.channel.ChannelGroup;
import io.github.emporion.marketing.touchpoint.FunnelStep;
import io.github.emporion.marketing.touchpoint.Session;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/** Builders of domain objects for the report tests. */
final class Fixtures {

    static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    static final Channel SEARCH = Channel.of("search", ChannelGroup.PAID_SEARCH);
    static final Channel NEWSLETTER = Channel.of("newsletter", ChannelGroup.EMAIL);

    private static final AtomicLong IDS = new AtomicLong();

    private Fixtures() {}

    static MonetaryAmount money(String amount, CurrencyUnit currency) {
        return Money.of(new BigDecimal(amount), currency);
    }

    static MonetaryAmount eur(String amount) {
        return money(amount, EUR);
    }

    static Campaign campaign(String id, Channel channel, Billing billing) {
        CurrencyUnit currency = billing.rate().getCurrency();
        return new Campaign(
                id,
                "Campaign " + id,
                channel,
                CampaignObjective.CONVERSION,
                new Flight(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)),
                CampaignBudget.total(Money.of(100_000, currency)),
                billing,
                Map.of(),
                CampaignStatus.ACTIVE);
    }

    static Billing cpc(MonetaryAmount rate) {
        return Billing.of(BillingModel.CPC, rate);
    }

    static CampaignPerformance day(
            String campaignId, LocalDate date, long impressions, long clicks, long conversions, MonetaryAmount value) {
        return CampaignPerformance.builder(campaignId, date, value.getCurrency())
                .impressions(impressions)
                .clicks(clicks)
                .conversions(conversions)
                .conversionValue(value)
                .build();
    }

    static Session session(
            Channel channel, Instant start, long seconds, long pageViews, boolean converted, FunnelStep... steps) {
        EnumSet<FunnelStep> set = EnumSet.noneOf(FunnelStep.class);
        set.addAll(List.of(steps));
        return new Session(
                "s" + IDS.incrementAndGet(),
                "v" + IDS.incrementAndGet(),
                start,
                start.plusSeconds(seconds),
                channel,
                pageViews,
                converted,
                set);
    }

    /** A line with net prices: quantity × unit − discount = net; tax given; gross = net + tax. */
    static OrderLine netLine(
            String sku, int quantity, MonetaryAmount unit, MonetaryAmount discount, MonetaryAmount tax) {
        MonetaryAmount net = unit.multiply(quantity).subtract(discount);
        return OrderLine.of(sku, true, quantity, unit, discount, net, tax, net.add(tax));
    }

    /** A line with gross prices: quantity × unit − discount = gross = net + tax. */
    static OrderLine grossLine(
            String sku, int quantity, MonetaryAmount unit, MonetaryAmount discount, MonetaryAmount net) {
        MonetaryAmount gross = unit.multiply(quantity).subtract(discount);
        return OrderLine.of(sku, true, quantity, unit, discount, net, gross.subtract(net), gross);
    }

    static Order paidOrder(
            String customer, Instant placedAt, boolean pricesIncludeTax, TaxedAmount shipping, OrderLine... lines) {
        CurrencyUnit currency = lines[0].gross().getCurrency();
        OrderSnapshot snapshot = new OrderSnapshot(
                OrderId.of("o" + IDS.incrementAndGet()),
                CustomerId.of(customer),
                currency,
                placedAt,
                pricesIncludeTax,
                List.of(lines),
                shipping);
        return Order.place(snapshot).capturePayment(placedAt.plusSeconds(60));
    }

    /** Ships and delivers everything, then returns and refunds {@code quantity} units of a SKU. */
    static Order returnUnits(Order order, String sku, int quantity, Instant at) {
        Map<String, Integer> all = new java.util.LinkedHashMap<>();
        order.snapshot().lines().forEach(l -> all.put(l.sku(), l.quantity()));
        String ship = "sh" + IDS.incrementAndGet();
        String ret = "r" + IDS.incrementAndGet();
        return order.prepareShipment(ship, all, at)
                .ship(ship, at)
                .deliver(ship, at)
                .requestReturn(ret, Map.of(sku, quantity), at)
                .acceptReturn(ret, at)
                .receiveReturn(ret, at)
                .completeReturn(ret, at);
    }

    static TaxedAmount noShipping(CurrencyUnit currency) {
        return TaxedAmount.zero(currency);
    }

    static Cart cart(CurrencyUnit currency) {
        return Cart.empty(currency);
    }
}

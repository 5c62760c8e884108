package io.github.emporion.metrics.report;

import io.github.emporion.commerce.order.Order;
import io.github.emporion.commerce.order.OrderLine;
import io.github.emporion.commerce.order.OrderSnapshot;
import io.github.emporion.commerce.order.OrderStatus;
import io.github.emporion.marketing.campaign.Campaign;
import io.github.emporion.marketing.campaign.CampaignPerformance;
import io.github.emporion.marketing.touchpoint.FunnelStep;
import io.github.emporion.marketing.touchpoint.Session;
import io.github.emporion.metrics.grouped.CartFact;
import io.github.emporion.metrics.grouped.EngagementFact;
import io.github.emporion.metrics.grouped.MarketingFact;
import io.github.emporion.metrics.grouped.MinorUnits;
import io.github.emporion.metrics.grouped.OrderFact;
import io.github.emporion.metrics.grouped.SessionFact;
import io.github.emporion.money.Allocation;
import io.github.emporion.money.CurrencyMismatchException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The one place where domain objects become the fact rows of {@link
 * io.github.emporion.metrics.grouped}, under a grouping key of the caller's choice. No KPI formula
 * lives here: the rows only carry counts and exact minor-unit amounts, and the summaries of the
 * grouped accumulators compute the KPIs with {@link io.github.emporion.metrics.kpi.Kpis}.
 *
 * <p>Use these directly to aggregate with your own keys (or on Spark); {@link KpiReport} uses them
 * with a {@link ReportKey}.
 */
public final class DomainFacts {

    private DomainFacts() {}

    /**
     * Maps one campaign day to an advertising row: impressions, clicks and conversions as reported,
     * spend as reported or derived from the billing model ({@link Campaign#spendOn}), revenue = the
     * platform's conversion value.
     *
     * <p>Example: 12 000 impressions, 340 clicks, 9 conversions, CPC billing EUR 0.45, no reported
     * spend → spend EUR 153.00, so CPC 0.45 and CTR 340 / 12 000.
     *
     * @param key the grouping key
     * @param campaign the campaign of the record
     * @param performance one day of the campaign
     * @param <K> the key type
     * @return the row
     * @throws IllegalArgumentException if the record belongs to another campaign, reports clicks
     *     without impressions (impressions 0, clicks &gt; 0, as some e-mail platforms do: CTR is
     *     meaningless there and the row would break the clicks ≤ impressions rule of every group it
     *     joins), or has an amount finer than the currency's minor unit
     * @throws io.github.emporion.money.CurrencyMismatchException if the record is not in the
     *     campaign's billing currency
     */
    public static <K> MarketingFact<K> marketingFact(K key, Campaign campaign, CampaignPerformance performance) {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(performance, "performance");
        MonetaryAmount spend = campaign.spendOn(performance);
        if (performance.clicks() > performance.impressions()) {
            throw new IllegalArgumentException("performance: campaign " + performance.campaignId() + " on "
                    + performance.date() + " reports " + performance.clicks() + " clicks but "
                    + performance.impressions() + " impressions; a KPI report needs clicks <= impressions");
        }
        return MarketingFact.of(
                key,
                performance.impressions(),
                performance.clicks(),
                performance.conversions(),
                spend,
                performance.conversionValue());
    }

    /**
     * Maps one campaign day to an engagement row: impressions, engagements ({@link
     * io.github.emporion.marketing.campaign.Engagements#total()}), leads and spend (as reported or
     * derived, like {@link #marketingFact}).
     *
     * <p>Example: 2 000 impressions, 30 likes + 10 shares + 5 comments + 5 saves, 8 leads, spend
     * EUR 20.00 → engagement rate by impressions 50 / 2 000 = 0.025, CPL 2.50.
     *
     * @param key the grouping key
     * @param campaign the campaign of the record
     * @param performance one day of the campaign
     * @param <K> the key type
     * @return the row
     * @throws IllegalArgumentException if the record belongs to another campaign
     * @throws io.github.emporion.money.CurrencyMismatchException if the record is not in the
     *     campaign's billing currency
     */
    public static <K> EngagementFact<K> engagementFact(K key, Campaign campaign, CampaignPerformance performance) {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(performance, "performance");
        return EngagementFact.of(
                key,
                performance.impressions(),
                performance.engagements().total(),
                performance.leads(),
                campaign.spendOn(performance));
    }

    /**
     * Maps a session to a session row.
     *
     * <ul>
     *   <li>engaged: {@link Session#engaged()} (GA4: ≥ 10 s, or a conversion, or ≥ 2 page views);
     *   <li>single page: exactly one page view (the legacy bounce);
     *   <li>funnel flags: the tracked {@link FunnelStep}s; the purchase flag is {@link
     *       Session#converted()}, so the session conversion rate counts sessions with any
     *       conversion (the library default), and the closed funnel counts a purchase only after a
     *       product view, an add to cart and a checkout.
     * </ul>
     *
     * @param key the grouping key
     * @param session the session
     * @param <K> the key type
     * @return the row
     */
    public static <K> SessionFact<K> sessionFact(K key, Session session) {
        Objects.requireNonNull(session, "session");
        return new SessionFact<>(
                key,
                session.engaged(),
                session.pageViews() == 1,
                session.reached(FunnelStep.VIEWED_PRODUCT),
                session.reached(FunnelStep.ADDED_TO_CART),
                session.reached(FunnelStep.BEGAN_CHECKOUT),
                session.converted());
    }

    /**
     * Maps an order to an order row, following Shopify's sales-report terms, all excluding tax:
     *
     * <ul>
     *   <li><b>discounts</b> = Σ line discounts without tax. With net prices that is the line
     *       discount; with gross (tax-inclusive) prices the discount's tax share is taken off in
     *       proportion to the line, {@code discount × net ÷ gross}, rounded half-even to the minor
     *       unit (a line whose gross is 0 keeps its whole discount);
     *   <li><b>gross sales</b> = Σ line net + discounts, so gross − discounts = Σ line net exactly;
     *   <li><b>returns</b> = the net value of the units in completed returns: each line's net split
     *       evenly over its units ({@link Allocation#evenly}, earlier units taking the extra minor
     *       units, as refunds do), the first <i>r</i> units for <i>r</i> returned;
     *   <li><b>tax</b> = line tax + shipping tax − the tax of the returned units (split the same
     *       way); <b>shipping</b> = the shipping charge without tax;
     *   <li><b>units</b> = Σ quantities; <b>units returned</b> = units in completed returns;
     *       <b>refunded</b> = any successful refund (of a return, or a goodwill refund).
     * </ul>
     *
     * <p>Returns and refunds are those in the {@code Order} passed (its history so far) and are
     * booked with the order, not on the refund date.
     *
     * <p>Example (EUR, gross prices, 19 % VAT): one line 2 × 11.90 with 2.38 discount (gross 21.42
     * = net 18.00 + tax 3.42), shipping 4.90 = 4.12 + 0.78. Discount without tax = 2.38 × 18.00 ÷
     * 21.42 = 2.00; gross sales 20.00, discounts 2.00, tax 4.20, shipping 4.12, total sales 26.32.
     *
     * @param key the grouping key
     * @param order the order
     * @param costOfGoods the cost of the goods sold, in the order currency, or empty for zero
     * @param <K> the key type
     * @return the row
     * @throws IllegalArgumentException if the order is cancelled (a cancelled order is not a sale:
     *     filter it out, as {@link KpiReport} does)
     * @throws io.github.emporion.money.CurrencyMismatchException if the cost is in another currency
     */
    public static <K> OrderFact<K> orderFact(K key, Order order, Optional<MonetaryAmount> costOfGoods) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(costOfGoods, "costOfGoods");
        if (order.status() == OrderStatus.CANCELLED) {
            throw new IllegalArgumentException("order " + order.id() + " is CANCELLED and is not a sale");
        }
        OrderSnapshot snapshot = order.snapshot();
        CurrencyUnit currency = snapshot.currency();
        long units = 0;
        long unitsReturned = 0;
        long net = 0;
        long discounts = 0;
        long returns = 0;
        long tax = MinorUnits.of("shipping tax", snapshot.shipping().tax());
        for (OrderLine line : snapshot.lines()) {
            long lineNet = MinorUnits.of("line net", line.net());
            long lineTax = MinorUnits.of("line tax", line.tax());
            int returned = order.returnedQuantity(line.sku());
            units = Math.addExact(units, line.quantity());
            unitsReturned = Math.addExact(unitsReturned, returned);
            net = Math.addExact(net, lineNet);
            discounts = Math.addExact(discounts, discountWithoutTax(line, snapshot.pricesIncludeTax()));
            tax = Math.addExact(tax, lineTax);
            if (returned > 0) {
                returns = Math.addExact(returns, firstUnits(line.net(), line.quantity(), returned));
                tax = Math.subtractExact(tax, firstUnits(line.tax(), line.quantity(), returned));
            }
        }
        long cost = costOfGoods
                .map(c -> {
                    CurrencyMismatchException.requireCurrency(currency, c);
                    return MinorUnits.of("costOfGoods", c);
                })
                .orElse(0L);
        return new OrderFact<>(
                key,
                currency,
                units,
                unitsReturned,
                Math.addExact(net, discounts),
                discounts,
                returns,
                tax,
                MinorUnits.of("shipping net", snapshot.shipping().net()),
                cost,
                order.refunded().isPositive());
    }

    /**
     * Maps a tracked cart to a cart row.
     *
     * @param key the grouping key
     * @param cart the cart
     * @param <K> the key type
     * @return the row, purchased if the cart has an order
     */
    public static <K> CartFact<K> cartFact(K key, TrackedCart cart) {
        Objects.requireNonNull(cart, "cart");
        return new CartFact<>(key, cart.purchased());
    }

    private static long discountWithoutTax(OrderLine line, boolean pricesIncludeTax) {
        long discount = MinorUnits.of("line discount", line.discount());
        long gross = MinorUnits.of("line gross", line.gross());
        if (!pricesIncludeTax || gross == 0 || discount == 0) {
            return discount;
        }
        long lineNet = MinorUnits.of("line net", line.net());
        return BigDecimal.valueOf(discount)
                .multiply(BigDecimal.valueOf(lineNet))
                .divide(BigDecimal.valueOf(gross), 0, RoundingMode.HALF_EVEN)
                .longValueExact();
    }

    private static long firstUnits(MonetaryAmount lineAmount, int quantity, int count) {
        List<MonetaryAmount> perUnit = Allocation.evenly(lineAmount, quantity);
        long sum = 0;
        for (MonetaryAmount part : perUnit.subList(0, count)) {
            sum = Math.addExact(sum, MinorUnits.of("unit share", part));
        }
        return sum;
    }
}

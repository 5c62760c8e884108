package io.github.emporion.sample;

import io.github.emporion.commerce.catalog.Catalog;
import io.github.emporion.commerce.customer.Customer;
import io.github.emporion.commerce.order.Order;
import io.github.emporion.commerce.pricing.PriceCalculator;
import io.github.emporion.marketing.budget.MarketingBudget;
import io.github.emporion.marketing.budget.SpendEntry;
import io.github.emporion.marketing.campaign.Campaign;
import io.github.emporion.marketing.campaign.CampaignPerformance;
import io.github.emporion.marketing.channel.Channel;
import io.github.emporion.marketing.touchpoint.Conversion;
import io.github.emporion.marketing.touchpoint.JourneyEvent;
import io.github.emporion.marketing.touchpoint.Session;
import io.github.emporion.marketing.touchpoint.Touchpoint;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * The data set of the sample shop: one year of a small online coffee-equipment shop in Germany
 * (EUR, 19 % and 7 % VAT, prices include tax), with its marketing.
 *
 * <p>Build it with {@link #generate(long)}; the same seed always gives the same data set. It is
 * immutable: every list is unmodifiable and every element is an immutable Emporion value.
 *
 * <p><b>What it contains and how it is made.</b> Visitors meet the shop through one to several
 * touchpoints (impressions, radio exposures, clicks, e-mail clicks) on about a dozen channels.
 * Every click opens a {@link Session}; a session may view products, add to a cart, begin checkout
 * and purchase, with probabilities that grow with the visitor's number of earlier touches and
 * depend on the channel (so multi-touch attribution models disagree). Rates are near published
 * benchmarks: click-through rates of about 1–3 % for paid media, session conversion of about
 * 2–3 %, cart abandonment of about 70–75 %. Every cart is priced with the shop's {@link
 * PriceCalculator} (promotions, coupons, VAT, shipping); a purchased cart goes through the {@link
 * io.github.emporion.commerce.checkout.Checkout} and becomes an {@link Order} that is paid, shipped (sometimes in two parcels), delivered and sometimes partly returned and
 * refunded. The conversion of a purchase names its order. Campaign daily performance counts the
 * clicks, sessions and (last-click, platform-reported) conversions of the simulated visitors;
 * impressions follow from the clicks and the day's click-through rate; spend is derived from the
 * billing model (CPC, CPM or CPA). Monthly channel budgets plan the spend within ±15 %.
 *
 * <p><b>Not real data.</b> The figures are plausible, not measured; use them to learn and to try
 * the library, not as benchmarks.
 */
public final class SampleShop {

    private final long seed;
    private final CurrencyUnit currency;
    private final ZoneId zone;
    private final LocalDate from;
    private final LocalDate to;
    private final Catalog catalog;
    private final PriceCalculator pricing;
    private final List<Customer> customers;
    private final List<Channel> channels;
    private final List<Campaign> campaigns;
    private final List<CampaignPerformance> performance;
    private final MarketingBudget budget;
    private final List<SpendEntry> spend;
    private final List<Touchpoint> touchpoints;
    private final List<Session> sessions;
    private final List<SampleCart> carts;
    private final List<Order> orders;
    private final List<Conversion> conversions;

    @SuppressWarnings("checkstyle:ParameterNumber")
    SampleShop(
            long seed,
            CurrencyUnit currency,
            ZoneId zone,
            LocalDate from,
            LocalDate to,
            Catalog catalog,
            PriceCalculator pricing,
            List<Customer> customers,
            List<Channel> channels,
            List<Campaign> campaigns,
            List<CampaignPerformance> performance,
            MarketingBudget budget,
            List<SpendEntry> spend,
            List<Touchpoint> touchpoints,
            List<Session> sessions,
            List<SampleCart> carts,
            List<Order> orders,
            List<Conversion> conversions) {
        this.seed = seed;
        this.currency = Objects.requireNonNull(currency, "currency");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.pricing = Objects.requireNonNull(pricing, "pricing");
        this.customers = List.copyOf(customers);
        this.channels = List.copyOf(channels);
        this.campaigns = List.copyOf(campaigns);
        this.performance = List.copyOf(performance);
        this.budget = Objects.requireNonNull(budget, "budget");
        this.spend = List.copyOf(spend);
        this.touchpoints = List.copyOf(touchpoints);
        this.sessions = List.copyOf(sessions);
        this.carts = List.copyOf(carts);
        this.orders = List.copyOf(orders);
        this.conversions = List.copyOf(conversions);
    }

    /**
     * Generates the sample shop for a seed. Deterministic: the same seed gives an equal data set on
     * every JVM; different seeds give different shops with the same character.
     *
     * @param seed the random seed, e.g. {@code 42}
     * @return the data set
     */
    public static SampleShop generate(long seed) {
        return new SampleShopGenerator(seed).generate();
    }

    /**
     * Returns the seed this data set was generated from.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * Returns the shop's currency (EUR).
     *
     * @return the currency of every amount
     */
    public CurrencyUnit currency() {
        return currency;
    }

    /**
     * Returns the shop's time zone, in which days and months are counted.
     *
     * @return the zone (Europe/Berlin)
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Returns the first day of the simulated year.
     *
     * @return the start, inclusive
     */
    public LocalDate from() {
        return from;
    }

    /**
     * Returns the day after the simulated year.
     *
     * @return the end, exclusive
     */
    public LocalDate to() {
        return to;
    }

    /**
     * Returns the end of the simulated year as an instant in {@link #zone()}: the "as of" instant of
     * reports. Lifecycle events of late orders (deliveries, returns) may lie after it.
     *
     * @return the start of {@link #to()} in the shop's zone
     */
    public Instant asOf() {
        return to.atStartOfDay(zone).toInstant();
    }

    /**
     * Returns the catalogue: physical, digital and service products.
     *
     * @return the catalogue
     */
    public Catalog catalog() {
        return catalog;
    }

    /**
     * Returns the price calculator the shop prices carts with (gross prices, VAT, promotions,
     * coupons).
     *
     * @return the calculator
     */
    public PriceCalculator pricing() {
        return pricing;
    }

    /**
     * Returns the customers (B2C and B2B) who placed at least one order, with their consents.
     *
     * @return the customers in order of their first purchase
     */
    public List<Customer> customers() {
        return customers;
    }

    /**
     * Returns the marketing channels.
     *
     * @return the channels
     */
    public List<Channel> channels() {
        return channels;
    }

    /**
     * Finds a channel by name.
     *
     * @param name the channel name, e.g. {@code "paid_search"}
     * @return the channel, or empty if there is none of that name
     */
    public Optional<Channel> channel(String name) {
        return channels.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /**
     * Returns the campaigns with their budgets and billing models.
     *
     * @return the campaigns
     */
    public List<Campaign> campaigns() {
        return campaigns;
    }

    /**
     * Returns the daily performance records of every campaign, one per campaign and day of its
     * flight, spend included.
     *
     * @return the records ordered by campaign and date
     */
    public List<CampaignPerformance> performance() {
        return performance;
    }

    /**
     * Returns the monthly marketing budget per channel.
     *
     * @return the budget
     */
    public MarketingBudget budget() {
        return budget;
    }

    /**
     * Returns the actual spend per channel and day, as booked against {@link #budget()}.
     *
     * @return the spend entries
     */
    public List<SpendEntry> spend() {
        return spend;
    }

    /**
     * Returns every touchpoint in time order.
     *
     * @return the touchpoints
     */
    public List<Touchpoint> touchpoints() {
        return touchpoints;
    }

    /**
     * Returns every session in time order.
     *
     * @return the sessions
     */
    public List<Session> sessions() {
        return sessions;
    }

    /**
     * Returns every cart, abandoned or checked out, in time order.
     *
     * @return the carts
     */
    public List<SampleCart> carts() {
        return carts;
    }

    /**
     * Returns every order with its lifecycle (payments, shipments, returns, refunds) in order of
     * placement.
     *
     * @return the orders
     */
    public List<Order> orders() {
        return orders;
    }

    /**
     * Returns the conversions (one per order), each naming its order and customer.
     *
     * @return the conversions in time order
     */
    public List<Conversion> conversions() {
        return conversions;
    }

    /**
     * Returns the touchpoints and conversions together, the input of a {@link
     * io.github.emporion.marketing.journey.JourneyBuilder}.
     *
     * @return the events, touchpoints first then conversions
     */
    public List<JourneyEvent> journeyEvents() {
        List<JourneyEvent> events = new ArrayList<>(touchpoints.size() + conversions.size());
        events.addAll(touchpoints);
        events.addAll(conversions);
        return List.copyOf(events);
    }

    @Override
    public String toString() {
        return "SampleShop[seed=" + seed + ", " + from + ".." + to + ", " + touchpoints.size() + " touchpoints, "
                + sessions.size() + " sessions, " + carts.size() + " carts, " + orders.size() + " orders]";
    }
}

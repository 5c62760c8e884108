package io.github.emporion.sample;

import io.github.emporion.commerce.cart.Cart;
import io.github.emporion.commerce.catalog.Catalog;
import io.github.emporion.commerce.catalog.Price;
import io.github.emporion.commerce.catalog.Product;
import io.github.emporion.commerce.catalog.ProductType;
import io.github.emporion.commerce.catalog.Sku;
import io.github.emporion.commerce.catalog.TaxCategory;
import io.github.emporion.commerce.catalog.Variant;
import io.github.emporion.commerce.checkout.Checkout;
import io.github.emporion.commerce.checkout.CheckoutRequest;
import io.github.emporion.commerce.checkout.CheckoutResult;
import io.github.emporion.commerce.customer.ConsentChannel;
import io.github.emporion.commerce.customer.ContactDetails;
import io.github.emporion.commerce.customer.Customer;
import io.github.emporion.commerce.customer.CustomerId;
import io.github.emporion.commerce.customer.CustomerType;
import io.github.emporion.commerce.customer.MarketingConsent;
import io.github.emporion.commerce.customer.PostalAddress;
import io.github.emporion.commerce.inventory.InMemoryInventory;
import io.github.emporion.commerce.order.Order;
import io.github.emporion.commerce.order.OrderId;
import io.github.emporion.commerce.order.OrderLine;
import io.github.emporion.commerce.order.TaxedAmount;
import io.github.emporion.commerce.pricing.PriceBreakdown;
import io.github.emporion.commerce.pricing.PriceCalculator;
import io.github.emporion.commerce.pricing.PriceMode;
import io.github.emporion.commerce.pricing.PricingRequest;
import io.github.emporion.commerce.pricing.promotion.Benefit;
import io.github.emporion.commerce.pricing.promotion.Coupon;
import io.github.emporion.commerce.pricing.promotion.CouponUsage;
import io.github.emporion.commerce.pricing.promotion.LineSelector;
import io.github.emporion.commerce.pricing.promotion.Promotion;
import io.github.emporion.commerce.pricing.promotion.Validity;
import io.github.emporion.commerce.pricing.shipping.ShippingMethod;
import io.github.emporion.commerce.pricing.shipping.ShippingRate;
import io.github.emporion.commerce.pricing.tax.Region;
import io.github.emporion.commerce.pricing.tax.TaxRate;
import io.github.emporion.commerce.pricing.tax.TaxTable;
import io.github.emporion.marketing.budget.BudgetLine;
import io.github.emporion.marketing.budget.BudgetTarget;
import io.github.emporion.marketing.budget.MarketingBudget;
import io.github.emporion.marketing.budget.SpendEntry;
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
import io.github.emporion.marketing.touchpoint.Conversion;
import io.github.emporion.marketing.touchpoint.FunnelStep;
import io.github.emporion.marketing.touchpoint.InteractionType;
import io.github.emporion.marketing.touchpoint.Session;
import io.github.emporion.marketing.touchpoint.Touchpoint;
import io.github.emporion.marketing.traffic.UtmParameter;
import io.github.emporion.money.Monies;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * The simulation behind {@link SampleShop#generate(long)}. Every random draw comes from one {@link
 * SplittableRandom} seeded with the seed, in a fixed order, and every collection that is iterated
 * has a fixed order, so the result depends on the seed only.
 */
final class SampleShopGenerator {

    static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 1, 1);
    private static final Region GERMANY = Region.of("DE");
    private static final TaxCategory REDUCED = TaxCategory.of("reduced");
    private static final int VISITORS = 14_000;
    private static final Instant START = FROM.atStartOfDay(ZONE).toInstant();
    private static final Instant END = TO.atStartOfDay(ZONE).toInstant();
    private static final LocalDate BLACK_FRIDAY_FROM = LocalDate.of(2025, 11, 24);
    private static final LocalDate BLACK_FRIDAY_TO = LocalDate.of(2025, 12, 2);

    /** A channel and how visitors meet it. */
    private record ChannelSpec(
            Channel channel,
            double firstWeight,
            double laterWeight,
            double clickShare,
            double intent,
            InteractionType viewType,
            boolean needsCampaign) {}

    /** A campaign and the click-through rate its platform reports around. */
    private record CampaignSpec(Campaign campaign, double ctr, long dailyReach) {}

    /** What happened on one campaign day. */
    private static final class DayCounts {
        long clicks;
        long views;
        long sessions;
        long conversions;
        long valueMinor;
    }

    private final long seed;
    private final SplittableRandom random;
    private final List<Product> products = new ArrayList<>();
    private final double[] popularity;
    private final List<ChannelSpec> channels = new ArrayList<>();
    private final List<CampaignSpec> campaigns = new ArrayList<>();
    private final PriceCalculator pricing;
    private final ShippingMethod standardShipping;
    private final InMemoryInventory inventory = new InMemoryInventory();
    private final Checkout checkout;

    private final List<Touchpoint> touchpoints = new ArrayList<>();
    private final List<Session> sessions = new ArrayList<>();
    private final List<SampleCart> carts = new ArrayList<>();
    private final List<Order> orders = new ArrayList<>();
    private final List<Conversion> conversions = new ArrayList<>();
    private final List<Customer> customers = new ArrayList<>();
    private final Map<String, Map<LocalDate, DayCounts>> days = new HashMap<>();

    SampleShopGenerator(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
        this.popularity = buildCatalog();
        buildChannelsAndCampaigns();
        TaxTable taxes = TaxTable.empty()
                .with(GERMANY, TaxCategory.STANDARD, TaxRate.of("VAT 19%", "0.19"))
                .with(GERMANY, REDUCED, TaxRate.of("VAT 7%", "0.07"));
        this.standardShipping = new ShippingMethod(
                "standard",
                "Standard parcel",
                new ShippingRate.FreeAbove(eur("4.90"), eur("50.00")),
                TaxCategory.STANDARD);
        this.pricing = PriceCalculator.of(PriceMode.GROSS, taxes)
                .withPromotions(
                        Promotion.of(
                                        "mugs_3for2",
                                        "Mugs: buy 2, get 1 free",
                                        new Benefit.BuyXGetY(2, 1, LineSelector.skus(Sku.of("MUG-01"))))
                                .withPriority(10),
                        Promotion.of(
                                        "black_friday_beans",
                                        "Black Friday: 20 % off coffee beans",
                                        new Benefit.LinePercentOff(
                                                new BigDecimal("0.20"), LineSelector.categories("beans")))
                                .withPriority(20)
                                .withValidity(Validity.of(instant(BLACK_FRIDAY_FROM), instant(BLACK_FRIDAY_TO))),
                        Promotion.of(
                                        "newsletter_10",
                                        "Newsletter: 10 % off the order",
                                        new Benefit.OrderPercentOff(new BigDecimal("0.10")))
                                .withPriority(30)
                                .withCouponRequired(true))
                .withCoupons(List.of(Coupon.of("NEWS10", "newsletter_10")), CouponUsage.none());
        for (Product p : products) {
            inventory.receive(Sku.of(p.id()), 1_000_000);
        }
        this.checkout = Checkout.of(pricing, inventory);
    }

    SampleShop generate() {
        for (int v = 1; v <= VISITORS; v++) {
            simulateVisitor(String.format("v%05d", v));
        }
        List<CampaignPerformance> performance = new ArrayList<>();
        Map<String, Map<LocalDate, Long>> spendByChannelDay = new TreeMap<>();
        for (CampaignSpec spec : campaigns) {
            Campaign campaign = spec.campaign();
            Map<LocalDate, DayCounts> byDay = days.getOrDefault(campaign.id(), Map.of());
            for (LocalDate d = campaign.flight().start();
                    d.isBefore(campaign.flight().end()) && d.isBefore(TO);
                    d = d.plusDays(1)) {
                DayCounts c = byDay.getOrDefault(d, new DayCounts());
                CampaignPerformance day = dailyPerformance(spec, d, c);
                MonetaryAmount spent = campaign.spendOn(day);
                performance.add(day.withSpend(spent));
                spendByChannelDay
                        .computeIfAbsent(campaign.channel().name(), k -> new TreeMap<>())
                        .merge(d, Monies.toMinorUnits(spent), Long::sum);
            }
        }
        List<SpendEntry> spend = new ArrayList<>();
        List<BudgetLine> budgetLines = new ArrayList<>();
        spendByChannelDay.forEach((channel, byDay) -> {
            BudgetTarget target = BudgetTarget.channel(channel);
            Map<YearMonth, Long> monthly = new TreeMap<>();
            byDay.forEach((d, minor) -> {
                spend.add(new SpendEntry(target, d, Monies.ofMinorUnits(minor, EUR)));
                monthly.merge(YearMonth.from(d), minor, Long::sum);
            });
            monthly.forEach((month, minor) -> {
                // Planned within ±15 % of what was spent, in whole euros.
                long plannedEuros =
                        Math.max(1, Math.round(minor / 100.0 * (0.85 + 0.30 * random.nextDouble()) / 10.0) * 10);
                budgetLines.add(new BudgetLine(target, month, Monies.ofMinorUnits(plannedEuros * 100, EUR)));
            });
        });
        touchpoints.sort(Comparator.comparing(Touchpoint::timestamp).thenComparing(Touchpoint::visitorId));
        sessions.sort(Comparator.comparing(Session::start).thenComparing(Session::sessionId));
        carts.sort(Comparator.comparing(SampleCart::createdAt).thenComparing(SampleCart::cartId));
        orders.sort(Comparator.comparing((Order o) -> o.snapshot().placedAt()).thenComparing(o -> o.id().value()));
        conversions.sort(Comparator.comparing(Conversion::timestamp).thenComparing(Conversion::visitorId));
        return new SampleShop(
                seed,
                EUR,
                ZONE,
                FROM,
                TO,
                Catalog.of(products),
                pricing,
                customers,
                channels.stream().map(ChannelSpec::channel).toList(),
                campaigns.stream().map(CampaignSpec::campaign).toList(),
                performance,
                MarketingBudget.of(ZONE, EUR, budgetLines),
                spend,
                touchpoints,
                sessions,
                carts,
                orders,
                conversions);
    }

    // ---------------------------------------------------------------- set-up

    private double[] buildCatalog() {
        Object[][] rows = {
            // id, name, category, type, tax, price, grams, popularity
            {
                "ESP-01",
                "Espresso machine Duo",
                "machines",
                ProductType.PHYSICAL,
                TaxCategory.STANDARD,
                "249.00",
                9000L,
                3.0
            },
            {"GRN-01", "Burr grinder", "grinders", ProductType.PHYSICAL, TaxCategory.STANDARD, "89.90", 2400L, 4.0},
            {"MUG-01", "Ceramic mug", "accessories", ProductType.PHYSICAL, TaxCategory.STANDARD, "12.50", 350L, 9.0},
            {"FRT-01", "Milk frother", "accessories", ProductType.PHYSICAL, TaxCategory.STANDARD, "39.00", 600L, 5.0},
            {"BNS-01", "Coffee beans, house blend 1 kg", "beans", ProductType.PHYSICAL, REDUCED, "24.90", 1000L, 12.0},
            {"BNS-02", "Coffee beans, single origin 250 g", "beans", ProductType.PHYSICAL, REDUCED, "11.90", 250L, 8.0},
            {"BOK-01", "The barista's handbook", "books", ProductType.PHYSICAL, REDUCED, "29.90", 700L, 3.0},
            {"EBK-01", "Brewing guide (e-book)", "digital", ProductType.DIGITAL, TaxCategory.STANDARD, "9.99", 0L, 4.0},
            {"VID-01", "Latte art video course", "digital", ProductType.DIGITAL, TaxCategory.STANDARD, "49.00", 0L, 2.0
            },
            {
                "SRV-01",
                "Machine descaling service",
                "services",
                ProductType.SERVICE,
                TaxCategory.STANDARD,
                "59.00",
                0L,
                1.5
            },
            {
                "SRV-02",
                "Barista workshop (3 hours)",
                "services",
                ProductType.SERVICE,
                TaxCategory.STANDARD,
                "129.00",
                0L,
                1.0
            },
        };
        double[] weights = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            Object[] r = rows[i];
            Sku sku = Sku.of((String) r[0]);
            products.add(Product.of(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (ProductType) r[3],
                    (TaxCategory) r[4],
                    Variant.of(sku, Price.of(eur((String) r[5])), (Long) r[6])));
            weights[i] = (Double) r[7];
        }
        return weights;
    }

    private void buildChannelsAndCampaigns() {
        // the first channel is the fallback when a paid channel has no running campaign
        channel("organic_search", ChannelGroup.ORGANIC_SEARCH, 14, 8, 1.0, 1.0, false);
        channel("paid_search", ChannelGroup.PAID_SEARCH, 10, 12, 1.0, 1.2, true);
        channel("organic_social", ChannelGroup.ORGANIC_SOCIAL, 8, 3, 1.0, 0.5, false);
        channel("paid_social", ChannelGroup.PAID_SOCIAL, 12, 5, 0.45, 0.6, true);
        channel("email", ChannelGroup.EMAIL, 1, 10, 1.0, 1.3, true);
        channel("sms", ChannelGroup.SMS, 0.5, 3, 1.0, 1.1, true);
        channel("display", ChannelGroup.DISPLAY, 12, 6, 0.25, 0.5, true);
        channel("affiliates", ChannelGroup.AFFILIATES, 5, 6, 1.0, 1.4, true);
        channel("video", ChannelGroup.PAID_VIDEO, 7, 2, 0.2, 0.5, true);
        channel("referral", ChannelGroup.REFERRAL, 5, 3, 1.0, 0.9, false);
        channel("direct", ChannelGroup.DIRECT, 4, 14, 1.0, 1.5, false);
        channel("radio", ChannelGroup.AUDIO, 6, 1, 0.0, 0.0, true);
        LocalDate jan = FROM;
        LocalDate end = TO;
        campaign(
                "ps_brand",
                "Brand search",
                "paid_search",
                CampaignObjective.CONVERSION,
                jan,
                end,
                "3000",
                BillingModel.CPC,
                "0.35",
                0.030,
                0);
        campaign(
                "ps_generic",
                "Generic search: espresso",
                "paid_search",
                CampaignObjective.CONSIDERATION,
                jan,
                end,
                "9000",
                BillingModel.CPC,
                "0.80",
                0.018,
                0);
        campaign(
                "so_prospecting",
                "Social prospecting",
                "paid_social",
                CampaignObjective.AWARENESS,
                jan,
                end,
                "4000",
                BillingModel.CPM,
                "6.50",
                0.011,
                0);
        campaign(
                "so_black_friday",
                "Black Friday social",
                "paid_social",
                CampaignObjective.CONVERSION,
                LocalDate.of(2025, 11, 17),
                BLACK_FRIDAY_TO,
                "1500",
                BillingModel.CPM,
                "9.00",
                0.016,
                0);
        campaign(
                "dis_retargeting",
                "Display retargeting",
                "display",
                CampaignObjective.CONVERSION,
                jan,
                end,
                "3500",
                BillingModel.CPM,
                "2.80",
                0.006,
                0);
        campaign(
                "aff_network",
                "Affiliate network",
                "affiliates",
                CampaignObjective.CONVERSION,
                jan,
                end,
                "4000",
                BillingModel.CPA,
                "8.00",
                0.015,
                0);
        campaign(
                "vid_brand",
                "Brand video",
                "video",
                CampaignObjective.AWARENESS,
                jan,
                end,
                "4000",
                BillingModel.CPM,
                "9.00",
                0.008,
                0);
        campaign(
                "em_newsletter",
                "Newsletter",
                "email",
                CampaignObjective.CONSIDERATION,
                jan,
                end,
                "600",
                BillingModel.CPM,
                "1.00",
                0.025,
                0);
        campaign(
                "em_black_friday",
                "Black Friday mailing",
                "email",
                CampaignObjective.CONVERSION,
                LocalDate.of(2025, 11, 20),
                BLACK_FRIDAY_TO,
                "100",
                BillingModel.CPM,
                "1.00",
                0.035,
                0);
        campaign(
                "sms_offers",
                "SMS offers",
                "sms",
                CampaignObjective.CONVERSION,
                jan,
                end,
                "1500",
                BillingModel.CPM,
                "60.00",
                0.030,
                0);
        campaign(
                "radio_autumn",
                "Radio spots, autumn",
                "radio",
                CampaignObjective.AWARENESS,
                LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 12, 24),
                "5000",
                BillingModel.CPM,
                "8.00",
                0.0,
                5000);
    }

    private void channel(
            String name,
            ChannelGroup group,
            double firstWeight,
            double laterWeight,
            double clickShare,
            double intent,
            boolean needsCampaign) {
        InteractionType view =
                group == ChannelGroup.AUDIO ? InteractionType.OFFLINE_EXPOSURE : InteractionType.IMPRESSION;
        ChannelSpec spec = new ChannelSpec(
                Channel.of(name, group), firstWeight, laterWeight, clickShare, intent, view, needsCampaign);
        channels.add(spec);
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    private void campaign(
            String id,
            String name,
            String channelName,
            CampaignObjective objective,
            LocalDate start,
            LocalDate end,
            String budget,
            BillingModel model,
            String rate,
            double ctr,
            long dailyReach) {
        Channel channel = channels.stream()
                .map(ChannelSpec::channel)
                .filter(c -> c.name().equals(channelName))
                .findFirst()
                .orElseThrow();
        Map<UtmParameter, String> utm = new LinkedHashMap<>();
        utm.put(UtmParameter.SOURCE, utmSource(channel.group()));
        utm.put(UtmParameter.MEDIUM, utmMedium(channel.group()));
        utm.put(UtmParameter.CAMPAIGN, id);
        Campaign campaign = new Campaign(
                id,
                name,
                channel,
                objective,
                new Flight(start, end),
                CampaignBudget.total(eur(budget)),
                Billing.of(model, eur(rate)),
                utm,
                CampaignStatus.COMPLETED);
        campaigns.add(new CampaignSpec(campaign, ctr, dailyReach));
    }

    private static String utmSource(ChannelGroup group) {
        return switch (group) {
            case PAID_SEARCH -> "google";
            case PAID_SOCIAL -> "instagram";
            case DISPLAY -> "dv360";
            case AFFILIATES -> "awin";
            case PAID_VIDEO -> "youtube";
            case EMAIL -> "newsletter";
            case SMS -> "sms";
            default -> "radio";
        };
    }

    private static String utmMedium(ChannelGroup group) {
        return switch (group) {
            case PAID_SEARCH -> "cpc";
            case PAID_SOCIAL -> "paid_social";
            case DISPLAY -> "display";
            case AFFILIATES -> "affiliate";
            case PAID_VIDEO -> "cpv";
            case EMAIL -> "email";
            case SMS -> "sms";
            default -> "audio";
        };
    }

    // ------------------------------------------------------------ simulation

    private void simulateVisitor(String visitorId) {
        int remaining = 1 + geometric(0.45, 7);
        Instant at = firstTouchTime();
        @Nullable Customer customer = null;
        int earlier = 0;
        boolean returning = false;
        while (remaining > 0 && at.isBefore(END)) {
            ChannelSpec spec = pickChannel(earlier == 0 && !returning);
            Optional<Campaign> campaign = activeCampaign(spec, at);
            if (spec.needsCampaign() && campaign.isEmpty()) {
                spec = channels.get(0); // organic search when the paid channel is not running
            }
            boolean click = random.nextDouble() < spec.clickShare();
            InteractionType type = click
                    ? (spec.channel().group() == ChannelGroup.EMAIL
                            ? InteractionType.EMAIL_CLICK
                            : InteractionType.CLICK)
                    : spec.viewType();
            Touchpoint tp = Touchpoint.of(visitorId, at, spec.channel(), type);
            if (campaign.isPresent()) {
                tp = tp.withCampaignId(campaign.get().id());
            }
            if (customer != null) {
                tp = tp.withCustomerId(customer.id().value());
            }
            touchpoints.add(tp);
            Instant now = at;
            campaign.ifPresent(c -> count(c, now).views++);
            if (click) {
                campaign.ifPresent(c -> count(c, now).clicks++);
                Optional<Customer> bought = simulateSession(visitorId, spec, campaign, at, earlier, customer);
                if (bought.isPresent()) {
                    boolean first = customer == null;
                    customer = bought.get();
                    if (first && random.nextDouble() < 0.6) {
                        // a happy customer comes back some weeks later
                        remaining += 1 + geometric(0.5, 4);
                        at = at.plus(Duration.ofDays(20 + random.nextInt(70)));
                        returning = true;
                        earlier = 0;
                        remaining--;
                        continue;
                    }
                }
            }
            earlier++;
            remaining--;
            long gapSeconds = 600 + (long) (-Math.log(1 - random.nextDouble()) * 4 * 86_400);
            at = at.plusSeconds(gapSeconds);
        }
    }

    private Optional<Customer> simulateSession(
            String visitorId,
            ChannelSpec spec,
            Optional<Campaign> campaign,
            Instant start,
            int earlierTouches,
            @Nullable Customer known) {
        String sessionId = String.format("s%06d", sessions.size() + 1);
        boolean bounced = random.nextDouble() < 0.42;
        long pageViews = bounced ? 1 : 2 + geometric(0.3, 20);
        double intent = spec.intent()
                * (0.7 + 0.3 * Math.min(earlierTouches, 4))
                * (known != null ? 1.3 : 1.0)
                * (blackFriday(start) ? 1.4 : 1.0);
        EnumSet<FunnelStep> steps = EnumSet.noneOf(FunnelStep.class);
        boolean viewed = random.nextDouble() < (bounced ? 0.25 : 0.7);
        boolean added = viewed && random.nextDouble() < Math.min(0.9, 0.16 * intent);
        boolean checkout = added && random.nextDouble() < 0.5;
        boolean purchased = checkout && random.nextDouble() < 0.6;
        if (viewed) {
            steps.add(FunnelStep.VIEWED_PRODUCT);
        }
        if (added) {
            steps.add(FunnelStep.ADDED_TO_CART);
        }
        if (checkout) {
            steps.add(FunnelStep.BEGAN_CHECKOUT);
        }
        if (purchased) {
            steps.add(FunnelStep.PURCHASED);
        }
        long seconds = 10 + (long) (pageViews * -Math.log(1 - random.nextDouble()) * 45);
        if (purchased) {
            seconds += 240;
        }
        Instant end = start.plusSeconds(bounced ? 0 : seconds);
        campaign.ifPresent(c -> count(c, start).sessions++);
        Optional<Customer> buyer = Optional.empty();
        if (added) {
            boolean b2b = known != null ? known.type() == CustomerType.B2B : random.nextDouble() < 0.08;
            Cart cart = fillCart(b2b);
            Customer customer = purchased ? (known != null ? known : newCustomer(b2b, end)) : null;
            // A purchased cart is priced (and the order placed) when the checkout completes.
            PricingRequest request = PricingRequest.of(GERMANY, customer != null ? end : start);
            if (customer != null) {
                request = request.withCustomer(customer.id().value());
            }
            if (cart.requiresShipping()) {
                request = request.withShipping(standardShipping);
            }
            if (spec.channel().group() == ChannelGroup.EMAIL && random.nextDouble() < 0.5) {
                request = request.withCoupons("NEWS10");
            }
            String cartId = String.format("c%06d", carts.size() + 1);
            Optional<String> orderId = Optional.empty();
            PriceBreakdown price;
            if (customer == null) {
                price = pricing.calculate(cart, request);
            } else {
                OrderId id = OrderId.of(String.format("o%05d", orders.size() + 1));
                CheckoutRequest checkoutRequest = cart.requiresShipping()
                        ? CheckoutRequest.shipped(
                                id,
                                customer.id(),
                                cart,
                                request,
                                customer.contact().address().orElseThrow())
                        : CheckoutRequest.unshipped(id, customer.id(), cart, request);
                CheckoutResult placed = this.checkout.place(checkoutRequest);
                price = placed.breakdown();
                placed.reservations().forEach(r -> inventory.commit(r.id(), r.quantity()));
                Order order = fulfil(placed.order(), end);
                orders.add(order);
                orderId = Optional.of(order.id().value());
                MonetaryAmount value = price.grandTotal();
                conversions.add(Conversion.of(visitorId, end, value)
                        .withOrderId(order.id().value())
                        .withCustomerId(customer.id().value()));
                campaign.ifPresent(c -> {
                    DayCounts counts = count(c, start);
                    counts.conversions++;
                    counts.valueMinor += Monies.toMinorUnits(value);
                });
                buyer = Optional.of(customer);
            }
            carts.add(new SampleCart(cartId, sessionId, visitorId, start, cart, price, orderId));
        }
        sessions.add(new Session(sessionId, visitorId, start, end, spec.channel(), pageViews, purchased, steps));
        return buyer;
    }

    private Cart fillCart(boolean b2b) {
        Cart cart = Cart.empty(EUR);
        int lines = 1 + geometric(0.55, 3);
        for (int i = 0; i < lines; i++) {
            Product p = products.get(pick(popularity));
            if (cart.line(Sku.of(p.id())).isPresent()) {
                continue;
            }
            int quantity = b2b ? 2 + random.nextInt(9) : 1 + geometric(0.7, 3);
            if (p.id().equals("MUG-01") && random.nextDouble() < 0.4) {
                quantity = Math.max(quantity, 3);
            }
            cart = cart.add(io.github.emporion.commerce.catalog.CatalogItem.of(p, Sku.of(p.id())), quantity);
        }
        return cart;
    }

    private Customer newCustomer(boolean b2b, Instant at) {
        String id = String.format("C%05d", customers.size() + 1);
        MarketingConsent consent = MarketingConsent.none();
        if (random.nextDouble() < 0.6) {
            consent = consent.grant(ConsentChannel.EMAIL, at, "checkout");
        }
        if (random.nextDouble() < 0.25) {
            consent = consent.grant(ConsentChannel.SMS, at, "checkout");
        }
        if (random.nextDouble() < 0.8) {
            consent = consent.grant(ConsentChannel.TRACKING, at, "cookie banner");
        }
        Customer customer = Customer.of(CustomerId.of(id), b2b ? CustomerType.B2B : CustomerType.B2C)
                .withContact(ContactDetails.ofEmail(id.toLowerCase(java.util.Locale.ROOT) + "@example.com")
                        .withAddress(address(b2b)))
                .withConsent(consent);
        customers.add(customer);
        return customer;
    }

    private PostalAddress address(boolean b2b) {
        String[][] cities = {
            {"10115", "Berlin"},
            {"20095", "Hamburg"},
            {"80331", "München"},
            {"50667", "Köln"},
            {"60311", "Frankfurt am Main"},
            {"04109", "Leipzig"}
        };
        String[] city = cities[random.nextInt(cities.length)];
        String street = (b2b ? "Gewerbestraße " : "Lindenallee ") + (1 + random.nextInt(120));
        return PostalAddress.of(List.of(street), city[0], city[1], "DE");
    }

    /** Plays a placed order's lifecycle: payment, shipments, delivery, sometimes a return. */
    private Order fulfil(Order placed, Instant placedAt) {
        String id = placed.id().value();
        List<OrderLine> lines = placed.snapshot().lines();
        TaxedAmount shipping = placed.snapshot().shipping();
        Instant t = placedAt.plusSeconds(5);
        Order order = placed.authorizePayment(t);
        t = t.plusSeconds(55);
        order = order.capturePayment(t);
        List<OrderLine> physical = lines.stream().filter(OrderLine::shippable).toList();
        if (physical.isEmpty()) {
            return order.deliverDigital(t.plusSeconds(60));
        }
        boolean split = physical.size() > 1 && random.nextDouble() < 0.35;
        List<List<OrderLine>> parcels =
                split ? List.of(physical.subList(0, 1), physical.subList(1, physical.size())) : List.of(physical);
        t = t.plus(Duration.ofHours(12 + random.nextInt(36)));
        List<String> shipmentIds = new ArrayList<>();
        for (List<OrderLine> parcel : parcels) {
            String shipmentId = id + "-sh" + (shipmentIds.size() + 1);
            Map<String, Integer> quantities = new LinkedHashMap<>();
            parcel.forEach(l -> quantities.put(l.sku(), l.quantity()));
            order = order.prepareShipment(shipmentId, quantities, t);
            t = t.plus(Duration.ofHours(4));
            order = order.ship(shipmentId, t);
            shipmentIds.add(shipmentId);
            t = t.plus(Duration.ofHours(24 + random.nextInt(48)));
        }
        for (String shipmentId : shipmentIds) {
            t = t.plus(Duration.ofHours(24 + random.nextInt(48)));
            order = order.deliver(shipmentId, t);
        }
        if (random.nextDouble() < 0.12) {
            OrderLine line = physical.get(random.nextInt(physical.size()));
            int units = line.quantity() > 1 && random.nextDouble() < 0.3 ? 2 : 1;
            String returnId = id + "-rt1";
            t = t.plus(Duration.ofDays(3 + random.nextInt(12)));
            order = order.requestReturn(returnId, Map.of(line.sku(), units), t);
            order = order.acceptReturn(returnId, t.plus(Duration.ofDays(1)));
            order = order.receiveReturn(returnId, t.plus(Duration.ofDays(5)));
            order = order.completeReturn(returnId, t.plus(Duration.ofDays(6)));
        } else if (random.nextDouble() < 0.02 && !Monies.isEqual(shipping.gross(), Monies.zero(EUR))) {
            // goodwill: a late parcel, the shipping charge refunded
            order = order.refund(shipping.gross(), t.plus(Duration.ofDays(2)));
        }
        return order;
    }

    private CampaignPerformance dailyPerformance(CampaignSpec spec, LocalDate date, DayCounts c) {
        long impressions;
        if (spec.dailyReach() > 0) {
            impressions = Math.round(spec.dailyReach() * (0.8 + 0.4 * random.nextDouble()));
        } else {
            double ctr = spec.ctr() * (0.85 + 0.30 * random.nextDouble());
            impressions = Math.max(c.views, Math.round((c.clicks + 0.5 + random.nextDouble()) / ctr));
        }
        return CampaignPerformance.builder(spec.campaign().id(), date, EUR)
                .impressions(impressions)
                .clicks(c.clicks)
                .sessions(c.sessions)
                .conversions(c.conversions)
                .conversionValue(Monies.ofMinorUnits(c.valueMinor, EUR))
                .build();
    }

    // ---------------------------------------------------------------- helpers

    private DayCounts count(Campaign campaign, Instant at) {
        return days.computeIfAbsent(campaign.id(), k -> new HashMap<>())
                .computeIfAbsent(LocalDate.ofInstant(at, ZONE), k -> new DayCounts());
    }

    private ChannelSpec pickChannel(boolean first) {
        double[] w = new double[channels.size()];
        for (int i = 0; i < w.length; i++) {
            ChannelSpec s = channels.get(i);
            w[i] = first ? s.firstWeight() : s.laterWeight();
        }
        return channels.get(pick(w));
    }

    private Optional<Campaign> activeCampaign(ChannelSpec spec, Instant at) {
        LocalDate day = LocalDate.ofInstant(at, ZONE);
        List<Campaign> active = campaigns.stream()
                .map(CampaignSpec::campaign)
                .filter(c -> c.channel().equals(spec.channel()) && c.flight().contains(day))
                .toList();
        if (active.isEmpty()) {
            return Optional.empty();
        }
        // seasonal campaigns (the later ones) win most of the traffic while they run
        if (active.size() > 1 && random.nextDouble() < 0.6) {
            return Optional.of(active.get(active.size() - 1));
        }
        return Optional.of(active.get(random.nextInt(active.size())));
    }

    private Instant firstTouchTime() {
        long span = Duration.between(START, END).getSeconds() - 10 * 86_400L;
        while (true) {
            Instant at = START.plusSeconds((long) (random.nextDouble() * span));
            int month = LocalDate.ofInstant(at, ZONE).getMonthValue();
            double weight = month == 11 ? 1.6 : month == 12 ? 1.4 : month >= 6 && month <= 8 ? 0.8 : 1.0;
            if (random.nextDouble() * 1.6 < weight) {
                return at;
            }
        }
    }

    private static boolean blackFriday(Instant at) {
        LocalDate d = LocalDate.ofInstant(at, ZONE);
        return !d.isBefore(BLACK_FRIDAY_FROM) && d.isBefore(BLACK_FRIDAY_TO);
    }

    private int pick(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Number of failures before the first success, capped. */
    private int geometric(double p, int cap) {
        int n = 0;
        while (n < cap && random.nextDouble() >= p) {
            n++;
        }
        return n;
    }

    private static MonetaryAmount eur(String amount) {
        return Monies.of(new BigDecimal(amount).setScale(2, RoundingMode.UNNECESSARY), EUR);
    }

    private static Instant instant(LocalDate date) {
        return date.atStartOfDay(ZONE).toInstant();
    }
}

package io.github.emporion.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
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
import io.github.emporion.marketing.campaign.Engagements;
import io.github.emporion.marketing.campaign.Flight;
import io.github.emporion.marketing.channel.Channel;
import io.github.emporion.marketing.channel.ChannelGroup;
import io.github.emporion.marketing.touchpoint.FunnelStep;
import io.github.emporion.marketing.touchpoint.Session;
import io.github.emporion.marketing.traffic.UtmParameter;
import io.github.emporion.metrics.grouped.CartFact;
import io.github.emporion.metrics.grouped.CartKpiAccumulator;
import io.github.emporion.metrics.grouped.CartSummary;
import io.github.emporion.metrics.grouped.EngagementFact;
import io.github.emporion.metrics.grouped.EngagementKpiAccumulator;
import io.github.emporion.metrics.grouped.EngagementSummary;
import io.github.emporion.metrics.grouped.KpiBreakdown;
import io.github.emporion.metrics.grouped.MarketingFact;
import io.github.emporion.metrics.grouped.MarketingKpiAccumulator;
import io.github.emporion.metrics.grouped.MarketingSummary;
import io.github.emporion.metrics.grouped.MinorUnits;
import io.github.emporion.metrics.grouped.OrderFact;
import io.github.emporion.metrics.grouped.OrderKpiAccumulator;
import io.github.emporion.metrics.grouped.OrderSummary;
import io.github.emporion.metrics.grouped.SessionFact;
import io.github.emporion.metrics.grouped.SessionKpiAccumulator;
import io.github.emporion.metrics.grouped.SessionSummary;
import io.github.emporion.metrics.kpi.KpiResult;
import io.github.emporion.metrics.kpi.SalesTotals;
import io.github.emporion.metrics.report.AttributedOrder;
import io.github.emporion.metrics.report.Attribution;
import io.github.emporion.metrics.report.CampaignDay;
import io.github.emporion.metrics.report.CustomerKpiResult;
import io.github.emporion.metrics.report.CustomerKpis;
import io.github.emporion.metrics.report.GroupBy;
import io.github.emporion.metrics.report.KpiReport;
import io.github.emporion.metrics.report.KpiReportResult;
import io.github.emporion.metrics.report.ReportKey;
import io.github.emporion.metrics.report.SessionVisit;
import io.github.emporion.metrics.report.TrackedCart;
import io.github.emporion.metrics.time.Granularity;
import io.github.emporion.metrics.time.TimeBucketing;
import io.github.emporion.metrics.time.TimeWindow;
import io.github.emporion.money.Monies;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * The metrics report types: the grouped facts and summaries, {@link KpiBreakdown} (groups keyed by
 * strings, enums and {@link ReportKey}s), the report's inputs, configuration and result. Random
 * instances are made the natural way where there is one (summaries by the real accumulators over
 * random facts, results by running {@link KpiReport} and {@link CustomerKpis} on random rows) and
 * directly for edge values (zero counts, empty groups), in EUR, JPY, KWD, BHD and USD and several
 * zones.
 */
class ReportRoundTripTest {

    private static final long SEED = 20261122_7L;
    private static final List<String> CURRENCIES = List.of("EUR", "JPY", "KWD", "BHD", "USD");
    private static final List<String> ZONES =
            List.of("UTC", "Europe/Athens", "Asia/Kuwait", "America/New_York", "Asia/Tokyo", "Pacific/Chatham");
    private static final List<Channel> CHANNELS = List.of(
            Channel.of("search", ChannelGroup.PAID_SEARCH),
            Channel.of("newsletter", ChannelGroup.EMAIL),
            Channel.of("social", ChannelGroup.PAID_SOCIAL),
            Channel.of(ChannelGroup.DIRECT));
    private static final Instant EPOCH = Instant.parse("2026-02-20T00:00:00Z");

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new EmporionModule());

    /** One generator per type (the generic ones with keys of several types): random valid instances. */
    static final List<Function<Random, Object>> GENERATORS = List.of(
            ReportRoundTripTest::timeBucketing,
            ReportRoundTripTest::reportKey,
            ReportRoundTripTest::attribution,
            r -> new CartFact<>(anyKey(r), r.nextBoolean()),
            r -> sessionFact(r, anyKey(r)),
            r -> marketingFact(r, anyKey(r), currency(r)),
            r -> engagementFact(r, anyKey(r), currency(r)),
            r -> orderFact(r, anyKey(r), currency(r)),
            ReportRoundTripTest::accumulatedBreakdown,
            ReportRoundTripTest::edgeSummary,
            ReportRoundTripTest::edgeBreakdown,
            ReportRoundTripTest::customerKpiResult,
            ReportRoundTripTest::edgeCustomerKpiResult,
            r -> campaignDay(r, currency(r), CHANNELS.get(r.nextInt(CHANNELS.size())), r.nextBoolean()),
            r -> new SessionVisit(session(r, EPOCH.plusSeconds(r.nextInt(3_000_000)))),
            r -> trackedCart(r, currency(r), EPOCH.plusSeconds(r.nextInt(3_000_000))),
            ReportRoundTripTest::kpiReport,
            ReportRoundTripTest::kpiReportResult);

    // ---- generators -------------------------------------------------------------------------

    private static CurrencyUnit currency(Random r) {
        return Monetary.getCurrency(CURRENCIES.get(r.nextInt(CURRENCIES.size())));
    }

    private static ZoneId zone(Random r) {
        return ZoneId.of(ZONES.get(r.nextInt(ZONES.size())));
    }

    private static <T extends Enum<T>> T pick(Random r, Class<T> type) {
        T[] values = type.getEnumConstants();
        return values[r.nextInt(values.length)];
    }

    private static MonetaryAmount money(Random r, CurrencyUnit currency, int maxMinor) {
        return MinorUnits.toAmount(r.nextInt(maxMinor), currency);
    }

    static TimeBucketing timeBucketing(Random r) {
        return new TimeBucketing(pick(r, Granularity.class), zone(r), pick(r, DayOfWeek.class));
    }

    static ReportKey reportKey(Random r) {
        return new ReportKey(
                r.nextBoolean()
                        ? Optional.of(CHANNELS.get(r.nextInt(CHANNELS.size())).name())
                        : Optional.empty(),
                r.nextBoolean() ? Optional.of(pick(r, ChannelGroup.class)) : Optional.empty(),
                r.nextBoolean() ? Optional.of("camp-" + r.nextInt(5)) : Optional.empty(),
                r.nextBoolean()
                        ? Optional.of(timeBucketing(r).bucket(EPOCH.plusSeconds(r.nextInt(100_000_000))))
                        : Optional.empty());
    }

    static Attribution attribution(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> Attribution.NONE;
            case 1 -> Attribution.of(CHANNELS.get(r.nextInt(CHANNELS.size())));
            default -> Attribution.of(CHANNELS.get(r.nextInt(CHANNELS.size())), "camp-" + r.nextInt(5));
        };
    }

    /** A key maker of one type: channel names, channel groups (an enum) or report keys. */
    private static Function<Random, Object> keys(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> k -> CHANNELS.get(k.nextInt(CHANNELS.size())).name();
            case 1 -> k -> pick(k, ChannelGroup.class);
            default -> ReportRoundTripTest::reportKey;
        };
    }

    private static Object anyKey(Random r) {
        return keys(r).apply(r);
    }

    static <K> SessionFact<K> sessionFact(Random r, K key) {
        return new SessionFact<>(
                key,
                r.nextBoolean(),
                r.nextBoolean(),
                r.nextBoolean(),
                r.nextBoolean(),
                r.nextBoolean(),
                r.nextBoolean());
    }

    static <K> MarketingFact<K> marketingFact(Random r, K key, CurrencyUnit currency) {
        long impressions = r.nextInt(4) == 0 ? 0 : r.nextInt(100_000);
        long clicks = impressions == 0 ? 0 : r.nextLong(impressions + 1);
        return MarketingFact.of(
                key,
                impressions,
                clicks,
                r.nextInt(50),
                money(r, currency, 10_000_000),
                money(r, currency, 50_000_000));
    }

    static <K> EngagementFact<K> engagementFact(Random r, K key, CurrencyUnit currency) {
        return EngagementFact.of(
                key, r.nextInt(100_000), r.nextInt(10_000), r.nextInt(100), money(r, currency, 10_000_000));
    }

    static <K> OrderFact<K> orderFact(Random r, K key, CurrencyUnit currency) {
        long units = r.nextInt(20);
        return OrderFact.of(
                key,
                units,
                units == 0 ? 0 : r.nextLong(units + 1),
                money(r, currency, 5_000_000),
                money(r, currency, 100_000),
                money(r, currency, 1_000_000),
                money(r, currency, 500_000),
                money(r, currency, 10_000),
                money(r, currency, 2_000_000),
                r.nextBoolean());
    }

    /** A breakdown made by one of the five grouped accumulators over 0 to 40 random facts. */
    static KpiBreakdown<Object, ?> accumulatedBreakdown(Random r) {
        Function<Random, Object> keys = keys(r);
        CurrencyUnit currency = currency(r);
        int rows = r.nextInt(6) == 0 ? 0 : 1 + r.nextInt(40);
        switch (r.nextInt(5)) {
            case 0: {
                CartKpiAccumulator<Object> acc = new CartKpiAccumulator<>();
                for (int i = 0; i < rows; i++) {
                    acc.add(new CartFact<>(keys.apply(r), r.nextBoolean()));
                }
                return acc.result();
            }
            case 1: {
                SessionKpiAccumulator<Object> acc = new SessionKpiAccumulator<>();
                for (int i = 0; i < rows; i++) {
                    acc.add(sessionFact(r, keys.apply(r)));
                }
                return acc.result();
            }
            case 2: {
                MarketingKpiAccumulator<Object> acc = new MarketingKpiAccumulator<>(currency);
                for (int i = 0; i < rows; i++) {
                    acc.add(marketingFact(r, keys.apply(r), currency));
                }
                return acc.result();
            }
            case 3: {
                EngagementKpiAccumulator<Object> acc = new EngagementKpiAccumulator<>(currency);
                for (int i = 0; i < rows; i++) {
                    acc.add(engagementFact(r, keys.apply(r), currency));
                }
                return acc.result();
            }
            default: {
                OrderKpiAccumulator<Object> acc = new OrderKpiAccumulator<>(currency);
                for (int i = 0; i < rows; i++) {
                    acc.add(orderFact(r, keys.apply(r), currency));
                }
                return acc.result();
            }
        }
    }

    /** Summaries made directly: all zero (every rate undefined), or every count equal (rates 0 or 1). */
    static Object edgeSummary(Random r) {
        CurrencyUnit currency = currency(r);
        MonetaryAmount zero = MinorUnits.toAmount(0, currency);
        long n = r.nextBoolean() ? 0 : 1 + r.nextInt(1000);
        return switch (r.nextInt(5)) {
            case 0 -> new CartSummary(n, r.nextBoolean() ? n : 0);
            case 1 -> new SessionSummary(n, n, n, n, n, n, n, n);
            case 2 -> new MarketingSummary(n, n, 0, zero, zero);
            case 3 -> new EngagementSummary(n, 0, 0, zero);
            default -> new OrderSummary(0, 0, 0, 0, new SalesTotals(zero, zero, zero, zero, zero), zero);
        };
    }

    /** A breakdown made directly: no group and a zero total, or one group equal to the total. */
    static KpiBreakdown<Object, Object> edgeBreakdown(Random r) {
        Object summary = edgeSummary(r);
        Map<Object, Object> groups = new LinkedHashMap<>();
        if (r.nextBoolean()) {
            groups.put(r.nextBoolean() ? ReportKey.ALL : anyKey(r), summary);
        }
        return new KpiBreakdown<>(groups, summary);
    }

    static Channel channel(Random r) {
        return CHANNELS.get(r.nextInt(CHANNELS.size()));
    }

    static Campaign campaign(Random r, CurrencyUnit currency, Channel channel) {
        Map<UtmParameter, String> tags = new EnumMap<>(UtmParameter.class);
        if (r.nextBoolean()) {
            tags.put(UtmParameter.SOURCE, "google");
            tags.put(UtmParameter.CAMPAIGN, "spring-" + r.nextInt(9));
        }
        LocalDate start = LocalDate.of(2026, 1, 1).plusDays(r.nextInt(60));
        return new Campaign(
                "camp-" + channel.name(),
                "Campaign on " + channel.name(),
                channel,
                pick(r, CampaignObjective.class),
                new Flight(start, start.plusDays(1 + r.nextInt(200))),
                r.nextBoolean()
                        ? CampaignBudget.total(money(r, currency, 100_000_000))
                        : CampaignBudget.daily(money(r, currency, 1_000_000)),
                Billing.of(pick(r, BillingModel.class), money(r, currency, 10_000)),
                tags,
                pick(r, CampaignStatus.class));
    }

    static CampaignDay campaignDay(Random r, CurrencyUnit currency, Channel channel, boolean withSpend) {
        Campaign campaign = campaign(r, currency, channel);
        long impressions = r.nextInt(50_000);
        CampaignPerformance.Builder day = CampaignPerformance.builder(
                        campaign.id(), LocalDate.of(2026, 2, 25).plusDays(r.nextInt(25)), currency)
                .impressions(impressions)
                .reach(impressions == 0 ? 0 : r.nextLong(impressions + 1))
                .clicks(impressions == 0 ? 0 : r.nextLong(Math.min(impressions, 2000) + 1))
                .engagements(new Engagements(r.nextInt(100), r.nextInt(100), r.nextInt(100), r.nextInt(100)))
                .sessions(r.nextInt(500))
                .leads(r.nextInt(20))
                .conversions(r.nextInt(30))
                .conversionValue(money(r, currency, 10_000_000));
        CampaignPerformance performance = day.build();
        if (withSpend) {
            performance = performance.withSpend(money(r, currency, 1_000_000));
        }
        return new CampaignDay(campaign, performance);
    }

    static Session session(Random r, Instant start) {
        EnumSet<FunnelStep> steps = EnumSet.noneOf(FunnelStep.class);
        for (FunnelStep step : FunnelStep.values()) {
            if (r.nextInt(3) == 0) {
                steps.add(step);
            }
        }
        boolean converted = steps.contains(FunnelStep.PURCHASED) || r.nextInt(10) == 0;
        return new Session(
                "s" + r.nextInt(1_000_000),
                "v" + r.nextInt(1_000),
                start,
                start.plusSeconds(r.nextInt(600)),
                channel(r),
                r.nextInt(12),
                converted,
                steps);
    }

    static TrackedCart trackedCart(Random r, CurrencyUnit currency, Instant createdAt) {
        return new TrackedCart(
                CommerceRoundTripTest.cart(r, currency.getCurrencyCode()),
                createdAt,
                r.nextBoolean() ? Optional.of(OrderId.of("o-" + r.nextInt(100_000))) : Optional.empty(),
                attribution(r));
    }

    /**
     * A paid order of one to three net-priced lines, possibly cancelled, placed by one of 12
     * customers; with a cost of goods if {@code costs}, else sometimes.
     */
    static AttributedOrder order(Random r, CurrencyUnit currency, Instant placedAt, boolean costs) {
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
            int quantity = 1 + r.nextInt(5);
            MonetaryAmount unit = MinorUnits.toAmount(1 + r.nextInt(100_000), currency);
            MonetaryAmount net = unit.multiply(quantity);
            MonetaryAmount tax = money(r, currency, 10_000);
            lines.add(OrderLine.of(
                    "SKU-" + i, true, quantity, unit, MinorUnits.toAmount(0, currency), net, tax, net.add(tax)));
        }
        OrderSnapshot snapshot = new OrderSnapshot(
                OrderId.of("o-" + r.nextInt(1_000_000)),
                CustomerId.of("c-" + r.nextInt(12)),
                currency,
                placedAt,
                false,
                lines,
                TaxedAmount.zero(currency));
        Order order = Order.place(snapshot).capturePayment(placedAt.plusSeconds(60));
        if (r.nextInt(8) == 0) {
            order = order.cancel(placedAt.plusSeconds(120));
        }
        AttributedOrder row = AttributedOrder.of(order, attribution(r));
        return !costs && r.nextBoolean() ? row : row.withCostOfGoods(money(r, currency, 50_000));
    }

    static KpiReport kpiReport(Random r) {
        EnumSet<GroupBy> groupBy = EnumSet.noneOf(GroupBy.class);
        for (GroupBy dimension : List.of(GroupBy.CHANNEL, GroupBy.CHANNEL_GROUP, GroupBy.CAMPAIGN)) {
            if (r.nextBoolean()) {
                groupBy.add(dimension);
            }
        }
        if (r.nextBoolean()) {
            groupBy.add(List.of(GroupBy.DAY, GroupBy.WEEK, GroupBy.MONTH).get(r.nextInt(3)));
        }
        ZoneId zone = zone(r);
        LocalDate from = LocalDate.of(2026, 3, 1).minusDays(r.nextInt(5));
        return new KpiReport(
                currency(r),
                zone,
                TimeWindow.of(
                        from.atStartOfDay(zone).toInstant(),
                        from.plusDays(1 + r.nextInt(20)).atStartOfDay(zone).toInstant()),
                groupBy,
                pick(r, DayOfWeek.class));
    }

    /** The result of running a random report over 0 to 60 random rows of every kind. */
    static KpiReportResult kpiReportResult(Random r) {
        KpiReport report = kpiReport(r);
        CurrencyUnit currency = report.currency();
        List<CampaignDay> days = new ArrayList<>();
        List<Session> sessions = new ArrayList<>();
        List<AttributedOrder> orders = new ArrayList<>();
        List<TrackedCart> carts = new ArrayList<>();
        Map<Channel, Campaign> campaigns = new LinkedHashMap<>();
        boolean costs = r.nextBoolean();
        for (int i = 0, n = r.nextInt(5) == 0 ? 0 : r.nextInt(60); i < n; i++) {
            Instant at = EPOCH.plusSeconds(r.nextInt(30 * 24 * 3600));
            switch (r.nextInt(4)) {
                case 0 -> {
                    // one campaign per channel, with the reported spend the report needs
                    Channel channel = channel(r);
                    CampaignDay day = campaignDay(r, currency, channel, true);
                    Campaign campaign = campaigns.computeIfAbsent(channel, c -> day.campaign());
                    days.add(new CampaignDay(campaign, day.performance()));
                }
                case 1 -> sessions.add(session(r, at));
                case 2 -> orders.add(order(r, currency, at, costs));
                default -> carts.add(trackedCart(r, currency, at));
            }
        }
        return report.run(days, sessions, orders, carts);
    }

    /** The customer KPIs of 0 to 40 random orders in a random base period and period. */
    static CustomerKpiResult customerKpiResult(Random r) {
        CurrencyUnit currency = currency(r);
        Instant baseStart = EPOCH.plus(Duration.ofDays(r.nextInt(5)));
        Instant periodStart = baseStart.plus(Duration.ofDays(5 + r.nextInt(5)));
        TimeWindow base = TimeWindow.of(baseStart, periodStart.minus(Duration.ofDays(r.nextInt(2))));
        TimeWindow period = TimeWindow.of(periodStart, periodStart.plus(Duration.ofDays(1 + r.nextInt(10))));
        List<AttributedOrder> orders = new ArrayList<>();
        boolean costs = r.nextBoolean();
        for (int i = 0, n = r.nextInt(40); i < n; i++) {
            Instant at = EPOCH.minus(Duration.ofDays(5)).plusSeconds(r.nextInt(25 * 24 * 3600));
            orders.add(order(r, currency, at, costs));
        }
        return CustomerKpis.compute(orders, base, period);
    }

    /** Customer KPIs made directly: no customers at all, or every count equal. */
    static CustomerKpiResult edgeCustomerKpiResult(Random r) {
        TimeWindow base = TimeWindow.of(EPOCH, EPOCH.plus(Duration.ofDays(7)));
        TimeWindow period = TimeWindow.of(base.end(), base.end().plus(Duration.ofDays(7)));
        Optional<MonetaryAmount> profit =
                r.nextBoolean() ? Optional.empty() : Optional.of(MinorUnits.toAmount(0, currency(r)));
        if (r.nextBoolean()) {
            return new CustomerKpiResult(base, period, 0, 0, 0, 0, 0, 0, 0, profit);
        }
        long n = 1 + r.nextInt(100);
        return new CustomerKpiResult(base, period, 0, n, n, n, n, 2 * n, n, profit);
    }

    // ---- the round trip ---------------------------------------------------------------------

    /** The class of a value as a type argument: an enum constant's enum, not its constant body. */
    private static Class<?> typeArgument(Object value) {
        return value instanceof Enum<?> constant ? constant.getDeclaringClass() : value.getClass();
    }

    /**
     * The type a Java caller reads a value as: its class, with the key type of a fact and the key and
     * summary types of a breakdown (as a {@code TypeReference} or a record component would give).
     */
    static JavaType typeOf(TypeFactory types, Object value) {
        if (value instanceof KpiBreakdown<?, ?> breakdown) {
            Class<?> key = breakdown.groups().keySet().stream()
                    .findFirst()
                    .<Class<?>>map(ReportRoundTripTest::typeArgument)
                    .orElse(Object.class);
            return types.constructParametricType(KpiBreakdown.class, key, typeArgument(breakdown.total()));
        }
        Object key;
        if (value instanceof CartFact<?> fact) {
            key = fact.key();
        } else if (value instanceof SessionFact<?> fact) {
            key = fact.key();
        } else if (value instanceof MarketingFact<?> fact) {
            key = fact.key();
        } else if (value instanceof EngagementFact<?> fact) {
            key = fact.key();
        } else if (value instanceof OrderFact<?> fact) {
            key = fact.key();
        } else {
            return types.constructType(value.getClass());
        }
        return types.constructParametricType(value.getClass(), typeArgument(key));
    }

    @Test
    void roundTrip_randomInstancesOfEveryReportType_equal() throws Exception {
        RoundTrips.assertEveryDrawRoundTrips(
                mapper, GENERATORS, SEED, value -> typeOf(mapper.getTypeFactory(), value), Object::equals);
    }

    @Test
    void roundTrip_kpiReportResult_readBackRecomputesTheSameKpis() throws Exception {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < 200; i++) {
            KpiReportResult result = kpiReportResult(random);
            String json = mapper.writeValueAsString(result);
            KpiReportResult back = mapper.readValue(json, KpiReportResult.class);
            assertThat(back.kpis()).as("seed %d: %s", SEED + 1, json).isEqualTo(result.kpis());
        }
    }

    @Test
    void roundTrip_breakdownOfKpiResultsReadAsTyped_keepsEachResultsType() throws Exception {
        Random random = new Random(SEED + 2);
        TypeReference<KpiBreakdown<ReportKey, KpiResult>> type = new TypeReference<>() {};
        int breakdowns = 0;
        for (int i = 0; i < 50; i++) {
            for (KpiBreakdown<ReportKey, KpiResult> kpi :
                    kpiReportResult(random).kpis().values()) {
                String json = mapper.writerFor(type).writeValueAsString(kpi);
                assertThat(mapper.readValue(json, type))
                        .as("seed %d: %s", SEED + 2, json)
                        .isEqualTo(kpi);
                breakdowns++;
            }
        }
        assertThat(breakdowns).isGreaterThan(500);
    }

    @Test
    void generators_drawNonTrivialResults_soTheRoundTripIsNotVacuous() {
        Random random = new Random(SEED + 7);
        int withOrders = 0;
        int withSessions = 0;
        int withCampaignDays = 0;
        int withCarts = 0;
        int withProfit = 0;
        int retained = 0;
        for (int i = 0; i < 300; i++) {
            KpiReportResult result = kpiReportResult(random);
            withOrders += result.orders().total().orders() > 0
                            && !result.orders().groups().isEmpty()
                    ? 1
                    : 0;
            withSessions += result.sessions().total().sessions() > 0 ? 1 : 0;
            withCampaignDays += result.marketing().total().impressions() > 0 ? 1 : 0;
            withCarts += result.carts().total().carts() > 0 ? 1 : 0;
            CustomerKpiResult customers = customerKpiResult(random);
            withProfit += customers.grossProfitToDate().isPresent() ? 1 : 0;
            retained +=
                    customers.customersAtStart() > 0 && customers.newCustomers() < customers.customersAtEnd() ? 1 : 0;
        }
        assertThat(List.of(withOrders, withSessions, withCampaignDays, withCarts, withProfit, retained))
                .as(
                        "seed %d: results with orders, sessions, campaign days, carts; customers with profit, retained",
                        SEED + 7)
                .allSatisfy(count -> assertThat(count).isGreaterThan(30));
    }

    // ---- the JSON forms ---------------------------------------------------------------------

    @Test
    void write_breakdown_groupsAsAnArrayOfKeyValueEntries() throws Exception {
        ReportKey search = new ReportKey(
                Optional.of("search"), Optional.of(ChannelGroup.PAID_SEARCH), Optional.empty(), Optional.empty());
        KpiBreakdown<ReportKey, CartSummary> breakdown =
                new KpiBreakdown<>(Map.of(search, new CartSummary(600, 180)), new CartSummary(600, 180));
        assertThat(mapper.writeValueAsString(breakdown))
                .isEqualTo("{\"groups\":[{\"key\":{\"channel\":\"search\",\"channel_group\":\"paid_search\","
                        + "\"campaign_id\":null,\"period\":null},\"value\":{\"carts\":600,\"purchased_carts\":180}}],"
                        + "\"total\":{\"carts\":600,\"purchased_carts\":180}}");
        KpiBreakdown<ChannelGroup, CartSummary> byEnum =
                new KpiBreakdown<>(Map.of(ChannelGroup.PAID_SEARCH, new CartSummary(1, 0)), new CartSummary(1, 0));
        assertThat(mapper.writeValueAsString(byEnum))
                .isEqualTo("{\"groups\":[{\"key\":\"paid_search\",\"value\":{\"carts\":1,\"purchased_carts\":0}}],"
                        + "\"total\":{\"carts\":1,\"purchased_carts\":0}}");
        assertThat(mapper.readValue(
                        mapper.writeValueAsString(byEnum),
                        new TypeReference<KpiBreakdown<ChannelGroup, CartSummary>>() {}))
                .isEqualTo(byEnum);
    }

    @Test
    void write_timeBucketingAndFact_snakeCaseNamesMinorUnitsAndCurrency() throws Exception {
        assertThat(mapper.writeValueAsString(
                        new TimeBucketing(Granularity.WEEK, ZoneId.of("Europe/Athens"), DayOfWeek.SUNDAY)))
                .isEqualTo("{\"granularity\":\"week\",\"zone\":\"Europe/Athens\",\"first_day_of_week\":\"sunday\"}");
        assertThat(mapper.writeValueAsString(
                        MarketingFact.of("search", 1930, 57, 3, Monies.of("12.000", "KWD"), Monies.of("0.5", "KWD"))))
                .isEqualTo("{\"key\":\"search\",\"impressions\":1930,\"clicks\":57,\"conversions\":3,"
                        + "\"currency\":\"KWD\",\"spend_minor\":12000,\"revenue_minor\":500}");
    }

    @Test
    void write_mapKeyedByAnEmporionEnum_snakeCaseNamesLikeTheValues() throws Exception {
        Campaign campaign = campaignDay(new Random(SEED), Monetary.getCurrency("EUR"), CHANNELS.get(0), true)
                .campaign();
        Map<UtmParameter, String> tags = new EnumMap<>(UtmParameter.class);
        tags.put(UtmParameter.SOURCE, "google");
        tags.put(UtmParameter.SOURCE_PLATFORM, "google_ads");
        Campaign tagged = new Campaign(
                campaign.id(),
                campaign.name(),
                campaign.channel(),
                campaign.objective(),
                campaign.flight(),
                campaign.budget(),
                campaign.billing(),
                tags,
                campaign.status());
        String json = mapper.writeValueAsString(tagged);
        assertThat(mapper.readTree(json).get("utm_tags").toString())
                .isEqualTo("{\"source\":\"google\",\"source_platform\":\"google_ads\"}");
        assertThat(mapper.readValue(json, Campaign.class)).isEqualTo(tagged);
        assertThatThrownBy(() -> mapper.readValue(json.replace("\"source\"", "\"SOURCE\""), Campaign.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("UtmParameter must be one of");
    }

    @Test
    void write_kpiReportResult_theSummariesAndCountsButNoDerivedKpi() throws Exception {
        KpiReportResult result = kpiReportResult(new Random(SEED + 3));
        ObjectNode json = (ObjectNode) mapper.readTree(mapper.writeValueAsString(result));
        assertThat(json.fieldNames())
                .toIterable()
                .containsExactly(
                        "report",
                        "marketing",
                        "engagement",
                        "sessions",
                        "orders",
                        "carts",
                        "rows_outside_window",
                        "cancelled_orders",
                        "orders_without_cost_of_goods");
        assertThat(json.get("report").fieldNames())
                .toIterable()
                .containsExactly("currency", "zone", "window", "group_by", "first_day_of_week");
    }

    // ---- bad input --------------------------------------------------------------------------

    private static final TypeReference<KpiBreakdown<ReportKey, CartSummary>> CART_BREAKDOWN = new TypeReference<>() {};

    private static final String ALL = "{\"channel\":null,\"channel_group\":null,\"campaign_id\":null,\"period\":null}";

    @Test
    void read_breakdownWithBadStructure_rejectedNamingTheProblem() {
        String total = "\"total\":{\"carts\":1,\"purchased_carts\":0}";
        String group = "{\"key\":" + ALL + ",\"value\":{\"carts\":1,\"purchased_carts\":0}}";
        assertThatThrownBy(() -> mapper.readValue("{" + total + "}", CART_BREAKDOWN))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("'groups'");
        assertThatThrownBy(() -> mapper.readValue("{\"groups\":{}," + total + "}", CART_BREAKDOWN))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("'groups', an array");
        assertThatThrownBy(() -> mapper.readValue("{\"groups\":[]}", CART_BREAKDOWN))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("missing the property 'total'");
        assertThatThrownBy(() -> mapper.readValue("{\"groups\":[]," + total + ",\"extra\":1}", CART_BREAKDOWN))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("unknown property 'extra'");
        assertThatThrownBy(() ->
                        mapper.readValue("{\"groups\":[" + group + "," + group + "]," + total + "}", CART_BREAKDOWN))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("groups[1]")
                .hasMessageContaining("occurs twice");
        assertThatThrownBy(() -> mapper.readValue("{\"groups\":[{\"key\":" + ALL + "}]," + total + "}", CART_BREAKDOWN))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("groups[0] is missing the property 'value'");
        assertThatThrownBy(() -> mapper.readValue(
                        "{\"groups\":[{\"key\":" + ALL + ",\"value\":{\"carts\":1,\"purchased_carts\":0},\"n\":1}],"
                                + total + "}",
                        CART_BREAKDOWN))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("unknown property 'n' in KpiBreakdown groups[0]");
        assertThatThrownBy(() -> mapper.readValue("{\"groups\":[7]," + total + "}", CART_BREAKDOWN))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("groups[0] must be an object");
        assertThatThrownBy(() -> mapper.readValue(
                        "{\"groups\":[{\"key\":\"search\",\"value\":{\"carts\":1,\"purchased_carts\":0}}]," + total
                                + "}",
                        CART_BREAKDOWN))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("ReportKey");
    }

    @Test
    void read_factsWithInvalidFigures_rejectedByTheirConstructors() {
        TypeReference<MarketingFact<String>> marketing = new TypeReference<>() {};
        String fact = "{\"key\":\"search\",\"impressions\":10,\"clicks\":57,\"conversions\":3,"
                + "\"currency\":\"KWD\",\"spend_minor\":12000,\"revenue_minor\":500}";
        assertThatThrownBy(() -> mapper.readValue(fact, marketing))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("clicks 57 must not exceed impressions 10");
        assertThatThrownBy(() -> mapper.readValue(fact.replace("\"KWD\"", "\"XYZ\""), marketing))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("currency");
        assertThatThrownBy(() -> mapper.readValue(fact.replace("\"key\":\"search\",", ""), marketing))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("'key'");
        assertThatThrownBy(() -> mapper.readValue(
                        "{\"key\":\"k\",\"currency\":\"JPY\",\"units\":1,\"units_returned\":2,\"gross_minor\":0,"
                                + "\"discounts_minor\":0,\"returns_minor\":0,\"tax_minor\":0,\"shipping_minor\":0,"
                                + "\"cost_of_goods_minor\":-1,\"refunded\":false}",
                        new TypeReference<OrderFact<String>>() {}))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> mapper.readValue(
                        "{\"key\":\"not a group\",\"purchased\":true}", new TypeReference<CartFact<ChannelGroup>>() {}))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("not a group");
    }

    @Test
    void read_reportConfigurationWithBadValues_rejectedNamingTheProblem() {
        String window = "{\"start\":\"2026-03-01T00:00:00Z\",\"end\":\"2026-04-01T00:00:00Z\"}";
        assertThatThrownBy(() -> mapper.readValue(
                        "{\"currency\":\"EUR\",\"zone\":\"UTC\",\"window\":" + window
                                + ",\"group_by\":[\"day\",\"month\"],\"first_day_of_week\":\"monday\"}",
                        KpiReport.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("at most one of DAY, WEEK and MONTH");
        assertThatThrownBy(() -> mapper.readValue(
                        "{\"currency\":\"EUR\",\"zone\":\"Mars/Olympus\",\"window\":" + window
                                + ",\"group_by\":[],\"first_day_of_week\":\"monday\"}",
                        KpiReport.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("zone");
        assertThatThrownBy(() -> mapper.readValue(
                        "{\"granularity\":\"fortnight\",\"zone\":\"UTC\",\"first_day_of_week\":\"monday\"}",
                        TimeBucketing.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("fortnight");
        assertThatThrownBy(() -> mapper.readValue(
                        "{\"granularity\":\"day\",\"zone\":\"UTC\",\"first_day_of_week\":\"someday\"}",
                        TimeBucketing.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("someday");
        assertThatThrownBy(() -> mapper.readValue(
                        "{\"channel\":{\"name\":\"search\"},\"campaign_id\":\"Not An Id!\"}", Attribution.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"channel\":null,\"campaign_id\":\" padded \"}", Attribution.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("campaignId");
    }

    @Test
    void read_reportInputsWithBadValues_rejectedNamingTheProblem() throws Exception {
        Random random = new Random(SEED + 4);
        CampaignDay day = campaignDay(random, Monetary.getCurrency("BHD"), CHANNELS.get(0), true);
        ObjectNode json = (ObjectNode) mapper.readTree(mapper.writeValueAsString(day));
        ((ObjectNode) json.get("performance")).put("campaign_id", "another");
        assertThatThrownBy(() -> mapper.treeToValue(json, CampaignDay.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("paired with campaign");
        TrackedCart cart = trackedCart(random, Monetary.getCurrency("JPY"), EPOCH);
        ObjectNode cartJson = (ObjectNode) mapper.readTree(mapper.writeValueAsString(cart));
        cartJson.remove("created_at");
        assertThatThrownBy(() -> mapper.treeToValue(cartJson, TrackedCart.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("created_at");
        SessionVisit visit = new SessionVisit(session(random, EPOCH));
        ObjectNode visitJson = (ObjectNode) mapper.readTree(mapper.writeValueAsString(visit));
        ((ObjectNode) visitJson.get("session")).put("end", "2020-01-01T00:00:00Z");
        assertThatThrownBy(() -> mapper.treeToValue(visitJson, SessionVisit.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("before start");
    }

    @Test
    void read_resultsWithInconsistentFigures_rejectedByTheValidatingConstructors() throws Exception {
        KpiReport report = new KpiReport(
                Monetary.getCurrency("KWD"),
                ZoneId.of("Asia/Kuwait"),
                TimeWindow.of(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-08T00:00:00Z")),
                EnumSet.of(GroupBy.CHANNEL),
                DayOfWeek.MONDAY);
        KpiReportResult result = report.run(
                List.of(campaignDay(new Random(SEED), report.currency(), CHANNELS.get(0), true)),
                List.of(),
                List.of(),
                List.of());
        ObjectNode json = (ObjectNode) mapper.readTree(mapper.writeValueAsString(result));
        ((ObjectNode) json.at("/marketing/total/spend")).put("currency", "BHD");
        assertThatThrownBy(() -> mapper.treeToValue(json, KpiReportResult.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("currency mismatch");
        ObjectNode wrongSpend = (ObjectNode) mapper.readTree(mapper.writeValueAsString(result));
        ((ObjectNode) wrongSpend.at("/marketing/total/spend")).put("currency", "BHD");
        ((ObjectNode) wrongSpend.at("/marketing/total/revenue")).put("currency", "BHD");
        assertThatThrownBy(() -> mapper.treeToValue(wrongSpend, KpiReportResult.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("marketing: currency mismatch: expected KWD but got BHD");
        ObjectNode grouped = (ObjectNode) mapper.readTree(mapper.writeValueAsString(result));
        ((ObjectNode) grouped.at("/marketing/groups/0/key")).put("campaign_id", "camp-search");
        assertThatThrownBy(() -> mapper.treeToValue(grouped, KpiReportResult.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("is not a key of a report grouped by [CHANNEL]");
        ObjectNode clicks = (ObjectNode) mapper.readTree(mapper.writeValueAsString(result));
        ((ObjectNode) clicks.at("/marketing/groups/0/value")).put("clicks", Long.MAX_VALUE);
        assertThatThrownBy(() -> mapper.treeToValue(clicks, KpiReportResult.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("must not exceed impressions");
        ObjectNode sum = (ObjectNode) mapper.readTree(mapper.writeValueAsString(result));
        ObjectNode group = (ObjectNode) sum.at("/marketing/groups/0/value");
        group.put("impressions", group.get("impressions").asLong() + 1);
        assertThatThrownBy(() -> mapper.treeToValue(sum, KpiReportResult.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("marketing: the total")
                .hasMessageContaining("is not the sum of its 1 groups");
        assertThatThrownBy(() -> mapper.readValue("{\"carts\":3,\"purchased_carts\":4}", CartSummary.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("purchasedCarts 4 must not exceed carts 3");
        CustomerKpiResult customers = edgeCustomerKpiResult(new Random(SEED));
        ObjectNode counts = (ObjectNode) mapper.readTree(mapper.writeValueAsString(customers));
        counts.put("new_customers", counts.get("customers_at_end").asLong() + 1);
        assertThatThrownBy(() -> mapper.treeToValue(counts, CustomerKpiResult.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("newCustomers");
    }

    @Test
    void read_kpiReportResultWithAMalformedBreakdown_rejectedNamingTheProblem() throws Exception {
        KpiReportResult result = kpiReportResult(new Random(SEED + 5));
        ObjectNode json = (ObjectNode) mapper.readTree(mapper.writeValueAsString(result));
        ((ObjectNode) json.get("carts")).remove("total");
        assertThatThrownBy(() -> mapper.treeToValue(json, KpiReportResult.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("missing the property 'total'");
        ObjectNode again = (ObjectNode) mapper.readTree(mapper.writeValueAsString(result));
        ((ArrayNode) again.get("sessions").get("groups")).add(7);
        assertThatThrownBy(() -> mapper.treeToValue(again, KpiReportResult.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("must be an object");
    }
}

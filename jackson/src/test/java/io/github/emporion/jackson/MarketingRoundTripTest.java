package io.github.emporion.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.emporion.marketing.budget.BudgetLine;
import io.github.emporion.marketing.budget.BudgetStatus;
import io.github.emporion.marketing.budget.BudgetTarget;
import io.github.emporion.marketing.budget.DatedAmount;
import io.github.emporion.marketing.budget.MarketingBudget;
import io.github.emporion.marketing.budget.MonthlyPlan;
import io.github.emporion.marketing.budget.PlanVersusActual;
import io.github.emporion.marketing.budget.SalesPlan;
import io.github.emporion.marketing.budget.SpendEntry;
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
import io.github.emporion.marketing.journey.Journey;
import io.github.emporion.marketing.journey.PathCount;
import io.github.emporion.marketing.journey.VisitorJourneys;
import io.github.emporion.marketing.touchpoint.Conversion;
import io.github.emporion.marketing.touchpoint.FunnelStep;
import io.github.emporion.marketing.touchpoint.InteractionType;
import io.github.emporion.marketing.touchpoint.JourneyEvent;
import io.github.emporion.marketing.touchpoint.Session;
import io.github.emporion.marketing.touchpoint.Touchpoint;
import io.github.emporion.marketing.traffic.ChannelRule;
import io.github.emporion.marketing.traffic.ClickId;
import io.github.emporion.marketing.traffic.Ga4ChannelRules;
import io.github.emporion.marketing.traffic.LandingPageParser;
import io.github.emporion.marketing.traffic.SourceCategory;
import io.github.emporion.marketing.traffic.SourceCategoryList;
import io.github.emporion.marketing.traffic.TrafficOrigin;
import io.github.emporion.marketing.traffic.TrafficSource;
import io.github.emporion.marketing.traffic.UtmParameter;
import io.github.emporion.money.Monies;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
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
 * The marketing types of core (budget, campaign, journey, touchpoint, traffic): random instances in
 * EUR, JPY, KWD, BHD and USD, in several time zones, with empty and full optionals and lists, survive
 * a round trip; the hand-written forms reject bad input naming the problem.
 */
class MarketingRoundTripTest {

    private static final long SEED = 77_2026L;
    private static final List<String> CURRENCIES = List.of("EUR", "JPY", "KWD", "BHD", "USD");
    private static final List<String> ZONES = List.of(
            "UTC", "Europe/Athens", "Asia/Kuwait", "America/New_York", "Asia/Tokyo", "Pacific/Chatham", "Asia/Kolkata");
    private static final List<String> IDS = List.of("v-1", "c-17", "spring-search", "x", "Ωmega", "id with space");

    private static final SourceCategoryList CURATED = SourceCategoryList.curated();
    private static final CurrencyUnit KWD = Monetary.getCurrency("KWD");
    private static final CurrencyUnit JPY = Monetary.getCurrency("JPY");

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new EmporionModule());

    private static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    private static <T extends Enum<T>> T pick(Random r, Class<T> type) {
        T[] values = type.getEnumConstants();
        return values[r.nextInt(values.length)];
    }

    private static CurrencyUnit currency(Random r) {
        return Monetary.getCurrency(pick(r, CURRENCIES));
    }

    private static ZoneId zone(Random r) {
        return ZoneId.of(pick(r, ZONES));
    }

    /** A non-negative amount: zero, one minor unit, or anything up to a hundred million minor units. */
    static MonetaryAmount money(Random r, CurrencyUnit currency) {
        long minor = switch (r.nextInt(6)) {
            case 0 -> 0;
            case 1 -> 1;
            case 2 -> Long.MAX_VALUE / 1_000_000;
            default -> r.nextInt(100_000_000);
        };
        return Monies.ofMinorUnits(minor, currency);
    }

    private static MonetaryAmount positive(Random r, CurrencyUnit currency) {
        return money(r, currency).add(Monies.ofMinorUnits(1, currency));
    }

    private static String id(Random r) {
        return pick(r, IDS) + (r.nextBoolean() ? "" : "-" + r.nextInt(1000));
    }

    private static Instant instant(Random r) {
        return Instant.ofEpochSecond(1_500_000_000L + r.nextInt(300_000_000), r.nextInt(1_000_000_000));
    }

    private static LocalDate date(Random r) {
        return LocalDate.of(2000 + r.nextInt(40), 1, 1).plusDays(r.nextInt(366));
    }

    private static YearMonth month(Random r) {
        return YearMonth.of(2020 + r.nextInt(10), 1 + r.nextInt(12));
    }

    private static Channel channel(Random r) {
        ChannelGroup group = pick(r, ChannelGroup.class);
        return r.nextInt(4) == 0 ? Channel.of("Custom " + r.nextInt(9), group) : Channel.of(group);
    }

    static BudgetTarget target(Random r) {
        return r.nextBoolean() ? BudgetTarget.channel(channel(r).name()) : BudgetTarget.campaign(id(r));
    }

    static BudgetLine budgetLine(Random r, CurrencyUnit currency) {
        return new BudgetLine(target(r), month(r), money(r, currency));
    }

    static MarketingBudget marketingBudget(Random r) {
        CurrencyUnit currency = currency(r);
        Map<List<Object>, BudgetLine> lines = new java.util.HashMap<>(); // at most one per target and month
        for (int i = 0, n = r.nextInt(6); i < n; i++) {
            BudgetLine line = budgetLine(r, currency);
            lines.put(List.of(line.target(), line.month()), line);
        }
        MarketingBudget budget = MarketingBudget.of(zone(r), currency, lines.values());
        return r.nextBoolean() ? budget : budget.withTolerance(BigDecimal.valueOf(r.nextInt(1000), 3 + r.nextInt(2)));
    }

    static SalesPlan salesPlan(Random r) {
        CurrencyUnit currency = currency(r);
        Map<YearMonth, MonthlyPlan> plans = new java.util.HashMap<>(); // at most one per month
        for (int i = 0, n = r.nextInt(6); i < n; i++) {
            YearMonth month = month(r);
            plans.put(month, new MonthlyPlan(month, money(r, currency), money(r, currency)));
        }
        return SalesPlan.of(zone(r), currency, plans.values());
    }

    private static List<DatedAmount> datedAmounts(Random r, CurrencyUnit currency) {
        List<DatedAmount> amounts = new ArrayList<>();
        for (int i = 0, n = r.nextInt(5); i < n; i++) {
            amounts.add(new DatedAmount(instant(r), money(r, currency)));
        }
        return amounts;
    }

    static Touchpoint touchpoint(Random r, String visitor, Instant at) {
        Touchpoint t = Touchpoint.of(visitor, at, channel(r), pick(r, InteractionType.class));
        if (r.nextBoolean()) {
            t = t.withCustomerId(id(r));
        }
        if (r.nextBoolean()) {
            t = t.withCampaignId(id(r));
        }
        return r.nextBoolean() ? t : t.withCost(money(r, currency(r)));
    }

    static Conversion conversion(Random r, String visitor, Instant at) {
        Conversion c = Conversion.of(visitor, at, money(r, currency(r)));
        if (r.nextBoolean()) {
            c = c.withCustomerId(id(r));
        }
        return r.nextBoolean() ? c : c.withOrderId("o-" + r.nextInt(100_000));
    }

    static Journey journey(Random r, String visitor) {
        List<Touchpoint> touchpoints = new ArrayList<>();
        Instant at = instant(r);
        for (int i = 0, n = 1 + r.nextInt(5); i < n; i++) {
            touchpoints.add(touchpoint(r, visitor, at));
            at = at.plusSeconds(r.nextInt(3) == 0 ? 0 : r.nextInt(1_000_000));
        }
        return r.nextBoolean()
                ? Journey.notConverted(touchpoints)
                : Journey.converted(touchpoints, conversion(r, visitor, at));
    }

    static Session session(Random r) {
        Instant start = instant(r);
        EnumSet<FunnelStep> steps = EnumSet.noneOf(FunnelStep.class);
        for (FunnelStep step : FunnelStep.values()) {
            if (r.nextBoolean()) {
                steps.add(step);
            }
        }
        boolean converted = steps.contains(FunnelStep.PURCHASED) || r.nextBoolean();
        return new Session(
                id(r),
                id(r),
                start,
                start.plusMillis(r.nextInt(3) == 0 ? 0 : r.nextInt(10_000_000)),
                channel(r),
                r.nextInt(4) == 0 ? 0 : r.nextInt(1000),
                converted,
                steps);
    }

    static Campaign campaign(Random r) {
        CurrencyUnit currency = currency(r);
        LocalDate start = date(r);
        Map<UtmParameter, String> tags = new EnumMap<>(UtmParameter.class);
        for (UtmParameter p : UtmParameter.values()) {
            if (r.nextInt(3) == 0) {
                tags.put(p, "v" + r.nextInt(100) + (r.nextBoolean() ? "" : " & ü"));
            }
        }
        CampaignBudget budget = switch (r.nextInt(3)) {
            case 0 -> CampaignBudget.total(positive(r, currency));
            case 1 -> CampaignBudget.daily(positive(r, currency));
            default -> new CampaignBudget(Optional.of(positive(r, currency)), Optional.of(positive(r, currency)));
        };
        return new Campaign(
                id(r),
                "Campaign " + r.nextInt(100),
                channel(r),
                pick(r, CampaignObjective.class),
                new Flight(start, start.plusDays(1 + r.nextInt(400))),
                budget,
                Billing.of(pick(r, BillingModel.class), money(r, currency)),
                tags,
                pick(r, CampaignStatus.class));
    }

    static CampaignPerformance performance(Random r) {
        CurrencyUnit currency = currency(r);
        long impressions = r.nextInt(4) == 0 ? 0 : r.nextInt(1_000_000);
        long clicks = impressions == 0 ? r.nextInt(1000) : r.nextLong(impressions + 1);
        CampaignPerformance.Builder b = CampaignPerformance.builder(id(r), date(r), currency)
                .impressions(impressions)
                .reach(impressions == 0 ? 0 : r.nextLong(impressions + 1))
                .clicks(clicks)
                .engagements(new Engagements(r.nextInt(100), r.nextInt(100), r.nextInt(100), r.nextInt(100)))
                .videoViews(r.nextInt(10_000))
                .sessions(r.nextInt(10_000))
                .leads(r.nextInt(100))
                .conversions(r.nextInt(100))
                .conversionValue(money(r, currency));
        return r.nextBoolean() ? b.build() : b.spend(money(r, currency)).build();
    }

    static TrafficSource trafficSource(Random r) {
        if (r.nextBoolean()) {
            StringBuilder url = new StringBuilder("https://shop.example/p?x=1");
            for (UtmParameter p : UtmParameter.values()) {
                if (r.nextInt(3) == 0) {
                    url.append('&').append(p.parameterName()).append("=v").append(r.nextInt(50));
                }
            }
            for (ClickId c : ClickId.values()) {
                if (r.nextInt(4) == 0) {
                    url.append('&').append(c.parameterName()).append("=c").append(r.nextInt(50));
                }
            }
            String referrer = pick(r, List.of("", "https://www.google.com/", "https://m.facebook.com/x"));
            return LandingPageParser.ga4().parse(url.toString(), referrer.isEmpty() ? null : referrer);
        }
        Map<UtmParameter, String> utm = new EnumMap<>(UtmParameter.class);
        Map<ClickId, String> clickIds = new EnumMap<>(ClickId.class);
        if (r.nextBoolean()) {
            utm.put(pick(r, UtmParameter.class), "Ü" + r.nextInt(9));
            clickIds.put(pick(r, ClickId.class), "k" + r.nextInt(9));
        }
        return new TrafficSource("(direct)", "(none)", "(not set)", utm, clickIds, pick(r, TrafficOrigin.class));
    }

    static SourceCategoryList sourceCategories(Random r) {
        SourceCategoryList list = switch (r.nextInt(3)) {
            case 0 -> SourceCategoryList.empty();
            case 1 -> CURATED;
            default -> SourceCategoryList.empty().with("bsky.app", SourceCategory.SOCIAL);
        };
        for (int i = 0, n = r.nextInt(4); i < n; i++) {
            list = list.with("site" + r.nextInt(100) + ".example", pick(r, SourceCategory.class));
        }
        return list;
    }

    /** One generator per marketing type: random valid instances. */
    static final List<Function<Random, Object>> GENERATORS = List.of(
            MarketingRoundTripTest::target,
            r -> budgetLine(r, currency(r)),
            r -> new DatedAmount(instant(r), money(r, currency(r))),
            r -> {
                CurrencyUnit c = currency(r);
                return new MonthlyPlan(month(r), money(r, c), money(r, c));
            },
            r -> new SpendEntry(target(r), date(r), money(r, currency(r))),
            r -> SpendEntry.at(target(r), instant(r), zone(r), money(r, currency(r))),
            MarketingRoundTripTest::marketingBudget,
            MarketingRoundTripTest::salesPlan,
            r -> {
                MarketingBudget budget = marketingBudget(r);
                CurrencyUnit c = budget.lines().isEmpty()
                        ? Monetary.getCurrency("EUR")
                        : budget.lines().get(0).planned().getCurrency();
                List<SpendEntry> spend = new ArrayList<>();
                for (int i = 0, n = r.nextInt(6); i < n; i++) {
                    BudgetLine line = budget.lines().isEmpty() ? null : pick(r, budget.lines());
                    spend.add(new SpendEntry(
                            line == null ? target(r) : line.target(),
                            line == null ? date(r) : line.month().atDay(1 + r.nextInt(28)),
                            money(r, c)));
                }
                if (budget.lines().isEmpty()) {
                    return budget;
                }
                // mostly inside a planned month, so that pacing is defined and has 16 digits
                YearMonth month = pick(r, budget.lines()).month();
                Instant asOf = r.nextInt(4) == 0
                        ? instant(r)
                        : month.atDay(1).atStartOfDay(budget.zone()).toInstant().plusSeconds(r.nextInt(28 * 86_400));
                return pick(r, budget.report(spend, asOf));
            },
            r -> {
                SalesPlan plan = salesPlan(r);
                CurrencyUnit c = currency(r);
                return pick(
                        r,
                        SalesPlan.of(ZoneId.of("UTC"), c, List.of(new MonthlyPlan(month(r), money(r, c), money(r, c))))
                                .compare(datedAmounts(r, c), datedAmounts(r, c)));
            },
            r -> {
                LocalDate start = date(r);
                return new Flight(start, start.plusDays(1 + r.nextInt(1000)));
            },
            MarketingRoundTripTest::campaign,
            MarketingRoundTripTest::performance,
            r -> touchpoint(r, id(r), instant(r)),
            r -> conversion(r, id(r), instant(r)),
            MarketingRoundTripTest::session,
            r -> journey(r, id(r)),
            r -> {
                List<String> path = new ArrayList<>();
                for (int i = 0, n = 1 + r.nextInt(5); i < n; i++) {
                    path.add(channel(r).name());
                }
                return r.nextBoolean()
                        ? PathCount.of(path, r.nextInt(1000), money(r, currency(r)), r.nextInt(1000))
                        : new PathCount(
                                path,
                                BigDecimal.valueOf(r.nextInt(100_000), r.nextInt(4)),
                                money(r, currency(r)),
                                BigDecimal.valueOf(r.nextInt(100_000), r.nextInt(4)));
            },
            r -> {
                String visitor = id(r);
                List<Journey> journeys = new ArrayList<>();
                List<Conversion> lost = new ArrayList<>();
                for (int i = 0, n = r.nextInt(3); i < n; i++) {
                    journeys.add(journey(r, visitor));
                    lost.add(conversion(r, visitor, instant(r)));
                }
                return new VisitorJourneys(
                        visitor,
                        journeys,
                        lost.subList(0, r.nextInt(lost.size() + 1)),
                        r.nextInt(3) == 0 ? 0 : r.nextInt(1000));
            },
            MarketingRoundTripTest::trafficSource,
            MarketingRoundTripTest::sourceCategories,
            r -> pick(r, Ga4ChannelRules.v2023()));

    @Test
    void roundTrip_randomInstancesOfEveryMarketingType_equal() throws Exception {
        RoundTrips.assertEveryDrawRoundTrips(mapper, GENERATORS, SEED);
    }

    @Test
    void roundTrip_journeyEventsDeclaredAsTheInterface_typeDiscriminatorPicksTheRecord() throws Exception {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < 1000; i++) {
            JourneyEvent event = random.nextBoolean()
                    ? touchpoint(random, id(random), instant(random))
                    : conversion(random, id(random), instant(random));
            String json = mapper.writerFor(JourneyEvent.class).writeValueAsString(event);
            assertThat(json)
                    .as(json)
                    .startsWith(event instanceof Touchpoint ? "{\"type\":\"touchpoint\"" : "{\"type\":\"conversion\"");
            assertThat(mapper.readValue(json, JourneyEvent.class))
                    .as("seed %d: %s", SEED + 1, json)
                    .isEqualTo(event);
        }
        assertRejected("{\"type\":\"session\"}", JourneyEvent.class, "[conversion, touchpoint]");
    }

    @Test
    void roundTrip_everyBuiltInChannelRule_theSameRule() throws Exception {
        for (ChannelRule rule : Ga4ChannelRules.v2023()) {
            String json = mapper.writeValueAsString(rule);
            assertThat(mapper.readValue(json, ChannelRule.class)).as(json).isSameAs(rule);
        }
    }

    @Test
    void write_marketingClasses_documentedForms() throws Exception {
        MarketingBudget budget = MarketingBudget.of(
                ZoneId.of("Asia/Kuwait"),
                KWD,
                List.of(new BudgetLine(
                        BudgetTarget.channel("Paid Search"), YearMonth.of(2026, 4), Monies.of("1500.25", "KWD"))));
        assertThat(mapper.writeValueAsString(budget))
                .isEqualTo("{\"zone\":\"Asia/Kuwait\",\"currency\":\"KWD\",\"tolerance\":0.10,\"lines\":["
                        + "{\"target\":{\"kind\":\"channel\",\"id\":\"Paid Search\"},\"month\":\"2026-04\","
                        + "\"planned\":{\"amount\":\"1500.250\",\"currency\":\"KWD\"}}]}");
        SalesPlan plan = SalesPlan.of(
                ZoneId.of("Asia/Tokyo"),
                JPY,
                List.of(new MonthlyPlan(YearMonth.of(2026, 4), Monies.of("10000", "JPY"), Monies.of("7000", "JPY"))));
        assertThat(mapper.writeValueAsString(plan))
                .isEqualTo("{\"zone\":\"Asia/Tokyo\",\"currency\":\"JPY\",\"plans\":[{\"month\":\"2026-04\","
                        + "\"sales\":{\"amount\":\"10000\",\"currency\":\"JPY\"},"
                        + "\"expenses\":{\"amount\":\"7000\",\"currency\":\"JPY\"}}]}");
        SourceCategoryList list = SourceCategoryList.empty()
                .with("bsky.app", SourceCategory.SOCIAL)
                .with("Bing.com", SourceCategory.SEARCH);
        assertThat(mapper.writeValueAsString(list)).isEqualTo("{\"bing.com\":\"search\",\"bsky.app\":\"social\"}");
        assertThat(mapper.writeValueAsString(Ga4ChannelRules.v2023().get(3)))
                .isEqualTo("{\"rule_set\":\"ga4_v2023\",\"name\":\"Paid Search\",\"group\":\"paid_search\"}");
    }

    @Test
    void write_enumKeyedMaps_keysInLowerSnakeCaseLikeEnumValues() throws Exception {
        TrafficSource source = new TrafficSource(
                "google",
                "cpc",
                "spring",
                Map.of(UtmParameter.SOURCE_PLATFORM, "Google Ads"),
                Map.of(ClickId.GCLID, "abc"),
                TrafficOrigin.AUTO_TAGGED);
        assertThat(mapper.writeValueAsString(source))
                .isEqualTo("{\"source\":\"google\",\"medium\":\"cpc\",\"campaign\":\"spring\","
                        + "\"utm\":{\"source_platform\":\"Google Ads\"},\"click_ids\":{\"gclid\":\"abc\"},"
                        + "\"origin\":\"auto_tagged\"}");
        assertThatThrownBy(() -> mapper.readValue(
                        "{\"source\":\"google\",\"medium\":\"cpc\",\"campaign\":\"spring\","
                                + "\"utm\":{\"utm_source\":\"google\"},\"click_ids\":{},\"origin\":\"utm\"}",
                        TrafficSource.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("utm_source")
                .hasMessageContaining("source_platform");
    }

    @Test
    void read_decimalsWithMoreDigitsThanADouble_keptExactly() throws Exception {
        // 0.1234567890123456789 has 19 significant digits; through a double it would become 0.12345678901234568
        PathCount row = mapper.readValue(
                "{\"path\":[\"Email\"],\"conversions\":0.1234567890123456789,"
                        + "\"conversion_value\":{\"amount\":\"0.000\",\"currency\":\"BHD\"},\"non_conversions\":2}",
                PathCount.class);
        assertThat(row.conversions()).isEqualTo(new BigDecimal("0.1234567890123456789"));
        MarketingBudget budget = mapper.readValue(
                "{\"zone\":\"UTC\",\"currency\":\"EUR\",\"tolerance\":0.1234567890123456789,\"lines\":[]}",
                MarketingBudget.class);
        assertThat(budget.tolerance()).isEqualTo(new BigDecimal("0.1234567890123456789"));
        // an absurd exponent is not kept exactly (adding 1 to it would need a billion digits): a double, 0
        PathCount tiny = mapper.readValue(
                "{\"path\":[\"Email\"],\"conversions\":1e-999999999,"
                        + "\"conversion_value\":{\"amount\":\"0\",\"currency\":\"JPY\"},\"non_conversions\":1.50}",
                PathCount.class);
        assertThat(tiny.conversions()).isEqualTo(BigDecimal.ZERO);
        assertThat(tiny.journeys()).isEqualTo(new BigDecimal("1.5"));
    }

    private static final String KWD_LINE = "{\"target\":{\"kind\":\"channel\",\"id\":\"Paid Search\"},"
            + "\"month\":\"2026-04\",\"planned\":{\"amount\":\"1.500\",\"currency\":\"KWD\"}}";

    private String budgetJson(String zone, String currency, String extra, String... lines) {
        return "{\"zone\":" + zone + ",\"currency\":\"" + currency + "\"" + extra + ",\"lines\":["
                + String.join(",", lines) + "]}";
    }

    private void assertRejected(String json, Class<?> type, String... messageParts) {
        assertThatThrownBy(() -> mapper.readValue(json, type))
                .as(json)
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContainingAll(messageParts);
    }

    @Test
    void read_marketingBudget_toleranceOptionalAndEveryRuleApplied() throws Exception {
        MarketingBudget budget =
                mapper.readValue(budgetJson("\"Asia/Kuwait\"", "KWD", "", KWD_LINE), MarketingBudget.class);
        assertThat(budget.tolerance()).isEqualByComparingTo(MarketingBudget.DEFAULT_TOLERANCE);
        assertThat(budget.lines()).hasSize(1);
        assertRejected("{\"currency\":\"KWD\",\"lines\":[]}", MarketingBudget.class, "missing the property 'zone'");
        assertRejected(
                budgetJson("\"UTC\"", "KWD", ",\"owner\":\"me\""), MarketingBudget.class, "unknown property 'owner'");
        assertRejected(budgetJson("\"Mars/Base\"", "KWD", ""), MarketingBudget.class, "zone", "Mars/Base");
        assertRejected(budgetJson("\"UTC\"", "BHD", "", KWD_LINE), MarketingBudget.class, "expected BHD but got KWD");
        assertRejected(budgetJson("\"UTC\"", "KWD", "", KWD_LINE, KWD_LINE), MarketingBudget.class, "two lines");
        assertRejected(budgetJson("\"UTC\"", "KWD", ",\"tolerance\":1.5"), MarketingBudget.class, "tolerance", "1.5");
        assertRejected(
                budgetJson("\"UTC\"", "KWD", ",\"tolerance\":\"high\""), MarketingBudget.class, "tolerance", "number");
        assertRejected(
                budgetJson("\"UTC\"", "KWD", "", KWD_LINE.replace("\"1.500\"", "\"-1.500\"")),
                MarketingBudget.class,
                "planned",
                "negative");
        assertRejected("{\"zone\":\"UTC\",\"currency\":\"KWD\"}", MarketingBudget.class, "'lines'");
    }

    @Test
    void read_salesPlan_everyRuleApplied() {
        String april = "{\"month\":\"2026-04\",\"sales\":{\"amount\":\"10000\",\"currency\":\"JPY\"},"
                + "\"expenses\":{\"amount\":\"7000\",\"currency\":\"JPY\"}}";
        assertRejected("{\"zone\":\"UTC\",\"currency\":\"JPY\"}", SalesPlan.class, "missing the property 'plans'");
        assertRejected(
                "{\"zone\":\"UTC\",\"currency\":\"JPY\",\"plans\":[],\"x\":1}",
                SalesPlan.class,
                "unknown property 'x'");
        assertRejected(
                "{\"zone\":\"UTC\",\"currency\":\"EUR\",\"plans\":[" + april + "]}",
                SalesPlan.class,
                "expected EUR but got JPY");
        assertRejected(
                "{\"zone\":\"UTC\",\"currency\":\"JPY\",\"plans\":[" + april + "," + april + "]}",
                SalesPlan.class,
                "two plans for 2026-04");
        assertRejected(
                "{\"zone\":\"UTC\",\"currency\":\"JPY\",\"plans\":["
                        + april.replace("7000\",\"currency\":\"JPY", "7\",\"currency\":\"KWD") + "]}",
                SalesPlan.class,
                "currency mismatch");
        assertRejected("{\"zone\":7,\"currency\":\"JPY\",\"plans\":[]}", SalesPlan.class, "time-zone id");
    }

    @Test
    void read_sourceCategoryList_everyRuleApplied() throws Exception {
        assertThat(mapper.readValue("{\"Bing.com\":\"search\"}", SourceCategoryList.class))
                .isEqualTo(SourceCategoryList.empty().with("bing.com", SourceCategory.SEARCH));
        assertThat(mapper.readValue("{}", SourceCategoryList.class)).isEqualTo(SourceCategoryList.empty());
        assertRejected("[\"bing.com\"]", SourceCategoryList.class, "JSON object from source to category");
        assertRejected(
                "{\"bing.com\":\"news\"}", SourceCategoryList.class, "news", "[search, shopping, social, video]");
        assertRejected(
                "{\"bing.com\":\"search\",\"Bing.com\":\"social\"}",
                SourceCategoryList.class,
                "'bing.com' and 'Bing.com' are the same source");
        assertRejected("{\" \":\"search\"}", SourceCategoryList.class, "source: must not be blank");
    }

    @Test
    void channelRule_ownRulesHaveNoJsonForm_unknownOrInconsistentReferencesRejected() {
        ChannelRule podcasts = new ChannelRule("Podcasts", ChannelGroup.AUDIO, (s, m, c, l) -> m.equals("podcast"));
        assertThatThrownBy(() -> mapper.writeValueAsString(podcasts))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContainingAll("Podcasts", "condition is Java code", "ga4_v2023");
        // a rule named like a built-in one but with its own condition is not the built-in rule
        ChannelRule fakeEmail = new ChannelRule("Email", ChannelGroup.EMAIL, (s, m, c, l) -> true);
        assertThatThrownBy(() -> mapper.writeValueAsString(fakeEmail)).isInstanceOf(JsonMappingException.class);
        assertRejected(
                "{\"rule_set\":\"ga4_v2023\",\"name\":\"Podcasts\",\"group\":\"audio\"}",
                ChannelRule.class,
                "unknown ChannelRule 'Podcasts' in ga4_v2023",
                "Paid Search",
                "Mobile Push Notifications");
        assertRejected(
                "{\"rule_set\":\"ga4_v2020\",\"name\":\"Email\",\"group\":\"email\"}",
                ChannelRule.class,
                "unknown ChannelRule rule_set 'ga4_v2020'",
                "[ga4_v2023]");
        assertRejected(
                "{\"rule_set\":\"ga4_v2023\",\"name\":\"Paid Search\",\"group\":\"email\"}",
                ChannelRule.class,
                "assigns the group 'paid_search', not 'email'");
        assertRejected(
                "{\"rule_set\":\"ga4_v2023\",\"name\":\"Email\"}", ChannelRule.class, "missing the property 'group'");
        assertRejected(
                "{\"rule_set\":\"ga4_v2023\",\"name\":\"Email\",\"group\":\"email\",\"condition\":\"true\"}",
                ChannelRule.class,
                "unknown property 'condition'");
    }

    @Test
    void read_inconsistentFiguresOfGenericRecords_rejectedByTheirConstructors() {
        String status = "{\"target\":{\"kind\":\"campaign\",\"id\":\"c1\"},\"month\":\"2026-04\","
                + "\"planned\":{\"amount\":\"3000.00\",\"currency\":\"EUR\"},"
                + "\"actual\":{\"amount\":\"1800.00\",\"currency\":\"EUR\"},\"period_elapsed\":0.5,"
                + "\"budget_used\":0.6,\"pacing\":1.2,\"status\":\"ahead\"}";
        assertThatCode(() -> mapper.readValue(status, BudgetStatus.class)).doesNotThrowAnyException();
        assertRejected(status.replace("\"ahead\"", "\"behind\""), BudgetStatus.class, "status: BEHIND contradicts");
        assertRejected(status.replace("0.6", "0.7"), BudgetStatus.class, "budgetUsed: 0.7 is not actual / planned");
        assertRejected(
                status.replace("1800.00\",\"currency\":\"EUR", "1800.000\",\"currency\":\"KWD"),
                BudgetStatus.class,
                "currency mismatch");
        String row = "{\"plan\":{\"month\":\"2026-04\",\"sales\":{\"amount\":\"10.000\",\"currency\":\"BHD\"},"
                + "\"expenses\":{\"amount\":\"7.000\",\"currency\":\"BHD\"}},"
                + "\"actual_sales\":{\"amount\":\"11.000\",\"currency\":\"KWD\"},"
                + "\"actual_expenses\":{\"amount\":\"8.500\",\"currency\":\"BHD\"}}";
        assertRejected(row, PlanVersusActual.class, "expected BHD but got KWD");
        assertRejected(
                "{\"start\":\"2026-04-02\",\"end\":\"2026-04-01\"}",
                Flight.class,
                "end: 2026-04-01 must be after start");
        assertRejected(
                "{\"start\":\"2026-04-01\",\"end\":\"2026-04-02\",\"days\":1}",
                Flight.class,
                "unknown property 'days'");
    }
}

package io.github.emporion.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.emporion.commerce.catalog.PriceTier;
import io.github.emporion.commerce.catalog.QuantityLimits;
import io.github.emporion.commerce.catalog.Sku;
import io.github.emporion.commerce.catalog.TaxCategory;
import io.github.emporion.commerce.customer.CustomerId;
import io.github.emporion.commerce.customer.PostalAddress;
import io.github.emporion.commerce.inventory.StockLevel;
import io.github.emporion.commerce.order.OrderId;
import io.github.emporion.commerce.order.TaxedAmount;
import io.github.emporion.commerce.pricing.promotion.Benefit;
import io.github.emporion.commerce.pricing.promotion.LineSelector;
import io.github.emporion.commerce.pricing.promotion.Promotion;
import io.github.emporion.commerce.pricing.promotion.SpendTier;
import io.github.emporion.commerce.pricing.promotion.Stacking;
import io.github.emporion.commerce.pricing.promotion.Validity;
import io.github.emporion.commerce.pricing.shipping.ShippingMethod;
import io.github.emporion.commerce.pricing.shipping.ShippingRate;
import io.github.emporion.commerce.pricing.shipping.WeightTier;
import io.github.emporion.commerce.pricing.tax.Region;
import io.github.emporion.commerce.pricing.tax.TaxRate;
import io.github.emporion.marketing.campaign.Billing;
import io.github.emporion.marketing.campaign.BillingModel;
import io.github.emporion.marketing.campaign.CampaignBudget;
import io.github.emporion.marketing.campaign.Engagements;
import io.github.emporion.marketing.channel.Channel;
import io.github.emporion.marketing.channel.ChannelGroup;
import io.github.emporion.metrics.attribution.ChannelCredit;
import io.github.emporion.metrics.attribution.ChannelPath;
import io.github.emporion.metrics.attribution.RuleBasedModel;
import io.github.emporion.metrics.attribution.TimeDecayModel;
import io.github.emporion.metrics.catalog.KpiCatalog;
import io.github.emporion.metrics.funnel.FunnelReport;
import io.github.emporion.metrics.kpi.AmountResult;
import io.github.emporion.metrics.kpi.KpiLabel;
import io.github.emporion.metrics.kpi.KpiResult;
import io.github.emporion.metrics.kpi.Kpis;
import io.github.emporion.metrics.kpi.MoneyResult;
import io.github.emporion.metrics.kpi.RateKind;
import io.github.emporion.metrics.kpi.RateResult;
import io.github.emporion.metrics.kpi.SalesTotals;
import io.github.emporion.metrics.stats.AbComparison;
import io.github.emporion.metrics.stats.BinomialIntervals;
import io.github.emporion.metrics.stats.ConfidenceInterval;
import io.github.emporion.metrics.stats.IntervalMethod;
import io.github.emporion.metrics.stats.ProportionComparison;
import io.github.emporion.metrics.time.Granularity;
import io.github.emporion.metrics.time.TimeBucketing;
import io.github.emporion.metrics.time.TimeWindow;
import io.github.emporion.money.Monies;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

class RoundTripTest {

    private static final long SEED = 4242L;
    private static final List<String> CURRENCIES = List.of("EUR", "JPY", "KWD", "BHD", "JOD", "USD");
    private static final List<String> ZONES = List.of("UTC", "Europe/Athens", "Asia/Kuwait", "America/New_York");

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new EmporionModule());

    private static MonetaryAmount money(Random r) {
        return Monies.ofMinorUnits(
                Math.floorMod(r.nextLong(), 10_000_000_000L), Monetary.getCurrency(CURRENCIES.get(r.nextInt(6))));
    }

    private static MonetaryAmount money(Random r, String currency) {
        return Monies.ofMinorUnits(Math.floorMod(r.nextLong(), 10_000_000L), Monetary.getCurrency(currency));
    }

    private static Instant instant(Random r) {
        return Instant.ofEpochSecond(1_600_000_000L + r.nextInt(200_000_000), r.nextInt(1000) * 1_000_000L);
    }

    private static <T extends Enum<T>> T pick(Random r, Class<T> type) {
        T[] values = type.getEnumConstants();
        return values[r.nextInt(values.length)];
    }

    /** One generator per type: random valid instances. */
    static final List<Function<Random, Object>> GENERATORS = List.of(
            r -> KpiLabel.of("kpi_" + r.nextInt(100), r.nextBoolean() ? "default" : "v" + r.nextInt(9)),
            r -> {
                long n = r.nextInt(1_000_000);
                long x = n == 0 ? 0 : Math.floorMod(r.nextLong(), n + 1);
                return RateResult.of(KpiLabel.of("ctr"), RateKind.PROPORTION, x, n, "impressions");
            },
            r -> new RateResult(
                    KpiLabel.of("roas"),
                    RateKind.MONEY_RATIO,
                    BigDecimal.valueOf(r.nextLong() % 1_000_000, 2),
                    BigDecimal.valueOf(Math.floorMod(r.nextLong(), 1_000_000), 3),
                    "spend"),
            r -> Kpis.cpm(money(r), r.nextInt(1_000_000)),
            r -> Kpis.cpa(money(r), BigDecimal.valueOf(r.nextInt(100_000), r.nextInt(3))),
            r -> new AmountResult(KpiLabel.of("gross_profit"), money(r)),
            r -> BinomialIntervals.interval(
                    pick(r, IntervalMethod.class) == IntervalMethod.CLOPPER_PEARSON
                            ? IntervalMethod.CLOPPER_PEARSON
                            : IntervalMethod.WILSON,
                    r.nextInt(50),
                    50 + r.nextInt(5000),
                    0.5 + r.nextDouble() * 0.49),
            r -> {
                int n1 = 1 + r.nextInt(5000);
                int n2 = 1 + r.nextInt(5000);
                return AbComparison.compare(
                        r.nextInt(n1 + 1), n1, r.nextInt(n2 + 1) / (r.nextBoolean() ? 1 : 1000), n2);
            },
            r -> KpiCatalog.all().get(r.nextInt(KpiCatalog.all().size())),
            r -> {
                Instant start = instant(r);
                return TimeWindow.of(start, start.plusSeconds(1 + r.nextInt(1_000_000)));
            },
            r -> TimeBucketing.of(pick(r, Granularity.class), ZoneId.of(ZONES.get(r.nextInt(ZONES.size()))))
                    .bucket(instant(r)),
            r -> {
                String c = CURRENCIES.get(r.nextInt(6));
                return new SalesTotals(money(r, c), money(r, c), money(r, c), money(r, c), money(r, c));
            },
            r -> {
                long sessions = r.nextInt(100_000);
                long views = sessions == 0 ? 0 : r.nextLong(sessions + 1);
                long cart = views == 0 ? 0 : r.nextLong(views + 1);
                long checkout = cart == 0 ? 0 : r.nextLong(cart + 1);
                return FunnelReport.of(sessions, views, cart, checkout, checkout == 0 ? 0 : r.nextLong(checkout + 1));
            },
            r -> Sku.of("SKU-" + r.nextInt(100_000)),
            r -> new TaxRate("VAT " + r.nextInt(30), BigDecimal.valueOf(r.nextInt(3000), 4)),
            r -> Region.of(List.of("DE", "GR", "KW", "US-NY", "JP").get(r.nextInt(5))),
            r -> TaxCategory.of("cat_" + r.nextInt(10)),
            r -> QuantityLimits.of(1 + r.nextInt(5), 10 + r.nextInt(100)),
            r -> new LineSelector(
                    Set.of(Sku.of("A" + r.nextInt(9)), Sku.of("B" + r.nextInt(9))), Set.of("c" + r.nextInt(3))),
            r -> {
                Instant from = instant(r);
                return Validity.of(from, from.plusSeconds(1 + r.nextInt(1_000_000)));
            },
            r -> Channel.of(pick(r, ChannelGroup.class)),
            r -> Billing.of(pick(r, BillingModel.class), money(r, "EUR")),
            r -> r.nextBoolean() ? CampaignBudget.total(money(r, "KWD")) : CampaignBudget.daily(money(r, "JPY")),
            r -> new Engagements(r.nextInt(1000), r.nextInt(1000), r.nextInt(1000), r.nextInt(1000)),
            r -> benefit(r, CURRENCIES.get(r.nextInt(6))),
            r -> shippingRate(r, CURRENCIES.get(r.nextInt(6))),
            r -> SpendTier.of(money(r, "KWD"), orderBenefit(r, "KWD")),
            r -> WeightTier.of(1 + r.nextInt(100_000), money(r, "JPY")),
            r -> new ShippingMethod(
                    "m" + r.nextInt(9), "Method " + r.nextInt(9), shippingRate(r, "BHD"), TaxCategory.STANDARD),
            r -> new Promotion(
                    "p" + r.nextInt(99),
                    "Promo " + r.nextInt(99),
                    benefit(r, "EUR"),
                    r.nextInt(10),
                    pick(r, Stacking.class),
                    r.nextBoolean(),
                    r.nextBoolean(),
                    r.nextBoolean()
                            ? Validity.ALWAYS
                            : Validity.of(instant(r), instant(r).plusSeconds(1_000_000_000))),
            r -> OrderId.of("o-" + r.nextInt(1_000_000)),
            r -> CustomerId.of("c-" + r.nextInt(1_000_000)),
            r -> PriceTier.of(2 + r.nextInt(50), money(r, "JPY")),
            r -> {
                MonetaryAmount net = money(r, "KWD");
                MonetaryAmount tax = money(r, "KWD");
                return TaxedAmount.of(net, tax, Monies.add(net, tax));
            },
            r -> {
                long onHand = r.nextInt(10_000);
                return new StockLevel(Sku.of("S" + r.nextInt(99)), onHand, onHand == 0 ? 0 : r.nextLong(onHand + 1));
            },
            r -> PostalAddress.of(List.of(r.nextInt(200) + " Odos Ermou"), "105 63", "Athens", "GR"),
            r -> new ChannelCredit("ch" + r.nextInt(9), r.nextDouble() * 100, r.nextDouble() * 1e6),
            r -> ChannelPath.of(r.nextInt(100), r.nextDouble() * 1e4, r.nextInt(100), "search", "email"),
            r -> new TimeDecayModel(Duration.ofMinutes(1 + r.nextInt(100_000)), r.nextBoolean()),
            RoundTripTest::ruleBasedModel);

    static RuleBasedModel ruleBasedModel(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> new RuleBasedModel.FirstTouch();
            case 1 -> new RuleBasedModel.LastTouch();
            case 2 -> new RuleBasedModel.Linear();
            case 3 -> new RuleBasedModel.PositionDecay();
            case 4 -> {
                int first = r.nextInt(11);
                int last = r.nextInt(11 - first);
                yield new RuleBasedModel.PositionBased(first / 10.0, (10 - first - last) / 10.0, last / 10.0);
            }
            default -> new RuleBasedModel.LastNonDirect(Set.of("direct", "(none)"), r.nextBoolean());
        };
    }

    private static BigDecimal rate(Random r) {
        return BigDecimal.valueOf(r.nextInt(10_001), r.nextInt(5)).min(BigDecimal.ONE);
    }

    private static LineSelector selector(Random r) {
        return new LineSelector(
                Set.of(Sku.of("S" + r.nextInt(99))), r.nextBoolean() ? Set.of() : Set.of("c" + r.nextInt(3)));
    }

    private static Benefit orderBenefit(Random r, String currency) {
        return r.nextBoolean() ? new Benefit.OrderPercentOff(rate(r)) : new Benefit.OrderAmountOff(money(r, currency));
    }

    /** A random benefit of every permitted kind, in one currency. */
    static Benefit benefit(Random r, String currency) {
        return switch (r.nextInt(8)) {
            case 0 -> new Benefit.OrderPercentOff(rate(r));
            case 1 -> new Benefit.OrderAmountOff(money(r, currency));
            case 2 -> new Benefit.LinePercentOff(rate(r), selector(r));
            case 3 -> new Benefit.LineAmountOff(money(r, currency), selector(r));
            case 4 -> new Benefit.FixedPrice(money(r, currency), selector(r));
            case 5 -> new Benefit.BuyXGetY(1 + r.nextInt(5), 1 + r.nextInt(3), selector(r));
            case 6 -> {
                List<SpendTier> tiers = new ArrayList<>();
                long threshold = 0;
                for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
                    threshold += 1 + r.nextInt(100_000);
                    tiers.add(SpendTier.of(
                            Monies.ofMinorUnits(threshold, Monetary.getCurrency(currency)), orderBenefit(r, currency)));
                }
                yield new Benefit.SpendTiers(tiers);
            }
            default -> new Benefit.FreeShipping();
        };
    }

    /** A random shipping rate of every permitted kind, in one currency. */
    static ShippingRate shippingRate(Random r, String currency) {
        return switch (r.nextInt(3)) {
            case 0 -> new ShippingRate.Flat(money(r, currency));
            case 1 -> new ShippingRate.FreeAbove(money(r, currency), money(r, currency));
            default -> {
                List<WeightTier> tiers = new ArrayList<>();
                long grams = 0;
                for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
                    grams += 1 + r.nextInt(5_000);
                    tiers.add(WeightTier.of(grams, money(r, currency)));
                }
                yield new ShippingRate.WeightTiers(tiers);
            }
        };
    }

    @Test
    void roundTrip_randomInstancesOfEveryMappedType_equal() throws Exception {
        RoundTrips.assertEveryDrawRoundTrips(
                mapper, GENERATORS, SEED, value -> mapper.constructType(value.getClass()), RoundTripTest::equal);
    }

    @Test
    void roundTrip_sealedInterfacesDeclaredAsTheInterface_typeDiscriminatorPicksTheRecord() throws Exception {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < 2000; i++) {
            String currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
            Benefit benefit = benefit(random, currency);
            String json = mapper.writerFor(Benefit.class).writeValueAsString(benefit);
            assertThat(mapper.readValue(json, Benefit.class))
                    .as("seed %d: %s", SEED + 1, json)
                    .isEqualTo(benefit);
            RuleBasedModel model = ruleBasedModel(random);
            json = mapper.writerFor(RuleBasedModel.class).writeValueAsString(model);
            assertThat(mapper.readValue(json, RuleBasedModel.class))
                    .as("seed %d: %s", SEED + 1, json)
                    .isEqualTo(model);
            KpiResult kpi = random.nextBoolean()
                    ? Kpis.cpm(money(random, currency), random.nextInt(1_000_000))
                    : new AmountResult(KpiLabel.of("gross_profit"), money(random, currency));
            json = mapper.writerFor(KpiResult.class).writeValueAsString(kpi);
            assertThat(mapper.readValue(json, KpiResult.class))
                    .as("seed %d: %s", SEED + 1, json)
                    .isEqualTo(kpi);
            ShippingRate rate = shippingRate(random, currency);
            json = mapper.writerFor(ShippingRate.class).writeValueAsString(rate);
            assertThat(mapper.readValue(json, ShippingRate.class))
                    .as("seed %d: %s", SEED + 1, json)
                    .isEqualTo(rate);
        }
    }

    @Test
    void write_sealedComponent_snakeCaseSimpleNameAsType() throws Exception {
        SpendTier tier = SpendTier.of(Monies.of("50.000", "KWD"), new Benefit.OrderPercentOff(new BigDecimal("0.10")));
        assertThat(mapper.writeValueAsString(tier))
                .isEqualTo("{\"threshold\":{\"amount\":\"50.000\",\"currency\":\"KWD\"},"
                        + "\"benefit\":{\"type\":\"order_percent_off\",\"rate\":0.1}}");
        assertThat(mapper.writerFor(Benefit.class)
                        .writeValueAsString(new Benefit.BuyXGetY(2, 1, new LineSelector(Set.of(), Set.of("mugs")))))
                .isEqualTo("{\"type\":\"buy_x_get_y\",\"buy\":2,\"get\":1,"
                        + "\"lines\":{\"skus\":[],\"categories\":[\"mugs\"]}}");
        assertThat(mapper.writerFor(ShippingRate.class)
                        .writeValueAsString(
                                new ShippingRate.FreeAbove(Monies.of("500", "JPY"), Monies.of("5000", "JPY"))))
                .isEqualTo("{\"type\":\"free_above\",\"price\":{\"amount\":\"500\",\"currency\":\"JPY\"},"
                        + "\"threshold\":{\"amount\":\"5000\",\"currency\":\"JPY\"}}");
    }

    @Test
    void write_setComponents_inOneStableOrder() throws Exception {
        // Set.copyOf has no iteration order (it varies from run to run); JSON must not
        LineSelector selector =
                new LineSelector(Set.of(Sku.of("C-3"), Sku.of("A-1"), Sku.of("B-2")), Set.of("mugs", "bowls", "cups"));
        assertThat(mapper.writeValueAsString(selector))
                .isEqualTo("{\"skus\":[{\"value\":\"A-1\"},{\"value\":\"B-2\"},{\"value\":\"C-3\"}],"
                        + "\"categories\":[\"bowls\",\"cups\",\"mugs\"]}");
    }

    @Test
    void read_pricingApiBenefitAndShippingRateForms_sameNamesAsJsonPricingApi() throws Exception {
        // the forms of JsonPricingApi's Javadoc example request
        assertThat(mapper.readValue("{\"type\":\"order_percent_off\",\"rate\":0.10}", Benefit.class))
                .isEqualTo(new Benefit.OrderPercentOff(new BigDecimal("0.10")));
        assertThat(mapper.readValue(
                        "{\"type\":\"flat\",\"price\":{\"amount\":\"4.90\",\"currency\":\"EUR\"}}", ShippingRate.class))
                .isEqualTo(new ShippingRate.Flat(Monies.of("4.90", "EUR")));
    }

    @Test
    void read_sealedInterfaceWithUnknownOrMissingType_rejectedNamingTheAllowedValues() {
        String allowed = "[buy_x_get_y, fixed_price, free_shipping, line_amount_off, line_percent_off,"
                + " order_amount_off, order_percent_off, spend_tiers]";
        assertThatThrownBy(() -> mapper.readValue("{\"type\":\"java.lang.Runtime\"}", Benefit.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("java.lang.Runtime")
                .hasMessageContaining(allowed);
        assertThatThrownBy(() -> mapper.readValue("{\"rate\":0.1}", Benefit.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("'type'")
                .hasMessageContaining(allowed);
        assertThatThrownBy(() -> mapper.readValue("{\"type\":7}", ShippingRate.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("[flat, free_above, weight_tiers]");
        assertThatThrownBy(() -> mapper.readValue("{\"type\":\"order_percent_off\",\"rate\":1.5}", Benefit.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("rate");
        assertThatThrownBy(() -> mapper.readValue(
                        "{\"threshold\":{\"amount\":\"1\",\"currency\":\"EUR\"},\"benefit\":{\"type\":\"free_shipping\"}}",
                        SpendTier.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    private static boolean equal(Object a, Object b) {
        if (a instanceof ProportionComparison || a instanceof ConfidenceInterval) {
            return a.toString().equals(b.toString());
        }
        return a.equals(b);
    }

    @Test
    void write_rateResult_snakeCaseAndExactNumbers() throws Exception {
        assertThat(mapper.writeValueAsString(Kpis.ctr(57, 1930)))
                .isEqualTo("{\"label\":{\"kpi_id\":\"ctr\",\"variant\":\"default\"},\"kind\":\"proportion\","
                        + "\"numerator\":57,\"denominator\":1930,\"denominator_name\":\"impressions\"}");
        assertThat(mapper.writeValueAsString(
                        TimeWindow.of(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"))))
                .isEqualTo("{\"start\":\"2026-03-01T00:00:00Z\",\"end\":\"2026-04-01T00:00:00Z\"}");
        assertThat(mapper.writeValueAsString(IntervalMethod.AGRESTI_COULL)).isEqualTo("\"agresti_coull\"");
    }

    @Test
    void read_propertyGivenTwice_rejectedInRecordsAndHandWrittenForms() {
        assertThatThrownBy(() ->
                        mapper.readValue("{\"kpi_id\":\"ctr\",\"variant\":\"a\",\"kpi_id\":\"cpc\"}", KpiLabel.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("duplicate property 'kpi_id'");
        // nested, inside a hand-written form: the source-category list (one object of source to category)
        assertThatThrownBy(() -> mapper.readValue(
                        "{\"bing.com\":\"search\",\"bing.com\":\"social\"}",
                        io.github.emporion.marketing.traffic.SourceCategoryList.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("duplicate property 'bing.com'");
        assertThatThrownBy(() -> mapper.readValue(
                        "{\"label\":{\"kpi_id\":\"ctr\",\"variant\":\"default\",\"variant\":\"x\"},"
                                + "\"kind\":\"proportion\",\"numerator\":1,\"denominator\":2,"
                                + "\"denominator_name\":\"impressions\"}",
                        RateResult.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("duplicate property 'variant'");
    }

    @Test
    void read_invalidValues_rejectedByTheConstructorNamingTheProblem() {
        assertThatThrownBy(() -> mapper.readValue(
                        "{\"label\":{\"kpi_id\":\"ctr\",\"variant\":\"default\"},\"kind\":\"proportion\","
                                + "\"numerator\":58,\"denominator\":57,\"denominator_name\":\"impressions\"}",
                        RateResult.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("must not exceed");
        assertThatThrownBy(() -> mapper.readValue("{\"kpi_id\":\"Not Snake\",\"variant\":\"default\"}", KpiLabel.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("Not Snake");
        assertThatThrownBy(() -> mapper.readValue("{\"kpi_id\":\"ctr\"}", KpiLabel.class))
                .hasMessageContaining("variant");
        assertThatThrownBy(() -> mapper.readValue("{\"kpi_id\":\"ctr\",\"variant\":\"a\",\"x\":1}", KpiLabel.class))
                .hasMessageContaining("unknown property 'x'");
        assertThatThrownBy(() -> mapper.readValue("\"wilsen\"", IntervalMethod.class))
                .hasMessageContaining("wilsen");
        assertThatThrownBy(() -> mapper.readValue(
                        "{\"start\":\"yesterday\",\"end\":\"2026-04-01T00:00:00Z\"}", TimeWindow.class))
                .hasMessageContaining("start");
    }

    @Test
    void roundTrip_moneyResultInZeroAndThreeDecimalCurrencies_keepsCurrency() throws Exception {
        for (String currency : List.of("JPY", "KWD", "BHD")) {
            MoneyResult cpc = Kpis.cpc(Monies.of("1000", currency), 3);
            MoneyResult back = mapper.readValue(mapper.writeValueAsString(cpc), MoneyResult.class);
            assertThat(back.total().getCurrency().getCurrencyCode()).isEqualTo(currency);
            assertThat(Monies.isEqual(back.value().orElseThrow(), cpc.value().orElseThrow()))
                    .isTrue();
        }
    }
}

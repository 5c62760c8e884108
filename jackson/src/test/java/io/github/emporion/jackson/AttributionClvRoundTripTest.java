package io.github.emporion.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.emporion.metrics.attribution.Attribution;
import io.github.emporion.metrics.attribution.AttributionComparison;
import io.github.emporion.metrics.attribution.AttributionModel;
import io.github.emporion.metrics.attribution.AttributionOptions;
import io.github.emporion.metrics.attribution.AttributionResult;
import io.github.emporion.metrics.attribution.ChannelCredit;
import io.github.emporion.metrics.attribution.ChannelPath;
import io.github.emporion.metrics.attribution.CoalitionCounts;
import io.github.emporion.metrics.attribution.MarkovModel;
import io.github.emporion.metrics.attribution.MarkovOrderSelection;
import io.github.emporion.metrics.attribution.MarkovResult;
import io.github.emporion.metrics.attribution.MarkovState;
import io.github.emporion.metrics.attribution.PathCsvFormat;
import io.github.emporion.metrics.attribution.ShapleyModel;
import io.github.emporion.metrics.attribution.ShapleyResult;
import io.github.emporion.metrics.attribution.TimedJourney;
import io.github.emporion.metrics.attribution.TouchCredit;
import io.github.emporion.metrics.attribution.Transition;
import io.github.emporion.metrics.clv.BgNbdFit;
import io.github.emporion.metrics.clv.BgNbdModel;
import io.github.emporion.metrics.clv.BgNbdParameters;
import io.github.emporion.metrics.clv.ClvAnalysis;
import io.github.emporion.metrics.clv.ClvHorizon;
import io.github.emporion.metrics.clv.ClvOptions;
import io.github.emporion.metrics.clv.ClvPrediction;
import io.github.emporion.metrics.clv.ClvPredictor;
import io.github.emporion.metrics.clv.ClvTimeUnit;
import io.github.emporion.metrics.clv.CustomerLedger;
import io.github.emporion.metrics.clv.CustomerLedgerAccumulator;
import io.github.emporion.metrics.clv.CustomerLifetimeValue;
import io.github.emporion.metrics.clv.CustomerSummaries;
import io.github.emporion.metrics.clv.CustomerSummary;
import io.github.emporion.metrics.clv.FitDiagnostics;
import io.github.emporion.metrics.clv.GammaGammaFit;
import io.github.emporion.metrics.clv.GammaGammaModel;
import io.github.emporion.metrics.clv.GammaGammaParameters;
import io.github.emporion.metrics.clv.Transaction;
import io.github.emporion.money.Monies;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * Round trips of the attribution and CLV types of metrics: model results computed on small seeded
 * random path and transaction sets, plus directly built instances with edge values (empty lists and
 * Optionals, zero, -0.0, tiny and huge doubles, NaN and infinities where a field admits them).
 */
class AttributionClvRoundTripTest {

    private static final long SEED = 7007L;
    private static final List<String> CURRENCIES = List.of("EUR", "JPY", "KWD", "BHD", "USD");
    private static final List<String> ZONES =
            List.of("UTC", "Europe/Athens", "Asia/Kuwait", "America/New_York", "Asia/Tokyo", "Australia/Lord_Howe");
    private static final List<String> CHANNELS =
            List.of("search", "email", "display", "paid search", "Social", "direct", "(direct)", "affiliate→partner");
    /** Doubles whose exact round trip is worth checking on their own. */
    private static final double[] EDGES = {
        0.0,
        -0.0,
        1.0,
        0.1,
        1.0 / 3,
        Double.MIN_VALUE,
        Double.MIN_NORMAL,
        Double.MAX_VALUE,
        -Double.MAX_VALUE,
        1e-300,
        123456789.123456789,
        4.9e-324
    };

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new EmporionModule());

    private static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    private static CurrencyUnit currency(Random r) {
        return Monetary.getCurrency(pick(r, CURRENCIES));
    }

    /** A finite double: usually a plain random one, sometimes an edge value. */
    private static double finite(Random r) {
        return r.nextInt(5) == 0 ? EDGES[r.nextInt(EDGES.length)] : (r.nextDouble() - 0.3) * Math.pow(10, r.nextInt(9));
    }

    /** Any double, NaN and the infinities included. */
    private static double anyDouble(Random r) {
        return switch (r.nextInt(12)) {
            case 0 -> Double.NaN;
            case 1 -> Double.POSITIVE_INFINITY;
            case 2 -> Double.NEGATIVE_INFINITY;
            default -> finite(r);
        };
    }

    private static double positive(Random r) {
        return switch (r.nextInt(8)) {
            case 0 -> Double.MIN_VALUE;
            case 1 -> Double.MAX_VALUE;
            default -> r.nextDouble() * Math.pow(10, r.nextInt(7) - 3) + 1e-9;
        };
    }

    private static List<String> channels(Random r) {
        List<String> out = new ArrayList<>();
        for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
            out.add(pick(r, CHANNELS));
        }
        return out;
    }

    /** A small path set with at least one conversion and one non-conversion. */
    static List<ChannelPath> paths(Random r) {
        List<ChannelPath> out = new ArrayList<>();
        for (int i = 0, n = 2 + r.nextInt(5); i < n; i++) {
            double conversions = i == 0 ? 1 + r.nextInt(5) : r.nextBoolean() ? r.nextInt(6) : r.nextDouble() * 3;
            double nulls = i == 1 ? 1 + r.nextInt(5) : r.nextInt(6);
            out.add(new ChannelPath(channels(r), conversions, r.nextDouble() * 100 * conversions, nulls));
        }
        return out;
    }

    static MarkovModel markovModel(Random r) {
        return new MarkovModel(
                1 + r.nextInt(MarkovModel.MAX_ORDER),
                r.nextBoolean(),
                r.nextBoolean(),
                pick(r, List.of(MarkovModel.Value.values())));
    }

    static ShapleyModel shapleyModel(Random r) {
        return new ShapleyModel(
                pick(r, List.of(ShapleyModel.Game.values())),
                r.nextBoolean() ? ShapleyModel.NO_LIMIT : 1 + r.nextInt(4),
                r.nextBoolean(),
                1 + r.nextInt(20_000),
                r.nextLong());
    }

    private static AttributionModel model(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> RoundTripTest.ruleBasedModel(r);
            case 1 -> markovModel(r);
            default -> shapleyModel(r);
        };
    }

    /** A result of a real model on random paths, or (one in five) a directly built one. */
    static AttributionResult attributionResult(Random r) {
        if (r.nextInt(5) == 0) {
            List<ChannelCredit> credits = new ArrayList<>();
            for (int i = 0, n = r.nextInt(4); i < n; i++) {
                credits.add(new ChannelCredit("ch" + i, finite(r), finite(r)));
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            if (r.nextBoolean()) {
                parameters.put("order", String.valueOf(r.nextInt(5)));
                parameters.put("max_coalition_size", "none");
            }
            return new AttributionResult("model_" + r.nextInt(9), parameters, credits, anyDouble(r), anyDouble(r));
        }
        return model(r).attribute(paths(r));
    }

    static TimedJourney timedJourney(Random r) {
        List<String> channels = channels(r);
        List<Instant> times = new ArrayList<>();
        Instant t = Instant.ofEpochSecond(1_600_000_000L + r.nextInt(100_000_000), r.nextInt(1_000_000_000));
        for (int i = 0; i < channels.size(); i++) {
            t = t.plusSeconds(r.nextInt(3) == 0 ? 0 : r.nextInt(1_000_000));
            times.add(t);
        }
        Optional<Instant> conversion =
                r.nextBoolean() ? Optional.of(t.plusMillis(r.nextInt(100_000_000))) : Optional.empty();
        TimedJourney journey = new TimedJourney(channels, times, conversion, finite(r));
        return r.nextBoolean() ? journey.withId("j-" + r.nextInt(1000)) : journey;
    }

    static AttributionOptions attributionOptions(Random r) {
        List<String> models = new ArrayList<>(AttributionOptions.MODEL_NAMES);
        java.util.Collections.shuffle(models, r);
        int first = r.nextInt(11);
        int last = r.nextInt(11 - first);
        AttributionOptions.Builder b = AttributionOptions.builder()
                .models(models.subList(0, 1 + r.nextInt(models.size())))
                .timeDecay(pick(r, List.of(AttributionOptions.TimeDecay.values())))
                .halfLife(Duration.ofSeconds(1 + r.nextInt(10_000_000), r.nextInt(3) == 0 ? r.nextInt(1000) : 0))
                .directChannels(new LinkedHashSet<>(channels(r)))
                .directIgnoreCase(r.nextBoolean())
                .positionWeights(first / 10.0, (10 - first - last) / 10.0, last / 10.0)
                .markovOrder(1 + r.nextInt(MarkovModel.MAX_ORDER))
                .markovNulls(r.nextBoolean())
                .markovValue(pick(r, List.of(MarkovModel.Value.values())))
                .shapley(pick(r, List.of(AttributionOptions.ShapleyGame.values())))
                .shapleyOrder(pick(r, List.of(AttributionOptions.ShapleyOrder.values())));
        return (r.nextBoolean() ? b.shapleyMaxChannels(1 + r.nextInt(5)) : b.noShapleyMaxChannels()).build();
    }

    static PathCsvFormat pathCsvFormat(Random r) {
        char delimiter = pick(r, List.of(',', ';', '\t', '|'));
        char separator = pick(r, List.of('>', '/', '"', '→', '\\', ','));
        if (separator == delimiter) {
            separator = '>';
        }
        return new PathCsvFormat(
                pick(r, List.of("path", "Pfad", "channel path")),
                pick(r, List.of("total_conversions", "conv")),
                r.nextBoolean() ? Optional.of("value") : Optional.empty(),
                r.nextBoolean() ? Optional.of("total_null") : Optional.empty(),
                delimiter,
                separator);
    }

    /** Random transactions of a few customers in one currency over about two years. */
    static List<Transaction> transactions(Random r, CurrencyUnit currency, ZoneId zone) {
        List<Transaction> out = new ArrayList<>();
        LocalDate start = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(365));
        for (int c = 0, customers = 1 + r.nextInt(12); c < customers; c++) {
            String id = "c-" + r.nextInt(10_000);
            LocalDate first = start.plusDays(r.nextInt(200));
            for (int i = 0, n = 1 + r.nextInt(6); i < n; i++) {
                Instant when = first.plusDays(i == 0 ? 0 : r.nextInt(500))
                        .atStartOfDay(zone)
                        .toInstant()
                        .plusSeconds(r.nextInt(86_400));
                long minor = r.nextInt(10) == 0 ? 0 : 1 + r.nextInt(1_000_000);
                out.add(new Transaction(id, when, Monies.ofMinorUnits(minor, currency)));
            }
        }
        return out;
    }

    static CustomerLedger ledger(Random r) {
        ZoneId zone = ZoneId.of(pick(r, ZONES));
        CustomerLedgerAccumulator acc = new CustomerLedgerAccumulator(zone);
        if (r.nextInt(10) != 0) { // one in ten: the empty ledger (no currency)
            transactions(r, currency(r), zone).forEach(acc::add);
        }
        return acc.result();
    }

    private static LocalDate someDay(Random r, CustomerLedger ledger) {
        LocalDate day = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(1200));
        return ledger.purchaseDays().isEmpty() || r.nextInt(4) != 0
                ? day
                : ledger.purchaseDays().firstEntry().getValue().firstKey().minusDays(1);
    }

    static CustomerSummaries summaries(Random r) {
        ClvTimeUnit unit = pick(r, List.of(ClvTimeUnit.values()));
        if (r.nextInt(3) == 0) { // plain numbers, no currency
            List<CustomerSummary> customers = new ArrayList<>();
            for (int i = 0, n = r.nextInt(6); i < n; i++) {
                customers.add(customerSummary(r, "p-" + i, unit));
            }
            return CustomerSummaries.of(unit, customers);
        }
        CustomerLedger ledger = ledger(r);
        LocalDate end = someDay(r, ledger);
        return r.nextBoolean()
                ? ledger.summaries(unit, end)
                : ledger.summaries(unit, end, end.plusDays(1 + r.nextInt(400)));
    }

    private static CustomerSummary customerSummary(Random r, String id, ClvTimeUnit unit) {
        int x = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(30);
        double age = r.nextInt(10) == 0 ? 0.0 : positive(r);
        double recency = x == 0 ? 0.0 : r.nextBoolean() ? age : age * r.nextDouble();
        return new CustomerSummary(id, unit, x, recency, age, x == 0 ? 0.0 : positive(r), r.nextInt(5));
    }

    static FitDiagnostics diagnostics(Random r) {
        return new FitDiagnostics(
                r.nextBoolean(), r.nextInt(20_000), pick(r, List.of("", "converged", "ran to the box")));
    }

    static BgNbdModel bgNbdModel(Random r) {
        return BgNbdModel.of(
                BgNbdParameters.of(positive(r), positive(r), positive(r), positive(r)),
                pick(r, List.of(ClvTimeUnit.values())));
    }

    static GammaGammaModel gammaGammaModel(Random r) {
        return GammaGammaModel.of(GammaGammaParameters.of(positive(r), positive(r), positive(r)));
    }

    static ClvHorizon clvHorizon(Random r) {
        return r.nextBoolean()
                ? ClvHorizon.monthly(r.nextInt(60), r.nextDouble() / 10)
                : ClvHorizon.of(r.nextInt(100), positive(r), pick(r, List.of(ClvTimeUnit.values())), r.nextDouble());
    }

    static ClvOptions clvOptions(Random r) {
        return new ClvOptions(r.nextInt(5) == 0 ? 0.0 : positive(r), clvHorizon(r), 10 + r.nextInt(30_000));
    }

    static ClvPrediction clvPrediction(Random r) {
        return new ClvPrediction(
                "c-" + r.nextInt(1000),
                r.nextInt(50),
                finite(r),
                finite(r),
                finite(r),
                anyDouble(r),
                anyDouble(r),
                anyDouble(r),
                anyDouble(r));
    }

    /**
     * A CLV analysis: one in twenty fits both models on the CDNOW-like summaries of a random ledger
     * (real fitting is slow); the others predict with random parameters, keeping the generator fast.
     */
    static ClvAnalysis clvAnalysis(Random r) {
        ZoneId zone = ZoneId.of(pick(r, ZONES));
        CustomerLedgerAccumulator accumulator = new CustomerLedgerAccumulator(zone);
        CurrencyUnit currency = currency(r);
        for (int i = 0, n = 1 + r.nextInt(2); i < n; i++) {
            transactions(r, currency, zone).stream()
                    .filter(t -> !t.amount().isZero()) // Gamma-Gamma needs positive spend
                    .forEach(accumulator::add);
        }
        CustomerLedger ledger = accumulator.result();
        LocalDate end = someDay(r, ledger);
        CustomerSummaries customers = ledger.summaries(pick(r, List.of(ClvTimeUnit.values())), end);
        ClvOptions options = clvOptions(r).withClvHorizon(ClvHorizon.monthly(1 + r.nextInt(24), 0.01));
        if (r.nextInt(20) == 0) {
            try {
                return CustomerLifetimeValue.analyse(customers, new ClvOptions(39, options.clvHorizon(), 400));
            } catch (IllegalArgumentException | IllegalStateException notFittable) {
                // too few or constant customers: fall through to the direct construction
            }
        }
        BgNbdModel purchases = BgNbdModel.of(
                BgNbdParameters.of(
                        0.1 + r.nextDouble(), 1 + r.nextDouble() * 10, 0.1 + r.nextDouble(), 1 + r.nextDouble()),
                customers.unit());
        GammaGammaModel spend = GammaGammaModel.of(
                GammaGammaParameters.of(1 + r.nextDouble() * 9, 1.5 + r.nextDouble() * 3, 1 + r.nextDouble() * 20));
        List<ClvPrediction> predictions = ClvPredictor.of(purchases, spend)
                .predictAll(customers, options.purchaseHorizon(), options.clvHorizon());
        return new ClvAnalysis(
                customers.unit(),
                new BgNbdFit(purchases, anyDouble(r), customers.size(), diagnostics(r)),
                new GammaGammaFit(spend, anyDouble(r), r.nextInt(100), anyDouble(r), diagnostics(r)),
                options,
                predictions,
                customers.currency());
    }

    /** One generator per type: random valid instances. */
    static final List<Function<Random, Object>> GENERATORS = List.of(
            // attribution
            AttributionClvRoundTripTest::attributionResult,
            r -> {
                List<AttributionResult> results = new ArrayList<>();
                List<ChannelPath> paths = paths(r);
                Set<String> labels = new java.util.HashSet<>();
                for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
                    AttributionResult result = model(r).attribute(paths);
                    if (labels.add(AttributionComparison.label(result))) {
                        results.add(result);
                    }
                }
                Map<String, MonetaryAmount> spend = new LinkedHashMap<>();
                String currency = pick(r, CURRENCIES);
                for (String channel : CHANNELS) {
                    if (r.nextBoolean()) {
                        long minor = r.nextInt(4) == 0 ? 0 : r.nextInt(10_000_000);
                        spend.put(channel, Monies.ofMinorUnits(minor, Monetary.getCurrency(currency)));
                    }
                }
                return AttributionComparison.of(results, spend);
            },
            r -> new AttributionComparison(
                    List.of(),
                    List.of(new AttributionComparison.Row(
                            "ch",
                            Optional.empty(),
                            List.of(new AttributionComparison.Cell(
                                    finite(r),
                                    finite(r),
                                    Optional.of(anyDouble(r)),
                                    Optional.empty(),
                                    Optional.of(anyDouble(r)),
                                    Optional.empty()))))),
            AttributionClvRoundTripTest::attributionOptions,
            AttributionClvRoundTripTest::markovModel,
            r -> markovModel(r).fit(paths(r)),
            r -> {
                MarkovResult result = markovModel(r).fit(paths(r));
                return result.transitions().get(r.nextInt(result.transitions().size()));
            },
            r -> new Transition(
                    new MarkovState(MarkovState.Kind.START, List.of()),
                    new MarkovState(MarkovState.Kind.CHANNELS, channels(r)),
                    anyDouble(r),
                    anyDouble(r)),
            r -> new MarkovState(pick(r, List.of(MarkovState.Kind.NULL, MarkovState.Kind.CONVERSION)), List.of()),
            r -> MarkovOrderSelection.choose(paths(r), 1 + r.nextInt(MarkovModel.MAX_ORDER), 2 + r.nextInt(30)),
            r -> new MarkovOrderSelection.OrderScore(
                    1 + r.nextInt(4), anyDouble(r), r.nextBoolean() ? Optional.empty() : Optional.of(anyDouble(r))),
            AttributionClvRoundTripTest::pathCsvFormat,
            AttributionClvRoundTripTest::shapleyModel,
            r -> {
                CoalitionCounts counts = shapleyModel(r).newAccumulator();
                paths(r).forEach(counts::add);
                return counts.shapleyResult();
            },
            r -> {
                CoalitionCounts counts = ShapleyModel.of(
                                r.nextBoolean()
                                        ? ShapleyModel.Game.EXACT_SET_CONVERSION_RATE
                                        : ShapleyModel.Game.EXACT_SET_COUNTS,
                                1 + r.nextInt(4),
                                r.nextBoolean())
                        .newAccumulator();
                paths(r).forEach(counts::add);
                List<ShapleyResult.Coalition> coalitions =
                        counts.shapleyResult().coalitions();
                return coalitions.get(r.nextInt(coalitions.size()));
            },
            r -> new ShapleyResult.Coalition(
                    channels(r), anyDouble(r), anyDouble(r), anyDouble(r), List.of(), List.of()),
            AttributionClvRoundTripTest::timedJourney,
            r -> {
                List<ChannelPath> paths = paths(r);
                MarkovResult result = markovModel(r).fit(paths);
                List<TouchCredit> credits = result.touchCredits(paths.get(r.nextInt(paths.size())));
                return credits.get(r.nextInt(credits.size()));
            },
            r -> new TouchCredit(r.nextInt(100), pick(r, CHANNELS), anyDouble(r), anyDouble(r)),
            r -> {
                List<TimedJourney> journeys = new ArrayList<>();
                for (int i = 0, n = 1 + r.nextInt(10); i < n; i++) {
                    TimedJourney j = timedJourney(r);
                    journeys.add(
                            i > 0 || j.converted()
                                    ? j
                                    : new TimedJourney(
                                            j.channels(),
                                            j.touchTimes(),
                                            Optional.of(j.touchTimes()
                                                    .get(j.touchTimes().size() - 1)),
                                            j.value()));
                }
                AttributionOptions options = attributionOptions(r);
                return Attribution.runJourneys(options, journeys).result(pick(r, options.models()));
            },
            // clv
            r -> {
                CurrencyUnit currency = currency(r);
                return new Transaction(
                        "c-" + r.nextInt(1000),
                        Instant.ofEpochSecond(1_500_000_000L + r.nextInt(300_000_000), r.nextInt(1_000_000_000)),
                        Monies.ofMinorUnits(r.nextInt(10) == 0 ? 0 : r.nextInt(100_000_000), currency));
            },
            AttributionClvRoundTripTest::ledger,
            AttributionClvRoundTripTest::summaries,
            r -> {
                CustomerSummaries s = summaries(r);
                return s.size() == 0
                        ? customerSummary(r, "x", s.unit())
                        : s.customers().get(r.nextInt(s.size()));
            },
            r -> {
                CustomerLedger ledger = ledger(r);
                if (ledger.currency().isEmpty()) {
                    throw new IllegalArgumentException("no historical value of an empty ledger");
                }
                return ledger.historicalValue(someDay(r, ledger));
            },
            r -> {
                CustomerLedger ledger = ledger(r);
                return ledger.cohortRetention(pick(r, List.of(ClvTimeUnit.values())), someDay(r, ledger));
            },
            r -> BgNbdParameters.of(positive(r), positive(r), positive(r), positive(r)),
            r -> GammaGammaParameters.of(positive(r), positive(r), positive(r)),
            AttributionClvRoundTripTest::bgNbdModel,
            AttributionClvRoundTripTest::gammaGammaModel,
            r -> new BgNbdFit(bgNbdModel(r), anyDouble(r), r.nextInt(10_000), diagnostics(r)),
            r -> new GammaGammaFit(gammaGammaModel(r), anyDouble(r), r.nextInt(10_000), anyDouble(r), diagnostics(r)),
            AttributionClvRoundTripTest::diagnostics,
            AttributionClvRoundTripTest::clvHorizon,
            AttributionClvRoundTripTest::clvOptions,
            AttributionClvRoundTripTest::clvPrediction,
            AttributionClvRoundTripTest::clvAnalysis);

    @Test
    void roundTrip_randomInstancesOfEveryAttributionAndClvType_equal() throws Exception {
        RoundTrips.assertEveryDrawRoundTrips(mapper, GENERATORS, SEED);
    }

    @Test
    void roundTrip_fittedClvAnalysisOfARandomLedger_equal() throws Exception {
        Random random = new Random(SEED + 1);
        ZoneId zone = ZoneId.of("Europe/Athens");
        CustomerLedgerAccumulator ledger = new CustomerLedgerAccumulator(zone);
        for (int i = 0; i < 8; i++) {
            transactions(random, Monetary.getCurrency("KWD"), zone).stream()
                    .filter(t -> !t.amount().isZero()) // Gamma-Gamma needs positive spend
                    .forEach(ledger::add);
        }
        CustomerSummaries customers = ledger.result().summaries(ClvTimeUnit.WEEKS, LocalDate.of(2026, 6, 30));
        ClvAnalysis analysis = CustomerLifetimeValue.analyse(customers, ClvOptions.defaults());
        String json = mapper.writeValueAsString(analysis);
        assertThat(mapper.readValue(json, ClvAnalysis.class))
                .as("seed %d: %s", SEED + 1, json)
                .isEqualTo(analysis);
        assertThat(mapper.readValue(mapper.writeValueAsString(customers), CustomerSummaries.class))
                .isEqualTo(customers);
    }

    @Test
    void write_handWrittenForms_asDocumented() throws Exception {
        ZoneId athens = ZoneId.of("Europe/Athens");
        CustomerLedger ledger = new CustomerLedgerAccumulator(athens)
                .add(Transaction.onDate("c-1", LocalDate.of(2026, 3, 1), athens, Monies.of("12.5", "KWD")))
                .add(Transaction.onDate("c-1", LocalDate.of(2026, 3, 9), athens, Monies.of("3.250", "KWD")))
                .result();
        assertThat(mapper.writeValueAsString(ledger))
                .isEqualTo("{\"zone\":\"Europe/Athens\",\"currency\":\"KWD\",\"purchase_days\":"
                        + "{\"c-1\":{\"2026-03-01\":\"12.500\",\"2026-03-09\":\"3.250\"}}}");
        assertThat(mapper.writeValueAsString(new CustomerLedgerAccumulator(ZoneId.of("UTC")).result()))
                .isEqualTo("{\"zone\":\"UTC\",\"currency\":null,\"purchase_days\":{}}");
        assertThat(mapper.writeValueAsString(
                        BgNbdModel.of(BgNbdParameters.of(0.243, 4.414, 0.793, 2.426), ClvTimeUnit.WEEKS)))
                .isEqualTo("{\"parameters\":{\"r\":0.243,\"alpha\":4.414,\"a\":0.793,\"b\":2.426},\"unit\":\"weeks\"}");
        assertThat(mapper.writeValueAsString(GammaGammaModel.of(GammaGammaParameters.of(6.25, 3.74, 15.44))))
                .isEqualTo("{\"parameters\":{\"p\":6.25,\"q\":3.74,\"gamma\":15.44}}");
        CustomerSummaries summaries = CustomerSummaries.of(
                ClvTimeUnit.DAYS, List.of(CustomerSummary.of("a", ClvTimeUnit.DAYS, 1, 2.0, 3.0, 4.5)));
        assertThat(mapper.writeValueAsString(summaries))
                .isEqualTo("{\"unit\":\"days\",\"customers\":[{\"customer_id\":\"a\",\"unit\":\"days\","
                        + "\"frequency\":1,\"recency\":2.0,\"age\":3.0,\"monetary_value\":4.5,\"holdout_frequency\":0}],"
                        + "\"currency\":null,\"holdout_length\":0.0}");
        // generic records: a char is a one-character string, a non-finite double a string
        assertThat(mapper.writeValueAsString(PathCsvFormat.channelAttribution().withDelimiter(';')))
                .isEqualTo("{\"path_column\":\"path\",\"conversions_column\":\"total_conversions\","
                        + "\"value_column\":\"total_conversion_value\",\"null_column\":\"total_null\","
                        + "\"delimiter\":\";\",\"channel_separator\":\">\"}");
        assertThat(mapper.writeValueAsString(new TouchCredit(0, "a", Double.NaN, Double.NEGATIVE_INFINITY)))
                .isEqualTo("{\"position\":0,\"channel\":\"a\",\"conversions\":\"NaN\",\"value\":\"-Infinity\"}");
        assertThat(mapper.writeValueAsString(new TimedJourney(
                        List.of("a", "b"),
                        List.of(Instant.parse("2026-03-01T10:00:00Z"), Instant.parse("2026-03-02T10:00:00Z")),
                        Optional.empty(),
                        0)))
                .isEqualTo("{\"channels\":[\"a\",\"b\"],\"touch_times\":[\"2026-03-01T10:00:00Z\","
                        + "\"2026-03-02T10:00:00Z\"],\"conversion_time\":null,\"value\":0.0,\"id\":null}");
    }

    @Test
    void read_badLedger_rejectedNamingTheProblem() {
        String ok = "{\"zone\":\"UTC\",\"currency\":\"JPY\",\"purchase_days\":{\"c\":{\"2026-01-01\":\"100\"}}}";
        assertThatCode(() -> mapper.readValue(ok, CustomerLedger.class)).doesNotThrowAnyException();
        assertRejected(CustomerLedger.class, ok.replace("\"100\"", "\"-1\""), "amount must be >= 0");
        assertRejected(CustomerLedger.class, ok.replace("\"100\"", "100"), "decimal string");
        assertRejected(CustomerLedger.class, ok.replace("\"100\"", "\"1O0\""), "decimal string");
        assertRejected(CustomerLedger.class, ok.replace("2026-01-01", "2026-02-30"), "ISO date");
        assertRejected(CustomerLedger.class, ok.replace("\"100\"", "\"1e999999999\""), "at most 30 integer");
        assertRejected(CustomerLedger.class, ok.replace("\"100\"", "\"0." + "1".repeat(31) + "\""), "at most 30");
        assertRejected(CustomerLedger.class, ok.replace("\"100\"", "\"" + "9".repeat(10_000) + "\""), "at most 30");
        assertRejected(CustomerLedger.class, ok.replace("{\"2026-01-01\":\"100\"}", "{}"), "non-empty object");
        assertRejected(CustomerLedger.class, ok.replace("\"JPY\"", "null"), "needs a currency");
        assertRejected(CustomerLedger.class, ok.replace("\"JPY\"", "\"XYZ\""), "XYZ");
        assertRejected(CustomerLedger.class, ok.replace("\"UTC\"", "\"Mars/Olympus\""), "zone");
        assertRejected(CustomerLedger.class, ok.replace("\"zone\":\"UTC\",", ""), "zone");
        assertRejected(CustomerLedger.class, ok.replace("\"c\":", "\" \":"), "customerId must not be blank");
        assertRejected(
                CustomerLedger.class, ok.replace("{\"zone\"", "{\"extra\":1,\"zone\""), "unknown property 'extra'");
        assertRejected(CustomerLedger.class, "[]", "must be a JSON object");
    }

    @Test
    void read_badSummariesAndModels_rejectedNamingTheProblem() {
        String customer = "{\"customer_id\":\"a\",\"unit\":\"days\",\"frequency\":1,\"recency\":2.0,\"age\":3.0,"
                + "\"monetary_value\":4.5,\"holdout_frequency\":0}";
        String ok = "{\"unit\":\"days\",\"customers\":[" + customer + "],\"currency\":\"BHD\",\"holdout_length\":1.5}";
        assertThatCode(() -> mapper.readValue(ok, CustomerSummaries.class)).doesNotThrowAnyException();
        assertRejected(
                CustomerSummaries.class,
                ok.replace("\"unit\":\"days\",\"customers", "\"unit\":\"weeks\",\"customers"),
                "convert before combining");
        assertRejected(
                CustomerSummaries.class,
                ok.replace(customer, customer + "," + customer),
                "customer ids must be unique");
        assertRejected(CustomerSummaries.class, ok.replace("1.5", "-1"), "holdoutLength");
        assertRejected(CustomerSummaries.class, ok.replace("1.5", "\"1.5\""), "holdout_length must be a number");
        assertRejected(CustomerSummaries.class, ok.replace("\"recency\":2.0", "\"recency\":4.0"), "recency");
        assertRejected(CustomerSummaries.class, ok.replace(",\"customers\":[" + customer + "]", ""), "'customers'");
        assertRejected(
                CustomerSummaries.class,
                ok.replace("\"days\",\"customers", "\"fortnights\",\"customers"),
                "fortnights");
        assertRejected(
                BgNbdModel.class,
                "{\"parameters\":{\"r\":0.2,\"alpha\":4,\"a\":0.7,\"b\":0},\"unit\":\"weeks\"}",
                "b must be finite and > 0");
        assertRejected(BgNbdModel.class, "{\"parameters\":{\"r\":0.2,\"alpha\":4,\"a\":0.7,\"b\":2}}", "'unit'");
        assertRejected(
                BgNbdModel.class,
                "{\"parameters\":{\"r\":0.2,\"alpha\":\"NaN\",\"a\":0.7,\"b\":2},\"unit\":\"days\"}",
                "alpha");
        assertRejected(
                GammaGammaModel.class,
                "{\"parameters\":{\"p\":1,\"q\":2,\"gamma\":3},\"unit\":\"days\"}",
                "unknown property 'unit'");
        assertRejected(GammaGammaModel.class, "{}", "'parameters'");
    }

    @Test
    void read_badGenericAttributionAndClvRecords_rejectedNamingTheProblem() {
        String format = "{\"path_column\":\"path\",\"conversions_column\":\"c\",\"value_column\":null,"
                + "\"null_column\":null,\"delimiter\":\";\",\"channel_separator\":\">\"}";
        assertThatCode(() -> mapper.readValue(format, PathCsvFormat.class)).doesNotThrowAnyException();
        assertRejected(PathCsvFormat.class, format.replace("\";\"", "\";;\""), "one-character string");
        assertRejected(PathCsvFormat.class, format.replace("\";\"", "59"), "one-character string");
        assertRejected(PathCsvFormat.class, format.replace("\";\"", "\">\""), "must differ from the channel separator");
        String credit = "{\"position\":0,\"channel\":\"a\",\"conversions\":\"NaN\",\"value\":\"Infinity\"}";
        assertThatCode(() -> mapper.readValue(credit, TouchCredit.class)).doesNotThrowAnyException();
        assertRejected(
                TouchCredit.class, credit.replace("\"NaN\"", "\"nan\""), "TouchCredit.conversions must be a number");
        assertRejected(
                TouchCredit.class, credit.replace("\"NaN\"", "\"1.5\""), "TouchCredit.conversions must be a number");
        assertRejected(TouchCredit.class, credit.replace("\"position\":0", "\"position\":-1"), "position must be >= 0");
        String journey =
                "{\"channels\":[\"a\",\"b\"],\"touch_times\":[\"2026-03-01T10:00:00Z\",\"2026-03-02T10:00:00Z\"],"
                        + "\"conversion_time\":\"2026-03-03T00:00:00Z\",\"value\":9.5,\"id\":\"j\"}";
        assertThatCode(() -> mapper.readValue(journey, TimedJourney.class)).doesNotThrowAnyException();
        assertRejected(TimedJourney.class, journey.replace("2026-03-02T10", "2026-02-28T10"), "non-decreasing");
        assertRejected(TimedJourney.class, journey.replace("2026-03-03T00", "2026-03-01T00"), "must not be before");
        assertRejected(
                TimedJourney.class, journey.replace("\"2026-03-01T10:00:00Z\"", "\"yesterday\""), "touch_times[0]");
        assertRejected(TimedJourney.class, journey.replace("\"2026-03-01T10:00:00Z\"", "null"), "touch_times[0]");
        assertRejected(
                TimedJourney.class,
                journey.replace("[\"2026-03-01T10:00:00Z\",\"2026-03-02T10:00:00Z\"]", "\"2026-03-01T10:00:00Z\""),
                "touch_times");
        assertRejected(TimedJourney.class, journey.replace("9.5", "\"Infinity\""), "value must be finite");
        assertRejected(MarkovState.class, "{\"kind\":\"start\",\"channels\":[\"a\"]}", "must not have channels");
        assertRejected(AttributionOptions.class, "{\"models\":[\"linear\"]}", "missing the property");
        assertRejected(
                Transaction.class,
                "{\"customer_id\":\"c\",\"time\":\"2026-01-01T00:00:00Z\","
                        + "\"amount\":{\"amount\":\"-0.001\",\"currency\":\"KWD\"}}",
                "amount must be >= 0");
    }

    @Test
    void read_badShapleyResult_rejectedNamingTheProblem() throws Exception {
        ShapleyModel model = ShapleyModel.of(ShapleyModel.Game.EXACT_SET_CONVERSION_RATE, ShapleyModel.NO_LIMIT, false);
        CoalitionCounts counts = model.newAccumulator();
        List.of(ChannelPath.of(2, 20, 1, "A", "B"), ChannelPath.of(1, 5, 2, "B"), ChannelPath.of(0, 0, 3, "A"))
                .forEach(counts::add);
        String ok = mapper.writeValueAsString(counts.shapleyResult());
        assertThat(ok)
                .contains("\"coalitions\":[{\"channels\":[\"A\",\"B\"],\"conversions\":2.0,\"value\":20.0,"
                        + "\"journeys\":3.0,\"credited_conversions\":[")
                .contains("{\"channels\":[\"A\"],\"conversions\":0.0,\"value\":0.0,\"journeys\":3.0,"
                        + "\"credited_conversions\":[],\"credited_value\":[]}");
        assertRejected(
                ShapleyResult.class,
                ok.replace("\"channels\":[\"A\",\"B\"]", "\"channels\":[\"B\",\"A\"]"),
                "not a key of the model");
        assertRejected(
                ShapleyResult.class,
                ok.replace("\"ordered\":false", "\"ordered\":true"),
                "attribution must be of the model");
        assertRejected(
                ShapleyResult.class,
                ok.replace(
                        "\"credited_conversions\":[],\"credited_value\":[]",
                        "\"credited_conversions\":[1.0],\"credited_value\":[]"),
                "one per member");
        assertRejected(
                ShapleyResult.class,
                ok.replace(
                        "\"credited_conversions\":[],\"credited_value\":[]",
                        "\"credited_conversions\":[1.0],\"credited_value\":[1.0]"),
                "credits exactly when");
        assertRejected(
                ShapleyResult.class,
                ok.replace(",\"coalitions\":", ",\"extra\":1,\"coalitions\":"),
                "unknown property 'extra'");
        assertRejected(ShapleyResult.class, ok.substring(0, ok.indexOf(",\"coalitions\":")) + "}", "'coalitions'");
    }

    private void assertRejected(Class<?> type, String json, String message) {
        assertThatThrownBy(() -> mapper.readValue(json, type))
                .as(json)
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining(message);
    }
}

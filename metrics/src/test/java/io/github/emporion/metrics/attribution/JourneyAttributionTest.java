package io.github.emporion.metrics.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.emporion.marketing.channel.Channel;
import io.github.emporion.marketing.channel.ChannelGroup;
import io.github.emporion.marketing.journey.Journey;
import io.github.emporion.marketing.journey.PathCount;
import io.github.emporion.marketing.touchpoint.Conversion;
import io.github.emporion.marketing.touchpoint.InteractionType;
import io.github.emporion.marketing.touchpoint.Touchpoint;
import io.github.emporion.money.CurrencyMismatchException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class JourneyAttributionTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static TimedJourney journey(boolean converted, double value, String... channels) {
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < channels.length; i++) {
            times.add(T0.plus(Duration.ofDays(i)));
        }
        Optional<Instant> conv = converted ? Optional.of(T0.plus(Duration.ofDays(channels.length))) : Optional.empty();
        return new TimedJourney(List.of(channels), times, conv, value);
    }

    // ---- options

    @Test
    void options_defaults_asDocumented() {
        AttributionOptions o = AttributionOptions.defaults();
        assertThat(o.models())
                .containsExactly(
                        "first", "last", "last_non_direct", "linear", "position", "time_decay", "markov", "shapley");
        assertThat(o.toText())
                .containsEntry("time-decay", "exponential")
                .containsEntry("half-life", "PT168H")
                .containsEntry("direct-channels", "(direct),direct")
                .containsEntry("direct-ignore-case", "true")
                .containsEntry("position-weights", "0.4,0.2,0.4")
                .containsEntry("markov-order", "1")
                .containsEntry("markov-nulls", "true")
                .containsEntry("markov-value", "chain")
                .containsEntry("shapley", "coalition-sum")
                .containsEntry("shapley-order", "alphabetical")
                .containsEntry("shapley-max-channels", "none");
        assertThat(o.toText().keySet()).containsExactlyElementsOf(AttributionOptions.OPTION_NAMES);
    }

    @Test
    void options_directChannelsInAnyOrder_iteratedSorted() {
        AttributionOptions o = AttributionOptions.builder()
                .directChannels(new java.util.LinkedHashSet<>(List.of("zz", "direct", "Affiliate", "(none)")))
                .build();
        // String order: '(' < 'A' < 'd' < 'z'
        assertThat(o.directChannels()).containsExactly("(none)", "Affiliate", "direct", "zz");
    }

    @Test
    void options_setEveryOptionFromText_roundTripsThroughToText() {
        AttributionOptions.Builder b = AttributionOptions.builder()
                .set("models", "linear,time_decay,markov,shapley")
                .set("time-decay", "stepped")
                .set("half-life", "36h")
                .set("direct-channels", "direct, none")
                .set("direct-ignore-case", "false")
                .set("position-weights", "0.3,0.4,0.3")
                .set("markov-order", "2")
                .set("markov-nulls", "false")
                .set("markov-value", "shares")
                .set("shapley", "coalition-sum")
                .set("shapley-order", "first-touch")
                .set("shapley-max-channels", "4");
        AttributionOptions o = b.build();
        assertThat(o.halfLife()).isEqualTo(Duration.ofHours(36));
        assertThat(o.timeDecayModel()).isEqualTo(new TimeDecayModel(Duration.ofHours(36), true));
        assertThat(o.pathModel("markov")).isEqualTo(new MarkovModel(2, false, true, MarkovModel.Value.SHARES));
        assertThat(o.shapleyModel().game()).isEqualTo(ShapleyModel.Game.SIMPLIFIED);
        assertThat(o.shapleyModel().maxCoalitionSize()).isEqualTo(4);
        assertThat(o.shapleyModel().ordered()).isTrue();
        AttributionOptions.Builder again = AttributionOptions.builder();
        o.toText().forEach(again::set);
        assertThat(again.build()).isEqualTo(o);
    }

    @Test
    void options_invalidText_messageNamesOption() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AttributionOptions.builder().set("time-decay", "linear"))
                .withMessageContaining("time-decay")
                .withMessageContaining("exponential");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AttributionOptions.builder().set("half-life", "a week"))
                .withMessageContaining("half-life");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AttributionOptions.builder().set("shapley-max-channels", "x"))
                .withMessageContaining("shapley-max-channels");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AttributionOptions.builder().set("colour", "red"))
                .withMessageContaining("unknown option 'colour'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AttributionOptions.builder()
                        .set("models", "linear,u_shape")
                        .build())
                .withMessageContaining("u_shape");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AttributionOptions.builder()
                        .set("position-weights", "0.5,0.5,0.5")
                        .build())
                .withMessageContaining("sum to 1");
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> AttributionOptions.builder().shapleyMaxChannels(0).build())
                .withMessageContaining("shapley-max-channels");
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        AttributionOptions.builder().set("half-life", "0d").build())
                .withMessageContaining("half-life");
    }

    @Test
    void run_pathCountsWithTimeDecay_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Attribution.run(AttributionOptions.defaults(), List.of(ChannelPath.of(1, 1, 0, "a"))))
                .withMessageContaining("time_decay");
    }

    @Test
    void lastNonDirect_defaultDirectChannels_caseInsensitiveAndAllDirectCreditsDirect() {
        AttributionOptions o =
                AttributionOptions.builder().set("models", "last_non_direct").build();
        AttributionRun r = Attribution.runJourneys(
                o,
                List.of(
                        journey(true, 10, "email", "Direct", "(direct)"),
                        journey(true, 5, "DIRECT", "direct"),
                        journey(true, 1, "direct_mail", "direct")));
        Map<String, ChannelCredit> c = r.result("last_non_direct").byChannel();
        assertThat(c.get("email").conversions()).isEqualTo(1.0);
        // all-direct journey: the last touch, a direct channel, is credited
        assertThat(c.get("direct").conversions()).isEqualTo(1.0);
        // names are compared whole: direct_mail is not direct
        assertThat(c.get("direct_mail").value()).isEqualTo(1.0);
    }

    // ---- Markov value attribution

    @Test
    void markovValue_tinyExample_matchesHandComputation() {
        // tiny_example.csv: A > B 2 conv (value 20) 1 null; B 1 conv (5) 2 null; A 0 conv 3 null
        List<ChannelPath> tiny =
                List.of(ChannelPath.of(2, 20, 1, "A", "B"), ChannelPath.of(1, 5, 2, "B"), ChannelPath.of(0, 0, 3, "A"));
        Map<String, Double> shares = Ref.values(new MarkovModel(1, true, true, MarkovModel.Value.SHARES)
                .fit(tiny)
                .attribution());
        // value-weighted chain: start→A 20, start→B 5; without A it converts 5/25, RE_A = 4/5, RE_B = 1
        Ref.assertRelative(shares, Map.of("A", 0.8 / 1.8 * 25, "B", 1 / 1.8 * 25), 1e-12, "shares");
        MarkovResult cs = new MarkovModel(1, true, true, MarkovModel.Value.CONVERSION_SHARES).fit(tiny);
        // conversion removal effects with nulls: RE_A = 1/2, RE_B = 1 → value 25/3 and 50/3
        Ref.assertRelative(Ref.values(cs.attribution()), Map.of("A", 25.0 / 3, "B", 50.0 / 3), 1e-12, "cs");
        assertThat(cs.valueRemovalEffects()).isEqualTo(cs.removalEffects());
    }

    // ---- DP6 bugs we do not share

    @Test
    void shapley_substringChannelNames_comparedWhole() {
        // search 1 of 2, paid_search 1 of 2, search > paid_search 3 of 3:
        // v(s) = v(p) = 1/2, v(sp) = 1, symmetric → φ = 1/2 each, the 3 conversions split 1.5 / 1.5.
        // DP6 tests membership by substring ('search' in 'paid_search') and splits them unevenly.
        List<ChannelPath> rows = List.of(
                ChannelPath.of(1, 10, 1, "search"),
                ChannelPath.of(1, 10, 1, "paid_search"),
                ChannelPath.of(3, 30, 0, "search", "paid_search"));
        AttributionRun r = Attribution.run(
                AttributionOptions.builder().set("models", "shapley").build(), rows);
        Ref.assertRelative(
                Ref.conversions(r.result("shapley")), Map.of("search", 2.5, "paid_search", 2.5), 1e-12, "conv");
        Ref.assertRelative(Ref.values(r.result("shapley")), Map.of("search", 25.0, "paid_search", 25.0), 1e-12, "v");
    }

    @Test
    void markovAndShapley_valueOnNonConvertingRows_ignored() {
        for (long seed = 1; seed <= 100; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            List<ChannelPath> clean = MarkovModelTest.randomPaths(rnd, 2 + rnd.nextInt(30), 2 + rnd.nextInt(5), 5);
            if (clean.stream().noneMatch(p -> p.conversions() > 0)) {
                continue;
            }
            // the same rows, with a large value put on every row without conversions
            List<ChannelPath> leaky = clean.stream()
                    .map(p -> p.conversions() > 0
                            ? p
                            : new ChannelPath(p.channels(), 0, 1000 + rnd.nextInt(1000), p.nonConversions()))
                    .toList();
            for (String extra : List.of(
                    "markov-value=chain",
                    "markov-value=shares",
                    "markov-value=conversion-shares",
                    "shapley=exact-set",
                    "shapley=exact-set-raw",
                    "shapley=coalition-sum")) {
                AttributionOptions o = AttributionOptions.builder()
                        .set("models", "markov,shapley")
                        .set(extra.substring(0, extra.indexOf('=')), extra.substring(extra.indexOf('=') + 1))
                        .build();
                assertThat(Attribution.run(o, leaky).results())
                        .as("seed %d %s", seed, extra)
                        .isEqualTo(Attribution.run(o, clean).results());
            }
        }
    }

    // ---- per-journey credit

    @Test
    void touchCredits_everyModel_sumToChannelTotals() {
        List<TimedJourney> journeys = TimedJourneyCsvReader.stream(
                        Ref.resource("timed_journeys_5k.csv.gz"), "timed_journeys_5k.csv")
                .toList();
        for (String variant : List.of(
                "shapley=exact-set;time-decay=stepped",
                "shapley=exact-set-raw;shapley-max-channels=3",
                "shapley=coalition-sum;shapley-order=first-touch")) {
            AttributionOptions.Builder b =
                    AttributionOptions.builder().set("models", String.join(",", AttributionOptions.MODEL_NAMES));
            for (String kv : variant.split(";")) {
                b.set(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
            }
            AttributionRun run = Attribution.runJourneys(b.build(), journeys);
            Map<String, Map<String, double[]>> sums = new HashMap<>();
            List<String> problems = new ArrayList<>();
            for (TimedJourney j : journeys) {
                run.touchCredits(j).forEach((model, credits) -> {
                    double c = 0;
                    for (TouchCredit t : credits) {
                        if (!t.channel().equals(j.channels().get(t.position()))) {
                            problems.add(model + " " + j + ": " + t);
                        }
                        double[] s = sums.computeIfAbsent(model, m -> new HashMap<>())
                                .computeIfAbsent(t.channel(), ch -> new double[2]);
                        s[0] += t.conversions();
                        s[1] += t.value();
                        c += t.conversions();
                    }
                    // every model splits exactly the journey's conversion, touch by touch
                    if (credits.size() != j.channels().size() || Math.abs(c - (j.converted() ? 1 : 0)) > 1e-9) {
                        problems.add(model + " " + j + ": " + credits);
                    }
                });
            }
            assertThat(problems).as(variant).isEmpty();
            for (String model : run.results().keySet()) {
                if (model.equals("markov")) {
                    continue; // per-journey Markov shares need not add up to the chain's totals
                }
                for (ChannelCredit cc : run.result(model).channels()) {
                    double[] s = sums.get(model).get(cc.channel());
                    String msg = variant + " " + model + " " + cc.channel();
                    assertThat(s[0]).as(msg).isCloseTo(cc.conversions(), within(1e-8));
                    assertThat(s[1]).as(msg).isCloseTo(cc.value(), within(1e-6));
                }
            }
        }
    }

    @Test
    void touchCredits_exactSetTinyExample_quarterAndThreeQuarters() {
        AttributionRun run = Attribution.runJourneys(
                AttributionOptions.builder()
                        .set("models", "shapley,markov")
                        .set("shapley", "exact-set")
                        .build(),
                List.of(
                        journey(true, 10, "A", "B"),
                        journey(true, 10, "A", "B"),
                        journey(false, 0, "A", "B"),
                        journey(true, 5, "B"),
                        journey(false, 0, "B"),
                        journey(false, 0, "B"),
                        journey(false, 0, "A"),
                        journey(false, 0, "A"),
                        journey(false, 0, "A")));
        Ref.assertRelative(Ref.conversions(run.result("shapley")), Map.of("A", 0.5, "B", 2.5), 1e-12, "shapley");
        List<TouchCredit> ab = run.touchCredits("shapley", journey(true, 10, "A", "B"));
        assertThat(ab.get(0).conversions()).isCloseTo(0.25, within(1e-12));
        assertThat(ab.get(1).value()).isCloseTo(7.5, within(1e-12));
        // Markov with nulls: RE_A = 1/2, RE_B = 1 → the journey's conversion splits 1/3, 2/3
        List<TouchCredit> m = run.touchCredits("markov", journey(true, 10, "A", "B"));
        assertThat(m.get(0).conversions()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(run.touchCredits("markov", journey(false, 0, "A", "B")))
                .extracting(TouchCredit::conversions)
                .containsExactly(0.0, 0.0);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> run.touchCredits("linear", journey(true, 1, "A")))
                .withMessageContaining("not run");
    }

    // ---- adapters from core

    private static Touchpoint touch(String visitor, Instant at, String channel) {
        return Touchpoint.of(visitor, at, Channel.of(channel, ChannelGroup.DIRECT), InteractionType.values()[0]);
    }

    @Test
    void coreJourneys_journey_flowsIntoEveryModel() {
        Journey converted = Journey.converted(
                List.of(touch("v1", T0, "email"), touch("v1", T0.plus(Duration.ofDays(7)), "direct")),
                Conversion.of("v1", T0.plus(Duration.ofDays(7)), Money.of(new BigDecimal("40.00"), "EUR")));
        Journey lost = Journey.notConverted(List.of(touch("v2", T0, "display")));
        List<TimedJourney> timed = CoreJourneys.timed(List.of(converted, lost));
        assertThat(timed.get(0))
                .isEqualTo(new TimedJourney(
                        List.of("email", "direct"),
                        List.of(T0, T0.plus(Duration.ofDays(7))),
                        Optional.of(T0.plus(Duration.ofDays(7))),
                        40.0,
                        Optional.of("v1")));
        assertThat(timed.get(1).converted()).isFalse();
        AttributionRun run = Attribution.runJourneys(AttributionOptions.defaults(), timed);
        assertThat(run.results().keySet()).containsExactlyElementsOf(AttributionOptions.DEFAULT_MODELS);
        // time decay: 7 and 0 days before the conversion → 1/3, 2/3
        assertThat(run.result("time_decay").byChannel().get("direct").value()).isCloseTo(80.0 / 3, within(1e-12));
        assertThat(run.result("last_non_direct").byChannel().get("email").conversions())
                .isEqualTo(1.0);
    }

    @Test
    void coreJourneys_mixedCurrencies_rejected() {
        Journey eur = Journey.converted(
                List.of(touch("v1", T0, "email")), Conversion.of("v1", T0, Money.of(BigDecimal.ONE, "EUR")));
        Journey jpy = Journey.converted(
                List.of(touch("v2", T0, "email")), Conversion.of("v2", T0, Money.of(BigDecimal.TEN, "JPY")));
        assertThatThrownBy(() -> CoreJourneys.timed(List.of(eur, jpy)))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("JPY");
    }

    @Test
    void coreJourneys_pathCount_convertsCountsAndValue() {
        PathCount row = new PathCount(
                List.of("email", "direct"),
                new BigDecimal("2.5"),
                Money.of(new BigDecimal("12.345"), "KWD"),
                BigDecimal.valueOf(3));
        assertThat(CoreJourneys.path(row)).isEqualTo(ChannelPath.of(2.5, 12.345, 3, "email", "direct"));
        PathCount usd = PathCount.of(List.of("a"), 1, Money.of(BigDecimal.ONE, "USD"), 0);
        assertThatThrownBy(() -> CoreJourneys.paths(List.of(row, usd))).isInstanceOf(CurrencyMismatchException.class);
    }
}

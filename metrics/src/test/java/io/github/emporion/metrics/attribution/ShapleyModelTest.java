package io.github.emporion.metrics.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ShapleyModelTest {

    private static final List<ChannelPath> TINY = Ref.paths("tiny_example.csv");

    @Test
    void shapleyValue_workedExample_22_16point5_7point5() {
        Map<String, Double> v = new HashMap<>();
        for (Map<String, String> row : Ref.table("shapley_worked_example_coalitions.csv")) {
            v.put(
                    String.join("+", new TreeSet<>(List.of(row.get("coalition").split("\\+")))),
                    Double.parseDouble(row.get("v")));
        }
        Map<String, Double> phi = ShapleyValue.of(
                List.of("A", "B", "C"), s -> s.isEmpty() ? 0 : v.get(String.join("+", new TreeSet<>(s))), 1, 0);
        var expected = Ref.column(Ref.table("shapley_worked_example_values.csv"), "shapley_value");
        Ref.assertRelative(phi, expected, 1e-12, "worked example");
    }

    @Test
    void simplified_workedExampleCoalitions_equalsClassicGame() {
        // R(T) of §6.3 as path rows (one row per coalition, conversions R)
        List<ChannelPath> rows = new ArrayList<>();
        for (Map<String, String> row : Ref.table("shapley_worked_example_coalitions.csv")) {
            rows.add(new ChannelPath(
                    List.of(row.get("coalition").split("\\+")), Double.parseDouble(row.get("R")), 0, 1));
        }
        var expected = Ref.column(Ref.table("shapley_worked_example_values.csv"), "shapley_value");
        Ref.assertRelative(Ref.conversions(ShapleyModel.simplified().attribute(rows)), expected, 1e-12, "simplified");
        Ref.assertRelative(
                Ref.conversions(ShapleyModel.of(ShapleyModel.Game.SUBCOALITION_CONVERSIONS, 62, false)
                        .attribute(rows)),
                expected,
                1e-12,
                "classic");
    }

    @Test
    void exactSetRate_tinyExample_matchesHandDerivation() {
        AttributionResult r = ShapleyModel.of(ShapleyModel.Game.EXACT_SET_CONVERSION_RATE, 4, false)
                .attribute(TINY);
        Ref.assertRelative(Ref.conversions(r), Map.of("A", 0.5, "B", 2.5), 1e-12, "conversions");
        Ref.assertRelative(Ref.values(r), Map.of("A", 5.0, "B", 20.0), 1e-12, "value");
    }

    @Test
    void exactSetRate_negativeShareExample_creditsAboveOneAndBelowZero() {
        // a: 1 of 1 converts; b: 1 of 5; a > b: 1 of 2 → a 2.3, b 0.7
        List<ChannelPath> rows =
                List.of(ChannelPath.of(1, 0, 0, "a"), ChannelPath.of(1, 0, 4, "b"), ChannelPath.of(1, 0, 1, "a", "b"));
        AttributionResult r = ShapleyModel.of(ShapleyModel.Game.EXACT_SET_CONVERSION_RATE, 8, false)
                .attribute(rows);
        Ref.assertRelative(Ref.conversions(r), Map.of("a", 2.3, "b", 0.7), 1e-12, "conversions");
    }

    @Test
    void exactSet_generated3k_matchesDp6() {
        compareDp6(Ref.paths("generated_3k.csv"), Ref.table("dp6_generated_3k_shapley.csv"));
    }

    @Test
    void exactSet_timedJourneys_matchesDp6() {
        compareDp6(
                Ref.timedJourneys().stream().map(TimedJourney::toPath).toList(),
                Ref.table("dp6_timed_journeys_5k_shapley.csv"));
    }

    private static void compareDp6(List<ChannelPath> paths, List<Map<String, String>> ref) {
        var rate4 = ShapleyModel.of(ShapleyModel.Game.EXACT_SET_CONVERSION_RATE, 4, false);
        var rate8 = ShapleyModel.of(ShapleyModel.Game.EXACT_SET_CONVERSION_RATE, 8, false);
        var rate8o = ShapleyModel.of(ShapleyModel.Game.EXACT_SET_CONVERSION_RATE, 8, true);
        var counts8 = ShapleyModel.of(ShapleyModel.Game.EXACT_SET_COUNTS, 8, false);
        List<AttributionResult> r = Attribution.run(List.of(rate4, rate8, rate8o, counts8), paths);
        String[] prefixes = {"shapley", "shapley_size8", "shapley_size8_order"};
        for (int i = 0; i < 3; i++) {
            Ref.assertRelative(
                    Ref.conversions(r.get(i)), Ref.column(ref, prefixes[i] + "_conversions"), 1e-9, prefixes[i]);
            Ref.assertRelative(Ref.values(r.get(i)), Ref.column(ref, prefixes[i] + "_value"), 1e-9, prefixes[i]);
        }
        Ref.assertRelative(
                Ref.conversions(r.get(3)), Ref.column(ref, "shapley_size8_vcount_conversions"), 1e-9, "vcount");
        Ref.assertRelative(Ref.values(r.get(3)), Ref.column(ref, "shapley_size8_vvalue_value"), 1e-9, "vvalue");
    }

    @Test
    void simplified_randomData_equalsClassicAndSumsToTotals() {
        for (long seed = 1; seed <= 40; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            List<ChannelPath> paths = MarkovModelTest.randomPaths(rnd, 1 + rnd.nextInt(50), 2 + rnd.nextInt(8), 6);
            AttributionResult simple = ShapleyModel.simplified().attribute(paths);
            AttributionResult classic = ShapleyModel.of(ShapleyModel.Game.SUBCOALITION_CONVERSIONS, 62, false)
                    .attribute(paths);
            String msg = "seed " + seed;
            Ref.assertRelative(Ref.conversions(classic), Ref.conversions(simple), 1e-9, msg);
            Ref.assertRelative(Ref.values(classic), Ref.values(simple), 1e-9, msg);
            double c = paths.stream().mapToDouble(ChannelPath::conversions).sum();
            assertThat(simple.channels().stream()
                            .mapToDouble(ChannelCredit::conversions)
                            .sum())
                    .as(msg)
                    .isCloseTo(c, within(1e-9 * Math.max(1, c)));
            for (ChannelCredit cc : simple.channels()) {
                boolean inConverting = paths.stream()
                        .anyMatch(p -> p.conversions() > 0 && p.channels().contains(cc.channel()));
                if (!inConverting) {
                    assertThat(cc.conversions()).as(msg + " " + cc.channel()).isZero();
                }
            }
        }
    }

    @Test
    void subcoalition_moreThan20Channels_sampledEstimateNearExact() {
        SplittableRandom rnd = new SplittableRandom(3);
        List<ChannelPath> paths = MarkovModelTest.randomPaths(rnd, 400, 24, 5);
        AttributionResult exact = ShapleyModel.simplified().attribute(paths);
        AttributionResult sampled =
                new ShapleyModel(ShapleyModel.Game.SUBCOALITION_CONVERSIONS, 62, false, 4000, 42).attribute(paths);
        double total = exact.totalConversions();
        Ref.assertAbsolute(Ref.conversions(sampled), Ref.conversions(exact), 0.02 * total, "sampled");
        // efficiency holds for every permutation, hence for the average
        assertThat(sampled.channels().stream()
                        .mapToDouble(ChannelCredit::conversions)
                        .sum())
                .isCloseTo(total, within(1e-9 * total));
        // same seed, same numbers
        assertThat(new ShapleyModel(ShapleyModel.Game.SUBCOALITION_CONVERSIONS, 62, false, 4000, 42).attribute(paths))
                .isEqualTo(sampled);
    }

    @Test
    void shapleyValue_sampledAdditiveGame_exactForEveryPermutation() {
        List<String> players = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            players.add("p" + i);
        }
        // additive game v(S) = Σ_{i in S} i: every marginal contribution of p_i is i, so φ_i = i
        // for every sampled permutation
        Map<String, Double> phi = ShapleyValue.of(
                players,
                s -> s.stream().mapToInt(p -> Integer.parseInt(p.substring(1))).sum(),
                50,
                9);
        phi.forEach((p, v) -> assertThat(v).as(p).isCloseTo(Integer.parseInt(p.substring(1)), within(1e-9)));
        // v(S) = |S|^2 is symmetric: the sampled average is near v(N)/n = 25
        Map<String, Double> sym = ShapleyValue.of(players, s -> (double) s.size() * s.size(), 4000, 9);
        sym.values().forEach(v -> assertThat(v).isCloseTo(25.0, within(1.5)));
    }

    @Test
    void shapleyValue_duplicatePlayers_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ShapleyValue.of(List.of("a", "a"), Set::size, 1, 0))
                .withMessageContaining("distinct");
    }

    @Test
    void model_invalidSize_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ShapleyModel.of(ShapleyModel.Game.EXACT_SET_COUNTS, 0, false))
                .withMessageContaining("maxCoalitionSize");
    }

    @Test
    void shapleyResult_exactSetRateTinyExample_coalitionsByHandAndRebuiltEqual() {
        ShapleyModel model = ShapleyModel.of(ShapleyModel.Game.EXACT_SET_CONVERSION_RATE, ShapleyModel.NO_LIMIT, false);
        CoalitionCounts counts = model.newAccumulator();
        TINY.forEach(counts::add);
        ShapleyResult fitted = counts.shapleyResult();
        Map<List<String>, ShapleyResult.Coalition> byKey = new HashMap<>();
        fitted.coalitions().forEach(c -> byKey.put(c.channels(), c));
        assertThat(byKey).containsOnlyKeys(List.of("A", "B"), List.of("B"), List.of("A"));
        // A > B: 2 of 3 convert, value 20; its game splits 2 conversions 1/4 : 3/4 (class Javadoc)
        ShapleyResult.Coalition ab = byKey.get(List.of("A", "B"));
        assertThat(List.of(ab.conversions(), ab.value(), ab.journeys())).containsExactly(2.0, 20.0, 3.0);
        assertThat(ab.creditedConversions().get(0)).isCloseTo(0.5, within(1e-12));
        assertThat(ab.creditedConversions().get(1)).isCloseTo(1.5, within(1e-12));
        assertThat(ab.creditedValue().get(0)).isCloseTo(5, within(1e-12));
        assertThat(ab.creditedValue().get(1)).isCloseTo(15, within(1e-12));
        // B alone: its 1 conversion and value 5 all to B; A alone never converts: no game, no credits
        assertThat(byKey.get(List.of("B")).creditedConversions().get(0)).isCloseTo(1, within(1e-12));
        assertThat(byKey.get(List.of("A")).creditedConversions()).isEmpty();

        ShapleyResult rebuilt = ShapleyResult.of(model, fitted.attribution(), fitted.coalitions());
        assertThat(rebuilt).isEqualTo(fitted).hasSameHashCodeAs(fitted);
        ChannelPath journey = ChannelPath.of(1, 10, 0, "B", "A");
        assertThat(rebuilt.touchCredits(journey)).isEqualTo(fitted.touchCredits(journey));
        assertThat(rebuilt)
                .isNotEqualTo(ShapleyResult.of(
                        model, fitted.attribution(), fitted.coalitions().subList(0, 2)));
    }

    @Test
    void shapleyResultOf_partsThatDoNotFit_rejectedNamingTheRule() {
        ShapleyModel model = ShapleyModel.of(ShapleyModel.Game.EXACT_SET_COUNTS, 1, false);
        CoalitionCounts counts = model.newAccumulator();
        TINY.forEach(counts::add);
        ShapleyResult fitted = counts.shapleyResult();
        AttributionResult attribution = fitted.attribution();
        List<ShapleyResult.Coalition> coalitions = fitted.coalitions();
        // keys of at most 1 channel: [A, B] is no key of this model
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ShapleyResult.of(
                        model,
                        attribution,
                        List.of(new ShapleyResult.Coalition(
                                List.of("A", "B"), 1, 1, 1, List.of(1.0, 0.0), List.of(1.0, 0.0)))))
                .withMessageContaining("not a key of the model");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ShapleyResult.of(model, attribution, List.of(coalitions.get(0), coalitions.get(0))))
                .withMessageContaining("given twice");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ShapleyResult.of(
                        model,
                        attribution,
                        List.of(new ShapleyResult.Coalition(List.of("A"), 0, 0, 3, List.of(1.0), List.of(1.0)))))
                .withMessageContaining("credits exactly when it has conversions");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ShapleyResult.of(ShapleyModel.simplified(), attribution, List.of()))
                .withMessageContaining("attribution must be of the model");
        AttributionResult simplified = ShapleyModel.simplified().attribute(TINY);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ShapleyResult.of(ShapleyModel.simplified(), simplified, coalitions))
                .withMessageContaining("keeps no coalitions");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ShapleyResult.Coalition(List.of("A", "B"), 1, 1, 1, List.of(1.0), List.of(1.0)))
                .withMessageContaining("one per member");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ShapleyResult.Coalition(List.of(), 1, 1, 1, List.of(), List.of()))
                .withMessageContaining("at least one channel");
    }
}

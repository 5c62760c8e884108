package io.github.emporion.metrics.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkovModelTest {

    private static final List<ChannelPath> TINY = Ref.paths("tiny_example.csv");
    private static final List<ChannelPath> GENERATED = Ref.paths("generated_3k.csv");

    @Test
    void fit_tinyExample_matchesHandDerivation() {
        // §6.1: P(conv) = 1/3, RE_A = 1/2, RE_B = 1, A = 1, B = 2, value A = 25/3, B = 50/3
        MarkovResult r = MarkovModel.order(1).fit(TINY);
        assertThat(r.conversionProbability()).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(r.removalEffects().get("A")).isCloseTo(0.5, within(1e-15));
        assertThat(r.removalEffects().get("B")).isCloseTo(1.0, within(1e-15));
        assertThat(r.attribution().channel("A").orElseThrow().conversions()).isCloseTo(1.0, within(1e-14));
        assertThat(r.attribution().channel("B").orElseThrow().conversions()).isCloseTo(2.0, within(1e-14));
        assertThat(r.attribution().channel("A").orElseThrow().value()).isCloseTo(25.0 / 3, within(1e-13));
        assertThat(r.attribution().channel("B").orElseThrow().value()).isCloseTo(50.0 / 3, within(1e-13));
        assertThat(r.stateCount()).isEqualTo(5);
        assertThat(r.attribution().parameters())
                .containsExactly(
                        Map.entry("order", "1"), Map.entry("use_nulls", "true"), Map.entry("collapse_repeats", "true"));
    }

    @Test
    void fit_tinyExample_transitionMatrixMatchesReference() {
        var ref = Ref.table("tiny_exact_transition_matrix_o1_null.csv");
        List<Transition> tm = MarkovModel.order(1).fit(TINY).transitions();
        assertThat(tm).hasSize(ref.size());
        for (Map<String, String> row : ref) {
            Transition t = tm.stream()
                    .filter(x -> x.from().label().equals(row.get("channel_from"))
                            && x.to().label().equals(row.get("channel_to")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("missing transition " + row));
            assertThat(t.probability())
                    .as("%s", row)
                    .isCloseTo(Double.parseDouble(row.get("transition_probability")), within(1e-15));
        }
    }

    @Test
    void fit_tinyExample_withinChannelAttributionTolerance() {
        var ref = Ref.table("tiny_ca_markov_o1_null.csv");
        MarkovResult r = MarkovModel.order(1).fit(TINY);
        // default-run tolerance: 2 % of total conversions / value per channel, |ΔRE| <= 0.05
        Ref.assertAbsolute(Ref.conversions(r.attribution()), Ref.column(ref, "total_conversions"), 0.02 * 3, "conv");
        Ref.assertAbsolute(Ref.values(r.attribution()), Ref.column(ref, "total_conversion_value"), 0.02 * 25, "value");
        Ref.assertAbsolute(r.removalEffects(), Ref.column(ref, "removal_effects_conversion"), 0.05, "RE");
    }

    @ParameterizedTest
    @CsvSource({"1, true", "1, false", "2, true", "2, false", "3, true", "3, false"})
    void fit_generated3k_matchesExactReference(int order, boolean nulls) {
        String file = "generated_3k_exact_markov_o" + order + (nulls ? "_null" : "_nonull") + ".csv";
        MarkovModel model =
                nulls ? MarkovModel.order(order) : MarkovModel.order(order).withoutNulls();
        compareExact(model.fit(GENERATED), Ref.table(file), file);
    }

    static void compareExact(MarkovResult r, List<Map<String, String>> ref, String what) {
        Ref.assertRelative(
                Ref.conversions(r.attribution()), Ref.column(ref, "total_conversions"), 1e-9, what + " conversions");
        Ref.assertRelative(
                Ref.values(r.attribution()), Ref.column(ref, "total_conversion_value"), 1e-9, what + " value");
        Ref.assertAbsolute(r.removalEffects(), Ref.column(ref, "removal_effects_conversion"), 1e-12, what + " RE");
        Ref.assertAbsolute(
                r.valueRemovalEffects(),
                Ref.column(ref, "removal_effects_conversion_value"),
                1e-12,
                what + " value RE");
    }

    @Test
    void fit_generated3kOrder1_matchesDp6UnweightedMarkov() {
        var ref = Ref.table("dp6_generated_3k_markov.csv");
        MarkovResult nulls = MarkovModel.order(1).fit(GENERATED);
        MarkovResult noNulls = MarkovModel.order(1).withoutNulls().fit(GENERATED);
        // DP6's default conversions column is the no-null chain, its unweighted one the null chain
        Ref.assertRelative(
                Ref.conversions(noNulls.attribution()), Ref.column(ref, "markov_conversions"), 1e-9, "default");
        Ref.assertAbsolute(
                noNulls.removalEffects(), Ref.column(ref, "markov_removal_effect_conversions"), 1e-12, "default RE");
        Ref.assertRelative(
                Ref.conversions(nulls.attribution()),
                Ref.column(ref, "markov_unweighted_conversions"),
                1e-9,
                "unweighted");
    }

    @Test
    void fit_randomData_invariantsHold() {
        for (long seed = 1; seed <= 300; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            List<ChannelPath> paths = randomPaths(rnd, 1 + rnd.nextInt(40), 2 + rnd.nextInt(5), 6);
            double c = paths.stream().mapToDouble(ChannelPath::conversions).sum();
            double n = paths.stream().mapToDouble(ChannelPath::nonConversions).sum();
            double v = paths.stream().mapToDouble(ChannelPath::effectiveValue).sum();
            if (c == 0) {
                continue;
            }
            int order = 1 + rnd.nextInt(4);
            MarkovResult r = MarkovModel.order(order).fit(paths);
            String msg = "seed " + seed + " order " + order;
            assertThat(r.conversionProbability()).as(msg).isCloseTo(c / (c + n), within(1e-12));
            assertThat(r.attribution().channels().stream()
                            .mapToDouble(ChannelCredit::conversions)
                            .sum())
                    .as(msg)
                    .isCloseTo(c, within(1e-9 * c));
            assertThat(r.attribution().channels().stream()
                            .mapToDouble(ChannelCredit::value)
                            .sum())
                    .as(msg)
                    .isCloseTo(v, within(1e-9 * Math.max(1, v)));
            r.removalEffects().values().forEach(re -> assertThat(re).as(msg).isBetween(0.0, 1.0));
            for (String ch : r.removalEffects().keySet()) {
                // every chain path into (conversion) leaves a last state of a converting row, so a
                // channel that is the last touch of every converting row is visited by all of them.
                // (Being somewhere on every converting row is not enough: the chain is memoryless.)
                boolean lastOfEveryConverting = paths.stream()
                        .filter(p -> p.conversions() > 0)
                        .allMatch(p -> p.channels().get(p.length() - 1).equals(ch));
                if (lastOfEveryConverting) {
                    assertThat(r.removalEffects().get(ch)).as(msg + " " + ch).isCloseTo(1.0, within(1e-12));
                }
            }
            MarkovResult noNull = MarkovModel.order(order).withoutNulls().fit(paths);
            for (String ch : noNull.removalEffects().keySet()) {
                // Without nulls only converting rows make transitions, so a channel absent from
                // every converting row is not in the chain and gets nothing. With nulls this does
                // not hold: the memoryless chain can continue from its states to a conversion.
                boolean onNoConverting = paths.stream()
                        .filter(p -> p.conversions() > 0)
                        .noneMatch(p -> p.channels().contains(ch));
                if (onNoConverting) {
                    assertThat(noNull.attribution().channel(ch).orElseThrow().conversions())
                            .as(msg + " " + ch)
                            .isZero();
                }
            }
            assertThat(noNull.conversionProbability()).as(msg).isCloseTo(1.0, within(1e-12));
        }
    }

    @Test
    void fit_pathsOfLengthOne_higherOrderEqualsOrderOne() {
        SplittableRandom rnd = new SplittableRandom(7);
        List<ChannelPath> paths = randomPaths(rnd, 30, 5, 1);
        MarkovResult o1 = MarkovModel.order(1).fit(paths);
        for (int k = 2; k <= 4; k++) {
            MarkovResult ok = MarkovModel.order(k).fit(paths);
            Ref.assertRelative(
                    Ref.conversions(ok.attribution()), Ref.conversions(o1.attribution()), 1e-12, "order " + k);
        }
    }

    @Test
    void fit_repeatedChannels_collapsedByDefaultAndKeptOnRequest() {
        List<ChannelPath> paths = List.of(ChannelPath.of(1, 0, 1, "A", "A", "B"), ChannelPath.of(1, 0, 0, "B"));
        List<Transition> collapsed = MarkovModel.order(1).fit(paths).transitions();
        assertThat(collapsed).noneMatch(t -> t.from().equals(t.to()));
        List<Transition> kept = new MarkovModel(1, true, false).fit(paths).transitions();
        assertThat(kept)
                .anyMatch(t -> t.from().equals(t.to()) && t.from().label().equals("A"));
        // A self-loop does not change absorption: same removal effects
        Ref.assertAbsolute(
                new MarkovModel(1, true, false).fit(paths).removalEffects(),
                MarkovModel.order(1).fit(paths).removalEffects(),
                1e-14,
                "self loops");
    }

    @Test
    void fit_order3_shortPathIsOneState() {
        List<ChannelPath> paths =
                List.of(ChannelPath.of(1, 0, 0, "A", "B"), ChannelPath.of(1, 0, 0, "A", "B", "C", "D"));
        List<String> labels = MarkovModel.order(3).fit(paths).transitions().stream()
                .map(t -> t.from().label())
                .distinct()
                .toList();
        assertThat(labels).containsExactly("(start)", "A > B", "A > B > C", "B > C > D");
    }

    @Test
    void fit_largeChain_iterativeSolverAgreesWithDense() {
        // order 4 on 10 channels: more than DENSE_LIMIT transient states, so Gauss-Seidel is used;
        // compare with the absorption probability identity and a dense solve of the same system
        SplittableRandom rnd = new SplittableRandom(11);
        List<ChannelPath> paths = randomPaths(rnd, 3000, 10, 9);
        MarkovResult r = MarkovModel.order(4).fit(paths);
        assertThat(r.stateCount()).isGreaterThan(MarkovSolver.DENSE_LIMIT + 2);
        double c = paths.stream().mapToDouble(ChannelPath::conversions).sum();
        double n = paths.stream().mapToDouble(ChannelPath::nonConversions).sum();
        assertThat(r.conversionProbability()).isCloseTo(c / (c + n), within(1e-12));
    }

    @Test
    void result_noConversions_rejected() {
        TransitionCounts acc = MarkovModel.order(1).newAccumulator();
        acc.add(ChannelPath.of(0, 0, 3, "A"));
        assertThatIllegalStateException().isThrownBy(acc::result).withMessageContaining("no conversions");
    }

    @Test
    void order_outOfRange_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MarkovModel.order(5))
                .withMessageContaining("order");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MarkovModel.order(0))
                .withMessageContaining("order");
    }

    @Test
    void fit_fractionalConversions_kept() {
        List<ChannelPath> paths = List.of(ChannelPath.of(0.5, 1, 0.5, "A", "B"), ChannelPath.of(1.5, 3, 0.5, "B"));
        MarkovResult r = MarkovModel.order(1).fit(paths);
        assertThat(r.conversionProbability()).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(r.attribution().totalConversions()).isEqualTo(2.0);
    }

    static List<ChannelPath> randomPaths(SplittableRandom rnd, int rows, int channels, int maxLen) {
        List<ChannelPath> out = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            int len = 1 + rnd.nextInt(maxLen);
            List<String> ch = new ArrayList<>();
            for (int j = 0; j < len; j++) {
                ch.add("ch" + rnd.nextInt(channels));
            }
            double c = rnd.nextInt(4);
            double n = rnd.nextInt(4);
            if (c + n == 0) {
                n = 1;
            }
            double v = c * rnd.nextInt(1, 10_000) / 100.0;
            out.add(new ChannelPath(ch, c, v, n));
        }
        return out;
    }
}

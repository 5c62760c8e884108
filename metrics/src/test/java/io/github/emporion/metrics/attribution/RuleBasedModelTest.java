package io.github.emporion.metrics.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleBasedModelTest {

    private static final List<ChannelPath> TINY = Ref.paths("tiny_example.csv");

    @Test
    void weights_handExamples_matchDefinitions() {
        List<String> abac = List.of("A", "B", "A", "C");
        assertThat(RuleBasedModel.firstTouch().weights(abac)).containsExactly(1, 0, 0, 0);
        assertThat(RuleBasedModel.lastTouch().weights(abac)).containsExactly(0, 0, 0, 1);
        assertThat(RuleBasedModel.linear().weights(abac)).containsExactly(0.25, 0.25, 0.25, 0.25);
        assertThat(RuleBasedModel.positionBased().weights(abac)).containsExactly(0.4, 0.1, 0.1, 0.4);
        assertThat(RuleBasedModel.positionBased().weights(List.of("A"))).containsExactly(1);
        assertThat(RuleBasedModel.positionBased().weights(List.of("A", "B"))).containsExactly(0.5, 0.5);
        assertThat(new RuleBasedModel.PositionBased(0.3, 0.3, 0.4).weights(List.of("A", "B")))
                .containsExactly(new double[] {0.45, 0.55}, within(1e-15));
    }

    @ParameterizedTest
    @CsvSource({
        "email > direct > direct, 1 0 0",
        "direct > direct, 0 1",
        "Direct > email > DIRECT, 0 1 0",
        "email, 1",
        "direct > email, 0 1",
        "email > direct > social > direct, 0 0 1 0"
    })
    void lastNonDirect_examples_creditLastNonDirectOrLastTouch(String path, String expected) {
        double[] w = RuleBasedModel.lastNonDirect().weights(ChannelPath.splitPath(path, '>'));
        double[] e = java.util.Arrays.stream(expected.split(" "))
                .mapToDouble(Double::parseDouble)
                .toArray();
        assertThat(w).containsExactly(e);
    }

    @Test
    void lastNonDirect_caseSensitive_treatsOtherSpellingAsNonDirect() {
        var model = new RuleBasedModel.LastNonDirect(Set.of("direct"), false);
        assertThat(model.weights(List.of("email", "Direct", "direct"))).containsExactly(0, 1, 0);
    }

    @Test
    void lastNonDirect_excludedNames_sortedAndLowerCasedWhenIgnoringCase() {
        var model = new RuleBasedModel.LastNonDirect(Set.of("Direct", "(none)", "Unassigned", "(direct)"), true);
        // one order on every run (a Set.of has none), so its text and JSON forms are stable
        assertThat(model.excluded()).containsExactly("(direct)", "(none)", "direct", "unassigned");
        assertThat(model.weights(List.of("email", "DIRECT", "unAssigned"))).containsExactly(1, 0, 0);
    }

    @Test
    void attribute_tinyExample_matchesHandDerivation() {
        // §6.1: first A 2, B 1; last A 0, B 3; linear A 1, B 2 (values 20/5, 0/25, 10/15)
        AttributionResult first = RuleBasedModel.firstTouch().attribute(TINY);
        AttributionResult last = RuleBasedModel.lastTouch().attribute(TINY);
        AttributionResult linear = RuleBasedModel.linear().attribute(TINY);
        assertThat(Ref.conversions(first)).containsExactly(Map.entry("A", 2.0), Map.entry("B", 1.0));
        assertThat(Ref.values(first)).containsExactly(Map.entry("A", 20.0), Map.entry("B", 5.0));
        assertThat(Ref.conversions(last)).containsExactly(Map.entry("A", 0.0), Map.entry("B", 3.0));
        assertThat(Ref.values(last)).containsExactly(Map.entry("A", 0.0), Map.entry("B", 25.0));
        assertThat(Ref.conversions(linear)).containsExactly(Map.entry("A", 1.0), Map.entry("B", 2.0));
        assertThat(Ref.values(linear)).containsExactly(Map.entry("A", 10.0), Map.entry("B", 15.0));
        assertThat(linear.model()).isEqualTo("linear");
        assertThat(linear.totalConversions()).isEqualTo(3.0);
        assertThat(linear.totalValue()).isEqualTo(25.0);
    }

    @Test
    void attribute_tinyExample_matchesExactReferenceFile() {
        var ref = Ref.table("tiny_exact_heuristics.csv");
        compareHeuristics(TINY, ref);
    }

    @Test
    void attribute_generated3k_matchesExactReferenceFile() {
        compareHeuristics(Ref.paths("generated_3k.csv"), Ref.table("generated_3k_exact_heuristics.csv"));
    }

    private static void compareHeuristics(List<ChannelPath> paths, List<Map<String, String>> ref) {
        Map<String, RuleBasedModel> models = Map.of(
                "first_touch", RuleBasedModel.firstTouch(),
                "last_touch", RuleBasedModel.lastTouch(),
                "linear_touch", RuleBasedModel.linear());
        models.forEach((prefix, model) -> {
            AttributionResult r = model.attribute(paths);
            Ref.assertRelative(
                    Ref.conversions(r), Ref.column(ref, prefix + "_conversions"), 1e-9, prefix + " conversions");
            Ref.assertRelative(Ref.values(r), Ref.column(ref, prefix + "_value"), 1e-9, prefix + " value");
        });
    }

    /** DP6 expands each row into journeys; per-journey weights times counts give the same sums. */
    @Test
    void attribute_generated3k_matchesDp6Heuristics() {
        compareDp6(Ref.paths("generated_3k.csv"), Ref.table("dp6_generated_3k_heuristics.csv"));
    }

    @Test
    void attribute_timedJourneys_matchesDp6Heuristics() {
        List<ChannelPath> paths =
                Ref.timedJourneys().stream().map(TimedJourney::toPath).toList();
        compareDp6(paths, Ref.table("dp6_timed_journeys_5k_heuristics.csv"));
    }

    private static void compareDp6(List<ChannelPath> paths, List<Map<String, String>> ref) {
        Map<String, RuleBasedModel> models = Map.of(
                "first_click", RuleBasedModel.firstTouch(),
                "last_click", RuleBasedModel.lastTouch(),
                "last_non_direct_click", new RuleBasedModel.LastNonDirect(Set.of("direct"), false),
                "linear", RuleBasedModel.linear(),
                "position_based", RuleBasedModel.positionBased());
        List<AttributionResult> results = Attribution.run(List.copyOf(models.values()), paths);
        int i = 0;
        for (String prefix : models.keySet()) {
            AttributionResult r = results.get(i++);
            Ref.assertRelative(
                    Ref.conversions(r), Ref.column(ref, prefix + "_conversions"), 1e-9, prefix + " conversions");
            Ref.assertRelative(Ref.values(r), Ref.column(ref, prefix + "_value"), 1e-9, prefix + " value");
        }
    }

    @Test
    void touchCredits_pathRow_scaleWeightsByConversionsAndValue() {
        ChannelPath p = ChannelPath.of(2, 30, 5, "A", "B", "A");
        List<TouchCredit> credits = RuleBasedModel.linear().touchCredits(p);
        assertThat(credits).hasSize(3);
        assertThat(credits.get(2).channel()).isEqualTo("A");
        assertThat(credits.get(2).conversions()).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(credits.get(2).value()).isCloseTo(10.0, within(1e-12));
    }

    @Test
    void positionBased_sharesNotSummingToOne_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RuleBasedModel.PositionBased(0.5, 0.2, 0.4))
                .withMessageContaining("sum to 1");
    }

    @Test
    void parameters_positionBased_namedForReports() {
        assertThat(RuleBasedModel.positionBased().parameters())
                .containsExactly(Map.entry("first", "0.4"), Map.entry("middle", "0.2"), Map.entry("last", "0.4"));
    }
}

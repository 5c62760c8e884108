package io.github.emporion.metrics.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Compares with ChannelAttribution's example data set and its outputs. That data ships inside a
 * GPL-3 package, so it is not copied into this repository: these tests read the shared reference
 * folder ({@code shared/reference/attribution}, found above the working directory, or the system
 * property {@code emporion.attribution.reference}) and are skipped when it is absent.
 */
class ExamplePathDataTest {

    private static Path dir;
    private static List<ChannelPath> paths;

    @BeforeAll
    static void load() {
        Optional<Path> shared = Ref.sharedExampleDir();
        assumeTrue(
                shared.isPresent(),
                "shared/reference/attribution/example_PathData.csv (GPL-3, not in this repository) is absent");
        dir = shared.orElseThrow();
        paths = Ref.paths(dir.resolve("example_PathData.csv"));
    }

    private static List<Map<String, String>> ref(String file) {
        try (var in = java.nio.file.Files.newBufferedReader(dir.resolve(file))) {
            return Ref.table(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void input_exampleData_totalsAsDocumented() {
        assertThat(paths).hasSize(10_000);
        assertThat(paths.stream().mapToDouble(ChannelPath::conversions).sum()).isEqualTo(19_785);
        assertThat(paths.stream().mapToDouble(ChannelPath::nonConversions).sum())
                .isEqualTo(68_602);
    }

    @Test
    void heuristics_exampleData_equalChannelAttribution() {
        var ref = ref("example_ca_heuristic_models.csv");
        List<AttributionResult> r = Attribution.run(
                List.of(RuleBasedModel.firstTouch(), RuleBasedModel.lastTouch(), RuleBasedModel.linear()), paths);
        String[] prefixes = {"first_touch", "last_touch", "linear_touch"};
        for (int i = 0; i < 3; i++) {
            Ref.assertRelative(
                    Ref.conversions(r.get(i)), Ref.column(ref, prefixes[i] + "_conversions"), 1e-9, prefixes[i]);
            Ref.assertRelative(Ref.values(r.get(i)), Ref.column(ref, prefixes[i] + "_value"), 1e-9, prefixes[i]);
        }
    }

    @ParameterizedTest
    @CsvSource({"1, true", "1, false", "2, true", "2, false", "3, true", "3, false"})
    void markov_exampleData_matchesExactFiles(int order, boolean nulls) {
        MarkovModel model =
                nulls ? MarkovModel.order(order) : MarkovModel.order(order).withoutNulls();
        MarkovResult r = model.fit(paths);
        String file = "example_exact_markov_o" + order + (nulls ? "_null" : "_nonull") + ".csv";
        MarkovModelTest.compareExact(r, ref(file), file);
        if (nulls) {
            assertThat(r.conversionProbability()).isCloseTo(19785.0 / 88387, within(1e-12));
        }
    }

    @ParameterizedTest
    @CsvSource({"1, true", "1, false", "2, true", "2, false", "3, true", "3, false"})
    void markov_exampleData_withinDefaultChannelAttributionTolerance(int order, boolean nulls) {
        MarkovModel model =
                nulls ? MarkovModel.order(order) : MarkovModel.order(order).withoutNulls();
        MarkovResult r = model.fit(paths);
        String base = "example_ca_markov_o" + order + (nulls ? "_null" : "_nonull");
        var result = ref(base + "_result.csv");
        var re = ref(base + "_removal_effects.csv");
        assertWithin(r, result, re, 0.02, 0.05, 0.05, base);
    }

    @ParameterizedTest
    @CsvSource({"1, true", "2, true", "1, false"})
    void markov_exampleData_withinHighPrecisionTolerance(int order, boolean nulls) {
        MarkovModel model =
                nulls ? MarkovModel.order(order) : MarkovModel.order(order).withoutNulls();
        MarkovResult r = model.fit(paths);
        String file = "example_ca_markov_o" + order + (nulls ? "_null" : "_nonull") + "_nsim2e7.csv";
        var table = ref(file);
        assertWithin(r, table, table, 0.002, 0.005, 0.005, file);
    }

    private static void assertWithin(
            MarkovResult r,
            List<Map<String, String>> result,
            List<Map<String, String>> re,
            double perChannel,
            double sum,
            double reTol,
            String what) {
        double c = r.attribution().totalConversions();
        double v = r.attribution().totalValue();
        Map<String, Double> conv = Ref.conversions(r.attribution());
        Map<String, Double> val = Ref.values(r.attribution());
        Map<String, Double> refConv = Ref.column(result, "total_conversions");
        Map<String, Double> refVal = Ref.column(result, "total_conversion_value");
        Ref.assertAbsolute(conv, refConv, perChannel * c, what + " conversions");
        Ref.assertAbsolute(val, refVal, perChannel * v, what + " value");
        double l1 = refConv.entrySet().stream()
                .mapToDouble(e -> Math.abs(conv.get(e.getKey()) - e.getValue()))
                .sum();
        double l1v = refVal.entrySet().stream()
                .mapToDouble(e -> Math.abs(val.get(e.getKey()) - e.getValue()))
                .sum();
        assertThat(l1).as(what + " L1 conversions").isLessThanOrEqualTo(sum * c);
        assertThat(l1v).as(what + " L1 value").isLessThanOrEqualTo(sum * v);
        Ref.assertAbsolute(r.removalEffects(), Ref.column(re, "removal_effects_conversion"), reTol, what + " RE");
        Ref.assertAbsolute(
                r.valueRemovalEffects(), Ref.column(re, "removal_effects_conversion_value"), reTol, what + " value RE");
    }

    @ParameterizedTest
    @CsvSource({
        "example_exact_transition_matrix_o1_null.csv, 1, channel_from, channel_to",
        "example_ca_transition_matrix_o1_flg_equal_False.csv, 1, channel_from_name, channel_to_name",
        "example_ca_markov_o1_null_transition_matrix.csv, 1, channel_from_name, channel_to_name",
        "example_ca_markov_o2_null_transition_matrix.csv, 2, channel_from_name, channel_to_name",
        "example_ca_markov_o3_null_transition_matrix.csv, 3, channel_from_name, channel_to_name"
    })
    void transitionMatrix_exampleData_matchesReferenceByName(String file, int order, String from, String to) {
        List<Transition> tm = MarkovModel.order(order).fit(paths).transitions();
        Map<String, Double> ours = new java.util.HashMap<>();
        tm.forEach(t -> ours.put(t.from().label() + " -> " + t.to().label(), t.probability()));
        var table = ref(file);
        assertThat(tm).as(file).hasSize(table.size());
        for (Map<String, String> row : table) {
            String key = row.get(from) + " -> " + row.get(to);
            assertThat(ours).as(file).containsKey(key);
            assertThat(ours.get(key))
                    .as("%s %s", file, key)
                    .isCloseTo(Double.parseDouble(row.get("transition_probability")), within(1e-12));
        }
    }

    @Test
    void transitionMatrix_keepingRepeats_matchesFlgEqualTrue() {
        var table = ref("example_ca_transition_matrix_o1_flg_equal_True.csv");
        List<Transition> tm = new MarkovModel(1, true, false).fit(paths).transitions();
        Map<String, Double> ours = new java.util.HashMap<>();
        tm.forEach(t -> ours.put(t.from().label() + " -> " + t.to().label(), t.probability()));
        assertThat(tm).hasSize(table.size());
        for (Map<String, String> row : table) {
            String key = row.get("channel_from_name") + " -> " + row.get("channel_to_name");
            assertThat(ours.get(key))
                    .as(key)
                    .isNotNull()
                    .isCloseTo(Double.parseDouble(row.get("transition_probability")), within(1e-12));
        }
    }

    @Test
    void chooseOrder_exampleData_matchesChannelAttribution() {
        var ref = ref("example_ca_choose_order.csv");
        MarkovOrderSelection.Selection sel = MarkovOrderSelection.choose(paths, 4);
        assertThat(sel.suggestedOrder()).isEqualTo(4);
        for (MarkovOrderSelection.OrderScore s : sel.scores()) {
            Map<String, String> row = ref.get(s.order() - 1);
            assertThat(s.auc()).as("order %d", s.order()).isCloseTo(Double.parseDouble(row.get("auc")), within(1e-9));
            assertThat(s.pauc().orElseThrow())
                    .as("order %d", s.order())
                    .isCloseTo(Double.parseDouble(row.get("pauc")), within(1e-9));
        }
    }
}

package io.github.emporion.jackson.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.emporion.jackson.api.JsonFuzzer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonKpiApiFuzzTest {

    private static final List<String> SEEDS = List.of("""
            {"requests":[{"kpi":"ctr","clicks":57,"impressions":1930},
                         {"kpi":"cpc","spend":{"amount":"120.00","currency":"EUR"},"clicks":300}]}""", """
            {"requests":[{"kpi":"ab_test","variant":{"conversions":72,"trials":1875},
                          "control":{"conversions":57,"trials":1930},"level":0.95},
                         {"kpi":"conversion_rate","conversions":42,"sessions":1500,
                          "interval":{"method":"clopper_pearson","level":0.99}}]}""", """
            {"requests":[{"kpi":"budget_pacing","spent":{"amount":"1200","currency":"KWD"},
                          "budget":{"amount":"3000","currency":"KWD"},"start":"2026-03-01T00:00:00Z",
                          "end":"2026-03-31T00:00:00Z","as_of":"2026-03-11T00:00:00Z"},
                         {"kpi":"aov","gross_sales":{"amount":"12500","currency":"JPY"},
                          "discounts":{"amount":"500","currency":"JPY"},"orders":240,"variant":"net_of_returns"},
                         {"kpi":"engagement_rate","engagements":120,"reach":3000}]}""");

    @Test
    void handle_20000MutatedInputs_resultOrStructuredErrorOnly() {
        long seed = 20261122L;
        JsonKpiApi api = new JsonKpiApi();
        Map<JsonFuzzer.Kind, int[]> counts = assertTimeoutPreemptively(
                Duration.ofSeconds(60),
                () -> new JsonFuzzer(seed).run(SEEDS, 20_000, api::reply, api::reply),
                "seed " + seed + ": the fuzz run hung");
        // The mutations must exercise both outcomes, or the test proves little.
        assertThat(counts.get(JsonFuzzer.Kind.TREE_MUTATION)[0])
                .as("seed %d: valid tree mutants", seed)
                .isPositive();
        assertThat(counts.get(JsonFuzzer.Kind.TREE_MUTATION)[1])
                .as("seed %d: invalid tree mutants", seed)
                .isPositive();
        assertThat(counts.get(JsonFuzzer.Kind.TRUNCATION)[1])
                .as("seed %d", seed)
                .isPositive();
    }
}

package io.github.emporion.metrics.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every column of the DP6 and GA4 reference files, reproduced through {@link AttributionOptions}:
 * one row per column, exactly the mapping table of the package documentation (and {@code
 * metrics/ATTRIBUTION.md}). Channel totals to 1e-9 relative, removal effects to 1e-12 absolute.
 */
class Dp6ParityTest {

    private static final List<ChannelPath> GENERATED = Ref.paths("generated_3k.csv");
    private static final List<TimedJourney> TIMED = TimedJourneyCsvReader.stream(
                    Ref.resource("timed_journeys_5k.csv.gz"), "timed_journeys_5k.csv")
            .toList();

    /** What a reference column compares with. */
    enum Part {
        CONVERSIONS,
        VALUE,
        REMOVAL_EFFECTS,
        VALUE_REMOVAL_EFFECTS
    }

    static Stream<Arguments> mapping() {
        // DP6 column (without _conversions/_value), our model, our options (option name=value; ...)
        String[][] heuristics = {
            {"first_click", "first", ""},
            {"last_click", "last", ""},
            {"last_non_direct_click", "last_non_direct", "direct-channels=direct;direct-ignore-case=false"},
            {"linear", "linear", ""},
            {"position_based", "position", "position-weights=0.4,0.2,0.4"},
            {"position_decay", "position_decay", ""},
        };
        String[][] shapley = {
            {"shapley", "shapley", "shapley=exact-set;shapley-max-channels=4"},
            {"shapley_size8", "shapley", "shapley=exact-set"},
            {"shapley_size8_order", "shapley", "shapley=exact-set;shapley-order=first-touch"},
        };
        Stream.Builder<Arguments> rows = Stream.builder();
        for (String data : List.of("generated_3k", "timed_journeys_5k")) {
            for (String[] h : heuristics) {
                both(rows, data, "dp6_" + data + "_heuristics.csv", h);
            }
            for (String[] h : shapley) {
                both(rows, data, "dp6_" + data + "_shapley.csv", h);
            }
            String sh = "dp6_" + data + "_shapley.csv";
            rows.add(row(
                    data,
                    sh,
                    "shapley_size8_vcount_conversions",
                    "shapley",
                    "shapley=exact-set-raw",
                    Part.CONVERSIONS));
            rows.add(row(data, sh, "shapley_size8_vvalue_value", "shapley", "shapley=exact-set-raw", Part.VALUE));
            String mk = "dp6_" + data + "_markov.csv";
            rows.add(row(data, mk, "markov_conversions", "markov", "markov-nulls=false", Part.CONVERSIONS));
            rows.add(row(data, mk, "markov_value", "markov", "markov-value=shares", Part.VALUE));
            rows.add(row(
                    data,
                    mk,
                    "markov_removal_effect_conversions",
                    "markov",
                    "markov-nulls=false",
                    Part.REMOVAL_EFFECTS));
            rows.add(row(
                    data,
                    mk,
                    "markov_removal_effect_value",
                    "markov",
                    "markov-value=shares",
                    Part.VALUE_REMOVAL_EFFECTS));
            rows.add(row(data, mk, "markov_unweighted_conversions", "markov", "markov-nulls=true", Part.CONVERSIONS));
            rows.add(row(
                    data,
                    mk,
                    "markov_unweighted_value",
                    "markov",
                    "markov-nulls=true;markov-value=conversion-shares",
                    Part.VALUE));
            rows.add(row(
                    data,
                    mk,
                    "markov_unweighted_removal_effect_conversions",
                    "markov",
                    "markov-nulls=true",
                    Part.REMOVAL_EFFECTS));
        }
        String th = "dp6_timed_journeys_5k_heuristics.csv";
        both(rows, "timed_journeys_5k", th, new String[] {"time_decay", "time_decay", "time-decay=stepped;half-life=7d"
        });
        both(rows, "timed_journeys_5k", "ga4_time_decay_timed_journeys_5k.csv", new String[] {
            "time_decay", "time_decay", "time-decay=exponential;half-life=7d"
        });
        return rows.build();
    }

    private static void both(Stream.Builder<Arguments> rows, String data, String file, String[] h) {
        rows.add(row(data, file, h[0] + "_conversions", h[1], h[2], Part.CONVERSIONS));
        rows.add(row(data, file, h[0] + "_value", h[1], h[2], Part.VALUE));
    }

    private static Arguments row(String data, String file, String column, String model, String options, Part part) {
        return Arguments.of(data, file, column, model, options, part);
    }

    @ParameterizedTest(name = "{1} {2} <- {3} [{4}]")
    @MethodSource("mapping")
    void runJourneys_dp6Column_reproducedByOptions(
            String data, String file, String column, String model, String options, Part part) {
        AttributionOptions.Builder b = AttributionOptions.builder().set("models", model);
        for (String kv : options.split(";")) {
            if (!kv.isEmpty()) {
                b.set(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
            }
        }
        AttributionOptions opts = b.build();
        AttributionRun run =
                data.equals("generated_3k") ? Attribution.run(opts, GENERATED) : Attribution.runJourneys(opts, TIMED);
        Map<String, Double> expected = Ref.column(Ref.table(file), column);
        AttributionResult r = run.result(model);
        assertThat(r.model()).isEqualTo(model);
        Function<AttributionRun, Map<String, Double>> actual = switch (part) {
            case CONVERSIONS -> x -> Ref.conversions(x.result(model));
            case VALUE -> x -> Ref.values(x.result(model));
            case REMOVAL_EFFECTS -> x -> x.markov().orElseThrow().removalEffects();
            case VALUE_REMOVAL_EFFECTS -> x -> x.markov().orElseThrow().valueRemovalEffects();
        };
        String what = file + " " + column + " <- " + model + " " + options;
        if (part == Part.CONVERSIONS || part == Part.VALUE) {
            Ref.assertRelative(actual.apply(run), expected, 1e-9, what);
        } else {
            Ref.assertAbsolute(actual.apply(run), expected, 1e-12, what);
        }
    }
}

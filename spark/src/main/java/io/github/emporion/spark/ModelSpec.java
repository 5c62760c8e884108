package io.github.emporion.spark;

import io.github.emporion.metrics.attribution.AttributionModel;
import io.github.emporion.metrics.attribution.MarkovModel;
import io.github.emporion.metrics.attribution.RuleBasedModel;
import io.github.emporion.metrics.attribution.ShapleyModel;
import java.io.Serializable;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The configuration of an attribution model as plain serializable data, so that Spark can ship it to
 * the executors (the models themselves are records, not {@link Serializable}); {@link #model()}
 * rebuilds an equal model there.
 */
final class ModelSpec implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String kind;
    private final double @Nullable [] numbers;
    private final String @Nullable [] names;
    private final boolean @Nullable [] flags;

    private ModelSpec(String kind, double @Nullable [] numbers, String @Nullable [] names, boolean @Nullable [] flags) {
        this.kind = kind;
        this.numbers = numbers;
        this.names = names;
        this.flags = flags;
    }

    /**
     * Captures a model.
     *
     * @throws IllegalArgumentException for a model that is not rule-based, Markov or Shapley (time
     *     decay needs timestamps and runs in process over journeys)
     */
    static ModelSpec of(AttributionModel model) {
        Objects.requireNonNull(model, "model");
        if (model instanceof RuleBasedModel.PositionBased p) {
            return new ModelSpec("position_based", new double[] {p.first(), p.middle(), p.last()}, null, null);
        } else if (model instanceof RuleBasedModel.LastNonDirect l) {
            return new ModelSpec(
                    "last_non_direct", null, l.excluded().toArray(String[]::new), new boolean[] {l.ignoreCase()});
        } else if (model instanceof RuleBasedModel r) {
            return new ModelSpec(r.name(), null, null, null);
        } else if (model instanceof MarkovModel m) {
            return new ModelSpec(
                    "markov", new double[] {m.order()}, null, new boolean[] {m.useNulls(), m.collapseRepeats()});
        } else if (model instanceof ShapleyModel s) {
            return new ModelSpec(
                    "shapley",
                    new double[] {s.maxCoalitionSize(), s.permutations()},
                    new String[] {s.game().name(), Long.toString(s.seed())},
                    new boolean[] {s.ordered()});
        }
        throw new IllegalArgumentException("model must be rule-based, Markov or Shapley to run on Spark, but was "
                + model.name() + " (" + model.getClass().getName() + ")");
    }

    /** Rebuilds the model. */
    AttributionModel model() {
        return switch (kind) {
            case "first_touch" -> RuleBasedModel.firstTouch();
            case "last_touch" -> RuleBasedModel.lastTouch();
            case "linear" -> RuleBasedModel.linear();
            case "position_based" -> new RuleBasedModel.PositionBased(numbers[0], numbers[1], numbers[2]);
            case "last_non_direct" -> new RuleBasedModel.LastNonDirect(Set.of(names), flags[0]);
            case "markov" -> new MarkovModel((int) numbers[0], flags[0], flags[1]);
            case "shapley" ->
                new ShapleyModel(
                        ShapleyModel.Game.valueOf(names[0]),
                        (int) numbers[0],
                        flags[0],
                        (int) numbers[1],
                        Long.parseLong(names[1]));
            default -> throw new IllegalStateException("unknown model kind " + kind);
        };
    }
}

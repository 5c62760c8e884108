package io.github.emporion.metrics.attribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A rule-based (heuristic) model: every touch i of a path gets a fixed weight w_i with Σ w_i = 1,
 * and the channel of touch i receives {@code w_i · c} conversions and {@code w_i · v} value
 * (c = the row's conversions, v = its value). Credit is <b>per touch</b>: a channel seen twice gets
 * both touches' weights. Rows without conversions credit nothing but register their channels
 * (they show 0). Each model's conversions sum to Σc and its values to Σv.
 *
 * <p>Worked example on the rows {@code A > B} (2 conversions, value 20) and {@code B} (1, value 5):
 * first touch A 2, B 1; last touch A 0, B 3; linear A 1, B 2 (values 10 and 15); position-based
 * (40/20/40) as linear here because both paths are shorter than 3.
 */
public sealed interface RuleBasedModel extends AttributionModel {

    /**
     * Returns the model's parameters as text; none for the models without any (first, last,
     * linear, position decay).
     *
     * @return the parameters, empty by default
     */
    @Override
    default Map<String, String> parameters() {
        return Map.of();
    }

    /**
     * Returns the weights of the touches of a path, one per touch, summing to 1.
     *
     * @param channels the path's touches
     * @return the weights
     */
    double[] weights(List<String> channels);

    @Override
    default RuleBasedAccumulator newAccumulator() {
        return new RuleBasedAccumulator(this);
    }

    /**
     * Returns the per-touch credit of one row (per-journey attribution).
     *
     * @param path the row
     * @return one credit per touch, in path order
     */
    default List<TouchCredit> touchCredits(ChannelPath path) {
        double[] w = weights(path.channels());
        List<TouchCredit> out = new ArrayList<>(w.length);
        for (int i = 0; i < w.length; i++) {
            out.add(new TouchCredit(
                    i, path.channels().get(i), w[i] * path.conversions(), w[i] * path.effectiveValue()));
        }
        return out;
    }

    /**
     * First touch: the first touch gets weight 1. Example: {@code A > B > A} → A gets everything.
     *
     * @return the model {@code first_touch}
     */
    static RuleBasedModel firstTouch() {
        return new FirstTouch();
    }

    /**
     * Last touch: the last touch gets weight 1. Example: {@code A > B} → B gets everything.
     *
     * @return the model {@code last_touch}
     */
    static RuleBasedModel lastTouch() {
        return new LastTouch();
    }

    /**
     * Linear: every touch gets 1/L (L = number of touches). Example: {@code A > B > A > C} → A 1/2,
     * B 1/4, C 1/4.
     *
     * @return the model {@code linear}
     */
    static RuleBasedModel linear() {
        return new Linear();
    }

    /**
     * Position-based (U-shaped) 40/20/40.
     *
     * @return the model {@code position_based} with first 0.4, middle 0.2, last 0.4
     * @see PositionBased
     */
    static RuleBasedModel positionBased() {
        return new PositionBased(0.4, 0.2, 0.4);
    }

    /**
     * Last non-direct touch, excluding the channel {@code direct} (case-insensitive).
     *
     * @return the model {@code last_non_direct}
     * @see LastNonDirect
     */
    static RuleBasedModel lastNonDirect() {
        return new LastNonDirect(Set.of("direct"), true);
    }

    /**
     * Position decay (DP6's work-in-progress model): touch i of L (1-based) gets i / (L(L+1)/2), so
     * later touches weigh more. Example: {@code A > B > C} → 1/6, 2/6, 3/6.
     *
     * @return the model {@code position_decay}
     */
    static RuleBasedModel positionDecay() {
        return new PositionDecay();
    }

    /** Position decay: w_i = i / (L(L+1)/2), i = 1 … L. */
    record PositionDecay() implements RuleBasedModel {
        @Override
        public String name() {
            return "position_decay";
        }

        @Override
        public double[] weights(List<String> channels) {
            int n = channels.size();
            double[] w = new double[n];
            double total = n * (n + 1) / 2.0;
            for (int i = 0; i < n; i++) {
                w[i] = (i + 1) / total;
            }
            return w;
        }
    }

    /** First touch: w_1 = 1. */
    record FirstTouch() implements RuleBasedModel {
        @Override
        public String name() {
            return "first_touch";
        }

        @Override
        public double[] weights(List<String> channels) {
            double[] w = new double[channels.size()];
            w[0] = 1;
            return w;
        }
    }

    /** Last touch: w_L = 1. */
    record LastTouch() implements RuleBasedModel {
        @Override
        public String name() {
            return "last_touch";
        }

        @Override
        public double[] weights(List<String> channels) {
            double[] w = new double[channels.size()];
            w[w.length - 1] = 1;
            return w;
        }
    }

    /** Linear: w_i = 1/L for every touch. */
    record Linear() implements RuleBasedModel {
        @Override
        public String name() {
            return "linear";
        }

        @Override
        public double[] weights(List<String> channels) {
            double[] w = new double[channels.size()];
            java.util.Arrays.fill(w, 1.0 / w.length);
            return w;
        }
    }

    /**
     * Position-based (U-shaped): shares {@code first}, {@code middle}, {@code last} summing to 1.
     *
     * <ul>
     *   <li>L = 1: [1];
     *   <li>L = 2: [first + middle/2, last + middle/2] (40/20/40 gives [0.5, 0.5]);
     *   <li>L ≥ 3: first touch {@code first}, last touch {@code last}, each middle touch
     *       {@code middle/(L−2)}.
     * </ul>
     *
     * <p>Example (40/20/40): {@code A > B > C > D} → A 0.4, B 0.1, C 0.1, D 0.4.
     *
     * @param first the first touch's share
     * @param middle the share of all middle touches together
     * @param last the last touch's share
     */
    record PositionBased(double first, double middle, double last) implements RuleBasedModel {

        /** Validates: shares in [0, 1] summing to 1 (within 1e-12). */
        public PositionBased {
            for (double s : new double[] {first, middle, last}) {
                if (!(s >= 0 && s <= 1)) {
                    throw new IllegalArgumentException(
                            "position-based shares must be in [0, 1], were " + first + "/" + middle + "/" + last);
                }
            }
            if (Math.abs(first + middle + last - 1) > 1e-12) {
                throw new IllegalArgumentException(
                        "position-based shares must sum to 1, were " + first + "/" + middle + "/" + last);
            }
        }

        @Override
        public String name() {
            return "position_based";
        }

        @Override
        public Map<String, String> parameters() {
            return Params.of("first", first, "middle", middle, "last", last);
        }

        @Override
        public double[] weights(List<String> channels) {
            int n = channels.size();
            double[] w = new double[n];
            if (n == 1) {
                w[0] = 1;
            } else if (n == 2) {
                w[0] = first + middle / 2;
                w[1] = last + middle / 2;
            } else {
                w[0] = first;
                w[n - 1] = last;
                double m = middle / (n - 2);
                for (int i = 1; i < n - 1; i++) {
                    w[i] = m;
                }
            }
            return w;
        }
    }

    /**
     * Last non-direct touch: weight 1 on the last touch whose channel is not excluded; if every
     * touch is excluded, the last touch (an excluded channel) gets it. No lookback window.
     *
     * <p>Examples (excluding {@code direct}): {@code email > direct > direct} → email; {@code direct
     * > direct} → direct.
     *
     * @param excluded the excluded channel names (for example {@code direct})
     * @param ignoreCase whether names are compared ignoring case
     */
    record LastNonDirect(Set<String> excluded, boolean ignoreCase) implements RuleBasedModel {

        /** Copies (sorted) and validates. */
        public LastNonDirect {
            if (excluded.isEmpty()) {
                throw new IllegalArgumentException("excluded must name at least one channel");
            }
            // sorted, so that the text and JSON forms list the names in one order on every run
            excluded = Collections.unmodifiableSortedSet(new TreeSet<>(
                    ignoreCase
                            ? excluded.stream()
                                    .map(s -> s.toLowerCase(Locale.ROOT))
                                    .toList()
                            : excluded));
        }

        @Override
        public String name() {
            return "last_non_direct";
        }

        @Override
        public Map<String, String> parameters() {
            return Params.of("excluded", String.join("|", new TreeSet<>(excluded)), "ignore_case", ignoreCase);
        }

        @Override
        public double[] weights(List<String> channels) {
            double[] w = new double[channels.size()];
            for (int i = w.length - 1; i >= 0; i--) {
                String c = channels.get(i);
                if (!excluded.contains(ignoreCase ? c.toLowerCase(Locale.ROOT) : c)) {
                    w[i] = 1;
                    return w;
                }
            }
            w[w.length - 1] = 1;
            return w;
        }
    }
}

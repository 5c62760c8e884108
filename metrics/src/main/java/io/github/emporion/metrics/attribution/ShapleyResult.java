package io.github.emporion.metrics.attribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A fitted {@link ShapleyModel}: the channel totals and the per-coalition credits that per-journey
 * attribution needs.
 *
 * <p><b>Per-journey credit.</b> A journey's coalition key N is computed as in the model (distinct
 * channels, sorted or in first-touch order, truncated to {@code maxCoalitionSize}). A member i's
 * credit from the journey is
 *
 * <ul>
 *   <li>rate game ({@link ShapleyModel.Game#EXACT_SET_CONVERSION_RATE}): φ_i / v(N) times the
 *       journey's conversions (value);
 *   <li>raw count games ({@link ShapleyModel.Game#EXACT_SET_COUNTS}): N's raw φ_i (of the
 *       conversions game, of the value game) times the journey's share of N's conversions;
 *   <li>{@link ShapleyModel.Game#SIMPLIFIED} and {@link ShapleyModel.Game#SUBCOALITION_CONVERSIONS}
 *       (equal in value): the journey's conversions and value split equally among its distinct
 *       channels.
 * </ul>
 *
 * A channel's credit is split equally among its touches; channels dropped by the truncation get 0.
 * Summed over the journeys that were fitted, the credits equal {@link #attribution()}. Example (the
 * rate game of {@code tiny_example}): a converting {@code A > B} journey gives A 1/4 and B 3/4.
 *
 * <p>A result is a value: {@link #model()}, {@link #attribution()} and {@link #coalitions()} are
 * all it holds, {@link #of} rebuilds it from them (for instance after it was sent as JSON), and two
 * results are equal when the three are.
 */
public final class ShapleyResult {

    /**
     * One coalition key of an exact-set game: the totals of the journeys with this key and what the
     * key's own game credits to each member.
     *
     * @param channels the key: distinct channels as {@link ShapleyModel#coalitionKey} makes them
     * @param conversions the conversions of the journeys with this key
     * @param value their conversion value
     * @param journeys their journeys, c + n
     * @param creditedConversions per member, in key order, the conversions the key's game credits;
     *     empty when the key has no conversions (then it has no game)
     * @param creditedValue per member, in key order, the value the key's game credits; empty with
     *     {@code creditedConversions}
     */
    public record Coalition(
            List<String> channels,
            double conversions,
            double value,
            double journeys,
            List<Double> creditedConversions,
            List<Double> creditedValue) {

        /**
         * Validates and copies.
         *
         * @throws IllegalArgumentException if the key is empty or the credits are neither empty nor
         *     one per member
         */
        public Coalition {
            channels = List.copyOf(channels);
            creditedConversions = List.copyOf(creditedConversions);
            creditedValue = List.copyOf(creditedValue);
            if (channels.isEmpty()) {
                throw new IllegalArgumentException("a coalition needs at least one channel");
            }
            if (creditedConversions.size() != creditedValue.size()
                    || !(creditedConversions.isEmpty() || creditedConversions.size() == channels.size())) {
                throw new IllegalArgumentException("coalition " + channels + " must have no credits or one per member,"
                        + " had " + creditedConversions.size() + " conversion and " + creditedValue.size()
                        + " value credits");
            }
        }
    }

    private final ShapleyModel model;
    private final AttributionResult attribution;
    private final Map<List<String>, double[][]> credits;
    private final Map<List<String>, double[]> keyTotals;

    ShapleyResult(
            ShapleyModel model,
            AttributionResult attribution,
            Map<List<String>, double[][]> credits,
            Map<List<String>, double[]> keyTotals) {
        this.model = model;
        this.attribution = attribution;
        this.credits = Collections.unmodifiableMap(new LinkedHashMap<>(credits));
        this.keyTotals = Collections.unmodifiableMap(new LinkedHashMap<>(keyTotals));
    }

    /**
     * Rebuilds a fitted result from its parts, as {@link CoalitionCounts#shapleyResult()} made them.
     *
     * @param model the model that was fitted
     * @param attribution its channel totals: model name {@code shapley} and the model's parameters
     * @param coalitions for the exact-set games, every coalition key of the fitted journeys (each
     *     key canonical for the model, no key twice), with credits exactly when the key has
     *     conversions; for the other games none
     * @return the result
     * @throws IllegalArgumentException if the parts do not fit together (the message names the rule)
     */
    public static ShapleyResult of(ShapleyModel model, AttributionResult attribution, List<Coalition> coalitions) {
        if (!attribution.model().equals(model.name())
                || !attribution.parameters().equals(model.parameters())) {
            throw new IllegalArgumentException("attribution must be of the model " + model.name() + model.parameters()
                    + ", was " + attribution.model() + attribution.parameters());
        }
        boolean exactSet = model.game() == ShapleyModel.Game.EXACT_SET_CONVERSION_RATE
                || model.game() == ShapleyModel.Game.EXACT_SET_COUNTS;
        if (!exactSet && !coalitions.isEmpty()) {
            throw new IllegalArgumentException(
                    "the " + model.game() + " game keeps no coalitions, but " + coalitions.size() + " were given");
        }
        Map<List<String>, double[][]> credits = new LinkedHashMap<>();
        Map<List<String>, double[]> keyTotals = new LinkedHashMap<>();
        for (Coalition c : coalitions) {
            List<String> key = c.channels();
            if (!model.coalitionKey(key).equals(key)) {
                throw new IllegalArgumentException(
                        "coalition " + key + " is not a key of the model; its key would be " + model.coalitionKey(key));
            }
            if (keyTotals.put(key, new double[] {c.conversions(), c.value(), c.journeys()}) != null) {
                throw new IllegalArgumentException("coalition " + key + " is given twice");
            }
            boolean game = c.conversions() > 0;
            if (game == c.creditedConversions().isEmpty()) {
                throw new IllegalArgumentException("coalition " + key + " must have credits exactly when it has"
                        + " conversions, had " + c.conversions() + " conversions and "
                        + c.creditedConversions().size() + " credits");
            }
            if (game) {
                double[][] k = new double[2][key.size()];
                for (int i = 0; i < key.size(); i++) {
                    k[0][i] = c.creditedConversions().get(i);
                    k[1][i] = c.creditedValue().get(i);
                }
                credits.put(key, k);
            }
        }
        return new ShapleyResult(model, attribution, credits, keyTotals);
    }

    /**
     * Returns the fitted model.
     *
     * @return the model
     */
    public ShapleyModel model() {
        return model;
    }

    /**
     * Returns the coalition keys of an exact-set game with their totals and credits, in
     * first-appearance order; empty for the other games, whose per-journey credit needs none.
     *
     * @return an unmodifiable list
     */
    public List<Coalition> coalitions() {
        List<Coalition> out = new ArrayList<>(keyTotals.size());
        keyTotals.forEach((key, totals) -> {
            double[][] k = credits.get(key);
            List<Double> conversions = new ArrayList<>();
            List<Double> value = new ArrayList<>();
            if (k != null) {
                for (int i = 0; i < key.size(); i++) {
                    conversions.add(k[0][i]);
                    value.add(k[1][i]);
                }
            }
            out.add(new Coalition(key, totals[0], totals[1], totals[2], conversions, value));
        });
        return List.copyOf(out);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof ShapleyResult other
                && model.equals(other.model)
                && attribution.equals(other.attribution)
                && coalitions().equals(other.coalitions());
    }

    @Override
    public int hashCode() {
        return Objects.hash(model, attribution, coalitions());
    }

    @Override
    public String toString() {
        return "ShapleyResult[model=" + model + ", attribution=" + attribution + ", coalitions=" + keyTotals.size()
                + "]";
    }

    /**
     * Returns the credited conversions and value per channel.
     *
     * @return the attribution
     */
    public AttributionResult attribution() {
        return attribution;
    }

    /**
     * Returns the per-touch credit of one row (or journey, via {@link TimedJourney#toPath()}).
     *
     * @param path the row
     * @return one credit per touch, in path order
     */
    public List<TouchCredit> touchCredits(ChannelPath path) {
        List<String> ch = path.channels();
        Map<String, Integer> touches = new HashMap<>();
        ch.forEach(c -> touches.merge(c, 1, Integer::sum));
        Map<String, double[]> perChannel = new HashMap<>();
        double c = path.conversions();
        double v = path.effectiveValue();
        if (c > 0) {
            switch (model.game()) {
                case SIMPLIFIED, SUBCOALITION_CONVERSIONS -> {
                    int n = touches.size();
                    touches.keySet().forEach(x -> perChannel.put(x, new double[] {c / n, v / n}));
                }
                case EXACT_SET_CONVERSION_RATE, EXACT_SET_COUNTS -> {
                    List<String> key = model.coalitionKey(ch);
                    double[][] k = credits.get(key);
                    double[] tot = keyTotals.get(key);
                    if (k == null || tot == null) {
                        throw new IllegalArgumentException(
                                "the coalition " + key + " of " + ch + " was not among the fitted journeys");
                    }
                    boolean rate = model.game() == ShapleyModel.Game.EXACT_SET_CONVERSION_RATE;
                    for (int i = 0; i < key.size(); i++) {
                        double conv = k[0][i] / tot[0] * c;
                        double val = rate ? (tot[1] != 0 ? k[1][i] / tot[1] * v : 0.0) : k[1][i] / tot[0] * c;
                        perChannel.put(key.get(i), new double[] {conv, val});
                    }
                }
            }
        }
        List<TouchCredit> out = new ArrayList<>(ch.size());
        for (int i = 0; i < ch.size(); i++) {
            double[] x = perChannel.get(ch.get(i));
            int t = touches.get(ch.get(i));
            out.add(new TouchCredit(i, ch.get(i), x == null ? 0.0 : x[0] / t, x == null ? 0.0 : x[1] / t));
        }
        return out;
    }
}

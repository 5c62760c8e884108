package io.github.emporion.metrics.attribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 */
public final class ShapleyResult {

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

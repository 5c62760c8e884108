package io.github.emporion.metrics.attribution;

import java.util.List;
import java.util.Map;

/**
 * Everything the exact Markov removal-effect model computes.
 *
 * @param attribution the credited conversions and value per channel
 * @param removalEffects RE_x = 1 − P(conv | x removed) / P(conv) per channel (not shares)
 * @param valueRemovalEffects the value removal effects RE^value_x per channel
 * @param conversionProbability P(conv): absorption probability in {@code (conversion)} from
 *     {@code (start)}
 * @param expectedValue E[value · 1(conv)] per journey
 * @param stateCount the number of states, including start, conversion and null
 * @param transitions the estimated transition matrix, in first-appearance order
 */
public record MarkovResult(
        AttributionResult attribution,
        Map<String, Double> removalEffects,
        Map<String, Double> valueRemovalEffects,
        double conversionProbability,
        double expectedValue,
        int stateCount,
        List<Transition> transitions) {

    /** Copies. */
    public MarkovResult {
        removalEffects = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(removalEffects));
        valueRemovalEffects = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(valueRemovalEffects));
        transitions = List.copyOf(transitions);
    }

    /**
     * Per-journey credit: splits one row's conversions and value over its touches in proportion to
     * the removal effects of the touches' channels (per touch, repeats kept; value by the value
     * removal effects). Example: removal effects A 0.5, B 1 and the row {@code A > B} with 3
     * conversions give A 1 and B 2. If every touched channel has removal effect 0 the row is split
     * linearly. Summed over rows, these credits are a per-journey view and need not equal the
     * channel totals of {@link #attribution()}, which normalise over the whole chain.
     *
     * @param path the row
     * @return one credit per touch
     * @throws IllegalArgumentException if the row has a channel this chain has not seen
     */
    public List<TouchCredit> touchCredits(ChannelPath path) {
        double[] w = shares(path, removalEffects);
        double[] wv = shares(path, valueRemovalEffects);
        List<TouchCredit> out = new java.util.ArrayList<>(w.length);
        for (int i = 0; i < w.length; i++) {
            out.add(new TouchCredit(
                    i, path.channels().get(i), w[i] * path.conversions(), wv[i] * path.effectiveValue()));
        }
        return out;
    }

    private static double[] shares(ChannelPath path, Map<String, Double> re) {
        int n = path.length();
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            Double r = re.get(path.channels().get(i));
            if (r == null) {
                throw new IllegalArgumentException(
                        "channel '" + path.channels().get(i) + "' of " + path.channels() + " is not in the chain");
            }
            w[i] = r;
            sum += r;
        }
        for (int i = 0; i < n; i++) {
            w[i] = sum > 0 ? w[i] / sum : 1.0 / n;
        }
        return w;
    }
}

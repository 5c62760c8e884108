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
}

package io.github.emporion.metrics.attribution;

/**
 * One entry of an estimated transition matrix.
 *
 * @param from the source state
 * @param to the target state
 * @param weight the summed weight of the observed transitions (c + n per row)
 * @param probability the row-normalised transition probability
 */
public record Transition(MarkovState from, MarkovState to, double weight, double probability) {}

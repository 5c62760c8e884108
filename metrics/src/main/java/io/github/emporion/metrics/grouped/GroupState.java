package io.github.emporion.metrics.grouped;

/** Mutable per-key counters of a grouped accumulator. Not public API. */
interface GroupState<T, G extends GroupState<T, G>> {

    void add(T row);

    void merge(G other);
}

package io.github.emporion.metrics.grouped;

/** Mutable per-key counters of a grouped accumulator. Not public API. */
interface GroupState<T, G extends GroupState<T, G>> {

    void add(T row);

    void merge(G other);

    /** The counters as plain data, in a fixed order documented by the accumulator's {@code state()}. */
    long[] toLongs();

    /** Adds counters written by {@link #toLongs()} (exactly, failing on overflow). */
    void addLongs(long[] counters);
}

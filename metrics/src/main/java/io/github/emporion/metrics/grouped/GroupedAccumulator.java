package io.github.emporion.metrics.grouped;

import io.github.emporion.aggregate.Accumulator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Shared machinery of the grouped KPI accumulators: one {@link GroupState} per key in a hash map.
 * Not public API; the public subclasses document the contract.
 */
abstract class GroupedAccumulator<
                K, T, G extends GroupState<? super T, G>, S, A extends GroupedAccumulator<K, T, G, S, A>>
        implements Accumulator<T, KpiBreakdown<K, S>, A> {

    private final Map<K, G> groups = new HashMap<>();

    GroupedAccumulator() {}

    abstract G newGroup();

    abstract K keyOf(T row);

    /** Validates a row against the accumulator's configuration before anything changes. */
    abstract void check(T row);

    /** Validates that {@code other} was configured like this one before anything changes. */
    abstract void checkCompatible(A other);

    abstract S summarise(G group);

    abstract A self();

    @Override
    public A add(T row) {
        Objects.requireNonNull(row, "row");
        check(row);
        K key = keyOf(row);
        G group = groups.get(key);
        if (group == null) {
            group = newGroup();
            groups.put(key, group);
        }
        group.add(row);
        return self();
    }

    @Override
    public A merge(A other) {
        Objects.requireNonNull(other, "other");
        checkCompatible(other);
        GroupedAccumulator<K, T, G, S, A> that = other;
        for (Map.Entry<K, G> entry : that.groups.entrySet()) {
            G group = groups.get(entry.getKey());
            if (group == null) {
                group = newGroup();
                groups.put(entry.getKey(), group);
            }
            group.merge(entry.getValue());
        }
        return self();
    }

    @Override
    public KpiBreakdown<K, S> result() {
        Map<K, S> summaries = new LinkedHashMap<>();
        G total = newGroup();
        for (Map.Entry<K, G> entry : groups.entrySet()) {
            summaries.put(entry.getKey(), summarise(entry.getValue()));
            total.merge(entry.getValue());
        }
        return new KpiBreakdown<>(summaries, summarise(total));
    }

    /**
     * Returns the accumulator's state as plain data, for engines that move partial accumulators
     * between machines (Emporion's Spark module): per key, the group's counters in the order the
     * subclass documents. Together with {@link #mergeState(Map)} this is the whole state: an empty
     * accumulator configured alike, given {@code mergeState(a.state())}, has {@code a}'s result.
     *
     * @return a new map from key to a copy of its counters
     */
    public Map<K, long[]> state() {
        Map<K, long[]> out = new LinkedHashMap<>();
        groups.forEach((key, group) -> out.put(key, group.toLongs()));
        return out;
    }

    /**
     * Adds a state returned by {@link #state()} of an accumulator configured like this one (for
     * money: the same currency), as {@link #merge} would add that accumulator.
     *
     * @param state per key, the counters
     * @return this accumulator
     * @throws IllegalArgumentException if a key is {@code null} or counters have the wrong length or
     *     a negative value (this accumulator is left unchanged)
     * @throws ArithmeticException if a counter overflows
     */
    public A mergeState(Map<K, long[]> state) {
        Objects.requireNonNull(state, "state");
        int length = newGroup().toLongs().length;
        state.forEach((key, counters) -> {
            if (key == null || counters == null || counters.length != length) {
                throw new IllegalArgumentException("state: each entry needs a key and " + length
                        + " counters, but key " + key + " had "
                        + (counters == null ? "none" : String.valueOf(counters.length)));
            }
            for (long c : counters) {
                if (c < 0) {
                    throw new IllegalArgumentException(
                            "state: counters must not be negative, but key " + key + " had " + c);
                }
            }
        });
        state.forEach(
                (key, counters) -> groups.computeIfAbsent(key, k -> newGroup()).addLongs(counters));
        return self();
    }

    /**
     * Returns the number of distinct keys seen, the only thing the memory use grows with.
     *
     * @return the number of groups
     */
    public int groupCount() {
        return groups.size();
    }
}

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
     * Returns the number of distinct keys seen, the only thing the memory use grows with.
     *
     * @return the number of groups
     */
    public int groupCount() {
        return groups.size();
    }
}

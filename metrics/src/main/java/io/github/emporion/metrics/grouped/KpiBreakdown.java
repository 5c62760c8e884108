package io.github.emporion.metrics.grouped;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of a grouped accumulator: one summary per key and the summary over all rows.
 *
 * @param groups summary per key (unmodifiable; iteration order is not significant)
 * @param total summary over every row
 * @param <K> the key type
 * @param <S> the summary type
 */
public record KpiBreakdown<K, S>(Map<K, S> groups, S total) {

    /** Copies the map. */
    public KpiBreakdown {
        groups = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(groups, "groups")));
        Objects.requireNonNull(total, "total");
    }

    /**
     * Returns the summary of one key.
     *
     * @param key the key
     * @return the summary, or empty if no row had that key
     */
    public Optional<S> group(K key) {
        return Optional.ofNullable(groups.get(key));
    }
}

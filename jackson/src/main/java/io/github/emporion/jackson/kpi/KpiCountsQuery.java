package io.github.emporion.jackson.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * A KPI computed from named inputs, e.g. CTR from clicks and impressions. The input names and
 * kinds per KPI are those of the JSON API (see {@link KpiApi#inputNames(String)} and the README);
 * they are checked by {@link KpiApi#evaluate(KpiRequest)}, which reports every problem with its
 * JSON Pointer.
 *
 * <pre>{@code
 * KpiCountsQuery ctr = KpiCountsQuery.of("ctr").with("clicks", 57).with("impressions", 1930);
 * KpiCountsQuery cpc = KpiCountsQuery.of("cpc").with("spend", Monies.of("120.00", "EUR")).with("clicks", 300);
 * }</pre>
 *
 * @param kpi the KPI id, e.g. {@code ctr}
 * @param inputs input name → {@link BigDecimal} (counts and numbers), {@link MonetaryAmount},
 *     {@link Instant} or {@link String} (e.g. the AOV {@code variant}); insertion order kept
 * @param interval the confidence interval wanted for a proportion; empty for the default (Wilson,
 *     95 %)
 */
public record KpiCountsQuery(String kpi, Map<String, Object> inputs, Optional<IntervalSpec> interval)
        implements KpiQuery {

    /**
     * Copies the inputs.
     *
     * @throws IllegalArgumentException if an input value is not one of the supported types
     */
    public KpiCountsQuery {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(interval, "interval");
        Map<String, Object> copy = new LinkedHashMap<>();
        inputs.forEach((name, value) -> {
            Objects.requireNonNull(name, "input name");
            Objects.requireNonNull(value, name);
            if (!(value instanceof BigDecimal
                    || value instanceof MonetaryAmount
                    || value instanceof Instant
                    || value instanceof String)) {
                throw new IllegalArgumentException("input '" + name
                        + "' must be a BigDecimal, MonetaryAmount, Instant or String but was a "
                        + value.getClass().getName());
            }
            copy.put(name, value);
        });
        inputs = Collections.unmodifiableMap(copy);
    }

    /**
     * Starts a query without inputs.
     *
     * @param kpi the KPI id
     * @return the query
     */
    public static KpiCountsQuery of(String kpi) {
        return new KpiCountsQuery(kpi, Map.of(), Optional.empty());
    }

    /**
     * Returns this query with a count or number input.
     *
     * @param name the input name, e.g. {@code clicks}
     * @param value the value
     * @return the new query
     */
    public KpiCountsQuery with(String name, long value) {
        return withInput(name, BigDecimal.valueOf(value));
    }

    /**
     * Returns this query with an input (number, money, instant or text).
     *
     * @param name the input name
     * @param value a {@link BigDecimal}, {@link MonetaryAmount}, {@link Instant} or {@link String}
     * @return the new query
     */
    public KpiCountsQuery withInput(String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(inputs);
        copy.put(name, value);
        return new KpiCountsQuery(kpi, copy, interval);
    }

    /**
     * Returns this query with money input.
     *
     * @param name the input name, e.g. {@code spend}
     * @param value the amount
     * @return the new query
     */
    public KpiCountsQuery with(String name, MonetaryAmount value) {
        return withInput(name, value);
    }

    /**
     * Returns this query asking for a specific confidence interval.
     *
     * @param spec the interval method and level
     * @return the new query
     */
    public KpiCountsQuery withInterval(IntervalSpec spec) {
        return new KpiCountsQuery(kpi, inputs, Optional.of(spec));
    }
}

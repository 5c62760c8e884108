package io.github.emporion.jackson.kpi;

import io.github.emporion.metrics.kpi.KpiResult;
import io.github.emporion.metrics.stats.ConfidenceInterval;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a {@link KpiCountsQuery}.
 *
 * @param kpi the KPI id as asked (e.g. {@code customer_retention_rate}, an alias of {@code
 *     retention_rate}); the result's label carries the catalogue id and variant
 * @param result the result computed by {@link io.github.emporion.metrics.kpi.Kpis}
 * @param interval the confidence interval for a defined whole-number proportion, otherwise empty
 */
public record KpiValueAnswer(String kpi, KpiResult result, Optional<ConfidenceInterval> interval) implements KpiAnswer {

    /** Checks that the parts are present. */
    public KpiValueAnswer {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(interval, "interval");
    }
}

package io.github.emporion.jackson.kpi;

import io.github.emporion.metrics.stats.ProportionComparison;
import java.util.Objects;

/**
 * The answer to an {@link AbTestQuery}.
 *
 * @param comparison the comparison computed by {@link
 *     io.github.emporion.metrics.stats.AbComparison#compare(long, long, long, long, double)}
 */
public record AbTestAnswer(ProportionComparison comparison) implements KpiAnswer {

    /** Checks that the comparison is present. */
    public AbTestAnswer {
        Objects.requireNonNull(comparison, "comparison");
    }
}

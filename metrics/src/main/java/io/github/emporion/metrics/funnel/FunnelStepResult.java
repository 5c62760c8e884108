package io.github.emporion.metrics.funnel;

import io.github.emporion.metrics.kpi.RateResult;
import java.util.Objects;

/**
 * One row of a {@link FunnelReport}.
 *
 * @param step the step
 * @param count sessions that reached the step
 * @param stepRate count ÷ previous step's count (id {@code funnel_step_rate}, variant = step id);
 *     for the first step, count ÷ count
 * @param overallRate count ÷ sessions (id {@code funnel_conversion_rate}, variant = step id)
 * @param dropOff previous step's count − count (0 for the first step)
 */
public record FunnelStepResult(FunnelStep step, long count, RateResult stepRate, RateResult overallRate, long dropOff) {

    /** Checks that every part is present. */
    public FunnelStepResult {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(stepRate, "stepRate");
        Objects.requireNonNull(overallRate, "overallRate");
    }
}

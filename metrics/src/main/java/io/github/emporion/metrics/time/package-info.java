/**
 * Time windows and calendar bucketing for KPI breakdowns: events are {@link java.time.Instant}s,
 * a {@link java.time.ZoneId} is always explicit, and every period is half-open {@code [start,
 * end)}.
 */
@NullMarked
package io.github.emporion.metrics.time;

import org.jspecify.annotations.NullMarked;

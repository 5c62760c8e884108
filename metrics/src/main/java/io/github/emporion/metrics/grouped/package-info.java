/**
 * One-pass, mergeable KPI aggregation grouped by a key of your choice (channel, campaign, {@link
 * io.github.emporion.metrics.time.TimeBucket}, or a record combining them).
 *
 * <p>Rows are small fact records ({@link io.github.emporion.metrics.grouped.MarketingFact}, {@link
 * io.github.emporion.metrics.grouped.SessionFact}, {@link
 * io.github.emporion.metrics.grouped.OrderFact}) that carry their grouping key. The accumulators
 * implement {@link io.github.emporion.aggregate.Accumulator}: their state is one small block of
 * counters and exact minor-unit sums per key, so memory grows with the number of groups, never
 * with the number of rows, and partial results from threads or partitions merge exactly. Results
 * are {@link io.github.emporion.metrics.grouped.KpiBreakdown}s of summaries whose KPI methods
 * call {@link io.github.emporion.metrics.kpi.Kpis}, so no formula exists twice.
 *
 * <p>Money sums are exact {@code long}s in the currency's minor units (cents, fils, yen); an
 * accumulator works in one currency and rejects rows in another. Sums beyond {@code Long.MAX_VALUE}
 * minor units throw {@link ArithmeticException}.
 */
@NullMarked
package io.github.emporion.metrics.grouped;

import org.jspecify.annotations.NullMarked;

/**
 * KPI reports from domain objects: campaign performance records, sessions, orders and carts over a
 * half-open time window in an explicit time zone, broken down by channel, channel group, campaign
 * and day / week / month.
 *
 * <p>Three layers, each usable on its own:
 *
 * <ol>
 *   <li>{@link io.github.emporion.metrics.report.DomainFacts}: the one place where a domain object
 *       becomes a fact row of {@link io.github.emporion.metrics.grouped} ({@code MarketingFact},
 *       {@code SessionFact}, {@code OrderFact}, {@code CartFact}) under a key of your choice;
 *   <li>{@link io.github.emporion.metrics.report.KpiReport}: the entry point. It filters by window,
 *       builds a {@link io.github.emporion.metrics.report.ReportKey} per row, feeds the existing
 *       grouped accumulators in one pass ({@link
 *       io.github.emporion.metrics.report.KpiReportAccumulator}, mergeable, so it runs in parallel
 *       streams and partitions) and returns a {@link
 *       io.github.emporion.metrics.report.KpiReportResult}: per KPI id, one result per group and a
 *       total, every value computed by {@link io.github.emporion.metrics.kpi.Kpis};
 *   <li>{@link io.github.emporion.metrics.report.CustomerKpis}: customer-level KPIs (retention,
 *       churn, repeat purchase, returning customers, purchase frequency, historical CLV), which need
 *       memory per customer.
 * </ol>
 *
 * <p>Commerce and marketing meet only through identifiers, so an order or a cart does not know its
 * channel: the caller states it with an {@link io.github.emporion.metrics.report.Attribution}
 * (from a conversion's order id, a last-click model or the landing session).
 */
@NullMarked
package io.github.emporion.metrics.report;

import org.jspecify.annotations.NullMarked;

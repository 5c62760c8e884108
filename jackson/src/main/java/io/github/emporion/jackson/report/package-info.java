/**
 * The KPI report as JSON: a thin wrapper of the in-process entry point {@link
 * io.github.emporion.metrics.report.KpiReport}. {@link
 * io.github.emporion.jackson.report.JsonKpiReportApi} reads campaign days, sessions, orders and
 * carts into the report's inputs, and {@link io.github.emporion.jackson.report.KpiReportApi} picks
 * the requested KPIs and volumes out of its result; grouping, time bucketing, windowing and every
 * formula stay in the metrics module.
 */
@NullMarked
package io.github.emporion.jackson.report;

import org.jspecify.annotations.NullMarked;

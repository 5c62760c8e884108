/**
 * The KPI report from records: campaign performance rows, sessions and orders grouped by channel,
 * channel group, campaign and calendar day / week / month in an explicit zone, computed with the
 * grouped accumulators of {@link io.github.emporion.metrics.grouped}. In process: {@link
 * io.github.emporion.jackson.report.KpiReportApi#report(KpiReportRequest)}; JSON: {@link
 * io.github.emporion.jackson.report.JsonKpiReportApi}.
 */
@NullMarked
package io.github.emporion.jackson.report;

import org.jspecify.annotations.NullMarked;

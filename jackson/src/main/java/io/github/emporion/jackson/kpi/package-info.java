/**
 * KPIs from counts, the simplest call a service makes: {@link
 * io.github.emporion.jackson.kpi.KpiApi#evaluate(KpiRequest)} in process, {@link
 * io.github.emporion.jackson.kpi.JsonKpiApi} as JSON in / JSON out. Every formula is the one in
 * {@link io.github.emporion.metrics.kpi.Kpis}, {@link io.github.emporion.metrics.stats.AbComparison}
 * and {@link io.github.emporion.metrics.stats.BinomialIntervals}; this package only names the
 * inputs, validates them and shapes the answers.
 */
@NullMarked
package io.github.emporion.jackson.kpi;

import org.jspecify.annotations.NullMarked;

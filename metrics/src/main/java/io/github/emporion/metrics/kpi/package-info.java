/**
 * KPI formulas over plain numbers and the result types they return.
 *
 * <p>{@link io.github.emporion.metrics.kpi.Kpis} is the single entry point: every KPI is one
 * static method, e.g. {@code Kpis.ctr(57, 1930)}. Results never hide a zero denominator: a {@link
 * io.github.emporion.metrics.kpi.RateResult} or {@link io.github.emporion.metrics.kpi.MoneyResult}
 * is either defined (an exact {@link java.math.BigDecimal} or {@link javax.money.MonetaryAmount})
 * or explicitly undefined with a reason. Every result carries a {@link
 * io.github.emporion.metrics.kpi.KpiLabel} naming the KPI id and the variant used.
 */
@NullMarked
package io.github.emporion.metrics.kpi;

import org.jspecify.annotations.NullMarked;

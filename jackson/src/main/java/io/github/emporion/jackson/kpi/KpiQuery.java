package io.github.emporion.jackson.kpi;

/**
 * One question in a {@link KpiRequest}: a KPI from named counts and amounts ({@link
 * KpiCountsQuery}) or an A/B comparison of two proportions ({@link AbTestQuery}).
 */
public sealed interface KpiQuery permits KpiCountsQuery, AbTestQuery {}

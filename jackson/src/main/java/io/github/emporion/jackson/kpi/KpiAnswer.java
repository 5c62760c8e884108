package io.github.emporion.jackson.kpi;

/** One answer of a {@link KpiResponse}, in the order of the questions. */
public sealed interface KpiAnswer permits KpiValueAnswer, AbTestAnswer {}

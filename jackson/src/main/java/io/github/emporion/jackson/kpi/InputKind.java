package io.github.emporion.jackson.kpi;

/** The kind of a named KPI input, deciding its JSON form and validation. */
public enum InputKind {
    /** A whole number ≥ 0 (JSON number), e.g. clicks. */
    COUNT,
    /** A decimal number ≥ 0 (JSON number), e.g. fractional conversions. */
    DECIMAL,
    /** Money ≥ 0, {@code {"amount":"120.00","currency":"EUR"}}. */
    MONEY,
    /** Money that may be negative, e.g. gross profit of a loss. */
    SIGNED_MONEY,
    /** An ISO-8601 instant string, e.g. {@code 2026-03-01T00:00:00Z}. */
    INSTANT,
    /** A snake_case text choice, e.g. the AOV variant. */
    TEXT
}

package io.github.emporion.metrics.kpi;

/** What a conversion rate counts in its denominator; the variant is part of the result's label. */
public enum ConversionBasis {
    /** Sessions with at least one conversion ÷ sessions (the library default; a proportion). */
    SESSION("session"),
    /** Users who converted ÷ users (GA4 {@code userKeyEventRate}; a proportion). */
    USER("user"),
    /**
     * Conversions ÷ ad interactions (Google Ads; a count per interaction that may exceed 1 when
     * every conversion or several actions are counted; no binomial interval).
     */
    INTERACTION("per_interaction");

    private final String variant;

    ConversionBasis(String variant) {
        this.variant = variant;
    }

    /**
     * Returns the variant id used in {@link KpiLabel}.
     *
     * @return e.g. {@code per_interaction}
     */
    public String variant() {
        return variant;
    }
}

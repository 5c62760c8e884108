package io.github.emporion.metrics.stats;

/** The confidence interval methods Emporion offers for proportion KPIs and their differences. */
public enum IntervalMethod {
    /**
     * Wilson score interval, the default: good coverage, always inside [0, 1], defined at x = 0 and
     * x = n. {@code centre = (p̂ + z²/2n)/(1 + z²/n)}, {@code half = z/(1 + z²/n) ·
     * √(p̂(1−p̂)/n + z²/4n²)}.
     */
    WILSON,
    /**
     * Agresti–Coull: {@code ñ = n + z²}, {@code p̃ = (x + z²/2)/ñ}, {@code p̃ ± z√(p̃(1−p̃)/ñ)},
     * clipped to [0, 1] (as statsmodels does).
     */
    AGRESTI_COULL,
    /**
     * Clopper–Pearson ("exact"): beta quantiles {@code Beta⁻¹(α/2; x, n−x+1)} and {@code
     * Beta⁻¹(1−α/2; x+1, n−x)}; at least nominal coverage, usually wider than Wilson.
     */
    CLOPPER_PEARSON,
    /**
     * Newcombe's hybrid score interval for a <em>difference</em> of two proportions, built from two
     * Wilson intervals (see {@link AbComparison}); not a single-proportion method.
     */
    NEWCOMBE_HYBRID_SCORE
}

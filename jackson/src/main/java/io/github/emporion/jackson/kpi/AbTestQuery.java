package io.github.emporion.jackson.kpi;

/**
 * An A/B comparison of a variant's proportion with a control's: pooled two-sided z-test, Newcombe
 * interval for {@code variant − control} and relative lift ({@link
 * io.github.emporion.metrics.stats.AbComparison}). JSON:
 *
 * <pre>{@code
 * {"kpi":"ab_test","variant":{"conversions":72,"trials":1875},
 *  "control":{"conversions":57,"trials":1930},"level":0.95}
 * }</pre>
 *
 * <p>Counts are validated by {@link KpiApi#evaluate(KpiRequest)} (so that problems get JSON
 * Pointers): {@code 0 ≤ conversions ≤ trials}, {@code trials > 0}, level in (0, 1).
 *
 * @param variantConversions x₁
 * @param variantTrials n₁
 * @param controlConversions x₂
 * @param controlTrials n₂
 * @param level the confidence level of the difference interval (default 0.95)
 */
public record AbTestQuery(
        long variantConversions, long variantTrials, long controlConversions, long controlTrials, double level)
        implements KpiQuery {

    /** The id of this question in JSON: {@value}. */
    public static final String KPI = "ab_test";

    /**
     * Creates a comparison at the 95 % level.
     *
     * @param variantConversions x₁
     * @param variantTrials n₁
     * @param controlConversions x₂
     * @param controlTrials n₂
     * @return the query
     */
    public static AbTestQuery of(
            long variantConversions, long variantTrials, long controlConversions, long controlTrials) {
        return new AbTestQuery(variantConversions, variantTrials, controlConversions, controlTrials, 0.95);
    }
}

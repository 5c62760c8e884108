package io.github.emporion.metrics.catalog;

import io.github.emporion.metrics.KpiIds;
import io.github.emporion.metrics.kpi.KpiLabel;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the {@link KpiCatalog}.
 *
 * @param id the stable snake_case id shared by results, the JSON API and the command line
 * @param unit the unit of the value
 * @param polarity whether higher values are better
 * @param formula the formula in words and symbols, e.g. {@code clicks / impressions}
 * @param variants the variant ids, the default first (e.g. {@code default}, {@code
 *     net_of_returns}); never empty
 */
public record KpiDefinition(String id, KpiUnit unit, Polarity polarity, String formula, List<String> variants) {

    /**
     * Validates the entry.
     *
     * @throws IllegalArgumentException if the id or a variant is not snake_case, the formula is
     *     blank or there are no variants
     */
    public KpiDefinition {
        KpiIds.requireValid(id);
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(formula, "formula");
        variants = List.copyOf(variants);
        if (formula.isBlank()) {
            throw new IllegalArgumentException("formula of KPI '" + id + "' must not be blank");
        }
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("KPI '" + id + "' needs at least one variant");
        }
        variants.forEach(KpiIds::requireValid);
    }

    /**
     * Tells whether higher values are better.
     *
     * @return {@code true} for {@link Polarity#HIGHER_IS_BETTER}
     */
    public boolean higherIsBetter() {
        return polarity == Polarity.HIGHER_IS_BETTER;
    }

    /**
     * Returns the default variant, the first of {@link #variants()}.
     *
     * @return e.g. {@code default} or {@code session}
     */
    public String defaultVariant() {
        return variants.get(0);
    }

    /**
     * Tells whether a result label belongs to this KPI and one of its variants.
     *
     * @param label a result's label
     * @return {@code true} if the id matches and the variant is listed
     */
    public boolean accepts(KpiLabel label) {
        return id.equals(label.kpiId()) && variants.contains(label.variant());
    }
}

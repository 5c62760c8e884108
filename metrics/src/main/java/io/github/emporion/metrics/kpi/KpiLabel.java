package io.github.emporion.metrics.kpi;

import io.github.emporion.metrics.KpiIds;
import java.util.Objects;

/**
 * How a result was computed: the stable KPI id (as in the catalogue, the JSON API and the command
 * line) and the variant of its formula, so that a report can label it ("AOV, including tax and
 * shipping").
 *
 * @param kpiId the snake_case KPI id, e.g. {@code aov}
 * @param variant the snake_case variant id, e.g. {@code default} or {@code including_tax_and_shipping}
 */
public record KpiLabel(String kpiId, String variant) {

    /** The variant name used when a KPI has only one formula or the library default is used. */
    public static final String DEFAULT_VARIANT = "default";

    /**
     * Validates both ids.
     *
     * @throws IllegalArgumentException if either id is not lower snake_case (see {@link KpiIds})
     */
    public KpiLabel {
        KpiIds.requireValid(Objects.requireNonNull(kpiId, "kpiId"));
        KpiIds.requireValid(Objects.requireNonNull(variant, "variant"));
    }

    /**
     * Returns the label of a KPI computed with its default formula.
     *
     * @param kpiId the KPI id
     * @return the label with variant {@value #DEFAULT_VARIANT}
     */
    public static KpiLabel of(String kpiId) {
        return new KpiLabel(kpiId, DEFAULT_VARIANT);
    }

    /**
     * Returns the label of a KPI computed with a named variant.
     *
     * @param kpiId the KPI id
     * @param variant the variant id
     * @return the label
     */
    public static KpiLabel of(String kpiId, String variant) {
        return new KpiLabel(kpiId, variant);
    }

    /**
     * Returns {@code kpiId} for the default variant, otherwise {@code kpiId[variant]}, e.g. {@code
     * aov[net_of_returns]}.
     */
    @Override
    public String toString() {
        return DEFAULT_VARIANT.equals(variant) ? kpiId : kpiId + "[" + variant + "]";
    }
}

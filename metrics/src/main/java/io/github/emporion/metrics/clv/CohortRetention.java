package io.github.emporion.metrics.clv;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Cohort retention curves: for customers grouped by the calendar period of their first purchase,
 * how many bought again in each later period.
 *
 * <p>Retention(k) = active_k / size, where active_k counts the cohort's customers with at least
 * one purchase in the k-th period after the cohort's own (k = 0 is the cohort's period, so
 * retention(0) = 1). Example: a January cohort of 4 customers of whom 1 buys in March has
 * retention(2) = 1 / 4 = 0.25 with monthly periods. Sizes are at least 1, so no rate is 0 / 0.
 *
 * @param unit the period length (calendar day, ISO week or calendar month)
 * @param asOf the last day included
 * @param cohorts the cohorts in chronological order
 */
public record CohortRetention(ClvTimeUnit unit, LocalDate asOf, List<Cohort> cohorts) {

    /** The stable KPI id of the retention curve. */
    public static final String KPI_ID = "cohort_retention";

    /** Validates and copies. */
    public CohortRetention {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(asOf, "asOf");
        cohorts = List.copyOf(cohorts);
    }

    /**
     * One cohort.
     *
     * @param start the first day of the cohort's period
     * @param size the number of customers whose first purchase falls in that period, ≥ 1
     * @param activeCustomers active_k for k = 0, 1, … up to the period containing {@code asOf}
     */
    public record Cohort(LocalDate start, int size, List<Integer> activeCustomers) {

        /**
         * Validates and copies.
         *
         * @throws IllegalArgumentException if the size is below 1, or a count is negative or above
         *     the size
         */
        public Cohort {
            Objects.requireNonNull(start, "start");
            activeCustomers = List.copyOf(activeCustomers);
            if (size < 1) {
                throw new IllegalArgumentException("cohort size must be >= 1: " + size + " (cohort " + start + ")");
            }
            for (int count : activeCustomers) {
                if (count < 0 || count > size) {
                    throw new IllegalArgumentException(
                            "active count must be in [0, size=" + size + "]: " + count + " (cohort " + start + ")");
                }
            }
        }

        /**
         * Returns retention(k) = active_k / size.
         *
         * @param k the period index, 0 ≤ k &lt; {@code activeCustomers().size()}
         * @return the share of the cohort active in period k, in [0, 1]
         * @throws IllegalArgumentException if k is out of range
         */
        public double retention(int k) {
            if (k < 0 || k >= activeCustomers.size()) {
                throw new IllegalArgumentException(
                        "period index k must be in [0, " + activeCustomers.size() + "): " + k);
            }
            return activeCustomers.get(k) / (double) size;
        }
    }
}

package io.github.emporion.metrics.catalog;

/** The unit of a KPI's value. */
public enum KpiUnit {
    /** A whole-number count (orders, sessions, impressions). */
    COUNT,
    /** A fraction in [0, 1] (a proportion such as CTR); shown as a percentage. */
    FRACTION,
    /** A count per unit that may exceed 1 (orders per customer, impressions per person). */
    COUNT_PER_UNIT,
    /** A dimensionless ratio of two amounts of money (ROAS, ROI, margin); may be negative. */
    RATIO,
    /** An amount of money (net sales, gross profit). */
    MONEY,
    /** An amount of money per unit (per click, per order, per customer). */
    MONEY_PER_UNIT,
    /** An amount of money per thousand units (CPM). */
    MONEY_PER_THOUSAND
}

package io.github.emporion.marketing.campaign;

/**
 * How a campaign is charged. The formulas of the derived spend of one daily record (rate r) are
 * given on each constant; see {@link Billing#spendFor} for rounding.
 */
public enum BillingModel {
    /** Cost per click: {@code r × clicks}. */
    CPC,
    /** Cost per mille (thousand impressions): {@code r × impressions / 1000}. */
    CPM,
    /** Cost per acquisition (conversion): {@code r × conversions}. */
    CPA,
    /** Cost per view (video view): {@code r × videoViews}. */
    CPV,
    /** A flat fee for the whole flight, spread evenly over its days: see {@link Billing#spendFor}. */
    FLAT_FEE
}

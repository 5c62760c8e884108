package io.github.emporion.metrics.grouped;

import io.github.emporion.metrics.kpi.EngagementBasis;
import io.github.emporion.metrics.kpi.Kpis;
import io.github.emporion.metrics.kpi.MoneyResult;
import io.github.emporion.metrics.kpi.RateResult;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * Engagement and lead totals of one group and the KPIs over them (each computed by {@link Kpis}).
 *
 * @param impressions impressions
 * @param engagements engagements
 * @param leads leads
 * @param spend cost
 */
public record EngagementSummary(long impressions, long engagements, long leads, MonetaryAmount spend) {

    /**
     * Validates the totals, as the accumulator produces them.
     *
     * @throws IllegalArgumentException if a count or the spend is negative
     */
    public EngagementSummary {
        Objects.requireNonNull(spend, "spend");
        Facts.requireNonNegative("impressions", impressions);
        Facts.requireNonNegative("engagements", engagements);
        Facts.requireNonNegative("leads", leads);
        Facts.requireNonNegative("spend", spend);
    }

    /**
     * Returns engagements ÷ impressions ({@link Kpis#engagementRate(EngagementBasis, long, long)}
     * by impressions; a count per impression, may exceed 1).
     *
     * <p>Example: 120 engagements, 4 500 impressions → 0.02667.
     *
     * @return the engagement rate by impressions
     */
    public RateResult engagementRateByImpressions() {
        return Kpis.engagementRate(EngagementBasis.IMPRESSIONS, engagements, impressions);
    }

    /**
     * Returns cost ÷ leads ({@link Kpis#cpl(MonetaryAmount, long)}).
     *
     * <p>Example: 300.00 spend, 12 leads → 25.00; no leads → undefined.
     *
     * @return the cost per lead
     */
    public MoneyResult cpl() {
        return Kpis.cpl(spend, leads);
    }
}

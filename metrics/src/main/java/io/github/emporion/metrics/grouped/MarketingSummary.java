package io.github.emporion.metrics.grouped;

import io.github.emporion.metrics.kpi.Kpis;
import io.github.emporion.metrics.kpi.MoneyResult;
import io.github.emporion.metrics.kpi.RateResult;
import java.math.BigDecimal;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * Advertising totals of one group and the standard KPI set over them (each computed by {@link
 * Kpis}).
 *
 * @param impressions impressions
 * @param clicks clicks
 * @param conversions conversions
 * @param spend ad cost
 * @param revenue attributed conversion value
 */
public record MarketingSummary(
        long impressions, long clicks, long conversions, MonetaryAmount spend, MonetaryAmount revenue) {

    /**
     * Validates the totals, as the accumulator produces them.
     *
     * @throws IllegalArgumentException if a count or amount is negative or clicks exceed
     *     impressions
     * @throws io.github.emporion.money.CurrencyMismatchException if spend and revenue are in
     *     different currencies
     */
    public MarketingSummary {
        Objects.requireNonNull(spend, "spend");
        Objects.requireNonNull(revenue, "revenue");
        Facts.requireNonNegative("impressions", impressions);
        Facts.requireNonNegative("clicks", clicks);
        Facts.requireNonNegative("conversions", conversions);
        Facts.requireAtMost("clicks", clicks, "impressions", impressions);
        Facts.requireNonNegative("spend", spend);
        Facts.requireNonNegative("revenue", revenue);
        Facts.requireSameCurrency(spend, revenue);
    }

    /**
     * Returns clicks ÷ impressions ({@link Kpis#ctr(long, long)}).
     *
     * @return the CTR
     */
    public RateResult ctr() {
        return Kpis.ctr(clicks, impressions);
    }

    /**
     * Returns spend ÷ clicks ({@link Kpis#cpc(MonetaryAmount, long)}).
     *
     * @return the CPC
     */
    public MoneyResult cpc() {
        return Kpis.cpc(spend, clicks);
    }

    /**
     * Returns spend × 1000 ÷ impressions ({@link Kpis#cpm(MonetaryAmount, long)}).
     *
     * @return the CPM
     */
    public MoneyResult cpm() {
        return Kpis.cpm(spend, impressions);
    }

    /**
     * Returns spend ÷ conversions ({@link Kpis#cpa(MonetaryAmount, BigDecimal)}).
     *
     * @return the CPA
     */
    public MoneyResult cpa() {
        return Kpis.cpa(spend, BigDecimal.valueOf(conversions));
    }

    /**
     * Returns conversions ÷ clicks, the per-interaction conversion rate ({@link
     * Kpis#conversionsPerInteraction(BigDecimal, long)}).
     *
     * @return the rate; may exceed 1
     */
    public RateResult conversionsPerClick() {
        return Kpis.conversionsPerInteraction(BigDecimal.valueOf(conversions), clicks);
    }

    /**
     * Returns revenue ÷ spend ({@link Kpis#roas(MonetaryAmount, MonetaryAmount)}).
     *
     * @return the ROAS
     */
    public RateResult roas() {
        return Kpis.roas(revenue, spend);
    }
}

package io.github.emporion.metrics.grouped;

import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * One row of advertising performance (a campaign-day, an ad-set export line), carrying the key it
 * is grouped by. Money is held as whole minor units of {@code currency}.
 *
 * @param key the grouping key, e.g. a channel name or a {@code (campaign, day)} record
 * @param impressions impressions, ≥ 0
 * @param clicks clicks, ≥ 0 and ≤ impressions
 * @param conversions whole conversions, ≥ 0
 * @param currency the currency of spend and revenue
 * @param spendMinor ad cost in minor units, ≥ 0
 * @param revenueMinor attributed conversion value in minor units, ≥ 0
 * @param <K> the key type
 */
public record MarketingFact<K>(
        K key,
        long impressions,
        long clicks,
        long conversions,
        CurrencyUnit currency,
        long spendMinor,
        long revenueMinor) {

    /**
     * Validates the row.
     *
     * @throws IllegalArgumentException if a count or amount is negative or clicks exceed
     *     impressions
     */
    public MarketingFact {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(currency, "currency");
        Facts.requireNonNegative("impressions", impressions);
        Facts.requireNonNegative("clicks", clicks);
        Facts.requireNonNegative("conversions", conversions);
        Facts.requireNonNegative("spendMinor", spendMinor);
        Facts.requireNonNegative("revenueMinor", revenueMinor);
        if (clicks > impressions) {
            throw new IllegalArgumentException("clicks " + clicks + " must not exceed impressions " + impressions);
        }
        MinorUnits.digits(currency);
    }

    /**
     * Creates a row from amounts.
     *
     * @param key the grouping key
     * @param impressions impressions
     * @param clicks clicks
     * @param conversions conversions
     * @param spend ad cost
     * @param revenue attributed conversion value, in the currency of {@code spend}
     * @param <K> the key type
     * @return the row
     */
    public static <K> MarketingFact<K> of(
            K key, long impressions, long clicks, long conversions, MonetaryAmount spend, MonetaryAmount revenue) {
        Facts.requireSameCurrency(spend, revenue);
        return new MarketingFact<>(
                key,
                impressions,
                clicks,
                conversions,
                spend.getCurrency(),
                MinorUnits.of("spend", spend),
                MinorUnits.of("revenue", revenue));
    }
}

package io.github.emporion.metrics.grouped;

import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * One row of social and lead performance (a campaign-day), carrying the key it is grouped by: the
 * inputs of the engagement rate by impressions and of the cost per lead, which {@link
 * MarketingFact} does not carry. Reach is deliberately absent: it is not additive over days or
 * campaigns, so it cannot be summed per group.
 *
 * @param key the grouping key
 * @param impressions impressions, ≥ 0
 * @param engagements likes, shares, comments, saves (as the platform defines them), ≥ 0; may
 *     exceed impressions
 * @param leads leads (sign-ups, contact requests), ≥ 0
 * @param currency the currency of spend
 * @param spendMinor cost in minor units, ≥ 0
 * @param <K> the key type
 */
public record EngagementFact<K>(
        K key, long impressions, long engagements, long leads, CurrencyUnit currency, long spendMinor) {

    /**
     * Validates the row.
     *
     * @throws IllegalArgumentException if a count or amount is negative
     */
    public EngagementFact {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(currency, "currency");
        Facts.requireNonNegative("impressions", impressions);
        Facts.requireNonNegative("engagements", engagements);
        Facts.requireNonNegative("leads", leads);
        Facts.requireNonNegative("spendMinor", spendMinor);
        MinorUnits.digits(currency);
    }

    /**
     * Creates a row from an amount.
     *
     * @param key the grouping key
     * @param impressions impressions
     * @param engagements engagements
     * @param leads leads
     * @param spend cost
     * @param <K> the key type
     * @return the row
     */
    public static <K> EngagementFact<K> of(
            K key, long impressions, long engagements, long leads, MonetaryAmount spend) {
        return new EngagementFact<>(
                key, impressions, engagements, leads, spend.getCurrency(), MinorUnits.of("spend", spend));
    }
}

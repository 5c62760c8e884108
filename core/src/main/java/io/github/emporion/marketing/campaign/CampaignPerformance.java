package io.github.emporion.marketing.campaign;

import io.github.emporion.marketing.MarketingIds;
import io.github.emporion.money.CurrencyMismatchException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * One campaign's performance on one day (in the campaign's reporting time zone). Counts are {@code
 * long} and never negative; money is a {@link MonetaryAmount} in one currency.
 *
 * <p>Consistency rules, checked on construction: {@code reach ≤ impressions} (reach counts unique
 * people among the impressions); {@code clicks ≤ impressions} unless impressions are zero (zero
 * means "not reported", as for e-mail campaigns that report clicks only); spend and conversion value
 * share one currency. The spend is optional: when the platform did not report it, {@link
 * Campaign#spendOn(CampaignPerformance)} derives it from the billing model.
 *
 * <pre>{@code
 * CampaignPerformance day = CampaignPerformance.builder("spring-search", LocalDate.of(2026, 4, 1), EUR)
 *         .impressions(12_000).clicks(340).sessions(310).conversions(9)
 *         .conversionValue(Money.of(540, "EUR"))
 *         .build();
 * }</pre>
 *
 * @param campaignId the campaign
 * @param date the day
 * @param impressions times an ad was shown
 * @param reach unique people reached
 * @param clicks clicks
 * @param engagements likes, shares, comments, saves
 * @param videoViews video views
 * @param sessions site sessions from the campaign
 * @param leads leads (sign-ups, contact requests)
 * @param conversions conversions
 * @param conversionValue value of the conversions, not negative
 * @param spend reported spend, not negative; empty if not reported
 */
public record CampaignPerformance(
        String campaignId,
        LocalDate date,
        long impressions,
        long reach,
        long clicks,
        Engagements engagements,
        long videoViews,
        long sessions,
        long leads,
        long conversions,
        MonetaryAmount conversionValue,
        Optional<MonetaryAmount> spend) {

    /**
     * Validates the record.
     *
     * @param campaignId the campaign
     * @param date the day
     * @param impressions impressions
     * @param reach unique people reached
     * @param clicks clicks
     * @param engagements engagements
     * @param videoViews video views
     * @param sessions sessions
     * @param leads leads
     * @param conversions conversions
     * @param conversionValue conversion value
     * @param spend reported spend
     */
    public CampaignPerformance {
        MarketingIds.require("campaignId", campaignId);
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(engagements, "engagements");
        requireCount("impressions", impressions);
        requireCount("reach", reach);
        requireCount("clicks", clicks);
        requireCount("videoViews", videoViews);
        requireCount("sessions", sessions);
        requireCount("leads", leads);
        requireCount("conversions", conversions);
        if (reach > impressions) {
            throw new IllegalArgumentException("reach: " + reach + " exceeds impressions " + impressions + " (campaign "
                    + campaignId + ", " + date + ")");
        }
        if (impressions > 0 && clicks > impressions) {
            throw new IllegalArgumentException("clicks: " + clicks + " exceeds impressions " + impressions
                    + " (campaign " + campaignId + ", " + date + ")");
        }
        Objects.requireNonNull(conversionValue, "conversionValue");
        if (conversionValue.isNegative()) {
            throw new IllegalArgumentException("conversionValue: " + conversionValue + " must not be negative");
        }
        Objects.requireNonNull(spend, "spend").ifPresent(s -> {
            CurrencyMismatchException.requireSameCurrency(conversionValue, s);
            if (s.isNegative()) {
                throw new IllegalArgumentException("spend: " + s + " must not be negative");
            }
        });
    }

    /**
     * Starts a builder with every count zero, conversion value zero and no reported spend.
     *
     * @param campaignId the campaign
     * @param date the day
     * @param currency the currency of conversion value and spend
     * @return the builder
     */
    public static Builder builder(String campaignId, LocalDate date, CurrencyUnit currency) {
        return new Builder(campaignId, date, currency);
    }

    /**
     * Returns the currency of conversion value and spend.
     *
     * @return the currency
     */
    public CurrencyUnit currency() {
        return conversionValue.getCurrency();
    }

    /**
     * Returns a copy with a reported spend.
     *
     * @param newSpend the spend
     * @return the copy
     */
    public CampaignPerformance withSpend(MonetaryAmount newSpend) {
        return new CampaignPerformance(
                campaignId,
                date,
                impressions,
                reach,
                clicks,
                engagements,
                videoViews,
                sessions,
                leads,
                conversions,
                conversionValue,
                Optional.of(newSpend));
    }

    static void requireCount(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + ": " + value + " must not be negative");
        }
    }

    /** A mutable builder of {@link CampaignPerformance}; {@link #build()} validates. */
    public static final class Builder {
        private final String campaignId;
        private final LocalDate date;
        private long impressions;
        private long reach;
        private long clicks;
        private Engagements engagements = Engagements.NONE;
        private long videoViews;
        private long sessions;
        private long leads;
        private long conversions;
        private MonetaryAmount conversionValue;
        private Optional<MonetaryAmount> spend = Optional.empty();

        private Builder(String campaignId, LocalDate date, CurrencyUnit currency) {
            this.campaignId = campaignId;
            this.date = date;
            this.conversionValue = Money.zero(Objects.requireNonNull(currency, "currency"));
        }

        /**
         * Sets impressions.
         *
         * @param value the count
         * @return this builder
         */
        public Builder impressions(long value) {
            impressions = value;
            return this;
        }

        /**
         * Sets reach.
         *
         * @param value the count
         * @return this builder
         */
        public Builder reach(long value) {
            reach = value;
            return this;
        }

        /**
         * Sets clicks.
         *
         * @param value the count
         * @return this builder
         */
        public Builder clicks(long value) {
            clicks = value;
            return this;
        }

        /**
         * Sets engagements.
         *
         * @param value the engagements
         * @return this builder
         */
        public Builder engagements(Engagements value) {
            engagements = value;
            return this;
        }

        /**
         * Sets video views.
         *
         * @param value the count
         * @return this builder
         */
        public Builder videoViews(long value) {
            videoViews = value;
            return this;
        }

        /**
         * Sets sessions.
         *
         * @param value the count
         * @return this builder
         */
        public Builder sessions(long value) {
            sessions = value;
            return this;
        }

        /**
         * Sets leads.
         *
         * @param value the count
         * @return this builder
         */
        public Builder leads(long value) {
            leads = value;
            return this;
        }

        /**
         * Sets conversions.
         *
         * @param value the count
         * @return this builder
         */
        public Builder conversions(long value) {
            conversions = value;
            return this;
        }

        /**
         * Sets the conversion value.
         *
         * @param value the value
         * @return this builder
         */
        public Builder conversionValue(MonetaryAmount value) {
            conversionValue = value;
            return this;
        }

        /**
         * Sets the reported spend.
         *
         * @param value the spend
         * @return this builder
         */
        public Builder spend(MonetaryAmount value) {
            spend = Optional.of(value);
            return this;
        }

        /**
         * Builds and validates the record.
         *
         * @return the record
         * @throws IllegalArgumentException if a rule of {@link CampaignPerformance} is broken
         */
        public CampaignPerformance build() {
            return new CampaignPerformance(
                    campaignId,
                    date,
                    impressions,
                    reach,
                    clicks,
                    engagements,
                    videoViews,
                    sessions,
                    leads,
                    conversions,
                    conversionValue,
                    spend);
        }
    }
}

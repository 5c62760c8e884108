package io.github.emporion.marketing.campaign;

import io.github.emporion.marketing.MarketingIds;
import io.github.emporion.marketing.channel.Channel;
import io.github.emporion.marketing.traffic.LandingPageParser;
import io.github.emporion.marketing.traffic.TrafficSource;
import io.github.emporion.marketing.traffic.UtmParameter;
import io.github.emporion.money.CurrencyMismatchException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A marketing campaign.
 *
 * <pre>{@code
 * Campaign spring = new Campaign("spring-search", "Spring sale search", Channel.of(ChannelGroup.PAID_SEARCH),
 *         CampaignObjective.CONVERSION, new Flight(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1)),
 *         CampaignBudget.total(Money.of(3000, "EUR")), Billing.of(BillingModel.CPC, Money.of(0.45, "EUR")),
 *         Map.of(UtmParameter.SOURCE, "google", UtmParameter.MEDIUM, "cpc", UtmParameter.CAMPAIGN, "spring"),
 *         CampaignStatus.ACTIVE);
 * }</pre>
 *
 * @param id the campaign id (also the {@code utm_id} for cost-data import, if you like)
 * @param name the human name
 * @param channel the channel the campaign runs on
 * @param objective what it aims at
 * @param flight when it runs, {@code [start, end)}
 * @param budget its budget, in the billing currency
 * @param billing how it is charged
 * @param utmTags the UTM tags its links carry (unmodifiable; blank values are rejected)
 * @param status its life-cycle state
 */
public record Campaign(
        String id,
        String name,
        Channel channel,
        CampaignObjective objective,
        Flight flight,
        CampaignBudget budget,
        Billing billing,
        Map<UtmParameter, String> utmTags,
        CampaignStatus status) {

    /**
     * Validates the campaign.
     *
     * @param id the campaign id
     * @param name the human name
     * @param channel the channel
     * @param objective the objective
     * @param flight the flight
     * @param budget the budget
     * @param billing the billing
     * @param utmTags the UTM tags
     * @param status the status
     */
    public Campaign {
        MarketingIds.require("id", id);
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name: must not be blank (campaign " + id + ")");
        }
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(flight, "flight");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(billing, "billing");
        Objects.requireNonNull(status, "status");
        if (!budget.currency().equals(billing.rate().getCurrency())) {
            throw new CurrencyMismatchException(
                    budget.currency(), billing.rate().getCurrency());
        }
        EnumMap<UtmParameter, String> tags = new EnumMap<>(UtmParameter.class);
        Objects.requireNonNull(utmTags, "utmTags").forEach((k, v) -> {
            if (v.isBlank()) {
                throw new IllegalArgumentException("utmTags: " + k.parameterName() + " must not be blank");
            }
            tags.put(k, v);
        });
        utmTags = Collections.unmodifiableMap(tags);
    }

    /**
     * Returns a copy with another status.
     *
     * @param newStatus the status
     * @return the copy
     */
    public Campaign withStatus(CampaignStatus newStatus) {
        return new Campaign(id, name, channel, objective, flight, budget, billing, utmTags, newStatus);
    }

    /**
     * Returns a copy with another budget.
     *
     * @param newBudget the budget
     * @return the copy
     */
    public Campaign withBudget(CampaignBudget newBudget) {
        return new Campaign(id, name, channel, objective, flight, newBudget, billing, utmTags, status);
    }

    /**
     * Appends the campaign's UTM tags to a landing-page URL, in {@link UtmParameter} order, values
     * percent-encoded as UTF-8 form data. An existing query and fragment are kept.
     *
     * <pre>{@code
     * spring.taggedUrl("https://shop.example/sale#top");
     * // https://shop.example/sale?utm_source=google&utm_medium=cpc&utm_campaign=spring#top
     * }</pre>
     *
     * @param landingUrl the landing-page URL
     * @return the tagged URL, which {@link LandingPageParser} reads back to the same tags
     * @throws IllegalArgumentException if the URL is blank or malformed, or already carries a UTM
     *     parameter that the campaign sets
     */
    public String taggedUrl(String landingUrl) {
        TrafficSource existing = LandingPageParser.ga4().parse(landingUrl);
        for (UtmParameter p : utmTags.keySet()) {
            if (existing.utm(p).isPresent()) {
                throw new IllegalArgumentException("landingUrl: '" + landingUrl + "' already has " + p.parameterName()
                        + "; campaign " + id + " would set it too");
            }
        }
        String url = landingUrl.strip();
        int hash = url.indexOf('#');
        String base = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        StringBuilder sb = new StringBuilder(base);
        char separator = base.indexOf('?') < 0 ? '?' : base.endsWith("?") || base.endsWith("&") ? 0 : '&';
        for (Map.Entry<UtmParameter, String> e : utmTags.entrySet()) {
            if (separator != 0) {
                sb.append(separator);
            }
            sb.append(e.getKey().parameterName())
                    .append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return sb.append(fragment).toString();
    }

    /**
     * Returns the spend of one daily record: the reported spend if present, otherwise the spend
     * derived from the billing model ({@link Billing#spendFor}).
     *
     * @param performance a daily record of this campaign
     * @return the spend
     * @throws IllegalArgumentException if the record belongs to another campaign
     * @throws CurrencyMismatchException if the record is in another currency
     */
    public MonetaryAmount spendOn(CampaignPerformance performance) {
        Objects.requireNonNull(performance, "performance");
        if (!performance.campaignId().equals(id)) {
            throw new IllegalArgumentException(
                    "performance: record of campaign " + performance.campaignId() + " given to campaign " + id);
        }
        CurrencyMismatchException.requireCurrency(billing.rate().getCurrency(), performance.conversionValue());
        return performance.spend().orElseGet(() -> billing.spendFor(performance, flight));
    }
}

package io.github.emporion.metrics.report;

import io.github.emporion.marketing.campaign.Campaign;
import io.github.emporion.marketing.campaign.CampaignPerformance;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A daily {@link CampaignPerformance} record with its {@link Campaign}, which supplies the channel
 * and, when the platform did not report spend, derives it ({@link Campaign#spendOn}).
 *
 * @param campaign the campaign
 * @param performance one day of the campaign
 */
public record CampaignDay(Campaign campaign, CampaignPerformance performance) implements ReportInput {

    /**
     * Validates the pair.
     *
     * @throws IllegalArgumentException if the record belongs to another campaign
     */
    public CampaignDay {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(performance, "performance");
        if (!campaign.id().equals(performance.campaignId())) {
            throw new IllegalArgumentException("performance: record of campaign " + performance.campaignId()
                    + " paired with campaign " + campaign.id());
        }
    }

    /**
     * Pairs every record with its campaign by id.
     *
     * @param campaigns the campaigns, ids unique
     * @param performance the daily records
     * @return one {@code CampaignDay} per record, in the order of {@code performance}
     * @throws IllegalArgumentException if two campaigns share an id or a record names an unknown
     *     campaign
     */
    public static List<CampaignDay> join(Collection<Campaign> campaigns, Collection<CampaignPerformance> performance) {
        Map<String, Campaign> byId = new HashMap<>();
        for (Campaign c : campaigns) {
            if (byId.put(c.id(), c) != null) {
                throw new IllegalArgumentException("campaigns: id " + c.id() + " must be unique but occurs twice");
            }
        }
        List<CampaignDay> days = new ArrayList<>(performance.size());
        for (CampaignPerformance p : performance) {
            Campaign c = byId.get(p.campaignId());
            if (c == null) {
                throw new IllegalArgumentException("performance: campaign " + p.campaignId() + " of the record for "
                        + p.date() + " is not among the campaigns " + byId.keySet());
            }
            days.add(new CampaignDay(c, p));
        }
        return days;
    }
}

/**
 * Campaigns and their daily performance: a {@link io.github.emporion.marketing.campaign.Campaign}
 * (objective, flight, budget, {@link io.github.emporion.marketing.campaign.Billing billing model},
 * UTM tags, status) and {@link io.github.emporion.marketing.campaign.CampaignPerformance} records,
 * whose spend is derived exactly from the billing model when not reported.
 */
@NullMarked
package io.github.emporion.marketing.campaign;

import org.jspecify.annotations.NullMarked;

package io.github.emporion.jackson.report;

import java.time.Instant;
import java.util.Objects;

/**
 * Where and when a report row happened: the dimensions it can be grouped by.
 *
 * @param at the instant of the row (a campaign day: the start of that day in the report's zone)
 * @param channel the channel name, or the empty string when unknown
 * @param channelGroup the channel group, or the empty string
 * @param campaign the campaign id, or the empty string
 */
public record RowTags(Instant at, String channel, String channelGroup, String campaign) {

    /** Checks that the parts are present. */
    public RowTags {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(channelGroup, "channelGroup");
        Objects.requireNonNull(campaign, "campaign");
    }
}

package io.github.emporion.metrics.report;

import io.github.emporion.marketing.channel.ChannelGroup;
import io.github.emporion.metrics.time.TimeBucket;
import java.util.Objects;
import java.util.Optional;

/**
 * The group of a {@link KpiReport} row: one value per chosen {@link GroupBy} dimension. A dimension
 * that was not chosen is empty; a chosen dimension is also empty when the row does not know it (an
 * order without {@link Attribution}, a session without a campaign), which reports show as "(not
 * set)" like GA4.
 *
 * @param channel the channel name, if grouped by {@link GroupBy#CHANNEL} and known
 * @param channelGroup the channel group, if grouped by {@link GroupBy#CHANNEL_GROUP} and known
 * @param campaignId the campaign id, if grouped by {@link GroupBy#CAMPAIGN} and known
 * @param period the day, week or month, if grouped by time
 */
public record ReportKey(
        Optional<String> channel,
        Optional<ChannelGroup> channelGroup,
        Optional<String> campaignId,
        Optional<TimeBucket> period) {

    /** The key of a report without breakdown: every dimension empty. */
    public static final ReportKey ALL =
            new ReportKey(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** Checks that every part is present (possibly empty). */
    public ReportKey {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(channelGroup, "channelGroup");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(period, "period");
    }

    /** Returns e.g. {@code [channel=search, period=DAY 2026-03-29]} or {@code [all]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        channel.ifPresent(c -> sb.append("channel=").append(c).append(", "));
        channelGroup.ifPresent(g -> sb.append("channelGroup=").append(g).append(", "));
        campaignId.ifPresent(c -> sb.append("campaign=").append(c).append(", "));
        period.ifPresent(p -> sb.append("period=")
                .append(p.granularity())
                .append(' ')
                .append(p.firstDay())
                .append(", "));
        if (sb.length() == 1) {
            return "[all]";
        }
        sb.setLength(sb.length() - 2);
        return sb.append(']').toString();
    }
}

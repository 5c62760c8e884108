package io.github.emporion.metrics.report;

import io.github.emporion.metrics.time.Granularity;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A dimension of a {@link KpiReport} breakdown. Dimensions combine (channel × month); at most one
 * of {@link #DAY}, {@link #WEEK} and {@link #MONTH} may be chosen.
 */
public enum GroupBy {
    /** The channel by name ({@link io.github.emporion.marketing.channel.Channel#name()}). */
    CHANNEL(null),
    /** The GA4 channel group ({@link io.github.emporion.marketing.channel.ChannelGroup}). */
    CHANNEL_GROUP(null),
    /** The campaign id. */
    CAMPAIGN(null),
    /** The calendar day in the report's zone (23 or 25 hours on DST change days). */
    DAY(Granularity.DAY),
    /** The week in the report's zone, starting on the report's first day of the week. */
    WEEK(Granularity.WEEK),
    /** The calendar month in the report's zone. */
    MONTH(Granularity.MONTH);

    private final Optional<Granularity> granularity;

    GroupBy(@Nullable Granularity granularity) {
        this.granularity = Optional.ofNullable(granularity);
    }

    /**
     * Returns the calendar unit of a time dimension.
     *
     * @return day, week or month; empty for channel, channel group and campaign
     */
    public Optional<Granularity> granularity() {
        return granularity;
    }
}

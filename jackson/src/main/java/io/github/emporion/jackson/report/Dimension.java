package io.github.emporion.jackson.report;

import io.github.emporion.metrics.time.Granularity;
import java.util.Optional;

/** What a KPI report groups by. JSON: the lower-case name, e.g. {@code channel_group}. */
public enum Dimension {
    /** The channel name of the row. */
    CHANNEL,
    /** The channel group of the row (e.g. {@code paid_search}). */
    CHANNEL_GROUP,
    /** The campaign id of the row. */
    CAMPAIGN,
    /** The local day of the row's instant in the report's zone (ISO date of its first day). */
    DAY,
    /** The local week (first day Monday) of the row's instant in the report's zone. */
    WEEK,
    /** The local month of the row's instant in the report's zone. */
    MONTH;

    /**
     * Returns the calendar granularity of a time dimension.
     *
     * @return the granularity, empty for channel, channel group and campaign
     */
    public Optional<Granularity> granularity() {
        return switch (this) {
            case DAY -> Optional.of(Granularity.DAY);
            case WEEK -> Optional.of(Granularity.WEEK);
            case MONTH -> Optional.of(Granularity.MONTH);
            default -> Optional.empty();
        };
    }
}

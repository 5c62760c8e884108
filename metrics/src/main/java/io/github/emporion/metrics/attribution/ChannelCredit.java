package io.github.emporion.metrics.attribution;

/**
 * The credit one channel receives from a model: a number of conversions (fractional) and a share
 * of the conversion value, in the unit of the input values.
 *
 * @param channel the channel name
 * @param conversions the credited conversions
 * @param value the credited conversion value
 */
public record ChannelCredit(String channel, double conversions, double value) {

    /** Validates. */
    public ChannelCredit {
        if (channel.isBlank()) {
            throw new IllegalArgumentException("channel must not be blank");
        }
        if (!Double.isFinite(conversions) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(
                    "credit of '" + channel + "' must be finite, was " + conversions + " / " + value);
        }
    }
}

package io.github.emporion.metrics.attribution;

/**
 * The credit one touch of one journey (or path row) receives: per-journey attribution.
 *
 * @param position the 0-based touch position in the journey
 * @param channel the touch's channel
 * @param conversions the share of the journey's conversions credited to this touch
 * @param value the share of the journey's value credited to this touch
 */
public record TouchCredit(int position, String channel, double conversions, double value) {

    /** Validates. */
    public TouchCredit {
        if (position < 0) {
            throw new IllegalArgumentException("position must be >= 0, was " + position);
        }
    }
}

package io.github.emporion.marketing.touchpoint;

import java.time.Instant;

/** An event on a visitor's timeline: a {@link Touchpoint} or a {@link Conversion}. */
public sealed interface JourneyEvent permits Touchpoint, Conversion {

    /**
     * Returns the pseudonymous visitor id the event belongs to.
     *
     * @return the visitor id
     */
    String visitorId();

    /**
     * Returns when the event happened.
     *
     * @return the instant
     */
    Instant timestamp();
}

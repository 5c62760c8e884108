package io.github.emporion.metrics.attribution;

import java.util.List;

/**
 * A state of the attribution Markov chain: {@code (start)}, a channel state (one channel at order 1,
 * a window of up to k channels at order k), {@code (conversion)} or {@code (null)}.
 *
 * @param kind the kind of state
 * @param channels the channels of a channel state in path order; empty for the other kinds
 */
public record MarkovState(Kind kind, List<String> channels) {

    /** The kinds of state. */
    public enum Kind {
        /** Where every journey starts. */
        START,
        /** A window of channels. */
        CHANNELS,
        /** Absorbing: the journey converted. */
        CONVERSION,
        /** Absorbing: the journey did not convert (or was sent here by a removal). */
        NULL
    }

    /** Validates. */
    public MarkovState {
        channels = List.copyOf(channels);
        if ((kind == Kind.CHANNELS) == channels.isEmpty()) {
            throw new IllegalArgumentException("a " + kind + " state must " + (kind == Kind.CHANNELS ? "" : "not ")
                    + "have channels: " + channels);
        }
    }

    /**
     * Returns the label used in transition-matrix output: {@code (start)}, {@code (conversion)},
     * {@code (null)}, or the channel names joined by {@code " > "} (order 1: just the name), as in
     * ChannelAttribution's decoded transition matrices.
     *
     * @return the label
     */
    public String label() {
        return switch (kind) {
            case START -> "(start)";
            case CONVERSION -> "(conversion)";
            case NULL -> "(null)";
            case CHANNELS -> String.join(" > ", channels);
        };
    }
}

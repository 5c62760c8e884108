package io.github.emporion.marketing.channel;

import java.util.Objects;

/**
 * A marketing channel as the user names it (for example {@code "tiktok-ads"} or {@code
 * "newsletter"}), belonging to one GA4 {@link ChannelGroup} and carrying the teaching dimensions.
 *
 * <p>The name is the channel's identity in journeys and path counts, so it must be non-blank,
 * without leading or trailing white space, and must not contain {@code '>'} (the step separator of
 * the path exchange format). Names are case-sensitive.
 *
 * <pre>{@code
 * Channel tiktok = Channel.of("tiktok-ads", ChannelGroup.PAID_SOCIAL);     // paid, paid advertising, online
 * Channel billboard = Channel.of("station-screens", ChannelGroup.DISPLAY)
 *         .withScope(DigitalScope.OFFLINE_DIGITAL);                        // digital billboard
 * }</pre>
 *
 * @param name the channel's name
 * @param group the GA4 channel group it belongs to
 * @param mediaType paid, owned or earned
 * @param strategy inbound, outbound or paid advertising
 * @param scope online e-marketing or offline digital
 */
public record Channel(String name, ChannelGroup group, MediaType mediaType, Strategy strategy, DigitalScope scope) {

    /**
     * Validates the channel.
     *
     * @param name the channel's name
     * @param group the GA4 channel group it belongs to
     * @param mediaType paid, owned or earned
     * @param strategy inbound, outbound or paid advertising
     * @param scope online e-marketing or offline digital
     */
    public Channel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(scope, "scope");
        requireValidName(name);
    }

    /**
     * Creates a channel with the default dimensions of its group.
     *
     * @param name the channel's name
     * @param group the group
     * @return the channel
     * @throws IllegalArgumentException if the name is blank, padded or contains {@code '>'}
     */
    public static Channel of(String name, ChannelGroup group) {
        Objects.requireNonNull(group, "group");
        return new Channel(name, group, group.defaultMediaType(), group.defaultStrategy(), group.defaultScope());
    }

    /**
     * Returns the built-in channel of a group: named after the group's GA4 display name, with the
     * group's default dimensions. This is the channel a classified visit gets when the user has not
     * defined a finer one.
     *
     * @param group the group
     * @return the channel, e.g. {@code Channel[name=Paid Search, group=PAID_SEARCH, ...]}
     */
    public static Channel of(ChannelGroup group) {
        return of(group.displayName(), group);
    }

    /**
     * Returns a copy with another media type.
     *
     * @param newMediaType the media type
     * @return the copy
     */
    public Channel withMediaType(MediaType newMediaType) {
        return new Channel(name, group, newMediaType, strategy, scope);
    }

    /**
     * Returns a copy with another strategy.
     *
     * @param newStrategy the strategy
     * @return the copy
     */
    public Channel withStrategy(Strategy newStrategy) {
        return new Channel(name, group, mediaType, newStrategy, scope);
    }

    /**
     * Returns a copy with another digital scope.
     *
     * @param newScope the scope
     * @return the copy
     */
    public Channel withScope(DigitalScope newScope) {
        return new Channel(name, group, mediaType, strategy, newScope);
    }

    /**
     * Tells whether the channel is internet-based e-marketing.
     *
     * @return {@code true} for {@link DigitalScope#ONLINE_E_MARKETING}
     */
    public boolean isOnlineEMarketing() {
        return scope == DigitalScope.ONLINE_E_MARKETING;
    }

    /**
     * Checks a channel name: non-blank, unpadded, without {@code '>'}.
     *
     * @param name the name
     * @return {@code name}, for chaining
     * @throws IllegalArgumentException if the name breaks a rule
     */
    public static String requireValidName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || !name.strip().equals(name) || name.indexOf('>') >= 0) {
            throw new IllegalArgumentException("name: '" + name
                    + "' is not a valid channel name (must be non-blank, unpadded and must not contain '>')");
        }
        return name;
    }
}

/**
 * Marketing channels: a user-defined {@link io.github.emporion.marketing.channel.Channel} belongs
 * to one of GA4's default {@link io.github.emporion.marketing.channel.ChannelGroup}s and carries the
 * dimensions that marketing teaching uses ({@link io.github.emporion.marketing.channel.MediaType},
 * {@link io.github.emporion.marketing.channel.Strategy}, {@link
 * io.github.emporion.marketing.channel.DigitalScope}).
 */
@NullMarked
package io.github.emporion.marketing.channel;

import org.jspecify.annotations.NullMarked;

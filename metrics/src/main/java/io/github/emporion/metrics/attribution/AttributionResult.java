package io.github.emporion.metrics.attribution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one attribution model credited to each channel, with the model's name and parameters so a
 * report can say how the numbers were computed.
 *
 * <p>Channels are listed in first-appearance order of the input (rows top to bottom, touches left
 * to right), including channels that received nothing (0). For every model except the raw Shapley
 * variants the conversions column sums to {@link #totalConversions()} and the value column to
 * {@link #totalValue()} (up to rounding).
 *
 * @param model the model's stable snake_case name, such as {@code linear} or {@code markov}
 * @param parameters the model's parameters as text, such as {@code order=2}
 * @param channels the credit per channel
 * @param totalConversions the conversions in the input
 * @param totalValue the conversion value in the input
 */
public record AttributionResult(
        String model,
        Map<String, String> parameters,
        List<ChannelCredit> channels,
        double totalConversions,
        double totalValue) {

    /** Copies and validates. */
    public AttributionResult {
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        channels = List.copyOf(channels);
        io.github.emporion.metrics.KpiIds.requireValid(model);
    }

    /**
     * Returns the credit of one channel.
     *
     * @param channel the channel name
     * @return its credit, or empty if the channel did not occur in the input
     */
    public Optional<ChannelCredit> channel(String channel) {
        return channels.stream().filter(c -> c.channel().equals(channel)).findFirst();
    }

    /**
     * Returns the credit keyed by channel, in first-appearance order.
     *
     * @return an unmodifiable map
     */
    public Map<String, ChannelCredit> byChannel() {
        Map<String, ChannelCredit> m = new LinkedHashMap<>();
        channels.forEach(c -> m.put(c.channel(), c));
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * Returns a channel's share of the credited conversions: its conversions / {@link
     * #totalConversions()}.
     *
     * @param channel the channel
     * @return the share, or empty if the channel is unknown or there are no conversions
     */
    public Optional<Double> conversionShare(String channel) {
        if (totalConversions == 0) {
            return Optional.empty();
        }
        return channel(channel).map(c -> c.conversions() / totalConversions);
    }
}

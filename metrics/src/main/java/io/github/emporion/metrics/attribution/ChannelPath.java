package io.github.emporion.metrics.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of aggregated path counts: the ordered channels of a journey (repeats kept), how many
 * journeys with exactly this path converted, the value of those conversions, and how many did not
 * convert. This is ChannelAttribution's input row ({@code path, total_conversions,
 * total_conversion_value, total_null}).
 *
 * <p>Rules: at least one channel; channel names are non-blank and carry no leading or trailing
 * space; {@code conversions} and {@code nonConversions} are finite and {@code >= 0} and may be
 * fractional (unlike ChannelAttribution, which truncates them); {@code value} is finite. The value
 * of a row without conversions is ignored by every model (it is reported as 0 by {@link
 * #effectiveValue()}).
 *
 * <p>Example: {@code ChannelPath.parse("A > B", '>', 2, 20, 1)} is the path A, B that converted
 * twice (value 20 in total) and failed once.
 *
 * @param channels the touches in order, repeats kept; copied
 * @param conversions the number of converting journeys with this path (fractions allowed)
 * @param value the total conversion value of those journeys
 * @param nonConversions the number of non-converting journeys with this path
 */
public record ChannelPath(List<String> channels, double conversions, double value, double nonConversions) {

    /** Validates and copies the channels. */
    public ChannelPath {
        channels = List.copyOf(channels);
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("channels must not be empty: a path needs at least one touch");
        }
        for (String c : channels) {
            // non-blank without surrounding whitespace <=> non-empty with non-whitespace ends
            if (c.isEmpty()
                    || Character.isWhitespace(c.charAt(0))
                    || Character.isWhitespace(c.charAt(c.length() - 1))) {
                throw new IllegalArgumentException(
                        "channel name '" + c + "' in " + channels + " must be non-blank without surrounding spaces");
            }
        }
        requireCount("conversions", conversions);
        requireCount("nonConversions", nonConversions);
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite, was " + value);
        }
    }

    private static void requireCount(String name, double v) {
        if (!Double.isFinite(v) || v < 0) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, was " + v);
        }
    }

    /**
     * Creates a path row.
     *
     * @param conversions converting journeys
     * @param value their total value
     * @param nonConversions non-converting journeys
     * @param channels the touches in order
     * @return the row
     */
    public static ChannelPath of(double conversions, double value, double nonConversions, String... channels) {
        return new ChannelPath(List.of(channels), conversions, value, nonConversions);
    }

    /**
     * Parses a path string such as {@code "A > paid search > B"}: split at {@code separator}, each
     * name trimmed of spaces (internal spaces kept), empty names dropped ({@code " A >  > B "} is A,
     * B).
     *
     * @param path the path string
     * @param separator the one-character channel separator (ChannelAttribution's default {@code '>'})
     * @param conversions converting journeys
     * @param value their total value
     * @param nonConversions non-converting journeys
     * @return the row
     * @throws IllegalArgumentException if no channel name remains
     */
    public static ChannelPath parse(
            String path, char separator, double conversions, double value, double nonConversions) {
        return new ChannelPath(splitPath(path, separator), conversions, value, nonConversions);
    }

    static List<String> splitPath(String path, char separator) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = path.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || path.charAt(i) == separator) {
                int a = start;
                int b = i;
                while (a < b && path.charAt(a) == ' ') {
                    a++;
                }
                while (b > a && path.charAt(b - 1) == ' ') {
                    b--;
                }
                if (b > a) {
                    out.add(path.substring(a, b));
                }
                start = i + 1;
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("path '" + path + "' has no channel name");
        }
        return out;
    }

    /**
     * Returns the conversion value that models credit: {@link #value()} when the row has conversions,
     * otherwise 0.
     *
     * @return the value to distribute
     */
    public double effectiveValue() {
        return conversions > 0 ? value : 0.0;
    }

    /**
     * Returns the number of touches.
     *
     * @return the path length, repeats included
     */
    public int length() {
        return channels.size();
    }
}

package io.github.emporion.marketing.journey;

import io.github.emporion.marketing.channel.Channel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One row of the path-count exchange format of attribution: a path of channel names with how many
 * journeys along it converted, their total conversion value, and how many did not convert.
 *
 * <p><b>Counts are {@link BigDecimal}.</b> Counts built from journeys are whole numbers, but
 * attribution exchange files may carry fractional conversions (e.g. de-duplicated or modelled
 * conversions). {@code BigDecimal} holds both exactly and keeps sums associative, which {@code
 * double} would not. Counts are normalised (trailing zeros stripped, scale never negative), so
 * {@code 2}, {@code 2.0} and {@code 2.00} give equal rows. Money is a {@link MonetaryAmount}, never
 * a {@code double}, and is not rounded (it is an exact sum of conversion values).
 *
 * @param path the channel names in order, repeats kept (unmodifiable, not empty)
 * @param conversions converting journeys along the path, not negative
 * @param conversionValue the total value of those conversions, not negative
 * @param nonConversions non-converting journeys along the path, not negative
 */
public record PathCount(
        List<String> path, BigDecimal conversions, MonetaryAmount conversionValue, BigDecimal nonConversions) {

    /** The separator of {@link #pathString()}, as in attribution exchange files. */
    public static final String SEPARATOR = " > ";

    /**
     * Validates and normalises the row.
     *
     * @param path the channel names in order
     * @param conversions converting journeys
     * @param conversionValue total conversion value
     * @param nonConversions non-converting journeys
     */
    public PathCount {
        path = List.copyOf(Objects.requireNonNull(path, "path"));
        if (path.isEmpty()) {
            throw new IllegalArgumentException("path: must not be empty");
        }
        path.forEach(Channel::requireValidName);
        conversions = normalise("conversions", conversions);
        nonConversions = normalise("nonConversions", nonConversions);
        Objects.requireNonNull(conversionValue, "conversionValue");
        if (conversionValue.isNegative()) {
            throw new IllegalArgumentException("conversionValue: " + conversionValue + " must not be negative");
        }
    }

    /**
     * Creates a row with whole-number counts.
     *
     * @param path the channel names in order
     * @param conversions converting journeys
     * @param conversionValue total conversion value
     * @param nonConversions non-converting journeys
     * @return the row
     */
    public static PathCount of(
            List<String> path, long conversions, MonetaryAmount conversionValue, long nonConversions) {
        return new PathCount(
                path, BigDecimal.valueOf(conversions), conversionValue, BigDecimal.valueOf(nonConversions));
    }

    /**
     * Returns the path as one string, e.g. {@code "Paid Search > Email > Direct"}.
     *
     * @return the steps joined with {@link #SEPARATOR}
     */
    public String pathString() {
        return String.join(SEPARATOR, path);
    }

    /**
     * Returns all journeys along the path.
     *
     * @return {@code conversions + nonConversions}
     */
    public BigDecimal journeys() {
        return conversions.add(nonConversions);
    }

    private static BigDecimal normalise(String name, BigDecimal value) {
        Objects.requireNonNull(value, name);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(name + ": " + value + " must not be negative");
        }
        BigDecimal n = value.stripTrailingZeros();
        return n.scale() < 0 ? n.setScale(0) : n;
    }
}

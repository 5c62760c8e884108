package io.github.emporion.metrics.attribution;

import io.github.emporion.marketing.journey.Journey;
import io.github.emporion.marketing.journey.PathCount;
import io.github.emporion.marketing.touchpoint.Conversion;
import io.github.emporion.marketing.touchpoint.Touchpoint;
import io.github.emporion.money.CurrencyMismatchException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Adapters from core's marketing types to attribution rows, so journeys built with core ({@link
 * io.github.emporion.marketing.journey.JourneyBuilder}, {@link
 * io.github.emporion.marketing.journey.PathCountAccumulator}) flow into every model. They live here
 * because metrics depends on core and core knows nothing of attribution.
 *
 * <ul>
 *   <li>{@link #timed(Journey)}: the touchpoints' channel names and instants, the conversion instant
 *       and value; the visitor id becomes the journey id.
 *   <li>{@link #path(PathCount)}: the path, the counts and the value, as a {@link ChannelPath}.
 * </ul>
 *
 * <p><b>Money.</b> Attribution splits a value into fractional shares, so it works on plain numbers
 * in the amounts' unit (see the package notes). The converters therefore take the amount's number;
 * the list converters check that every amount has one currency and throw {@link
 * CurrencyMismatchException} otherwise, because adding EUR to USD would be meaningless.
 *
 * <p>Example: a journey of visitor {@code v1} with touches Email (Jan 1) and Direct (Jan 3) that
 * converted on Jan 3 for EUR 40 becomes {@code TimedJourney([Email, Direct], [Jan 1, Jan 3], Jan 3,
 * 40.0, v1)}.
 */
public final class CoreJourneys {

    private CoreJourneys() {}

    /**
     * Converts one core journey.
     *
     * @param journey the journey
     * @return the timed journey (id = visitor id, value = the conversion amount's number, 0 without
     *     conversion)
     */
    public static TimedJourney timed(Journey journey) {
        List<String> channels = journey.path();
        List<Instant> times = new ArrayList<>(channels.size());
        for (Touchpoint t : journey.touchpoints()) {
            times.add(t.timestamp());
        }
        Optional<Conversion> c = journey.conversion();
        double value = c.map(x -> number(x.value())).orElse(0.0);
        return new TimedJourney(channels, times, c.map(Conversion::timestamp), value, Optional.of(journey.visitorId()));
    }

    /**
     * Converts core journeys, checking that every conversion value has the same currency.
     *
     * @param journeys the journeys
     * @return the timed journeys in the same order
     * @throws CurrencyMismatchException if two conversion values have different currencies
     */
    public static List<TimedJourney> timed(Iterable<Journey> journeys) {
        List<TimedJourney> out = new ArrayList<>();
        CurrencyUnit currency = null;
        for (Journey j : journeys) {
            if (j.conversion().isPresent()) {
                currency =
                        check(currency, j.conversion().get().value(), "conversion value of visitor " + j.visitorId());
            }
            out.add(timed(j));
        }
        return out;
    }

    /**
     * Converts one core path-count row.
     *
     * @param row the row
     * @return the path row (counts and value as {@code double}s)
     */
    public static ChannelPath path(PathCount row) {
        return new ChannelPath(
                row.path(),
                row.conversions().doubleValue(),
                number(row.conversionValue()),
                row.nonConversions().doubleValue());
    }

    /**
     * Converts core path-count rows, checking that every value has the same currency.
     *
     * @param rows the rows
     * @return the path rows in the same order
     * @throws CurrencyMismatchException if two values have different currencies
     */
    public static List<ChannelPath> paths(Iterable<PathCount> rows) {
        List<ChannelPath> out = new ArrayList<>();
        CurrencyUnit currency = null;
        for (PathCount p : rows) {
            currency = check(currency, p.conversionValue(), "conversionValue of path " + p.pathString());
            out.add(path(p));
        }
        return out;
    }

    private static CurrencyUnit check(CurrencyUnit seen, MonetaryAmount amount, String field) {
        CurrencyUnit c = amount.getCurrency();
        if (seen != null && !seen.equals(c)) {
            throw new CurrencyMismatchException(field, seen, c);
        }
        return c;
    }

    private static double number(MonetaryAmount amount) {
        return amount.getNumber().numberValue(BigDecimal.class).doubleValue();
    }
}

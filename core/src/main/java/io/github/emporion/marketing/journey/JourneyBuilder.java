package io.github.emporion.marketing.journey;

import io.github.emporion.marketing.MarketingIds;
import io.github.emporion.marketing.touchpoint.Conversion;
import io.github.emporion.marketing.touchpoint.JourneyEvent;
import io.github.emporion.marketing.touchpoint.Touchpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Builds journeys from touchpoints and conversions, one visitor at a time. Immutable and
 * thread-safe.
 *
 * <p><b>Rules.</b> For each visitor, events are put in {@link #EVENT_ORDER} and walked in time:
 *
 * <ul>
 *   <li>touchpoints collect into the open path;
 *   <li>a conversion at instant {@code c} takes the open touchpoints with {@code c − lookback ≤ t ≤
 *       c} (both edges inclusive) as its journey and <em>closes</em> it: the open path starts empty
 *       again. Open touchpoints older than {@code c − lookback} are dropped and counted in {@link
 *       VisitorJourneys#expiredTouchpoints()}. A conversion whose window holds no touchpoint
 *       becomes an {@linkplain VisitorJourneys#unattributedConversions() unattributed conversion}
 *       (a journey always has at least one touchpoint);
 *   <li>touchpoints left open after the visitor's last conversion form one non-converting journey
 *       (no window applies: there is no conversion to look back from).
 * </ul>
 *
 * <p><b>Same-timestamp ordering.</b> Events at one instant are ordered deterministically,
 * independent of input order: touchpoints before conversions (a click in the same second as the
 * purchase counts toward it), touchpoints by {@link
 * io.github.emporion.marketing.touchpoint.InteractionType} in funnel order, then channel name, then
 * campaign id; conversions by order id; any remaining tie by the events' text form. Of two
 * conversions at one instant the first in this order takes the journey and the second is
 * unattributed.
 *
 * <p>Example: a search click on 1 March, an e-mail click on 20 March and a purchase on 5 April.
 * With the 30-day lookback the search click (35 days before the purchase) expires and the journey is
 * {@code [email] → purchase}; with a 40-day lookback it is {@code [search, email] → purchase}.
 *
 * <p><b>Modes.</b> {@link #build(Collection)} holds all events in memory; {@link
 * #stream(Iterator)} reads events sorted by visitor id (ascending, {@link String#compareTo}) and,
 * within a visitor, by non-decreasing timestamp, and keeps only one visitor's events at a time. Both
 * give the same journeys.
 */
public final class JourneyBuilder {

    /** The default lookback window: 30 days. */
    public static final Duration DEFAULT_LOOKBACK = Duration.ofDays(30);

    /** The deterministic order of one visitor's events; see the class comment. */
    public static final Comparator<JourneyEvent> EVENT_ORDER =
            Comparator.comparing(JourneyEvent::timestamp).thenComparing(JourneyBuilder::compareSameInstant);

    private final Duration lookback;

    private JourneyBuilder(Duration lookback) {
        this.lookback = lookback;
    }

    /**
     * Returns a builder with the default 30-day lookback window.
     *
     * @return the builder
     */
    public static JourneyBuilder withDefaultLookback() {
        return new JourneyBuilder(DEFAULT_LOOKBACK);
    }

    /**
     * Returns a builder with the given lookback window.
     *
     * @param lookback how far back from a conversion touchpoints count; positive
     * @return the builder
     * @throws IllegalArgumentException if {@code lookback} is zero or negative
     */
    public static JourneyBuilder withLookback(Duration lookback) {
        Objects.requireNonNull(lookback, "lookback");
        if (lookback.isNegative() || lookback.isZero()) {
            throw new IllegalArgumentException("lookback: " + lookback + " must be positive");
        }
        return new JourneyBuilder(lookback);
    }

    /**
     * Returns the lookback window.
     *
     * @return the window
     */
    public Duration lookback() {
        return lookback;
    }

    /**
     * Builds the journeys of one visitor.
     *
     * @param visitorId the visitor
     * @param events the visitor's touchpoints and conversions, in any order
     * @return the journeys, unattributed conversions and expired-touchpoint count
     * @throws IllegalArgumentException if an event belongs to another visitor
     */
    public VisitorJourneys buildVisitor(String visitorId, Collection<? extends JourneyEvent> events) {
        MarketingIds.require("visitorId", visitorId);
        List<JourneyEvent> sorted = new ArrayList<>(events);
        for (JourneyEvent e : sorted) {
            if (!e.visitorId().equals(visitorId)) {
                throw new IllegalArgumentException(
                        "events: event of visitor " + e.visitorId() + " among events of " + visitorId);
            }
        }
        sorted.sort(EVENT_ORDER);
        List<Journey> journeys = new ArrayList<>();
        List<Conversion> unattributed = new ArrayList<>();
        List<Touchpoint> open = new ArrayList<>();
        long expired = 0;
        for (JourneyEvent e : sorted) {
            if (e instanceof Touchpoint t) {
                open.add(t);
            } else if (e instanceof Conversion c) {
                Instant from = c.timestamp().minus(lookback);
                int first = 0;
                while (first < open.size() && open.get(first).timestamp().isBefore(from)) {
                    first++;
                }
                expired += first;
                List<Touchpoint> window = open.subList(first, open.size());
                if (window.isEmpty()) {
                    unattributed.add(c);
                } else {
                    journeys.add(Journey.converted(window, c));
                }
                open.clear();
            }
        }
        if (!open.isEmpty()) {
            journeys.add(Journey.notConverted(open));
        }
        return new VisitorJourneys(visitorId, journeys, unattributed, expired);
    }

    /**
     * Builds the journeys of every visitor, in memory.
     *
     * @param events touchpoints and conversions of any visitors, in any order
     * @return one result per visitor, sorted by visitor id
     */
    public List<VisitorJourneys> build(Collection<? extends JourneyEvent> events) {
        Map<String, List<JourneyEvent>> byVisitor = new TreeMap<>();
        for (JourneyEvent e : events) {
            byVisitor.computeIfAbsent(e.visitorId(), k -> new ArrayList<>()).add(e);
        }
        List<VisitorJourneys> out = new ArrayList<>(byVisitor.size());
        byVisitor.forEach((visitor, list) -> out.add(buildVisitor(visitor, list)));
        return out;
    }

    /**
     * Builds the journeys of every visitor from sorted input, keeping one visitor's events in
     * memory at a time. The returned iterator is lazy: it reads the input as it is advanced.
     *
     * @param sortedEvents events sorted by visitor id ascending and, within a visitor, by
     *     non-decreasing timestamp
     * @return one result per visitor, in input order
     * @throws IllegalStateException (from the iterator) when the input is out of order; the message
     *     names the offending visitor and timestamps
     */
    public Iterator<VisitorJourneys> stream(Iterator<? extends JourneyEvent> sortedEvents) {
        Objects.requireNonNull(sortedEvents, "sortedEvents");
        return new Iterator<>() {
            private @Nullable JourneyEvent pending;
            private @Nullable String lastVisitor;

            @Override
            public boolean hasNext() {
                return pending != null || sortedEvents.hasNext();
            }

            @Override
            public VisitorJourneys next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("no more visitors");
                }
                JourneyEvent first = pending != null ? pending : sortedEvents.next();
                pending = null;
                String visitor = first.visitorId();
                if (lastVisitor != null && lastVisitor.compareTo(visitor) >= 0) {
                    throw new IllegalStateException("sortedEvents: visitor " + visitor + " comes after visitor "
                            + lastVisitor + "; input must be sorted by visitor id ascending");
                }
                List<JourneyEvent> buffer = new ArrayList<>();
                buffer.add(first);
                Instant previous = first.timestamp();
                while (sortedEvents.hasNext()) {
                    JourneyEvent e = sortedEvents.next();
                    if (!e.visitorId().equals(visitor)) {
                        pending = e;
                        break;
                    }
                    if (e.timestamp().isBefore(previous)) {
                        throw new IllegalStateException("sortedEvents: timestamps out of order for visitor " + visitor
                                + ": " + e.timestamp() + " after " + previous);
                    }
                    previous = e.timestamp();
                    buffer.add(e);
                }
                lastVisitor = visitor;
                return buildVisitor(visitor, buffer);
            }
        };
    }

    private static int compareSameInstant(JourneyEvent a, JourneyEvent b) {
        if (a instanceof Touchpoint ta && b instanceof Touchpoint tb) {
            return Comparator.comparing(Touchpoint::interactionType)
                    .thenComparing(t -> t.channel().name())
                    .thenComparing(t -> t.campaignId().orElse(""))
                    .thenComparing(Touchpoint::toString)
                    .compare(ta, tb);
        }
        if (a instanceof Conversion ca && b instanceof Conversion cb) {
            return Comparator.comparing((Conversion c) -> c.orderId().orElse(""))
                    .thenComparing(Conversion::toString)
                    .compare(ca, cb);
        }
        return a instanceof Touchpoint ? -1 : 1;
    }
}

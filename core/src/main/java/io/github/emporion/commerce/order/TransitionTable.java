package io.github.emporion.commerce.order;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * An explicit transition table for one lifecycle axis (order, payment, shipment, return): the
 * allowed moves are data, rows of {@code (from, event) → to}, and one method enforces them.
 *
 * <p>A row may allow more than one target for an event (a shipment takes an order to
 * {@code PARTIALLY_SHIPPED} or {@code SHIPPED}, depending on what is left); the operation computes
 * the target and the table says whether that move is legal. A self-loop (from = to) is a legal
 * event that does not change the state of this axis, e.g. authorizing a payment while the order
 * stays {@code PENDING_PAYMENT}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <S> the state enum of the axis
 */
public final class TransitionTable<S extends Enum<S>> {
    private final Class<S> type;
    private final Map<S, Map<OrderEventType, Set<S>>> rows;

    private TransitionTable(Class<S> type, Map<S, Map<OrderEventType, Set<S>>> rows) {
        this.type = type;
        this.rows = rows;
    }

    /**
     * Starts a table for a state enum.
     *
     * @param type the state enum's class
     * @param <S> the state enum
     * @return an empty builder
     */
    static <S extends Enum<S>> Builder<S> builder(Class<S> type) {
        return new Builder<>(type);
    }

    /**
     * Returns the states an event may lead to from a state.
     *
     * @param from the current state
     * @param event the event
     * @return the allowed targets, empty if the event is not allowed in {@code from}
     */
    public Set<S> targets(S from, OrderEventType event) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(event, "event");
        return rows.getOrDefault(from, Map.of()).getOrDefault(event, Set.of());
    }

    /**
     * Returns the events allowed in a state.
     *
     * @param from the current state
     * @return the events with at least one allowed target; empty for a terminal state
     */
    public Set<OrderEventType> events(S from) {
        Objects.requireNonNull(from, "from");
        Map<OrderEventType, Set<S>> own = rows.getOrDefault(from, Map.of());
        return own.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(own.keySet()));
    }

    /**
     * Tells whether a move is allowed.
     *
     * @param from the current state
     * @param event the event
     * @param to the state the event would lead to
     * @return true if the table has the row {@code (from, event) → to}
     */
    public boolean allows(S from, OrderEventType event, S to) {
        return targets(from, event).contains(Objects.requireNonNull(to, "to"));
    }

    /**
     * Tells whether a state has no way out.
     *
     * @param state the state
     * @return true if no event is allowed in {@code state}
     */
    public boolean isTerminal(S state) {
        return events(state).isEmpty();
    }

    /**
     * Throws unless the move is allowed.
     *
     * @param order the order the move belongs to
     * @param subject what moves, e.g. {@code "order"}, {@code "shipment S1"}, {@code "return R1"}
     * @param from the current state
     * @param event the event
     * @param to the computed target
     * @throws IllegalStateException naming the order, the subject, both states and the event, if the
     *     table has no such row
     */
    void require(OrderId order, String subject, S from, OrderEventType event, S to) {
        if (!allows(from, event, to)) {
            StringJoiner allowed = new StringJoiner(", ", "[", "]");
            rows.getOrDefault(from, Map.of()).forEach((e, targets) -> allowed.add(e + "->" + targets));
            throw new IllegalStateException("order " + order + ": illegal transition of " + subject + " from " + from
                    + " to " + to + " on event " + event + " (allowed from " + from + ": " + allowed + ")");
        }
    }

    /** Returns the table as rows, e.g. {@code OrderStatus{PENDING_PAYMENT: {CAPTURE->[PAID], ...}, ...}}. */
    @Override
    public String toString() {
        return type.getSimpleName() + rows;
    }

    /**
     * Collects the rows of a table.
     *
     * @param <S> the state enum
     */
    static final class Builder<S extends Enum<S>> {
        private final Class<S> type;
        private final Map<S, Map<OrderEventType, Set<S>>> rows;

        private Builder(Class<S> type) {
            this.type = type;
            this.rows = new EnumMap<>(type);
        }

        @SafeVarargs
        final Builder<S> allow(S from, OrderEventType event, S... to) {
            Set<S> targets = rows.computeIfAbsent(from, k -> new EnumMap<>(OrderEventType.class))
                    .computeIfAbsent(event, k -> EnumSet.noneOf(type));
            for (S target : to) {
                targets.add(target);
            }
            return this;
        }

        TransitionTable<S> build() {
            Map<S, Map<OrderEventType, Set<S>>> frozen = new EnumMap<>(type);
            rows.forEach((from, byEvent) -> {
                Map<OrderEventType, Set<S>> copy = new EnumMap<>(OrderEventType.class);
                byEvent.forEach((e, targets) -> copy.put(e, Collections.unmodifiableSet(EnumSet.copyOf(targets))));
                frozen.put(from, Collections.unmodifiableMap(copy));
            });
            return new TransitionTable<>(type, Collections.unmodifiableMap(frozen));
        }
    }
}

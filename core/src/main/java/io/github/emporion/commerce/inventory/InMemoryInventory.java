package io.github.emporion.commerce.inventory;

import io.github.emporion.commerce.catalog.Sku;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A thread-safe {@link Inventory} held in memory, for tests, examples and single-process shops.
 *
 * <p>All methods take one lock, so a multi-SKU reservation is atomic and counts are never seen
 * half-updated. That is simple and correct; it serialises writers, which is fine for the
 * thousands of reservations per second an in-memory store sees. Reservation ids are {@code R1},
 * {@code R2}, … in creation order.
 */
public final class InMemoryInventory implements Inventory {
    private final Object lock = new Object();
    private final Map<Sku, StockLevel> levels = new HashMap<>();
    private final Map<String, Reservation> reservations = new LinkedHashMap<>();
    private final AtomicLong nextId = new AtomicLong(1);

    /** Creates an empty inventory. */
    public InMemoryInventory() {}

    @Override
    public StockLevel level(Sku sku) {
        Objects.requireNonNull(sku, "sku");
        synchronized (lock) {
            return levels.getOrDefault(sku, new StockLevel(sku, 0, 0));
        }
    }

    @Override
    public StockLevel receive(Sku sku, long quantity) {
        requirePositive(sku, quantity);
        synchronized (lock) {
            StockLevel old = level(sku);
            StockLevel updated = new StockLevel(sku, Math.addExact(old.onHand(), quantity), old.reserved());
            levels.put(sku, updated);
            return updated;
        }
    }

    @Override
    public StockLevel writeOff(Sku sku, long quantity) {
        requirePositive(sku, quantity);
        synchronized (lock) {
            StockLevel old = level(sku);
            if (quantity > old.available()) {
                throw new InsufficientStockException(sku, quantity, old.available());
            }
            StockLevel updated = new StockLevel(sku, old.onHand() - quantity, old.reserved());
            levels.put(sku, updated);
            return updated;
        }
    }

    @Override
    public List<Reservation> reserveAll(Map<Sku, Long> quantities, Instant expiresAt) {
        Objects.requireNonNull(quantities, "quantities");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (quantities.isEmpty()) {
            throw new IllegalArgumentException("reservation quantities must not be empty");
        }
        quantities.forEach(this::requirePositive);
        synchronized (lock) {
            for (Map.Entry<Sku, Long> e : quantities.entrySet()) {
                long available = level(e.getKey()).available();
                if (e.getValue() > available) {
                    throw new InsufficientStockException(e.getKey(), e.getValue(), available);
                }
            }
            List<Reservation> made = new ArrayList<>(quantities.size());
            for (Map.Entry<Sku, Long> e : quantities.entrySet()) {
                StockLevel old = level(e.getKey());
                levels.put(e.getKey(), new StockLevel(e.getKey(), old.onHand(), old.reserved() + e.getValue()));
                Reservation r = new Reservation("R" + nextId.getAndIncrement(), e.getKey(), e.getValue(), expiresAt);
                reservations.put(r.id(), r);
                made.add(r);
            }
            return List.copyOf(made);
        }
    }

    @Override
    public Optional<Reservation> reservation(String reservationId) {
        Objects.requireNonNull(reservationId, "reservationId");
        synchronized (lock) {
            return Optional.ofNullable(reservations.get(reservationId));
        }
    }

    @Override
    public Reservation release(String reservationId) {
        synchronized (lock) {
            Reservation r = open(reservationId);
            StockLevel old = level(r.sku());
            levels.put(r.sku(), new StockLevel(r.sku(), old.onHand(), old.reserved() - r.quantity()));
            reservations.remove(reservationId);
            return r;
        }
    }

    @Override
    public Optional<Reservation> commit(String reservationId, long quantity) {
        synchronized (lock) {
            Reservation r = open(reservationId);
            if (quantity < 1 || quantity > r.quantity()) {
                throw new IllegalArgumentException("commit quantity for reservation " + reservationId
                        + " must be between 1 and " + r.quantity() + ": " + quantity);
            }
            StockLevel old = level(r.sku());
            levels.put(r.sku(), new StockLevel(r.sku(), old.onHand() - quantity, old.reserved() - quantity));
            if (quantity == r.quantity()) {
                reservations.remove(reservationId);
                return Optional.empty();
            }
            Reservation rest = new Reservation(r.id(), r.sku(), r.quantity() - quantity, r.expiresAt());
            reservations.put(r.id(), rest);
            return Optional.of(rest);
        }
    }

    @Override
    public List<Reservation> releaseExpired(Instant now) {
        Objects.requireNonNull(now, "now");
        synchronized (lock) {
            List<Reservation> expired = new ArrayList<>();
            for (Reservation r : reservations.values()) {
                if (!r.expiresAt().isAfter(now)) {
                    expired.add(r);
                }
            }
            expired.forEach(r -> release(r.id()));
            return List.copyOf(expired);
        }
    }

    private Reservation open(String reservationId) {
        Objects.requireNonNull(reservationId, "reservationId");
        Reservation r = reservations.get(reservationId);
        if (r == null) {
            throw new IllegalArgumentException(
                    "reservationId must name an open reservation: '" + reservationId + "' is unknown or closed");
        }
        return r;
    }

    private void requirePositive(Sku sku, long quantity) {
        Objects.requireNonNull(sku, "sku");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity of " + sku + " must be >= 1: " + quantity);
        }
    }

    @Override
    public String toString() {
        synchronized (lock) {
            return "InMemoryInventory[" + levels.size() + " SKUs, " + reservations.size() + " open reservations]";
        }
    }
}

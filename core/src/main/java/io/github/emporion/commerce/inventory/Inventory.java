package io.github.emporion.commerce.inventory;

import io.github.emporion.commerce.catalog.Sku;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stock per SKU with reservations: the contract a shop backs with its database (one row per SKU
 * with {@code on_hand} and {@code reserved}, one per reservation, updated in a transaction) and
 * that {@link InMemoryInventory} implements in memory.
 *
 * <p>Life of a unit (commercetools' {@code ReserveOnOrder}, OFBiz's inventory reservations):
 * <pre>
 *   receive ──► on hand ──reserve──► reserved ──commit (shipment)──► gone
 *                  ▲                     │
 *                  └──release (cancel, expiry)
 * </pre>
 *
 * <p>Contract for implementations: counts never go negative ({@code 0 ≤ reserved ≤ onHand});
 * every method is atomic (it changes everything or nothing); implementations are thread-safe.
 * Unknown SKUs have a level of zero on hand.
 */
public interface Inventory {

    /**
     * Returns the stock of a SKU.
     *
     * @param sku the SKU
     * @return its level; zero on hand and reserved if never received
     */
    StockLevel level(Sku sku);

    /**
     * Adds units to the stock on hand (goods received, returns put back to stock).
     *
     * @param sku the SKU
     * @param quantity the units received, at least 1
     * @return the new level
     * @throws IllegalArgumentException if {@code quantity < 1}
     */
    StockLevel receive(Sku sku, long quantity);

    /**
     * Removes units from the stock on hand that are not reserved (a write-off or stock count
     * correction).
     *
     * @param sku the SKU
     * @param quantity the units removed, from 1 to the available quantity
     * @return the new level
     * @throws IllegalArgumentException if {@code quantity < 1}
     * @throws InsufficientStockException if fewer units are available
     */
    StockLevel writeOff(Sku sku, long quantity);

    /**
     * Reserves units of several SKUs at once, all or nothing: the call a checkout makes.
     *
     * @param quantities the units wanted per SKU, each at least 1, not empty
     * @param expiresAt when the reservations lapse if neither committed nor released
     * @return one reservation per SKU, in the map's iteration order
     * @throws IllegalArgumentException if the map is empty or a quantity is below 1
     * @throws InsufficientStockException if any SKU lacks stock; nothing is reserved then
     */
    List<Reservation> reserveAll(Map<Sku, Long> quantities, Instant expiresAt);

    /**
     * Reserves units of one SKU.
     *
     * @param sku the SKU
     * @param quantity the units wanted, at least 1
     * @param expiresAt when the reservation lapses
     * @return the reservation
     * @throws IllegalArgumentException if {@code quantity < 1}
     * @throws InsufficientStockException if fewer units are available
     */
    default Reservation reserve(Sku sku, long quantity, Instant expiresAt) {
        return reserveAll(Map.of(sku, quantity), expiresAt).get(0);
    }

    /**
     * Finds an open reservation.
     *
     * @param reservationId the id
     * @return the reservation with the units it still holds, or empty if unknown, fully
     *     committed or released
     */
    Optional<Reservation> reservation(String reservationId);

    /**
     * Releases the units a reservation still holds back to the available stock (order cancelled,
     * cart abandoned).
     *
     * @param reservationId the id
     * @return the released reservation
     * @throws IllegalArgumentException if there is no open reservation with that id
     */
    Reservation release(String reservationId);

    /**
     * Commits some units of a reservation: they leave the stock (shipped). A partial shipment
     * commits part of the quantity; the rest stays reserved.
     *
     * @param reservationId the id
     * @param quantity the units shipped, from 1 to the reservation's quantity
     * @return the reservation with the units it still holds, or empty if fully committed
     * @throws IllegalArgumentException if there is no open reservation with that id or the
     *     quantity is out of range
     */
    Optional<Reservation> commit(String reservationId, long quantity);

    /**
     * Releases every reservation whose {@code expiresAt} is at or before {@code now}.
     *
     * @param now the current instant
     * @return the released reservations
     */
    List<Reservation> releaseExpired(Instant now);
}

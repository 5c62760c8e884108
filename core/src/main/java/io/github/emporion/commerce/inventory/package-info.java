/**
 * Stock per SKU: on hand, reserved and available, with reservations that are released (cancel,
 * expiry) or committed (shipment). {@link io.github.emporion.commerce.inventory.Inventory} is the
 * contract a database can implement; {@link io.github.emporion.commerce.inventory.InMemoryInventory}
 * is a thread-safe implementation.
 */
@NullMarked
package io.github.emporion.commerce.inventory;

import org.jspecify.annotations.NullMarked;

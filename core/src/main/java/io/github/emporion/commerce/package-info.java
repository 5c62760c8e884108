/**
 * The transaction side of Emporion: catalog, inventory, cart and pricing (and, in sibling
 * packages, customers and orders).
 */
@NullMarked
package io.github.emporion.commerce;

import org.jspecify.annotations.NullMarked;

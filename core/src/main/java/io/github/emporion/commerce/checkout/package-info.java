/**
 * Checkout: turns a valid cart into an immutable order snapshot, prices as charged, and reserves
 * its stock, or refuses with a clear reason and changes nothing.
 */
@NullMarked
package io.github.emporion.commerce.checkout;

import org.jspecify.annotations.NullMarked;

/** The immutable shopping cart: one currency, one line per SKU, quantity limits enforced. */
@NullMarked
package io.github.emporion.commerce.cart;

import org.jspecify.annotations.NullMarked;

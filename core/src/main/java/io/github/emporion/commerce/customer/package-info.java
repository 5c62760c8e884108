/**
 * Customers: an identifier and a customer type that analytics may see, contact details (personal
 * data) kept in a separate value whose {@code toString()} never prints them, and marketing consent
 * per channel with its full grant / withdraw history.
 *
 * <p>Personal data rule: no type in this package prints an e-mail address, a phone number or a
 * postal address in {@code toString()}, and no validation message quotes them, so that logs and
 * exception traces stay free of personal data.
 */
@NullMarked
package io.github.emporion.commerce.customer;

import org.jspecify.annotations.NullMarked;

/**
 * The sample shop: a deterministic, seeded generator of a realistic small online shop over one
 * year, used by the {@code emporion demo} report, the teaching examples and tests.
 *
 * <p>{@link io.github.emporion.sample.SampleShop#generate(long)} returns an immutable data set: the
 * catalogue, customers, marketing channels and campaigns with daily performance and monthly
 * budgets, touchpoints, sessions with funnel steps, carts (most abandoned), priced orders with
 * payments, partial shipments, returns and refunds, and conversions linked to orders. The same seed
 * always gives the same shop.
 */
@NullMarked
package io.github.emporion.sample;

import org.jspecify.annotations.NullMarked;

/**
 * The catalog: products, their SKUs (variants), prices per currency with quantity tiers, tax
 * categories and per-order quantity limits. Everything here is immutable.
 */
@NullMarked
package io.github.emporion.commerce.catalog;

import org.jspecify.annotations.NullMarked;

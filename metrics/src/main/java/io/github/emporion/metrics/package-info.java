/**
 * KPI formulas, statistics and attribution models over Emporion's core domain types.
 */
@NullMarked
package io.github.emporion.metrics;

import org.jspecify.annotations.NullMarked;

/**
 * The KPI catalogue: every KPI id Emporion computes, with its unit, direction, formula text and
 * variants, and its name and one-line description in English, Arabic and Greek (resource bundles
 * {@code KpiMessages}); plus locale-aware presentation of results ({@link
 * io.github.emporion.metrics.catalog.KpiFormat}).
 */
@NullMarked
package io.github.emporion.metrics.catalog;

import org.jspecify.annotations.NullMarked;

/**
 * Uncertainty for proportion KPIs and A/B comparisons: binomial confidence intervals (Wilson by
 * default, Agresti–Coull, Clopper–Pearson) at any level, the pooled two-proportion z-test, the
 * Newcombe hybrid score interval for a difference and the relative lift. Quantiles and the beta
 * distribution come from Hipparchus. Values are {@code double}: these are statistical estimates,
 * not bookkeeping.
 */
@NullMarked
package io.github.emporion.metrics.stats;

import org.jspecify.annotations.NullMarked;

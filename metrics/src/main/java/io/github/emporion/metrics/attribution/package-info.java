/**
 * Multi-touch channel attribution: which channels deserve credit for conversions.
 *
 * <p>Input is either aggregated path counts ({@link io.github.emporion.metrics.attribution.ChannelPath},
 * read in ChannelAttribution's CSV layout by {@link io.github.emporion.metrics.attribution.PathCsvReader})
 * or timed journeys ({@link io.github.emporion.metrics.attribution.TimedJourney}). The models are
 * rule-based ({@link io.github.emporion.metrics.attribution.RuleBasedModel}, {@link
 * io.github.emporion.metrics.attribution.TimeDecayModel}), the k-order Markov chain removal effect
 * solved exactly ({@link io.github.emporion.metrics.attribution.MarkovModel}) and the Shapley value
 * ({@link io.github.emporion.metrics.attribution.ShapleyModel}). The single entry point is {@link
 * io.github.emporion.metrics.attribution.Attribution}; every model also exposes a mergeable {@link
 * io.github.emporion.aggregate.Accumulator} so the same code runs in a loop, a parallel stream or a
 * distributed engine.
 *
 * <p>Every result names the model and its parameters ({@link
 * io.github.emporion.metrics.attribution.AttributionResult}).
 *
 * <h2>Design notes</h2>
 *
 * <ul>
 *   <li><b>Exact sums.</b> Accumulators add credits and transition weights with an exact
 *       (Shewchuk) sum rounded once, so results do not depend on row order or on how rows were
 *       split and merged: the split-and-merge law holds bit for bit, and the parallel file run
 *       equals the sequential one.
 *   <li><b>Solver.</b> The Markov chain is solved exactly, (I − Q) x = r, once for the full chain
 *       and once per channel with its states removed: dense LU with partial pivoting up to 400
 *       transient states, sparse symmetric Gauss–Seidel to machine precision above. No external
 *       linear-algebra dependency is needed for systems of this shape (a few thousand states at
 *       order 4 with 12 channels).
 *   <li><b>Values.</b> Conversion values are plain {@code double}s in the input's unit (the value
 *       column of a path file); money enters only in {@link
 *       io.github.emporion.metrics.attribution.AttributionComparison} (spend, CPA).
 *   <li><b>Differences from the references</b> (ChannelAttribution, DP6): fractional conversion
 *       counts are kept; values of non-converting rows are ignored; empty paths, touches after the
 *       conversion and Markov data without conversions are rejected; last-non-direct excludes a
 *       set of names, case-insensitive by default.
 * </ul>
 */
@NullMarked
package io.github.emporion.metrics.attribution;

import org.jspecify.annotations.NullMarked;

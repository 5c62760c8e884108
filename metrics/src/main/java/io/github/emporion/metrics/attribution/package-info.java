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
 * <h2>Multi-model runs on timed journeys</h2>
 *
 * <p>{@link io.github.emporion.metrics.attribution.Attribution#runJourneys(AttributionOptions,
 * Iterable)} (or {@code runJourneys(options, Path)} over a file read by {@link
 * io.github.emporion.metrics.attribution.TimedJourneyCsvReader}) runs the models named in {@link
 * io.github.emporion.metrics.attribution.AttributionOptions} ({@code first, last, last_non_direct,
 * linear, position, time_decay, markov, shapley}, and {@code position_decay}) in one pass and
 * returns an {@link io.github.emporion.metrics.attribution.AttributionRun}: results keyed by model
 * name plus per-journey credit. Core's journeys and path counts enter through {@link
 * io.github.emporion.metrics.attribution.CoreJourneys}.
 *
 * <h2>DP6 and GA4 parity: each reference column and the options that reproduce it</h2>
 *
 * <table>
 *   <caption>DP6 Marketing-Attribution-Models 1.0.11 and GA4 time decay (see {@code
 *   metrics/ATTRIBUTION.md})</caption>
 *   <tr><th>reference column</th><th>model and options</th></tr>
 *   <tr><td>{@code first_click}, {@code last_click}, {@code linear}</td><td>{@code first}, {@code
 *       last}, {@code linear}</td></tr>
 *   <tr><td>{@code last_non_direct_click} ({@code but_not_this_channel='direct'})</td><td>{@code
 *       last_non_direct}, {@code direct-channels=direct}, {@code direct-ignore-case=false}</td></tr>
 *   <tr><td>{@code position_based}, {@code position_decay}</td><td>{@code position} (0.4,0.2,0.4),
 *       {@code position_decay}</td></tr>
 *   <tr><td>{@code time_decay} (DP6, 0.5 and 168 h)</td><td>{@code time_decay}, {@code
 *       time-decay=stepped}, {@code half-life=7d}</td></tr>
 *   <tr><td>GA4 {@code time_decay}</td><td>{@code time_decay}, {@code time-decay=exponential},
 *       {@code half-life=7d}</td></tr>
 *   <tr><td>{@code markov_conversions}, {@code markov_removal_effect_conversions}</td><td>{@code
 *       markov}, {@code markov-nulls=false}</td></tr>
 *   <tr><td>{@code markov_value}, {@code markov_removal_effect_value}</td><td>{@code markov},
 *       {@code markov-value=shares} (value, value removal effects)</td></tr>
 *   <tr><td>{@code markov_unweighted_conversions}, {@code
 *       markov_unweighted_removal_effect_conversions}</td><td>{@code markov}, {@code
 *       markov-nulls=true}</td></tr>
 *   <tr><td>{@code markov_unweighted_value}</td><td>{@code markov}, {@code markov-nulls=true},
 *       {@code markov-value=conversion-shares}</td></tr>
 *   <tr><td>{@code shapley} ({@code size=4})</td><td>{@code shapley}, {@code shapley=exact-set},
 *       {@code shapley-max-channels=4}</td></tr>
 *   <tr><td>{@code shapley_size8}</td><td>{@code shapley}, {@code shapley=exact-set}</td></tr>
 *   <tr><td>{@code shapley_size8_order}</td><td>{@code shapley}, {@code shapley=exact-set}, {@code
 *       shapley-order=first-touch}</td></tr>
 *   <tr><td>{@code shapley_size8_vcount_conversions}, {@code
 *       shapley_size8_vvalue_value}</td><td>{@code shapley}, {@code shapley=exact-set-raw}</td></tr>
 * </table>
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

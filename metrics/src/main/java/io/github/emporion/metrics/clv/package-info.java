/**
 * Customer lifetime value: customer summaries (RFM) from transactions, the BG/NBD purchase model
 * (Fader, Hardie &amp; Lee 2005), the Gamma-Gamma spend model (Fader &amp; Hardie 2013), discounted
 * predictive CLV, historical CLV and cohort retention curves.
 *
 * <p>Typical use:
 *
 * <pre>{@code
 * CustomerLedger ledger = transactions.stream()
 *         .collect(Accumulators.collector(() -> new CustomerLedgerAccumulator(ZoneOffset.UTC)));
 * CustomerSummaries summaries = ledger.summaries(ClvTimeUnit.WEEKS, LocalDate.parse("1997-09-30"));
 * ClvAnalysis analysis = CustomerLifetimeValue.analyse(summaries, ClvOptions.defaults());
 * }</pre>
 *
 * <p><b>Time unit.</b> Every summary, fitted model and horizon carries its {@link
 * io.github.emporion.metrics.clv.ClvTimeUnit}; combining different units is an {@link
 * IllegalArgumentException}, and discounting periods are converted by the library, so the
 * "30 weeks per month" trap of some Python tutorials cannot happen silently.
 *
 * <p><b>Design notes.</b>
 *
 * <ul>
 *   <li>Purchases on the same calendar day (in the ledger's {@link java.time.ZoneId}) are one
 *       purchase, as in the BG/NBD literature; x counts repeat purchase <em>days</em>. A summary
 *       built from a ledger reproduces the published CDNOW summary exactly (to its 2-dp rounding).
 *   <li>Times are doubles in the stated unit; {@code MONTHS} means the mean Gregorian month of
 *       30.4375 days for summaries and horizons, and calendar months for cohort retention.
 *   <li>Money enters as {@link javax.money.MonetaryAmount} and is summed exactly in {@link
 *       java.math.BigDecimal}; the model statistics (z̄, E[M], CLV) are doubles in currency units,
 *       and {@link io.github.emporion.metrics.clv.ClvPrediction#clvAmount} rounds a CLV half-even
 *       to the currency's minor unit for reports.
 *   <li>Fits maximise the likelihood over log-parameters with Hipparchus' BOBYQA; a fit that does
 *       not converge, or whose parameters run off to 0 or ∞, is returned flagged in {@link
 *       io.github.emporion.metrics.clv.FitDiagnostics}, never silently.
 *   <li>₂F₁ is summed as a positive-term Gauss series with running rescaling (log space); the
 *       closed forms' 0/0 at a = 1 is bridged by interpolating between a = 1 ± 1e-5.
 *   <li>Results are keyed by customer id, never by position.
 * </ul>
 */
@NullMarked
package io.github.emporion.metrics.clv;

import org.jspecify.annotations.NullMarked;

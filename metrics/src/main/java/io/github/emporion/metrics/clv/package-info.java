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
 */
@NullMarked
package io.github.emporion.metrics.clv;

import org.jspecify.annotations.NullMarked;

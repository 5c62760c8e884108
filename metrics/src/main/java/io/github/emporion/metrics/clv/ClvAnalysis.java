package io.github.emporion.metrics.clv;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * The result of {@link CustomerLifetimeValue#analyse(CustomerSummaries, ClvOptions)}: both fits,
 * the options used and one prediction per customer (keyed by customer id, in the summaries'
 * order).
 *
 * @param unit the time unit of the data and of the BG/NBD model
 * @param purchases the BG/NBD fit
 * @param spend the Gamma-Gamma fit
 * @param options the options used
 * @param predictions one row per customer
 * @param currency the currency of monetary values and CLV, empty when built from plain numbers
 */
public record ClvAnalysis(
        ClvTimeUnit unit,
        BgNbdFit purchases,
        GammaGammaFit spend,
        ClvOptions options,
        List<ClvPrediction> predictions,
        Optional<CurrencyUnit> currency) {

    /** Validates and copies. */
    public ClvAnalysis {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(purchases, "purchases");
        Objects.requireNonNull(spend, "spend");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(currency, "currency");
        predictions = List.copyOf(predictions);
    }

    /**
     * Returns true if both fits converged.
     *
     * @return whether the predictions rest on converged fits
     */
    public boolean converged() {
        return purchases.diagnostics().converged() && spend.diagnostics().converged();
    }
}

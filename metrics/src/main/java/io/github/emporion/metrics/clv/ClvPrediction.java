package io.github.emporion.metrics.clv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * The model predictions for one customer: one row of the CLV report.
 *
 * @param customerId the customer's identifier
 * @param frequency x, repeat purchases in the calibration period
 * @param recency t_x, in the summaries' unit
 * @param age T, in the summaries' unit
 * @param monetaryValue z̄, mean repeat-purchase value
 * @param probabilityAlive P(alive | x, t_x, T) from BG/NBD
 * @param expectedPurchases E[Y(t) | x, t_x, T] over the purchase horizon t
 * @param expectedAverageSpend E[M | x, z̄] from Gamma-Gamma (the population mean when x = 0)
 * @param clv the discounted expected value over the {@link ClvHorizon}, in currency units
 */
public record ClvPrediction(
        String customerId,
        int frequency,
        double recency,
        double age,
        double monetaryValue,
        double probabilityAlive,
        double expectedPurchases,
        double expectedAverageSpend,
        double clv) {

    /** Validates. */
    public ClvPrediction {
        Objects.requireNonNull(customerId, "customerId");
    }

    /**
     * Returns the CLV as money, rounded half-even to the currency's default fraction digits (0 for
     * JPY, 2 for EUR, 3 for KWD): the rounding step for a report.
     *
     * @param currency the currency of the summaries' monetary values
     * @return the rounded amount
     * @throws IllegalStateException if the CLV is not finite
     */
    public MonetaryAmount clvAmount(CurrencyUnit currency) {
        Objects.requireNonNull(currency, "currency");
        if (!Double.isFinite(clv)) {
            throw new IllegalStateException("clv is not finite for customer " + customerId + ": " + clv);
        }
        BigDecimal value = BigDecimal.valueOf(clv)
                .setScale(Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.HALF_EVEN);
        return Money.of(value, currency);
    }
}

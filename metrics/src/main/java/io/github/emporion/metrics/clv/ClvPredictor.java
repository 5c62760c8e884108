package io.github.emporion.metrics.clv;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Predictive customer lifetime value from a BG/NBD purchase model and a Gamma-Gamma spend model.
 *
 * <p>Formula (the discounted-cash-flow recipe of lifetimes and pymc-marketing), with L the period
 * length converted into the BG/NBD model's unit and d the rate per period:
 *
 * <pre>
 * CLV_i = Σ_{k=1..K} E[M_i] · ( E[Y(k·L) | i] − E[Y((k−1)·L) | i] ) / (1 + d)^k,   E[Y(0) | i] = 0
 * </pre>
 *
 * <p>Expected purchases in period k times the expected spend, discounted at the end of period k.
 * K = 0 gives 0. Worked example (CDNOW weekly, published parameters, K = 12 periods of 4.345 weeks,
 * d = 0.01): customer 1 (x = 2, t_x = 30.43, T = 38.86, z̄ = 22.35) has CLV 36.29.
 *
 * <p>The period length is converted by the library and the summary must be in the model's unit
 * (else {@link IllegalArgumentException}), so a horizon of "months" can never be read as 30 weeks.
 */
public final class ClvPredictor {

    private final BgNbdModel purchases;
    private final GammaGammaModel spend;

    private ClvPredictor(BgNbdModel purchases, GammaGammaModel spend) {
        this.purchases = Objects.requireNonNull(purchases, "purchases");
        this.spend = Objects.requireNonNull(spend, "spend");
    }

    /**
     * Creates a predictor.
     *
     * @param purchases the BG/NBD model (its unit is the unit of every summary given)
     * @param spend the Gamma-Gamma model
     * @return the predictor
     */
    public static ClvPredictor of(BgNbdModel purchases, GammaGammaModel spend) {
        return new ClvPredictor(purchases, spend);
    }

    /**
     * Returns the BG/NBD model.
     *
     * @return the purchase model
     */
    public BgNbdModel purchases() {
        return purchases;
    }

    /**
     * Returns the Gamma-Gamma model.
     *
     * @return the spend model
     */
    public GammaGammaModel spend() {
        return spend;
    }

    /**
     * Returns the discounted expected value of a customer over {@code horizon}.
     *
     * @param customer the summary, in the BG/NBD model's unit
     * @param horizon the discounting schedule
     * @return CLV in currency units
     * @throws IllegalArgumentException if the summary's unit is not the model's
     */
    public double clv(CustomerSummary customer, ClvHorizon horizon) {
        Objects.requireNonNull(horizon, "horizon");
        purchases.requireUnit(customer);
        double length = purchases.unit().convert(horizon.periodLength(), horizon.periodUnit());
        double spendPerPurchase = spend.conditionalExpectedAverageSpend(customer);
        double previous = 0;
        double total = 0;
        for (int k = 1; k <= horizon.periods(); k++) {
            double current = purchases.conditionalExpectedPurchases(customer, k * length);
            total += spendPerPurchase * (current - previous) / Math.pow(1 + horizon.discountRate(), k);
            previous = current;
        }
        return total;
    }

    /**
     * Predicts one customer.
     *
     * @param customer the summary, in the BG/NBD model's unit
     * @param purchaseHorizon the horizon t of {@link ClvPrediction#expectedPurchases()}, in the
     *     model's unit, ≥ 0
     * @param horizon the discounting schedule of {@link ClvPrediction#clv()}
     * @return the prediction
     * @throws IllegalArgumentException if the summary's unit is not the model's
     */
    public ClvPrediction predict(CustomerSummary customer, double purchaseHorizon, ClvHorizon horizon) {
        return new ClvPrediction(
                customer.customerId(),
                customer.frequency(),
                customer.recency(),
                customer.age(),
                customer.monetaryValue(),
                purchases.probabilityAlive(customer),
                purchases.conditionalExpectedPurchases(customer, purchaseHorizon),
                spend.conditionalExpectedAverageSpend(customer),
                clv(customer, horizon));
    }

    /**
     * Predicts every customer, in the summaries' order.
     *
     * @param customers the summaries, in the BG/NBD model's unit
     * @param purchaseHorizon the horizon of expected purchases, in the model's unit
     * @param horizon the discounting schedule
     * @return one prediction per customer
     * @throws IllegalArgumentException if the summaries' unit is not the model's
     */
    public List<ClvPrediction> predictAll(CustomerSummaries customers, double purchaseHorizon, ClvHorizon horizon) {
        List<ClvPrediction> out = new ArrayList<>(customers.size());
        for (CustomerSummary c : customers.customers()) {
            out.add(predict(c, purchaseHorizon, horizon));
        }
        return List.copyOf(out);
    }
}

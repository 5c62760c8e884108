package io.github.emporion.metrics.attribution;

import io.github.emporion.aggregate.Accumulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Time-decay attribution: touches closer to the conversion get more credit. With Δt_i the time from
 * touch i to the conversion and H the half-life, each touch of a converting journey gets the weight
 *
 * <pre>
 *   continuous (Google Analytics' former model):  u_i = 2^(−Δt_i / H)
 *   stepped (DP6 Marketing-Attribution-Models):   u_i = 0.5^⌊Δt_i / H⌋   (whole half-lives)
 *   w_i = u_i / Σ_j u_j
 * </pre>
 *
 * and its channel receives w_i of the conversion and of its value (per touch, repeats kept).
 * Non-converting journeys credit nothing but register their channels. No lookback window is
 * applied. The default half-life is 7 days.
 *
 * <p>Edge cases: touches at the same instant share equally; a journey whose touches are all within
 * one half-life is split linearly by the stepped variant; a touch after the conversion is rejected
 * by {@link TimedJourney}; the weights never underflow to all-zero because they are computed
 * relative to the latest touch.
 *
 * <p>Worked example (H = 7 days): touches 14, 7 and 0 days before the conversion get u = 1/4, 1/2,
 * 1, so w = 1/7, 2/7, 4/7 in both variants. Touches 13, 6 and 1 day before get [0.2, 0.4, 0.4]
 * stepped and about [0.1592, 0.3184, 0.5224] continuous.
 *
 * @param halfLife the half-life H, positive
 * @param stepped whether the decay steps per whole half-life (DP6) instead of continuously
 */
public record TimeDecayModel(Duration halfLife, boolean stepped) {

    /** Validates. */
    public TimeDecayModel {
        if (halfLife.isNegative() || halfLife.isZero()) {
            throw new IllegalArgumentException("halfLife must be positive, was " + halfLife);
        }
    }

    /**
     * Returns the continuous model with a 7-day half-life.
     *
     * @return the default time decay
     */
    public static TimeDecayModel sevenDays() {
        return new TimeDecayModel(Duration.ofDays(7), false);
    }

    /**
     * Returns the model's name.
     *
     * @return {@code time_decay}
     */
    public String name() {
        return "time_decay";
    }

    /**
     * Returns the parameters.
     *
     * @return half-life (ISO-8601) and variant
     */
    public Map<String, String> parameters() {
        return Params.of("half_life", halfLife, "variant", stepped ? "stepped" : "continuous");
    }

    /**
     * Returns the normalised weights of a converting journey's touches.
     *
     * @param journey the journey
     * @return one weight per touch, summing to 1
     * @throws IllegalArgumentException if the journey did not convert
     */
    public double[] weights(TimedJourney journey) {
        var conv = journey.conversionTime()
                .orElseThrow(() -> new IllegalArgumentException("time decay needs a converting journey"));
        List<java.time.Instant> t = journey.touchTimes();
        int n = t.size();
        double[] u = new double[n];
        double h = halfLife.getSeconds() + halfLife.getNano() / 1e9;
        // exponents relative to the latest touch (the largest weight), so nothing underflows to 0
        double dLast = Duration.between(t.get(n - 1), conv).getSeconds();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            Duration d = Duration.between(t.get(i), conv);
            if (stepped) {
                long steps = d.dividedBy(halfLife);
                long lastSteps = Duration.ofSeconds((long) dLast).dividedBy(halfLife);
                u[i] = Math.scalb(1.0, (int) -Math.min(1100, steps - lastSteps));
            } else {
                double s = d.getSeconds() + d.getNano() / 1e9;
                u[i] = Math.pow(2.0, -(s - dLast) / h);
            }
            sum += u[i];
        }
        for (int i = 0; i < n; i++) {
            u[i] /= sum;
        }
        return u;
    }

    /**
     * Returns the per-touch credit of one journey (empty credits of 0 if it did not convert).
     *
     * @param journey the journey
     * @return one credit per touch
     */
    public List<TouchCredit> touchCredits(TimedJourney journey) {
        List<TouchCredit> out = new ArrayList<>();
        double[] w = journey.converted()
                ? weights(journey)
                : new double[journey.channels().size()];
        for (int i = 0; i < w.length; i++) {
            out.add(new TouchCredit(i, journey.channels().get(i), w[i], w[i] * journey.value()));
        }
        return out;
    }

    /**
     * Creates an empty accumulator.
     *
     * @return a new accumulator
     */
    public Acc newAccumulator() {
        return new Acc(this);
    }

    /**
     * Attributes journeys in one pass.
     *
     * @param journeys the journeys
     * @return the credit per channel
     */
    public AttributionResult attribute(Iterable<TimedJourney> journeys) {
        Acc acc = newAccumulator();
        journeys.forEach(acc::add);
        return acc.result();
    }

    /** The mergeable accumulator of time-decay credit (exact per-channel sums). */
    public static final class Acc implements Accumulator<TimedJourney, AttributionResult, Acc> {
        private final TimeDecayModel model;
        private final CreditTable table = new CreditTable();

        private Acc(TimeDecayModel model) {
            this.model = model;
        }

        @Override
        public Acc add(TimedJourney row) {
            if (!row.converted()) {
                row.channels().forEach(table::channel);
                return this;
            }
            double[] w = model.weights(row);
            table.addTotals(1, row.value());
            for (int i = 0; i < w.length; i++) {
                table.credit(row.channels().get(i), w[i], w[i] * row.value());
            }
            return this;
        }

        @Override
        public Acc merge(Acc other) {
            if (!model.equals(other.model)) {
                throw new IllegalArgumentException("cannot merge accumulators of " + model + " and " + other.model);
            }
            table.merge(other.table);
            return this;
        }

        @Override
        public AttributionResult result() {
            return table.result(model.name(), model.parameters());
        }
    }
}

package io.github.emporion.metrics.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the Markov order (ChannelAttribution's {@code choose_order}): for each order k the chain
 * scores every path by the conversion probability of its last state, p_s = S(s → conversion) /
 * (S(s → conversion) + S(s → null)), and the score's ROC curve against the data is summarised by a
 * penalised AUC.
 *
 * <ul>
 *   <li>ROC: {@code rocPoints} thresholds t_j = min p + j · (max p − min p) / (rocPoints − 1); at
 *       each, TPR = Σ c over paths with p ≥ t_j / Σ c and FPR = Σ n over those paths / Σ n;
 *       together with (0, 0) and (1, 1), sorted, the area under the curve by trapezoids.
 *   <li>Penalty for the number of possible states q = C(m + k − 1, k) (m channels), N = Σ (c + n):
 *       pauc = 1 − (1 − auc) · (N − 1) / (N − q − 1), set to 0 outside [0, 1]. An order is scored
 *       only if q &lt; N.
 *   <li>Suggested order: the largest pauc (the smallest order on ties).
 * </ul>
 *
 * <p>Edge cases: needs conversions and non-conversions (otherwise the ROC is undefined and {@link
 * IllegalArgumentException} is thrown); if every path has the same p the AUC is 0.5.
 *
 * <p>Example: on ChannelAttribution's example data pauc is 0.5086, 0.5169, 0.5259, 0.5357 for k =
 * 1 … 4, so order 4 is suggested.
 */
public final class MarkovOrderSelection {

    private MarkovOrderSelection() {}

    /**
     * The score of one order.
     *
     * @param order the Markov order
     * @param auc the area under the ROC curve
     * @param pauc the penalised AUC, empty if the order has too many possible states (q ≥ N)
     */
    public record OrderScore(int order, double auc, Optional<Double> pauc) {}

    /**
     * The scores and the suggested order.
     *
     * @param scores one score per order, 1 to the maximum
     * @param suggestedOrder the order with the largest pauc
     */
    public record Selection(List<OrderScore> scores, int suggestedOrder) {
        /** Copies. */
        public Selection {
            scores = List.copyOf(scores);
        }
    }

    /**
     * Scores orders 1 to {@code maxOrder} in one pass over the rows, with 100 ROC points.
     *
     * @param paths the rows (non-conversion counts are needed)
     * @param maxOrder 1 to {@link MarkovModel#MAX_ORDER}
     * @return the scores and the suggestion
     */
    public static Selection choose(Iterable<ChannelPath> paths, int maxOrder) {
        return choose(paths, maxOrder, 100);
    }

    /**
     * Scores orders 1 to {@code maxOrder} in one pass over the rows.
     *
     * @param paths the rows
     * @param maxOrder 1 to {@link MarkovModel#MAX_ORDER}
     * @param rocPoints number of ROC thresholds, at least 2
     * @return the scores and the suggestion
     */
    public static Selection choose(Iterable<ChannelPath> paths, int maxOrder, int rocPoints) {
        if (maxOrder < 1 || maxOrder > MarkovModel.MAX_ORDER) {
            throw new IllegalArgumentException(
                    "maxOrder must be between 1 and " + MarkovModel.MAX_ORDER + ", was " + maxOrder);
        }
        if (rocPoints < 2) {
            throw new IllegalArgumentException("rocPoints must be at least 2, was " + rocPoints);
        }
        List<TransitionCounts> fits = new ArrayList<>();
        for (int k = 1; k <= maxOrder; k++) {
            fits.add(MarkovModel.order(k).newAccumulator());
        }
        for (ChannelPath p : paths) {
            fits.forEach(f -> f.add(p));
        }
        List<OrderScore> scores = new ArrayList<>();
        for (int k = 1; k <= maxOrder; k++) {
            scores.add(score(fits.get(k - 1), k, rocPoints));
        }
        int best = scores.stream()
                .filter(s -> s.pauc().isPresent())
                .max(Comparator.comparingDouble((OrderScore s) -> s.pauc().orElseThrow())
                        .thenComparing(OrderScore::order, Comparator.reverseOrder()))
                .map(OrderScore::order)
                .orElse(1);
        return new Selection(scores, best);
    }

    private static OrderScore score(TransitionCounts t, int order, int rocPoints) {
        double totalC = t.totalConversions();
        double totalN = t.totalNulls();
        if (!(totalC > 0) || !(totalN > 0)) {
            throw new IllegalArgumentException(
                    "choosing an order needs conversions and non-conversions, had " + totalC + " and " + totalN);
        }
        // per last state: Σc and Σn of the paths ending there, and its score p
        Map<Long, double[]> last = new LinkedHashMap<>();
        t.counts().forEach((from, row) -> {
            ExactSum c = row.get(TransitionCounts.CONVERSION);
            ExactSum n = row.get(TransitionCounts.NULL);
            if (c != null || n != null) {
                double cv = c == null ? 0 : c.value();
                double nv = n == null ? 0 : n.value();
                last.put(from, new double[] {cv, nv, cv / (cv + nv)});
            }
        });
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] s : last.values()) {
            lo = Math.min(lo, s[2]);
            hi = Math.max(hi, s[2]);
        }
        List<double[]> roc = new ArrayList<>();
        roc.add(new double[] {0, 0});
        roc.add(new double[] {1, 1});
        for (int j = 0; j < rocPoints; j++) {
            double threshold = lo + (hi - lo) * j / (rocPoints - 1);
            double tp = 0;
            double fp = 0;
            for (double[] s : last.values()) {
                if (s[2] >= threshold) {
                    tp += s[0];
                    fp += s[1];
                }
            }
            roc.add(new double[] {fp / totalN, tp / totalC});
        }
        roc.sort(Comparator.<double[]>comparingDouble(x -> x[0]).thenComparingDouble(x -> x[1]));
        double auc = 0;
        for (int i = 1; i < roc.size(); i++) {
            double[] a = roc.get(i - 1);
            double[] b = roc.get(i);
            auc += (b[0] - a[0]) * (a[1] + b[1]) / 2;
        }
        double bigN = totalC + totalN;
        double q = binomial(t.channels().size() + order - 1, order);
        Optional<Double> pauc = Optional.empty();
        if (q < bigN) {
            double p = 1 - (1 - auc) * (bigN - 1) / (bigN - q - 1);
            pauc = Optional.of(p < 0 || p > 1 ? 0.0 : p);
        }
        return new OrderScore(order, auc, pauc);
    }

    private static double binomial(int n, int k) {
        double r = 1;
        for (int i = 1; i <= k; i++) {
            r = r * (n - k + i) / i;
        }
        return r;
    }
}

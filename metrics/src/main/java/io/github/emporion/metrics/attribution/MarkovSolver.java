package io.github.emporion.metrics.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Solves the absorbing chain of a {@link TransitionCounts}: once for the full chain and once per
 * removed channel. Dense LU for small chains, symmetric Gauss–Seidel for large sparse ones.
 */
final class MarkovSolver {

    /** Up to this many kept transient states, the system is solved by dense LU. */
    static final int DENSE_LIMIT = 400;

    private static final int MAX_SWEEPS = 1_000_000;

    private final int n;
    private final int[] rowPtr;
    private final int[] col;
    private final double[] prob;
    private final double[] rConv;
    private final double[] rValue;

    private MarkovSolver(int n, int[] rowPtr, int[] col, double[] prob, double[] rConv, double[] rValue) {
        this.n = n;
        this.rowPtr = rowPtr;
        this.col = col;
        this.prob = prob;
        this.rConv = rConv;
        this.rValue = rValue;
    }

    static MarkovResult solve(TransitionCounts t) {
        double totalC = t.totalConversions();
        double totalV = t.totalValue();
        if (!(totalC > 0)) {
            throw new IllegalStateException("no conversions: the Markov removal effects are undefined (0/0)");
        }
        Map<Long, LinkedHashMap<Long, ExactSum>> counts = t.counts();
        List<Long> keys = new ArrayList<>(counts.keySet());
        if (keys.isEmpty() || keys.get(0) != TransitionCounts.START) {
            throw new IllegalStateException("transition counts must start at (start)");
        }
        int n = keys.size();
        Map<Long, Integer> pos = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            pos.put(keys.get(i), i);
        }
        int[] rowPtr = new int[n + 1];
        List<Integer> cols = new ArrayList<>();
        List<Double> probs = new ArrayList<>();
        double[] rConv = new double[n];
        double[] rValue = new double[n];
        List<Transition> transitions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long from = keys.get(i);
            LinkedHashMap<Long, ExactSum> row = counts.get(from);
            ExactSum total = new ExactSum();
            row.values().forEach(total::add);
            double rowTotal = total.value();
            MarkovState fromState = t.state(from);
            for (Map.Entry<Long, ExactSum> e : row.entrySet()) {
                double w = e.getValue().value();
                double p = w / rowTotal;
                long to = e.getKey();
                transitions.add(new Transition(fromState, t.state(to), w, p));
                if (to == TransitionCounts.CONVERSION) {
                    ExactSum[] ls = t.lastStates().get(from);
                    double mu = ls[1].value() / ls[0].value();
                    rConv[i] = p;
                    rValue[i] = p * mu;
                } else if (to != TransitionCounts.NULL) {
                    cols.add(pos.get(to));
                    probs.add(p);
                }
            }
            rowPtr[i + 1] = cols.size();
        }
        MarkovSolver s = new MarkovSolver(
                n,
                rowPtr,
                cols.stream().mapToInt(Integer::intValue).toArray(),
                probs.stream().mapToDouble(Double::doubleValue).toArray(),
                rConv,
                rValue);
        double[] full = s.startValues(new boolean[n]);
        double pConv = full[0];
        double ev = full[1];

        List<String> channels = t.channels();
        int m = channels.size();
        boolean[][] contains = new boolean[m][n];
        for (int i = 1; i < n; i++) {
            for (int c : t.decode(keys.get(i))) {
                contains[c][i] = true;
            }
        }
        double[] re = new double[m];
        double[] reValue = new double[m];
        double sumRe = 0;
        double sumReValue = 0;
        for (int c = 0; c < m; c++) {
            boolean any = false;
            for (boolean b : contains[c]) {
                any |= b;
            }
            if (any) {
                double[] x = s.startValues(contains[c]);
                re[c] = clamp(1 - x[0] / pConv);
                reValue[c] = ev != 0 ? clamp(1 - x[1] / ev) : 0.0;
            }
            sumRe += re[c];
            sumReValue += reValue[c];
        }
        MarkovModel model = t.model();
        Map<String, Double> valueChainRe = Map.of();
        if (model.value() == MarkovModel.Value.SHARES) {
            TransitionCounts vc = t.valueChain().orElseThrow();
            // a value-weighted chain without value has no removal effects: nothing to share
            valueChainRe = vc.totalConversions() > 0 ? solve(vc).removalEffects() : Map.of();
        }
        Map<String, Double> reMap = new LinkedHashMap<>();
        Map<String, Double> reValueMap = new LinkedHashMap<>();
        for (int c = 0; c < m; c++) {
            String name = channels.get(c);
            reMap.put(name, re[c]);
            switch (model.value()) {
                case CHAIN -> reValueMap.put(name, reValue[c]);
                case SHARES -> reValueMap.put(name, valueChainRe.getOrDefault(name, 0.0));
                case CONVERSION_SHARES -> reValueMap.put(name, re[c]);
            }
        }
        if (model.value() != MarkovModel.Value.CHAIN) {
            ExactSum reValueSum = new ExactSum();
            reValueMap.values().forEach(reValueSum::add);
            sumReValue = reValueSum.value();
        }
        List<ChannelCredit> credits = new ArrayList<>(m);
        for (int c = 0; c < m; c++) {
            String name = channels.get(c);
            double conv = sumRe > 0 ? re[c] / sumRe * totalC : 0.0;
            double val = sumReValue > 0 ? reValueMap.get(name) / sumReValue * totalV : 0.0;
            credits.add(new ChannelCredit(name, conv, val));
        }
        AttributionResult attribution =
                new AttributionResult(model.name(), model.parameters(), credits, totalC, totalV);
        return new MarkovResult(attribution, reMap, reValueMap, pConv, ev, n + 2, transitions);
    }

    private static double clamp(double re) {
        return Math.max(0.0, Math.min(1.0, re));
    }

    /**
     * Returns {x_conv(start), x_value(start)} of the chain without the removed states (transitions
     * into them go to (null)).
     */
    double[] startValues(boolean[] removed) {
        int kept = 0;
        for (boolean r : removed) {
            kept += r ? 0 : 1;
        }
        return kept <= DENSE_LIMIT ? dense(removed, kept) : gaussSeidel(removed);
    }

    private double[] dense(boolean[] removed, int m) {
        int[] map = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            map[i] = removed[i] ? -1 : k++;
        }
        double[][] a = new double[m][m];
        double[][] b = new double[m][2];
        for (int i = 0; i < n; i++) {
            int r = map[i];
            if (r < 0) {
                continue;
            }
            a[r][r] += 1.0;
            b[r][0] = rConv[i];
            b[r][1] = rValue[i];
            for (int e = rowPtr[i]; e < rowPtr[i + 1]; e++) {
                int c = map[col[e]];
                if (c >= 0) {
                    a[r][c] -= prob[e];
                }
            }
        }
        luSolve(a, b);
        return b[0].clone();
    }

    /** Solves a x = b in place (b becomes x) by LU with partial pivoting. */
    static void luSolve(double[][] a, double[][] b) {
        int m = a.length;
        for (int k = 0; k < m; k++) {
            int p = k;
            double max = Math.abs(a[k][k]);
            for (int i = k + 1; i < m; i++) {
                if (Math.abs(a[i][k]) > max) {
                    max = Math.abs(a[i][k]);
                    p = i;
                }
            }
            if (max == 0) {
                throw new IllegalStateException("singular chain: a transient state never reaches an absorbing state");
            }
            if (p != k) {
                double[] tmp = a[p];
                a[p] = a[k];
                a[k] = tmp;
                tmp = b[p];
                b[p] = b[k];
                b[k] = tmp;
            }
            double[] ak = a[k];
            double pivot = ak[k];
            for (int i = k + 1; i < m; i++) {
                double[] ai = a[i];
                double f = ai[k] / pivot;
                if (f == 0) {
                    continue;
                }
                ai[k] = 0;
                for (int j = k + 1; j < m; j++) {
                    ai[j] -= f * ak[j];
                }
                for (int j = 0; j < b[i].length; j++) {
                    b[i][j] -= f * b[k][j];
                }
            }
        }
        for (int k = m - 1; k >= 0; k--) {
            for (int j = 0; j < b[k].length; j++) {
                double s = b[k][j];
                for (int i = k + 1; i < m; i++) {
                    s -= a[k][i] * b[i][j];
                }
                b[k][j] = s / a[k][k];
            }
        }
    }

    private double[] gaussSeidel(boolean[] removed) {
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        double previous = Double.MAX_VALUE;
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double d1 = 0;
            double d2 = 0;
            double scale1 = Double.MIN_NORMAL;
            double scale2 = Double.MIN_NORMAL;
            boolean forward = (sweep & 1) == 0;
            for (int step = 0; step < n; step++) {
                int i = forward ? step : n - 1 - step;
                if (removed[i]) {
                    continue;
                }
                double s1 = rConv[i];
                double s2 = rValue[i];
                double diag = 0;
                for (int e = rowPtr[i]; e < rowPtr[i + 1]; e++) {
                    int j = col[e];
                    if (j == i) {
                        diag += prob[e];
                    } else if (!removed[j]) {
                        s1 += prob[e] * x1[j];
                        s2 += prob[e] * x2[j];
                    }
                }
                s1 /= 1 - diag;
                s2 /= 1 - diag;
                d1 = Math.max(d1, Math.abs(s1 - x1[i]));
                d2 = Math.max(d2, Math.abs(s2 - x2[i]));
                x1[i] = s1;
                x2[i] = s2;
                scale1 = Math.max(scale1, Math.abs(s1));
                scale2 = Math.max(scale2, Math.abs(s2));
            }
            double rel = Math.max(d1 == 0 ? 0 : d1 / scale1, d2 == 0 ? 0 : d2 / scale2);
            double delta = rel;
            if (rel == 0 || rel <= 0x1p-62 || (rel <= 1e-15 && delta >= previous)) {
                return new double[] {x1[0], x2[0]};
            }
            previous = delta;
        }
        throw new IllegalStateException("Gauss-Seidel did not converge in " + MAX_SWEEPS + " sweeps");
    }
}

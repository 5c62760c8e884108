package io.github.emporion.metrics.attribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The classic Shapley value (Shapley 1953) of a cooperative game with a pluggable characteristic
 * function v (v(∅) = 0):
 *
 * <pre>
 *   φ_i = Σ_{S ⊆ N∖{i}} |S|! (n − |S| − 1)! / n! · [ v(S ∪ {i}) − v(S) ]
 * </pre>
 *
 * i.e. player i's marginal contribution averaged over all n! orders in which the players can
 * arrive. Efficiency: Σ φ_i = v(N). Up to {@link #EXACT_LIMIT} players it is computed exactly by
 * enumerating the 2ⁿ coalitions (O(n·2ⁿ)); beyond, by averaging the marginal contributions over
 * seeded random permutations (unbiased; the sampling error shrinks as 1/√permutations, and every
 * sample keeps Σ φ_i = v(N) exactly up to rounding).
 *
 * <p>Worked example (players A, B, C; v(A) = 10, v(B) = 6, v(C) = 0, v(AB) = 28, v(AC) = 16,
 * v(BC) = 9, v(ABC) = 46): φ_A = 1/3·10 + 1/6·22 + 1/6·16 + 1/3·37 = 22, φ_B = 16.5, φ_C = 7.5;
 * sum 46 = v(ABC).
 */
public final class ShapleyValue {

    /** The largest number of players computed by exact enumeration. */
    public static final int EXACT_LIMIT = 20;

    private ShapleyValue() {}

    /** A characteristic function: the worth of a coalition of players. */
    @FunctionalInterface
    public interface CharacteristicFunction {
        /**
         * Returns the worth of a coalition.
         *
         * @param coalition the players (never null; the empty set must have worth 0)
         * @return the worth
         */
        double worth(Set<String> coalition);
    }

    /**
     * Computes the Shapley values: exactly up to {@link #EXACT_LIMIT} players, otherwise by
     * {@code permutations} seeded random permutations.
     *
     * @param players the distinct players
     * @param v the characteristic function
     * @param permutations the number of sampled permutations beyond the exact limit, positive
     * @param seed the sampling seed
     * @return φ per player, in the players' order
     */
    public static Map<String, Double> of(List<String> players, CharacteristicFunction v, int permutations, long seed) {
        List<String> p = List.copyOf(new LinkedHashSet<>(players));
        if (p.size() != players.size()) {
            throw new IllegalArgumentException("players must be distinct, were " + players);
        }
        if (permutations < 1) {
            throw new IllegalArgumentException("permutations must be positive, was " + permutations);
        }
        double[] phi;
        if (p.size() <= EXACT_LIMIT) {
            double[] worth = new double[1 << p.size()];
            for (int mask = 1; mask < worth.length; mask++) {
                worth[mask] = v.worth(members(p, mask));
            }
            phi = exact(worth, p.size());
        } else {
            phi = sampled(
                    p.size(),
                    order -> {
                        double[] marginal = new double[order.length];
                        Set<String> s = new LinkedHashSet<>();
                        double before = 0;
                        for (int i : order) {
                            s.add(p.get(i));
                            double after = v.worth(Set.copyOf(s));
                            marginal[i] = after - before;
                            before = after;
                        }
                        return marginal;
                    },
                    permutations,
                    seed);
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < p.size(); i++) {
            out.put(p.get(i), phi[i]);
        }
        return out;
    }

    private static Set<String> members(List<String> players, int mask) {
        Set<String> s = new LinkedHashSet<>();
        for (int i = 0; i < players.size(); i++) {
            if ((mask & (1 << i)) != 0) {
                s.add(players.get(i));
            }
        }
        return s;
    }

    /**
     * Exact Shapley values from the worths of all 2ⁿ coalitions, indexed by bit mask (bit i =
     * player i).
     */
    static double[] exact(double[] worth, int n) {
        double[] weight = new double[Math.max(1, n)];
        // w(s) = s!(n-s-1)!/n!: w(0) = 1/n, w(s) = w(s-1) * s / (n - s)
        weight[0] = 1.0 / n;
        for (int s = 1; s < n; s++) {
            weight[s] = weight[s - 1] * s / (n - s);
        }
        double[] phi = new double[n];
        for (int i = 0; i < n; i++) {
            int bit = 1 << i;
            ExactSum sum = new ExactSum();
            for (int mask = 0; mask < worth.length; mask++) {
                if ((mask & bit) == 0) {
                    double d = worth[mask | bit] - worth[mask];
                    if (d != 0) {
                        sum.add(weight[Integer.bitCount(mask)] * d);
                    }
                }
            }
            phi[i] = sum.value();
        }
        return phi;
    }

    /** Marginal contributions of every player for one arrival order. */
    @FunctionalInterface
    interface Marginals {
        double[] of(int[] order);
    }

    /** Averages marginal contributions over seeded random permutations (Fisher–Yates). */
    static double[] sampled(int n, Marginals marginals, int permutations, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ExactSum> sums = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sums.add(new ExactSum());
        }
        int[] order = new int[n];
        for (int k = 0; k < permutations; k++) {
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            double[] m = marginals.of(order);
            for (int i = 0; i < n; i++) {
                sums.get(i).add(m[i]);
            }
        }
        double[] phi = new double[n];
        for (int i = 0; i < n; i++) {
            phi[i] = sums.get(i).value() / permutations;
        }
        return phi;
    }
}

package io.github.emporion.metrics.attribution;

import io.github.emporion.aggregate.Accumulator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The mergeable state of a {@link ShapleyModel}: per coalition (the distinct channels of a path in
 * first-appearance order) the exact sums of conversions, value and journeys (c + n), plus every
 * channel seen, in first-appearance order.
 */
public final class CoalitionCounts implements Accumulator<ChannelPath, AttributionResult, CoalitionCounts> {

    private static final int CONVERSIONS = 0;
    private static final int VALUE = 1;
    private static final int JOURNEYS = 2;

    private final ShapleyModel model;
    final LinkedHashSet<String> channels = new LinkedHashSet<>();
    final LinkedHashMap<List<String>, ExactSum[]> coalitions = new LinkedHashMap<>();
    final ExactSum totalConversions = new ExactSum();
    final ExactSum totalValue = new ExactSum();

    /**
     * Creates an empty accumulator.
     *
     * @param model the model
     */
    public CoalitionCounts(ShapleyModel model) {
        this.model = model;
    }

    @Override
    public CoalitionCounts add(ChannelPath row) {
        channels.addAll(row.channels());
        List<String> key = List.copyOf(new LinkedHashSet<>(row.channels()));
        ExactSum[] s = sums(coalitions, key);
        s[CONVERSIONS].add(row.conversions());
        s[VALUE].add(row.effectiveValue());
        s[JOURNEYS].add(row.conversions() + row.nonConversions());
        totalConversions.add(row.conversions());
        totalValue.add(row.effectiveValue());
        return this;
    }

    private static ExactSum[] sums(Map<List<String>, ExactSum[]> map, List<String> key) {
        return map.computeIfAbsent(key, k -> new ExactSum[] {new ExactSum(), new ExactSum(), new ExactSum()});
    }

    @Override
    public CoalitionCounts merge(CoalitionCounts other) {
        if (!model.equals(other.model)) {
            throw new IllegalArgumentException("cannot merge counts of " + model + " and " + other.model);
        }
        if (other == this) {
            throw new IllegalArgumentException("cannot merge an accumulator with itself");
        }
        channels.addAll(other.channels);
        other.coalitions.forEach((k, v) -> {
            ExactSum[] s = sums(coalitions, k);
            for (int i = 0; i < 3; i++) {
                s[i].add(v[i]);
            }
        });
        totalConversions.add(other.totalConversions);
        totalValue.add(other.totalValue);
        return this;
    }

    @Override
    public AttributionResult result() {
        List<String> players = new ArrayList<>(channels);
        double[][] credit = switch (model.game()) {
            case SIMPLIFIED -> simplified(players);
            case SUBCOALITION_CONVERSIONS -> subcoalition(players);
            case EXACT_SET_CONVERSION_RATE, EXACT_SET_COUNTS -> exactSets(players);
        };
        List<ChannelCredit> out = new ArrayList<>(players.size());
        for (int i = 0; i < players.size(); i++) {
            out.add(new ChannelCredit(players.get(i), credit[0][i], credit[1][i]));
        }
        return new AttributionResult(
                model.name(), model.parameters(), out, totalConversions.value(), totalValue.value());
    }

    private static Map<String, Integer> positions(List<String> players) {
        Map<String, Integer> pos = new HashMap<>();
        for (int i = 0; i < players.size(); i++) {
            pos.put(players.get(i), i);
        }
        return pos;
    }

    private double[][] simplified(List<String> players) {
        Map<String, Integer> pos = positions(players);
        ExactSum[][] acc = new ExactSum[2][players.size()];
        for (ExactSum[] row : acc) {
            for (int i = 0; i < row.length; i++) {
                row[i] = new ExactSum();
            }
        }
        coalitions.forEach((key, s) -> {
            double c = s[CONVERSIONS].value() / key.size();
            double v = s[VALUE].value() / key.size();
            for (String ch : key) {
                acc[0][pos.get(ch)].add(c);
                acc[1][pos.get(ch)].add(v);
            }
        });
        double[][] out = new double[2][players.size()];
        for (int i = 0; i < players.size(); i++) {
            out[0][i] = acc[0][i].value();
            out[1][i] = acc[1][i].value();
        }
        return out;
    }

    private double[][] subcoalition(List<String> players) {
        int n = players.size();
        Map<String, Integer> pos = positions(players);
        List<int[]> members = new ArrayList<>();
        List<double[]> worth = new ArrayList<>();
        coalitions.forEach((key, s) -> {
            members.add(key.stream().mapToInt(pos::get).toArray());
            worth.add(new double[] {s[CONVERSIONS].value(), s[VALUE].value()});
        });
        double[][] out = new double[2][];
        if (n <= ShapleyValue.EXACT_LIMIT) {
            for (int col = 0; col < 2; col++) {
                double[] v = new double[1 << n];
                for (int k = 0; k < members.size(); k++) {
                    int mask = 0;
                    for (int m : members.get(k)) {
                        mask |= 1 << m;
                    }
                    v[mask] += worth.get(k)[col];
                }
                // v(S) = Σ_{T ⊆ S} R(T): subset-sum (zeta) transform
                for (int i = 0; i < n; i++) {
                    int bit = 1 << i;
                    for (int mask = 0; mask < v.length; mask++) {
                        if ((mask & bit) != 0) {
                            v[mask] += v[mask ^ bit];
                        }
                    }
                }
                out[col] = ShapleyValue.exact(v, n);
            }
        } else {
            for (int col = 0; col < 2; col++) {
                int c = col;
                out[col] = ShapleyValue.sampled(
                        n,
                        order -> {
                            int[] rank = new int[n];
                            for (int r = 0; r < n; r++) {
                                rank[order[r]] = r;
                            }
                            double[] marginal = new double[n];
                            for (int k = 0; k < members.size(); k++) {
                                int last = -1;
                                for (int m : members.get(k)) {
                                    if (last < 0 || rank[m] > rank[last]) {
                                        last = m;
                                    }
                                }
                                // the coalition's worth arrives with its last member
                                marginal[last] += worth.get(k)[c];
                            }
                            return marginal;
                        },
                        model.permutations(),
                        model.seed());
            }
        }
        return out;
    }

    private double[][] exactSets(List<String> players) {
        Map<String, Integer> pos = positions(players);
        ExactSum[][] acc = new ExactSum[2][players.size()];
        for (ExactSum[] row : acc) {
            for (int i = 0; i < row.length; i++) {
                row[i] = new ExactSum();
            }
        }
        exactSetCredits().forEach((key, credit) -> {
            for (int i = 0; i < key.size(); i++) {
                int p = pos.get(key.get(i));
                acc[0][p].add(credit[0][i]);
                acc[1][p].add(credit[1][i]);
            }
        });
        double[][] out = new double[2][players.size()];
        for (int i = 0; i < players.size(); i++) {
            out[0][i] = acc[0][i].value();
            out[1][i] = acc[1][i].value();
        }
        return out;
    }

    /** Conversions, value and journeys per canonical coalition key. */
    private Map<List<String>, double[]> keyTotals() {
        LinkedHashMap<List<String>, ExactSum[]> byKey = new LinkedHashMap<>();
        coalitions.forEach((key, s) -> {
            ExactSum[] t = sums(byKey, model.coalitionKey(key));
            for (int i = 0; i < 3; i++) {
                t[i].add(s[i]);
            }
        });
        Map<List<String>, double[]> values = new LinkedHashMap<>();
        byKey.forEach((k, s) ->
                values.put(k, new double[] {s[CONVERSIONS].value(), s[VALUE].value(), s[JOURNEYS].value()}));
        return values;
    }

    /**
     * The exact-set games: per converting canonical key N, the conversions (row 0) and value (row 1)
     * each member (in key order) receives from N's game. Rate game: φ_i / v(N) times N's conversions
     * and value; count games: the raw φ_i of the conversions game and of the value game.
     */
    Map<List<String>, double[][]> exactSetCredits() {
        Map<List<String>, double[]> values = keyTotals();
        boolean rate = model.game() == ShapleyModel.Game.EXACT_SET_CONVERSION_RATE;
        Map<List<String>, double[][]> out = new LinkedHashMap<>();
        for (Map.Entry<List<String>, double[]> e : values.entrySet()) {
            List<String> key = e.getKey();
            double[] own = e.getValue();
            if (!(own[CONVERSIONS] > 0)) {
                continue;
            }
            double[][] shares = new double[2][key.size()];
            // rate game: one worth (conversion rate) rescaled to conversions and to value;
            // count game: raw φ of the conversions game and of the value game
            int games = rate ? 1 : 2;
            for (int g = 0; g < games; g++) {
                int col = g;
                ShapleyValue.CharacteristicFunction worth = coalition -> {
                    if (coalition.isEmpty()) {
                        return 0.0;
                    }
                    // members compared by equality (DP6 tests substrings: 'search' in 'paid_search')
                    List<String> sub = key.stream().filter(coalition::contains).toList();
                    double[] x = values.get(sub);
                    if (x == null) {
                        return 0.0;
                    }
                    return rate ? (x[JOURNEYS] > 0 ? x[CONVERSIONS] / x[JOURNEYS] : 0.0) : x[col];
                };
                Map<String, Double> phi = ShapleyValue.of(key, worth, model.permutations(), model.seed());
                for (int i = 0; i < key.size(); i++) {
                    double p = phi.get(key.get(i));
                    if (rate) {
                        double vN = own[CONVERSIONS] / own[JOURNEYS];
                        shares[0][i] = p / vN * own[CONVERSIONS];
                        shares[1][i] = p / vN * own[VALUE];
                    } else {
                        shares[col][i] = p;
                    }
                }
            }
            out.put(key, shares);
        }
        return out;
    }

    /**
     * Fits the model: the channel totals plus what per-journey credit needs.
     *
     * @return the fitted result
     */
    public ShapleyResult shapleyResult() {
        boolean exactSet = model.game() == ShapleyModel.Game.EXACT_SET_CONVERSION_RATE
                || model.game() == ShapleyModel.Game.EXACT_SET_COUNTS;
        return new ShapleyResult(
                model, result(), exactSet ? exactSetCredits() : Map.of(), exactSet ? keyTotals() : Map.of());
    }
}

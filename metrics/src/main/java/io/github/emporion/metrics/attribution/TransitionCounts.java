package io.github.emporion.metrics.attribution;

import io.github.emporion.aggregate.Accumulator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mergeable state of a {@link MarkovModel}: exact transition weights between states, the
 * conversions and value of the rows per last state, and the input totals. Channels and states are
 * kept in first-appearance order; merging appends the other side's new ones in its order, so a
 * split-and-merged accumulator equals the single pass exactly.
 *
 * <p>A state is encoded as a {@code long}: up to four 15-bit channel numbers (channel index + 1),
 * so at most 32,767 distinct channels. {@code (start)} is 0, {@code (conversion)} −1 and {@code
 * (null)} −2.
 */
public final class TransitionCounts implements Accumulator<ChannelPath, AttributionResult, TransitionCounts> {

    static final long START = 0L;
    static final long CONVERSION = -1L;
    static final long NULL = -2L;
    private static final int BITS = 15;
    private static final int MAX_CHANNELS = (1 << BITS) - 1;

    private final MarkovModel model;
    private final List<String> channels = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    /**
     * Transition weights as flat arrays in first-appearance order, indexed through an
     * open-addressing hash of the (from, to) key pair: no boxing on the hot path.
     */
    long[] fromKeys = new long[64];

    long[] toKeys = new long[64];
    ExactSum[] weights = new ExactSum[64];
    int transitions;
    /** Hash slots holding transition index + 1 (0 = empty). */
    private int[] slots = new int[128];
    /** Per last state: {Σc, Σv} of the rows ending there. */
    final LinkedHashMap<Long, ExactSum[]> lastState = new LinkedHashMap<>();

    final ExactSum totalConversions = new ExactSum();
    final ExactSum totalValue = new ExactSum();
    final ExactSum totalNulls = new ExactSum();

    /**
     * Creates an empty accumulator.
     *
     * @param model the model (order, nulls, collapsing)
     */
    public TransitionCounts(MarkovModel model) {
        this(model, false);
    }

    /**
     * With {@code valueWeighted}, every row weighs its (effective) value instead of its counts and
     * non-conversions weigh nothing: the value-weighted chain of {@link MarkovModel.Value#SHARES}.
     */
    private TransitionCounts(MarkovModel model, boolean valueWeighted) {
        this.model = model;
        this.valueWeighted = valueWeighted;
        this.valueChain = !valueWeighted && model.value() == MarkovModel.Value.SHARES
                ? new TransitionCounts(model.withValue(MarkovModel.Value.CHAIN), true)
                : null;
    }

    private final boolean valueWeighted;

    /** The value-weighted chain for {@link MarkovModel.Value#SHARES}, else null. */
    private final @org.jspecify.annotations.Nullable TransitionCounts valueChain;

    /** A direct-mapped identity cache in front of {@link #index} (readers intern channel names). */
    private final String[] cachedNames = new String[64];

    private final int[] cachedIndex = new int[64];

    int channelIndex(String name) {
        int slot = name.hashCode() & 63;
        if (cachedNames[slot] == name) {
            return cachedIndex[slot];
        }
        int found = channelIndexSlow(name);
        cachedNames[slot] = name;
        cachedIndex[slot] = found;
        return found;
    }

    private int channelIndexSlow(String name) {
        Integer i = index.get(name);
        if (i == null) {
            if (channels.size() >= MAX_CHANNELS) {
                throw new IllegalArgumentException(
                        "at most " + MAX_CHANNELS + " distinct channels are supported, '" + name + "' is one more");
            }
            i = channels.size();
            channels.add(name);
            index.put(name, i);
        }
        return i;
    }

    @Override
    public TransitionCounts add(ChannelPath row) {
        List<String> ch = row.channels();
        int len = ch.size();
        int[] idx = new int[len];
        for (int i = 0; i < len; i++) {
            idx[i] = channelIndex(ch.get(i));
        }
        if (valueChain != null) {
            valueChain.add(row);
        }
        double c = row.conversions();
        double n = model.useNulls() ? row.nonConversions() : 0.0;
        double v = row.effectiveValue();
        if (valueWeighted) {
            if (v < 0) {
                throw new IllegalArgumentException("the value-weighted Markov chain (value=shares) needs values >= 0, "
                        + "but " + ch + " has value " + v);
            }
            c = v;
            n = 0.0;
        }
        totalConversions.add(c);
        totalValue.add(v);
        totalNulls.add(n);
        double w = c + n;
        if (w == 0) {
            return this;
        }
        int k = model.order();
        int windows = len <= k ? 1 : len - k + 1;
        int width = Math.min(k, len);
        long prev = START;
        for (int s = 0; s < windows; s++) {
            long key = 0;
            for (int j = 0; j < width; j++) {
                key |= ((long) idx[s + j] + 1) << (BITS * j);
            }
            if (key == prev && model.collapseRepeats()) {
                continue;
            }
            count(prev, key, w);
            prev = key;
        }
        if (c > 0) {
            count(prev, CONVERSION, c);
            ExactSum[] ls = lastState.computeIfAbsent(prev, x -> new ExactSum[] {new ExactSum(), new ExactSum()});
            ls[0].add(c);
            ls[1].add(v);
        }
        if (n > 0) {
            count(prev, NULL, n);
        }
        return this;
    }

    void count(long from, long to, double w) {
        long h = from * 0x9E3779B97F4A7C15L + to * 0xC2B2AE3D27D4EB4FL;
        int mask = slots.length - 1;
        int slot = (int) (h ^ (h >>> 29)) & mask;
        while (true) {
            int id = slots[slot];
            if (id == 0) {
                break;
            }
            if (fromKeys[id - 1] == from && toKeys[id - 1] == to) {
                weights[id - 1].add(w);
                return;
            }
            slot = (slot + 1) & mask;
        }
        if (transitions == fromKeys.length) {
            fromKeys = java.util.Arrays.copyOf(fromKeys, transitions * 2);
            toKeys = java.util.Arrays.copyOf(toKeys, transitions * 2);
            weights = java.util.Arrays.copyOf(weights, transitions * 2);
        }
        fromKeys[transitions] = from;
        toKeys[transitions] = to;
        ExactSum sum = new ExactSum();
        sum.add(w);
        weights[transitions] = sum;
        transitions++;
        slots[slot] = transitions;
        if (transitions * 2 > slots.length) {
            rehash();
        }
    }

    private void rehash() {
        int[] fresh = new int[slots.length * 2];
        int mask = fresh.length - 1;
        for (int i = 0; i < transitions; i++) {
            long h = fromKeys[i] * 0x9E3779B97F4A7C15L + toKeys[i] * 0xC2B2AE3D27D4EB4FL;
            int slot = (int) (h ^ (h >>> 29)) & mask;
            while (fresh[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            fresh[slot] = i + 1;
        }
        slots = fresh;
    }

    @Override
    public TransitionCounts merge(TransitionCounts other) {
        if (!model.equals(other.model)) {
            throw new IllegalArgumentException("cannot merge counts of " + model + " and " + other.model);
        }
        if (other == this) {
            throw new IllegalArgumentException("cannot merge an accumulator with itself");
        }
        int[] map = new int[other.channels.size()];
        for (int i = 0; i < map.length; i++) {
            map[i] = channelIndex(other.channels.get(i));
        }
        for (int i = 0; i < other.transitions; i++) {
            long f = remap(other.fromKeys[i], map);
            long t = remap(other.toKeys[i], map);
            // add the exact partial sum: count() creates the entry, then the partials are merged
            count(f, t, 0.0);
            weights[indexOf(f, t)].add(other.weights[i]);
        }
        other.lastState.forEach((s, sums) -> {
            ExactSum[] ls =
                    lastState.computeIfAbsent(remap(s, map), x -> new ExactSum[] {new ExactSum(), new ExactSum()});
            ls[0].add(sums[0]);
            ls[1].add(sums[1]);
        });
        totalConversions.add(other.totalConversions);
        totalValue.add(other.totalValue);
        totalNulls.add(other.totalNulls);
        if (valueChain != null && other.valueChain != null) {
            valueChain.merge(other.valueChain);
        }
        return this;
    }

    /** The value-weighted chain of {@link MarkovModel.Value#SHARES}, if this model uses one. */
    java.util.Optional<TransitionCounts> valueChain() {
        return java.util.Optional.ofNullable(valueChain);
    }

    private static long remap(long key, int[] map) {
        if (key <= 0) {
            return key;
        }
        long out = 0;
        for (int j = 0; key != 0; j++, key >>>= BITS) {
            int slot = (int) (key & MAX_CHANNELS);
            out |= ((long) map[slot - 1] + 1) << (BITS * j);
        }
        return out;
    }

    /** Returns the channel indices of a channel-state key. */
    int[] decode(long key) {
        int[] tmp = new int[MarkovModel.MAX_ORDER];
        int m = 0;
        for (; key != 0; key >>>= BITS) {
            tmp[m++] = (int) (key & MAX_CHANNELS) - 1;
        }
        return java.util.Arrays.copyOf(tmp, m);
    }

    MarkovState state(long key) {
        if (key == START) {
            return new MarkovState(MarkovState.Kind.START, List.of());
        } else if (key == CONVERSION) {
            return new MarkovState(MarkovState.Kind.CONVERSION, List.of());
        } else if (key == NULL) {
            return new MarkovState(MarkovState.Kind.NULL, List.of());
        }
        List<String> names = new ArrayList<>();
        for (int i : decode(key)) {
            names.add(channels.get(i));
        }
        return new MarkovState(MarkovState.Kind.CHANNELS, names);
    }

    MarkovModel model() {
        return model;
    }

    List<String> channels() {
        return channels;
    }

    int indexOf(long from, long to) {
        long h = from * 0x9E3779B97F4A7C15L + to * 0xC2B2AE3D27D4EB4FL;
        int mask = slots.length - 1;
        for (int slot = (int) (h ^ (h >>> 29)) & mask; ; slot = (slot + 1) & mask) {
            int id = slots[slot];
            if (id == 0) {
                return -1;
            }
            if (fromKeys[id - 1] == from && toKeys[id - 1] == to) {
                return id - 1;
            }
        }
    }

    /**
     * Returns the transition weights grouped by source state: sources in order of their first
     * outgoing transition, targets in order of first appearance.
     */
    Map<Long, LinkedHashMap<Long, ExactSum>> counts() {
        LinkedHashMap<Long, LinkedHashMap<Long, ExactSum>> out = new LinkedHashMap<>();
        for (int i = 0; i < transitions; i++) {
            out.computeIfAbsent(fromKeys[i], x -> new LinkedHashMap<>()).put(toKeys[i], weights[i]);
        }
        return out;
    }

    Map<Long, ExactSum[]> lastStates() {
        return lastState;
    }

    double totalConversions() {
        return totalConversions.value();
    }

    double totalValue() {
        return totalValue.value();
    }

    double totalNulls() {
        return totalNulls.value();
    }

    /**
     * Solves the chain: removal effects, P(conv), transition matrix and attribution.
     *
     * @return the full result
     * @throws IllegalStateException if there are no conversions (removal effects are undefined)
     */
    public MarkovResult markovResult() {
        return MarkovSolver.solve(this);
    }

    /**
     * Returns the attribution part of {@link #markovResult()}.
     *
     * @return the credit per channel
     * @throws IllegalStateException if there are no conversions
     */
    @Override
    public AttributionResult result() {
        return markovResult().attribution();
    }
}

package io.github.emporion.metrics.attribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact per-channel sums of credited conversions and value, in first-appearance order, plus the
 * input totals: the plain-data state of the rule-based accumulators.
 */
final class CreditTable {

    final LinkedHashMap<String, ExactSum[]> sums = new LinkedHashMap<>();
    final ExactSum totalConversions = new ExactSum();
    final ExactSum totalValue = new ExactSum();

    /**
     * An open-addressing index over {@link #sums} (load at most 1/2) whose probes compare by
     * identity first: readers hand out one String instance per channel name, so the per-touch
     * lookup is usually one hash-field read and one reference compare.
     */
    private String[] keys = new String[32];

    private ExactSum[][] values = new ExactSum[32][];

    /** Registers a channel with no credit, if new. */
    ExactSum[] channel(String channel) {
        int h = channel.hashCode();
        int mask = keys.length - 1;
        for (int slot = (h ^ (h >>> 16)) & mask; ; slot = (slot + 1) & mask) {
            String k = keys[slot];
            if (k == channel) {
                return values[slot];
            }
            if (k == null) {
                break;
            }
            if (k.hashCode() == h && k.equals(channel)) {
                return values[slot];
            }
        }
        ExactSum[] s = new ExactSum[] {new ExactSum(), new ExactSum()};
        sums.put(channel, s);
        index(channel, s);
        if (sums.size() * 2 > keys.length) {
            keys = new String[keys.length * 2];
            values = new ExactSum[keys.length][];
            sums.forEach(this::index);
        }
        return s;
    }

    private void index(String channel, ExactSum[] s) {
        int h = channel.hashCode();
        int mask = keys.length - 1;
        int slot = (h ^ (h >>> 16)) & mask;
        while (keys[slot] != null) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = channel;
        values[slot] = s;
    }

    void credit(String channel, double conversions, double value) {
        ExactSum[] s = channel(channel);
        s[0].add(conversions);
        s[1].add(value);
    }

    void addTotals(double conversions, double value) {
        totalConversions.add(conversions);
        totalValue.add(value);
    }

    void merge(CreditTable other) {
        for (Map.Entry<String, ExactSum[]> e : other.sums.entrySet()) {
            ExactSum[] s = channel(e.getKey());
            s[0].add(e.getValue()[0]);
            s[1].add(e.getValue()[1]);
        }
        totalConversions.add(other.totalConversions);
        totalValue.add(other.totalValue);
    }

    AttributionResult result(String model, Map<String, String> parameters) {
        List<ChannelCredit> out = new ArrayList<>(sums.size());
        sums.forEach((k, v) -> out.add(new ChannelCredit(k, v[0].value(), v[1].value())));
        return new AttributionResult(model, parameters, out, totalConversions.value(), totalValue.value());
    }
}

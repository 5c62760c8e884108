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

    private final LinkedHashMap<String, ExactSum[]> sums = new LinkedHashMap<>();
    private final ExactSum totalConversions = new ExactSum();
    private final ExactSum totalValue = new ExactSum();

    /** Registers a channel with no credit, if new. */
    ExactSum[] channel(String channel) {
        return sums.computeIfAbsent(channel, k -> new ExactSum[] {new ExactSum(), new ExactSum()});
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

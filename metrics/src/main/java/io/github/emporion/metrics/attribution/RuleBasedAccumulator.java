package io.github.emporion.metrics.attribution;

import io.github.emporion.aggregate.Accumulator;
import java.util.List;

/**
 * Accumulates the credit of a {@link RuleBasedModel} per channel, exactly (order-independent sums),
 * so that split-and-merge equals a single pass bit for bit.
 */
public final class RuleBasedAccumulator implements Accumulator<ChannelPath, AttributionResult, RuleBasedAccumulator> {

    private final RuleBasedModel model;
    final CreditTable table = new CreditTable();

    /**
     * Creates an empty accumulator.
     *
     * @param model the model
     */
    public RuleBasedAccumulator(RuleBasedModel model) {
        this.model = model;
    }

    @Override
    public RuleBasedAccumulator add(ChannelPath row) {
        List<String> ch = row.channels();
        double c = row.conversions();
        double v = row.effectiveValue();
        table.addTotals(c, v);
        if (c == 0) {
            for (int i = 0, n = ch.size(); i < n; i++) {
                table.channel(ch.get(i));
            }
            return this;
        }
        double[] w = model.weights(ch);
        for (int i = 0; i < w.length; i++) {
            if (w[i] == 0) {
                table.channel(ch.get(i));
            } else {
                table.credit(ch.get(i), w[i] * c, w[i] * v);
            }
        }
        return this;
    }

    @Override
    public RuleBasedAccumulator merge(RuleBasedAccumulator other) {
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

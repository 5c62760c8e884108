package io.github.emporion.metrics.grouped;

import io.github.emporion.money.CurrencyMismatchException;
import javax.money.CurrencyUnit;
import javax.money.Monetary;

/**
 * Sums {@link EngagementFact} rows per key: impressions, engagements, leads and spend (exact minor
 * units), giving the engagement rate by impressions and the cost per lead per key and in total.
 * Memory grows with the number of keys, not rows. Rows in another currency are rejected ({@link
 * CurrencyMismatchException}) and leave the accumulator unchanged.
 *
 * @param <K> the grouping key type
 *
 * <p>{@code state()} counters per key: impressions, engagements, leads, spend in minor units.
 */
public final class EngagementKpiAccumulator<K>
        extends MoneyGroupedAccumulator<
                K, EngagementFact<K>, EngagementKpiAccumulator.Totals, EngagementSummary, EngagementKpiAccumulator<K>> {

    /**
     * Creates an empty accumulator working in {@code currency}.
     *
     * @param currency the currency of every row
     */
    public EngagementKpiAccumulator(CurrencyUnit currency) {
        super(currency);
    }

    /**
     * Creates an empty accumulator working in the currency with this ISO code.
     *
     * @param currencyCode e.g. {@code "EUR"}
     * @param <K> the key type
     * @return the accumulator
     */
    public static <K> EngagementKpiAccumulator<K> of(String currencyCode) {
        return new EngagementKpiAccumulator<>(Monetary.getCurrency(currencyCode));
    }

    @Override
    Totals newGroup() {
        return new Totals();
    }

    @Override
    K keyOf(EngagementFact<K> row) {
        return row.key();
    }

    @Override
    CurrencyUnit currencyOf(EngagementFact<K> row) {
        return row.currency();
    }

    @Override
    EngagementSummary summarise(Totals t) {
        return new EngagementSummary(
                t.impressions, t.engagements, t.leads, MinorUnits.toAmount(t.spendMinor, currency()));
    }

    @Override
    EngagementKpiAccumulator<K> self() {
        return this;
    }

    /** Per-key counters: plain longs. */
    static final class Totals implements GroupState<EngagementFact<?>, Totals> {
        private long impressions;
        private long engagements;
        private long leads;
        private long spendMinor;

        @Override
        public void add(EngagementFact<?> row) {
            impressions = Math.addExact(impressions, row.impressions());
            engagements = Math.addExact(engagements, row.engagements());
            leads = Math.addExact(leads, row.leads());
            spendMinor = Math.addExact(spendMinor, row.spendMinor());
        }

        @Override
        public void merge(Totals other) {
            impressions = Math.addExact(impressions, other.impressions);
            engagements = Math.addExact(engagements, other.engagements);
            leads = Math.addExact(leads, other.leads);
            spendMinor = Math.addExact(spendMinor, other.spendMinor);
        }

        /** Counter order: impressions, engagements, leads, spend in minor units. */
        @Override
        public long[] toLongs() {
            return new long[] {impressions, engagements, leads, spendMinor};
        }

        @Override
        public void addLongs(long[] c) {
            impressions = Math.addExact(impressions, c[0]);
            engagements = Math.addExact(engagements, c[1]);
            leads = Math.addExact(leads, c[2]);
            spendMinor = Math.addExact(spendMinor, c[3]);
        }
    }
}

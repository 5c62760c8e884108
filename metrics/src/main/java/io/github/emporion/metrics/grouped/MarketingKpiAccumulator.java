package io.github.emporion.metrics.grouped;

import io.github.emporion.money.CurrencyMismatchException;
import javax.money.CurrencyUnit;
import javax.money.Monetary;

/**
 * Sums {@link MarketingFact} rows per key: impressions, clicks, conversions, spend and revenue
 * (exact minor units), giving CTR, CPC, CPM, CPA, conversions per click and ROAS per key and in
 * total. Memory grows with the number of keys, not rows. Rows in another currency are rejected
 * ({@link CurrencyMismatchException}) and leave the accumulator unchanged.
 *
 * <p>{@code state()} counters per key: impressions, clicks, conversions, spend and revenue in minor
 * units of the accumulator's currency.
 *
 * <pre>{@code
 * KpiBreakdown<String, MarketingSummary> byChannel = rows.parallelStream()
 *         .collect(Accumulators.collector(() -> MarketingKpiAccumulator.<String>of("EUR")));
 * RateResult searchCtr = byChannel.group("search").orElseThrow().ctr();
 * }</pre>
 *
 * @param <K> the grouping key type
 */
public final class MarketingKpiAccumulator<K>
        extends MoneyGroupedAccumulator<
                K, MarketingFact<K>, MarketingKpiAccumulator.Totals, MarketingSummary, MarketingKpiAccumulator<K>> {

    /**
     * Creates an empty accumulator working in {@code currency}.
     *
     * @param currency the currency of every row
     */
    public MarketingKpiAccumulator(CurrencyUnit currency) {
        super(currency);
    }

    /**
     * Creates an empty accumulator working in the currency with this ISO code.
     *
     * @param currencyCode e.g. {@code "EUR"}
     * @param <K> the key type
     * @return the accumulator
     */
    public static <K> MarketingKpiAccumulator<K> of(String currencyCode) {
        return new MarketingKpiAccumulator<>(Monetary.getCurrency(currencyCode));
    }

    @Override
    Totals newGroup() {
        return new Totals();
    }

    @Override
    K keyOf(MarketingFact<K> row) {
        return row.key();
    }

    @Override
    CurrencyUnit currencyOf(MarketingFact<K> row) {
        return row.currency();
    }

    @Override
    MarketingSummary summarise(Totals t) {
        return new MarketingSummary(
                t.impressions,
                t.clicks,
                t.conversions,
                MinorUnits.toAmount(t.spendMinor, currency()),
                MinorUnits.toAmount(t.revenueMinor, currency()));
    }

    @Override
    MarketingKpiAccumulator<K> self() {
        return this;
    }

    /** Per-key counters: plain longs. */
    static final class Totals implements GroupState<MarketingFact<?>, Totals> {
        private long impressions;
        private long clicks;
        private long conversions;
        private long spendMinor;
        private long revenueMinor;

        @Override
        public void add(MarketingFact<?> row) {
            impressions = Math.addExact(impressions, row.impressions());
            clicks = Math.addExact(clicks, row.clicks());
            conversions = Math.addExact(conversions, row.conversions());
            spendMinor = Math.addExact(spendMinor, row.spendMinor());
            revenueMinor = Math.addExact(revenueMinor, row.revenueMinor());
        }

        @Override
        public void merge(Totals other) {
            impressions = Math.addExact(impressions, other.impressions);
            clicks = Math.addExact(clicks, other.clicks);
            conversions = Math.addExact(conversions, other.conversions);
            spendMinor = Math.addExact(spendMinor, other.spendMinor);
            revenueMinor = Math.addExact(revenueMinor, other.revenueMinor);
        }

        @Override
        public long[] toLongs() {
            return new long[] {impressions, clicks, conversions, spendMinor, revenueMinor};
        }

        @Override
        public void addLongs(long[] c) {
            impressions = Math.addExact(impressions, c[0]);
            clicks = Math.addExact(clicks, c[1]);
            conversions = Math.addExact(conversions, c[2]);
            spendMinor = Math.addExact(spendMinor, c[3]);
            revenueMinor = Math.addExact(revenueMinor, c[4]);
        }
    }
}

package io.github.emporion.metrics.grouped;

/**
 * Counts {@link CartFact} rows per key: carts created and carts purchased, giving the cart
 * abandonment rate per key and in total. Memory grows with the number of keys, not rows.
 *
 * <pre>{@code
 * KpiBreakdown<String, CartSummary> byChannel = carts.stream()
 *         .collect(Accumulators.collector(CartKpiAccumulator<String>::new));
 * }</pre>
 *
 * @param <K> the grouping key type
 *
 * <p>{@code state()} counters per key: carts, purchased carts.
 */
public final class CartKpiAccumulator<K>
        extends GroupedAccumulator<K, CartFact<K>, CartKpiAccumulator.Counts, CartSummary, CartKpiAccumulator<K>> {

    /** Creates an empty accumulator. */
    public CartKpiAccumulator() {}

    @Override
    Counts newGroup() {
        return new Counts();
    }

    @Override
    K keyOf(CartFact<K> row) {
        return row.key();
    }

    @Override
    void check(CartFact<K> row) {
        // every CartFact is valid
    }

    @Override
    void checkCompatible(CartKpiAccumulator<K> other) {
        // no configuration
    }

    @Override
    CartSummary summarise(Counts c) {
        return new CartSummary(c.carts, c.purchased);
    }

    @Override
    CartKpiAccumulator<K> self() {
        return this;
    }

    /** Per-key counters. */
    static final class Counts implements GroupState<CartFact<?>, Counts> {
        private long carts;
        private long purchased;

        @Override
        public void add(CartFact<?> row) {
            carts = Math.addExact(carts, 1);
            purchased = Math.addExact(purchased, row.purchased() ? 1 : 0);
        }

        @Override
        public void merge(Counts other) {
            carts = Math.addExact(carts, other.carts);
            purchased = Math.addExact(purchased, other.purchased);
        }

        /** Counter order: carts, purchased. */
        @Override
        public long[] toLongs() {
            return new long[] {carts, purchased};
        }

        @Override
        public void addLongs(long[] c) {
            carts = Math.addExact(carts, c[0]);
            purchased = Math.addExact(purchased, c[1]);
        }
    }
}

package io.github.emporion.metrics.grouped;

/**
 * Counts {@link SessionFact} rows per key: sessions, engaged, single-page and converting sessions,
 * and the closed funnel (a session counts at a step only if it also reached every earlier step),
 * giving conversion, engagement and bounce rates and a {@link
 * io.github.emporion.metrics.funnel.FunnelReport} per key and in total. Memory grows with the
 * number of keys, not rows. Distinct users are not counted: that needs memory per user.
 *
 * <p>{@code state()} counters per key, in the order of {@link SessionSummary}'s components.
 *
 * @param <K> the grouping key type
 */
public final class SessionKpiAccumulator<K>
        extends GroupedAccumulator<
                K, SessionFact<K>, SessionKpiAccumulator.Counts, SessionSummary, SessionKpiAccumulator<K>> {

    /** Creates an empty accumulator. */
    public SessionKpiAccumulator() {}

    @Override
    Counts newGroup() {
        return new Counts();
    }

    @Override
    K keyOf(SessionFact<K> row) {
        return row.key();
    }

    @Override
    void check(SessionFact<K> row) {
        // every SessionFact is valid
    }

    @Override
    void checkCompatible(SessionKpiAccumulator<K> other) {
        // no configuration
    }

    @Override
    SessionSummary summarise(Counts c) {
        return new SessionSummary(
                c.counts[0], c.counts[1], c.counts[2], c.counts[3], c.counts[4], c.counts[5], c.counts[6], c.counts[7]);
    }

    @Override
    SessionKpiAccumulator<K> self() {
        return this;
    }

    /** Per-key counters in the order of {@link SessionSummary}'s components. */
    static final class Counts implements GroupState<SessionFact<?>, Counts> {
        private final long[] counts = new long[8];

        @Override
        public void add(SessionFact<?> row) {
            boolean view = row.viewedProduct();
            boolean cart = view && row.addedToCart();
            boolean checkout = cart && row.startedCheckout();
            boolean purchase = checkout && row.purchased();
            counts[0]++;
            counts[1] += row.engaged() ? 1 : 0;
            counts[2] += row.singlePage() ? 1 : 0;
            counts[3] += row.purchased() ? 1 : 0;
            counts[4] += view ? 1 : 0;
            counts[5] += cart ? 1 : 0;
            counts[6] += checkout ? 1 : 0;
            counts[7] += purchase ? 1 : 0;
        }

        @Override
        public void merge(Counts other) {
            for (int i = 0; i < counts.length; i++) {
                counts[i] = Math.addExact(counts[i], other.counts[i]);
            }
        }

        @Override
        public long[] toLongs() {
            return counts.clone();
        }

        @Override
        public void addLongs(long[] c) {
            for (int i = 0; i < counts.length; i++) {
                counts[i] = Math.addExact(counts[i], c[i]);
            }
        }
    }
}

package io.github.emporion.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AccumulatorsTest {

    /** Counts rows and sums them: the smallest possible accumulator. */
    static final class SumCount implements Accumulator<Long, long[], SumCount> {
        long count;
        long sum;

        @Override
        public SumCount add(Long row) {
            count++;
            sum += row;
            return this;
        }

        @Override
        public SumCount merge(SumCount other) {
            count += other.count;
            sum += other.sum;
            return this;
        }

        @Override
        public long[] result() {
            return new long[] {count, sum};
        }
    }

    @Test
    void collector_parallelStream_equalsHandSum() {
        List<Long> rows = new ArrayList<>();
        for (long i = 1; i <= 10_000; i++) {
            rows.add(i);
        }
        long[] r = rows.parallelStream().collect(Accumulators.collector(SumCount::new));
        assertThat(r).containsExactly(10_000L, 10_000L * 10_001L / 2);
    }

    @Test
    void reduce_emptyRows_givesZero() {
        assertThat(Accumulators.reduce(SumCount::new, List.<Long>of())).containsExactly(0L, 0L);
    }

    @Test
    void reduce_randomSplits_mergeEqualsSinglePass() {
        Random random = new Random(20261122L);
        for (int trial = 0; trial < 1000; trial++) {
            int n = random.nextInt(200);
            List<Long> rows = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                rows.add((long) random.nextInt(1000) - 500);
            }
            int cut = n == 0 ? 0 : random.nextInt(n + 1);
            SumCount left = new SumCount();
            rows.subList(0, cut).forEach(left::add);
            SumCount right = new SumCount();
            rows.subList(cut, n).forEach(right::add);
            long expectedSum = rows.stream().mapToLong(Long::longValue).sum();
            assertThat(left.merge(right).result())
                    .as("seed 20261122, trial %d", trial)
                    .containsExactly(n, expectedSum);
        }
    }
}

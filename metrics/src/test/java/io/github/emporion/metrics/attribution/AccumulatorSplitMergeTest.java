package io.github.emporion.metrics.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.emporion.aggregate.Accumulator;
import io.github.emporion.aggregate.Accumulators;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Splitting the rows at random points and merging the parts equals the single pass exactly. */
class AccumulatorSplitMergeTest {

    private static <T, R, A extends Accumulator<T, R, A>> void assertSplitMerge(
            Supplier<A> zero, List<T> rows, SplittableRandom rnd, String msg, Function<A, Object> finish) {
        A single = zero.get();
        rows.forEach(single::add);
        int parts = 1 + rnd.nextInt(5);
        int[] cuts = rnd.ints(parts - 1, 0, rows.size() + 1).sorted().toArray();
        A merged = zero.get();
        int from = 0;
        for (int i = 0; i <= cuts.length; i++) {
            int to = i < cuts.length ? cuts[i] : rows.size();
            A part = zero.get();
            rows.subList(from, to).forEach(part::add);
            merged.merge(part);
            from = to;
        }
        assertThat(finish.apply(merged)).as(msg + " parts " + parts).isEqualTo(finish.apply(single));
    }

    private static List<ChannelPath> rows(SplittableRandom rnd) {
        List<ChannelPath> rows =
                new ArrayList<>(MarkovModelTest.randomPaths(rnd, 1 + rnd.nextInt(80), 2 + rnd.nextInt(6), 7));
        // fractional counts and values with many digits make order-dependent rounding visible
        rows.add(ChannelPath.of(0.1, 0.7, 0.3, "ch0", "ch1"));
        rows.add(ChannelPath.of(1e-3, 1e6 / 3, 0.0, "ch1"));
        return rows;
    }

    @Test
    void ruleBased_randomSplits_mergeEqualsSinglePass() {
        List<RuleBasedModel> models = List.of(
                RuleBasedModel.firstTouch(),
                RuleBasedModel.lastTouch(),
                RuleBasedModel.linear(),
                RuleBasedModel.positionBased(),
                RuleBasedModel.lastNonDirect());
        for (long seed = 1; seed <= 200; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            List<ChannelPath> rows = rows(rnd);
            RuleBasedModel m = models.get((int) (seed % models.size()));
            assertSplitMerge(m::newAccumulator, rows, rnd, "seed " + seed + " " + m, RuleBasedAccumulator::result);
        }
    }

    @Test
    void transitionCounts_randomSplits_mergeEqualsSinglePass() {
        for (long seed = 1; seed <= 150; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            List<ChannelPath> rows = rows(rnd);
            MarkovModel m = new MarkovModel(
                    1 + rnd.nextInt(4),
                    rnd.nextBoolean(),
                    rnd.nextBoolean(),
                    MarkovModel.Value.values()[(int) (seed % 3)]);
            assertSplitMerge(m::newAccumulator, rows, rnd, "seed " + seed + " " + m, TransitionCounts::markovResult);
        }
    }

    @Test
    void coalitionCounts_randomSplits_mergeEqualsSinglePass() {
        ShapleyModel.Game[] games = ShapleyModel.Game.values();
        for (long seed = 1; seed <= 150; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            List<ChannelPath> rows = rows(rnd);
            ShapleyModel m = ShapleyModel.of(games[(int) (seed % games.length)], 1 + rnd.nextInt(6), rnd.nextBoolean());
            assertSplitMerge(m::newAccumulator, rows, rnd, "seed " + seed + " " + m, CoalitionCounts::result);
        }
    }

    @Test
    void timeDecay_randomSplits_mergeEqualsSinglePass() {
        List<TimedJourney> all = Ref.timedJourneys();
        for (long seed = 1; seed <= 20; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            int from = rnd.nextInt(all.size() - 300);
            List<TimedJourney> rows = all.subList(from, from + 300);
            TimeDecayModel m = new TimeDecayModel(Duration.ofDays(1 + rnd.nextInt(10)), rnd.nextBoolean());
            assertSplitMerge(m::newAccumulator, rows, rnd, "seed " + seed + " " + m, TimeDecayModel.Acc::result);
        }
    }

    @Test
    void collector_parallelStream_equalsSequential() {
        List<ChannelPath> rows = Ref.paths("generated_3k.csv");
        MarkovModel m = MarkovModel.order(2);
        AttributionResult parallel = rows.parallelStream().collect(Accumulators.collector(m::newAccumulator));
        assertThat(parallel).isEqualTo(m.attribute(rows));
    }

    @Test
    void merge_differentModels_rejectedAndUnchanged() {
        RuleBasedAccumulator a = RuleBasedModel.linear().newAccumulator().add(ChannelPath.of(1, 1, 0, "A"));
        RuleBasedAccumulator b = RuleBasedModel.firstTouch().newAccumulator().add(ChannelPath.of(1, 1, 0, "B"));
        AttributionResult before = a.result();
        assertThatIllegalArgumentException().isThrownBy(() -> a.merge(b)).withMessageContaining("cannot merge");
        assertThat(a.result()).isEqualTo(before);
        TransitionCounts t1 = MarkovModel.order(1).newAccumulator();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> t1.merge(MarkovModel.order(2).newAccumulator()))
                .withMessageContaining("cannot merge");
    }

    @Test
    void exactSum_anyOrder_sameCorrectlyRoundedValue() {
        for (long seed = 1; seed <= 500; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            int n = 1 + rnd.nextInt(60);
            double[] x = new double[n];
            java.math.BigDecimal exact = java.math.BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                x[i] = (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(-8, 17));
                exact = exact.add(new java.math.BigDecimal(x[i]));
            }
            ExactSum forward = new ExactSum();
            ExactSum backward = new ExactSum();
            for (int i = 0; i < n; i++) {
                forward.add(x[i]);
                backward.add(x[n - 1 - i]);
            }
            assertThat(forward.value()).as("seed %d", seed).isEqualTo(backward.value());
            assertThat(forward.value()).as("seed %d", seed).isEqualTo(exact.doubleValue());
        }
    }
}

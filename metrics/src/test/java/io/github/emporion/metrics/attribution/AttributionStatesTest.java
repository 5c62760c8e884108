package io.github.emporion.metrics.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.emporion.aggregate.Accumulator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Writing a partial accumulator's state and reading it back loses nothing, bit for bit. */
class AttributionStatesTest {

    private static Accumulator<ChannelPath, AttributionResult, ?> roundTrip(
            AttributionModel model, Accumulator<ChannelPath, AttributionResult, ?> acc) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AttributionStates.write(acc, new DataOutputStream(bytes));
        return AttributionStates.read(model, new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // both accumulators come from the same model
    private static void merge(Accumulator target, Accumulator other) {
        target.merge(other);
    }

    private static List<AttributionModel> models(SplittableRandom rnd) {
        ShapleyModel.Game[] games = ShapleyModel.Game.values();
        return List.of(
                RuleBasedModel.firstTouch(),
                RuleBasedModel.lastTouch(),
                RuleBasedModel.linear(),
                RuleBasedModel.positionBased(),
                RuleBasedModel.lastNonDirect(),
                new MarkovModel(1 + rnd.nextInt(4), rnd.nextBoolean(), rnd.nextBoolean()),
                new MarkovModel(1 + rnd.nextInt(4), rnd.nextBoolean(), rnd.nextBoolean())
                        .withValue(MarkovModel.Value.values()[rnd.nextInt(MarkovModel.Value.values().length)]),
                ShapleyModel.simplified(),
                ShapleyModel.of(games[rnd.nextInt(games.length)], 1 + rnd.nextInt(6), rnd.nextBoolean()));
    }

    @Test
    void readOfWrite_randomSplits_equalsSinglePass() throws IOException {
        for (long seed = 1; seed <= 120; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            List<ChannelPath> rows =
                    new ArrayList<>(MarkovModelTest.randomPaths(rnd, 1 + rnd.nextInt(60), 2 + rnd.nextInt(6), 7));
            rows.add(ChannelPath.of(0.1, 0.7, 0.3, "ch0", "ch1"));
            rows.add(ChannelPath.of(1e-3, 1e6 / 3, 0.0, "ch1"));
            int cut = rnd.nextInt(rows.size() + 1);
            for (AttributionModel model : models(rnd)) {
                Accumulator<ChannelPath, AttributionResult, ?> single = model.newAccumulator();
                rows.forEach(single::add);
                Accumulator<ChannelPath, AttributionResult, ?> first = model.newAccumulator();
                rows.subList(0, cut).forEach(first::add);
                Accumulator<ChannelPath, AttributionResult, ?> second = model.newAccumulator();
                rows.subList(cut, rows.size()).forEach(second::add);
                // encode both parts, merge the decoded ones, and keep adding after a round trip
                Accumulator<ChannelPath, AttributionResult, ?> merged = roundTrip(model, first);
                merge(merged, roundTrip(model, second));
                Accumulator<ChannelPath, AttributionResult, ?> continued = roundTrip(model, first);
                rows.subList(cut, rows.size()).forEach(continued::add);

                assertThat(merged.result()).as("seed %d %s merged", seed, model).isEqualTo(single.result());
                assertThat(continued.result())
                        .as("seed %d %s continued", seed, model)
                        .isEqualTo(single.result());
            }
        }
    }

    @Test
    void read_emptyAccumulator_staysEmpty() throws IOException {
        MarkovModel model = MarkovModel.order(1);
        Accumulator<ChannelPath, AttributionResult, ?> acc = roundTrip(model, model.newAccumulator());
        acc.add(ChannelPath.of(2, 20, 1, "A", "B"));

        Accumulator<ChannelPath, AttributionResult, ?> expected = model.newAccumulator();
        expected.add(ChannelPath.of(2, 20, 1, "A", "B"));
        assertThat(acc.result()).isEqualTo(expected.result());
    }

    @Test
    void write_otherAccumulator_isRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AttributionStates.write(
                        new TimeDecayModelProbe(), new DataOutputStream(new ByteArrayOutputStream())))
                .withMessageContaining("accumulator must be a RuleBasedAccumulator");
    }

    /** An accumulator of a kind the states do not know. */
    private static final class TimeDecayModelProbe
            implements Accumulator<ChannelPath, AttributionResult, TimeDecayModelProbe> {
        @Override
        public TimeDecayModelProbe add(ChannelPath row) {
            return this;
        }

        @Override
        public TimeDecayModelProbe merge(TimeDecayModelProbe other) {
            return this;
        }

        @Override
        public AttributionResult result() {
            return new AttributionResult("probe", java.util.Map.of(), List.of(), 0, 0);
        }
    }
}

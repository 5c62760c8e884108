package io.github.emporion.metrics.attribution;

import io.github.emporion.aggregate.Accumulator;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The plain-data state of the attribution accumulators ({@link RuleBasedAccumulator}, {@link
 * TransitionCounts}, {@link CoalitionCounts}) written to and read back from a {@link DataOutput}, so
 * that an engine (Emporion's Spark module) can move a partial accumulator between machines without
 * Java serialisation or Kryo.
 *
 * <p>The state is written field by field: channel names (in first-appearance order), counts keyed
 * by channel, transition or coalition, and every exact sum as its non-overlapping partials. The law:
 * for any accumulator {@code a} of model {@code m}, {@code read(m, write(a))} has the same {@code
 * result()} as {@code a}, also after further {@code add} and {@code merge} calls, bit for bit. The
 * model itself is not written: the reader passes it. The bytes carry no version tag; they are meant
 * to live within one job between machines running the same library version, not to be stored.
 */
public final class AttributionStates {

    private AttributionStates() {}

    /**
     * Writes an accumulator's state.
     *
     * @param accumulator an accumulator made by {@link AttributionModel#newAccumulator()} of a
     *     {@link RuleBasedModel}, {@link MarkovModel} or {@link ShapleyModel}
     * @param out where to write
     * @throws IOException if {@code out} fails
     * @throws IllegalArgumentException if the accumulator is of another kind
     */
    public static void write(Accumulator<ChannelPath, AttributionResult, ?> accumulator, DataOutput out)
            throws IOException {
        if (accumulator instanceof RuleBasedAccumulator r) {
            CreditTable t = r.table;
            out.writeInt(t.sums.size());
            for (Map.Entry<String, ExactSum[]> e : t.sums.entrySet()) {
                writeString(out, e.getKey());
                writeSums(out, e.getValue());
            }
            writeSum(out, t.totalConversions);
            writeSum(out, t.totalValue);
        } else if (accumulator instanceof TransitionCounts c) {
            writeTransitions(c, out);
        } else if (accumulator instanceof CoalitionCounts s) {
            out.writeInt(s.channels.size());
            for (String name : s.channels) {
                writeString(out, name);
            }
            out.writeInt(s.coalitions.size());
            for (Map.Entry<List<String>, ExactSum[]> e : s.coalitions.entrySet()) {
                out.writeInt(e.getKey().size());
                for (String name : e.getKey()) {
                    writeString(out, name);
                }
                writeSums(out, e.getValue());
            }
            writeSum(out, s.totalConversions);
            writeSum(out, s.totalValue);
        } else {
            throw new IllegalArgumentException("accumulator must be a RuleBasedAccumulator, TransitionCounts or "
                    + "CoalitionCounts, but was " + accumulator.getClass().getName());
        }
    }

    /**
     * Reads an accumulator's state written by {@link #write(Accumulator, DataOutput)}.
     *
     * @param model the model of the written accumulator
     * @param in where to read
     * @return a new accumulator of {@code model} with the written state
     * @throws IOException if {@code in} fails or the data is malformed
     * @throws IllegalArgumentException if the model is not rule-based, Markov or Shapley
     */
    public static Accumulator<ChannelPath, AttributionResult, ?> read(AttributionModel model, DataInput in)
            throws IOException {
        if (model instanceof RuleBasedModel m) {
            RuleBasedAccumulator r = new RuleBasedAccumulator(m);
            int n = length(in);
            for (int i = 0; i < n; i++) {
                ExactSum[] sums = r.table.channel(readString(in));
                readSums(in, sums);
            }
            readSum(in, r.table.totalConversions);
            readSum(in, r.table.totalValue);
            return r;
        } else if (model instanceof MarkovModel m) {
            TransitionCounts c = new TransitionCounts(m);
            readTransitions(c, in);
            return c;
        } else if (model instanceof ShapleyModel m) {
            CoalitionCounts s = new CoalitionCounts(m);
            int channels = length(in);
            for (int i = 0; i < channels; i++) {
                s.channels.add(readString(in));
            }
            int coalitions = length(in);
            for (int i = 0; i < coalitions; i++) {
                int size = length(in);
                List<String> key = new ArrayList<>(size);
                for (int j = 0; j < size; j++) {
                    key.add(readString(in));
                }
                ExactSum[] sums = {new ExactSum(), new ExactSum(), new ExactSum()};
                s.coalitions.put(List.copyOf(key), sums);
                readSums(in, sums);
            }
            readSum(in, s.totalConversions);
            readSum(in, s.totalValue);
            return s;
        }
        throw new IllegalArgumentException("model must be rule-based, Markov or Shapley, but was "
                + model.getClass().getName());
    }

    private static void writeSums(DataOutput out, ExactSum[] sums) throws IOException {
        for (ExactSum s : sums) {
            writeSum(out, s);
        }
    }

    private static void readSums(DataInput in, ExactSum[] sums) throws IOException {
        for (ExactSum s : sums) {
            readSum(in, s);
        }
    }

    /** The partials, whose exact sum is the value; re-adding them reproduces the exact sum. */
    private static void writeSum(DataOutput out, ExactSum sum) throws IOException {
        out.writeInt(sum.size);
        for (int i = 0; i < sum.size; i++) {
            out.writeDouble(sum.partials[i]);
        }
    }

    private static void readSum(DataInput in, ExactSum target) throws IOException {
        int n = length(in);
        for (int i = 0; i < n; i++) {
            double partial = in.readDouble();
            if (!Double.isFinite(partial)) {
                throw new IOException("partial sum must be finite, but was " + partial);
            }
            target.add(partial);
        }
    }

    private static void writeString(DataOutput out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInput in) throws IOException {
        byte[] utf8 = new byte[length(in)];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    private static int length(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("length must be >= 0, but was " + n);
        }
        return n;
    }

    /**
     * Writes a Markov accumulator, then its value-weighted chain ({@link MarkovModel.Value#SHARES})
     * behind a presence flag.
     */
    private static void writeTransitions(TransitionCounts c, DataOutput out) throws IOException {
        List<String> channels = c.channels();
        out.writeInt(channels.size());
        for (String name : channels) {
            writeString(out, name);
        }
        out.writeInt(c.transitions);
        for (int i = 0; i < c.transitions; i++) {
            out.writeLong(c.fromKeys[i]);
            out.writeLong(c.toKeys[i]);
            writeSum(out, c.weights[i]);
        }
        out.writeInt(c.lastState.size());
        for (Map.Entry<Long, ExactSum[]> e : c.lastState.entrySet()) {
            out.writeLong(e.getKey());
            writeSums(out, e.getValue());
        }
        writeSum(out, c.totalConversions);
        writeSum(out, c.totalValue);
        writeSum(out, c.totalNulls);
        java.util.Optional<TransitionCounts> valueChain = c.valueChain();
        out.writeBoolean(valueChain.isPresent());
        if (valueChain.isPresent()) {
            writeTransitions(valueChain.get(), out);
        }
    }

    /** Reads what {@link #writeTransitions} wrote into a fresh accumulator of the same model. */
    private static void readTransitions(TransitionCounts c, DataInput in) throws IOException {
        int channels = length(in);
        for (int i = 0; i < channels; i++) {
            c.channelIndex(readString(in));
        }
        int transitions = length(in);
        for (int i = 0; i < transitions; i++) {
            long from = in.readLong();
            long to = in.readLong();
            c.count(from, to, 0.0);
            readSum(in, c.weights[c.indexOf(from, to)]);
        }
        int lastStates = length(in);
        for (int i = 0; i < lastStates; i++) {
            ExactSum[] sums = {new ExactSum(), new ExactSum()};
            c.lastState.put(in.readLong(), sums);
            readSums(in, sums);
        }
        readSum(in, c.totalConversions);
        readSum(in, c.totalValue);
        readSum(in, c.totalNulls);
        boolean hasValueChain = in.readBoolean();
        java.util.Optional<TransitionCounts> valueChain = c.valueChain();
        if (hasValueChain != valueChain.isPresent()) {
            throw new IOException("Markov state " + (hasValueChain ? "has" : "lacks")
                    + " a value-weighted chain but the model " + (valueChain.isPresent() ? "needs" : "has") + " none");
        }
        if (hasValueChain) {
            readTransitions(valueChain.get(), in);
        }
    }
}

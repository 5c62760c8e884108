package io.github.emporion.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * Writes an accumulator's plain-data state to bytes and reads it back: the explicit encoding that
 * lets Spark move an Emporion {@link io.github.emporion.aggregate.Accumulator} between executors
 * without Kryo or Java serialisation.
 *
 * <p>A codec writes exactly the fields that make up the state (counts, exact sums, small maps) in a
 * fixed order and reads them back in the same order; {@link StateIo} has helpers for the usual
 * field types. The law every codec must satisfy, and every codec's test should check: for any
 * accumulator {@code a}, {@code read(write(a))} produces the same {@code result()} as {@code a}, and
 * keeps doing so after further {@code add} and {@code merge} calls.
 *
 * <p>Why bytes written by hand rather than Spark's bean encoder or Kryo: the accumulators' state is
 * private by design (only {@code add} and {@code merge} may change it, so the invariants hold), and
 * is not a Java bean; Kryo is opaque, version-dependent and needs {@code --add-opens} on Java 17;
 * Java serialisation is slow, fragile and a security risk. The bytes live only for the duration of
 * one Spark job (shuffle and spill), between executors running the same jar, so the format carries
 * no version tag.
 *
 * <p>A codec is shipped to the executors inside the Spark job, so it must be {@link Serializable};
 * a stateless class or an enum constant is the natural choice.
 *
 * <pre>{@code
 * enum CountCodec implements AccumulatorCodec<CountAccumulator> {
 *     INSTANCE;
 *     public void write(CountAccumulator acc, DataOutput out) throws IOException {
 *         out.writeLong(acc.count());
 *     }
 *     public CountAccumulator read(DataInput in) throws IOException {
 *         return CountAccumulator.ofCount(in.readLong());
 *     }
 * }
 * }</pre>
 *
 * @param <A> the accumulator type
 */
public interface AccumulatorCodec<A> extends Serializable {

    /**
     * Writes the state of {@code accumulator}; must not change the accumulator.
     *
     * @param accumulator the accumulator to write
     * @param out where to write
     * @throws IOException if {@code out} fails
     */
    void write(A accumulator, DataOutput out) throws IOException;

    /**
     * Reads an accumulator written by {@link #write(Object, DataOutput)}.
     *
     * @param in where to read; positioned at the start of what {@code write} wrote
     * @return a new accumulator with the written state
     * @throws IOException if {@code in} fails or holds a state that breaks the accumulator's rules
     */
    A read(DataInput in) throws IOException;

    /**
     * Encodes an accumulator to a new byte array.
     *
     * @param accumulator the accumulator
     * @return its state as bytes
     */
    default byte[] toBytes(A accumulator) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(accumulator, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode accumulator " + accumulator.getClass(), e);
        }
        return bytes.toByteArray();
    }

    /**
     * Decodes an accumulator from bytes made by {@link #toBytes(Object)}.
     *
     * @param bytes the state as bytes
     * @return a new accumulator
     * @throws IllegalArgumentException if the bytes are not a complete state (too short, or left
     *     over bytes)
     */
    default A fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            A accumulator = read(in);
            if (in.available() > 0) {
                throw new IllegalArgumentException("bytes must hold exactly one accumulator state, but "
                        + in.available() + " of " + bytes.length + " bytes were left over");
            }
            return accumulator;
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "bytes must hold an accumulator state, but " + bytes.length + " bytes could not be read", e);
        }
    }
}

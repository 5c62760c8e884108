package io.github.emporion.spark;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Spark's aggregation buffer for an {@link AccumulatorAggregator}: holds the live accumulator while
 * rows are added and merged, and its codec-encoded bytes while Spark moves it between executors.
 * Users never create or read one; it is public only because Spark's bean encoder needs a public
 * bean class.
 *
 * <p>Why a bean with one {@code binary} property instead of a bare {@code byte[]} buffer ({@code
 * Encoders.BINARY()}): Spark treats a bare binary buffer as a "simple" buffer and hands it to {@code
 * reduce} as bytes for every single row, so every row would cost a full decode and re-encode of the
 * state, and the grouping would fall back to sort-based aggregation (binary is not a fixed-width
 * buffer type). A struct-typed buffer makes Spark keep the buffer as a Java object ({@code
 * ObjectHashAggregate}): {@code add} and {@code merge} run on the live accumulator, and Spark calls
 * {@link #getState()} (the encoding) only when it shuffles or spills a buffer, once per group and
 * partition. The bytes are still produced by the explicit {@link AccumulatorCodec}: Spark sees a
 * {@code struct<state: binary>} and nothing else.
 */
public final class AccumulatorBuffer {

    private byte @Nullable [] state;
    private transient @Nullable Object live;
    private transient @Nullable AccumulatorCodec<?> codec;

    /** Creates an empty buffer; for Spark's bean encoder. */
    public AccumulatorBuffer() {}

    static <A> AccumulatorBuffer of(A accumulator, AccumulatorCodec<A> codec) {
        AccumulatorBuffer buffer = new AccumulatorBuffer();
        buffer.live = Objects.requireNonNull(accumulator, "accumulator");
        buffer.codec = codec;
        return buffer;
    }

    /**
     * Returns the encoded state (encoding the live accumulator if there is one); for Spark's bean
     * encoder.
     *
     * @return the state as written by the codec, or {@code null} if the buffer was never filled
     */
    public byte @Nullable [] getState() {
        if (live != null && codec != null) {
            state = encode(codec, live);
        }
        return state;
    }

    /**
     * Sets the encoded state; for Spark's bean encoder. Drops any live accumulator.
     *
     * @param state the state as written by the codec
     */
    public void setState(byte @Nullable [] state) {
        this.state = state;
        this.live = null;
    }

    /**
     * Returns the live accumulator, decoding the state with {@code codec} the first time.
     *
     * @throws IllegalStateException if the buffer holds neither an accumulator nor a state
     */
    @SuppressWarnings("unchecked") // live was made by this codec, or by the same aggregator's zero
    <A> A accumulator(AccumulatorCodec<A> codec) {
        if (live == null) {
            byte[] bytes = state;
            if (bytes == null) {
                throw new IllegalStateException(
                        "aggregation buffer must hold an accumulator or its state, but was empty");
            }
            live = codec.fromBytes(bytes);
            state = null;
        }
        this.codec = codec;
        return (A) live;
    }

    @SuppressWarnings("unchecked") // the codec is the one the live accumulator was made or read with
    private static <A> byte[] encode(AccumulatorCodec<A> codec, Object live) {
        return codec.toBytes((A) live);
    }
}

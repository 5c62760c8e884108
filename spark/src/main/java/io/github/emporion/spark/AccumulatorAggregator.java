package io.github.emporion.spark;

import io.github.emporion.aggregate.Accumulator;
import java.io.Serializable;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;

/**
 * Any Emporion {@link Accumulator} as a Spark {@link Aggregator}, so that the same code that
 * computes a KPI or an attribution in one JVM computes it on a cluster, with exactly the same
 * result.
 *
 * <p>The mapping is one to one: {@code zero} creates an empty accumulator with the given factory,
 * {@code reduce} is {@link Accumulator#add(Object)}, {@code merge} is {@link
 * Accumulator#merge(Accumulator)} and {@code finish} is {@link Accumulator#result()} followed by an
 * optional conversion to a type Spark can encode. Because {@code merge} is associative with the empty
 * accumulator as identity, Spark may split the rows of a group across partitions in any way and the
 * result is the single-pass result.
 *
 * <p>Encoders are explicit: the buffer is a {@code struct<state: binary>} whose bytes are written by
 * the accumulator's {@link AccumulatorCodec} (see {@link AccumulatorBuffer} for why a struct and not
 * a bare binary), and the output uses the {@link Encoder} you give (for example {@link
 * Encoders#LONG()} or {@link Encoders#bean(Class)}). No Kryo and no Java serialisation touch the
 * accumulators or results; only this aggregator object itself (the factory, codec, finisher and
 * encoder) is shipped to the executors the way Spark ships every function, so those must be {@link
 * Serializable} (a method reference or lambda typed as {@link Zero} or {@link Finisher} is).
 *
 * <p>Three ways to use it:
 *
 * <pre>{@code
 * AccumulatorAggregator<BigDecimal, Totals, TotalsAccumulator, Totals> totals =
 *         AccumulatorAggregator.of(TotalsAccumulator::new, TotalsCodec.INSTANCE, Encoders.bean(Totals.class));
 *
 * // 1. typed Dataset API
 * Dataset<Tuple2<String, Totals>> perChannel = sales
 *         .groupByKey((MapFunction<Sale, String>) Sale::getChannel, Encoders.STRING())
 *         .mapValues((MapFunction<Sale, BigDecimal>) Sale::getAmount, Encoders.DECIMAL())
 *         .agg(totals.toColumn().name("totals"));
 * // the same aggregation without a typed input: column functions
 * salesDf.groupBy("channel").agg(totals.udaf(Encoders.DECIMAL()).apply(col("amount")));
 *
 * // 2. SQL (and 3. PySpark: spark.sql(...) on the same session, once registered on the JVM)
 * totals.register(spark, "emporion_totals", Encoders.DECIMAL());
 * spark.sql("SELECT channel, emporion_totals(amount) AS totals FROM sales GROUP BY channel");
 * }</pre>
 *
 * @param <IN> the row type the accumulator takes
 * @param <R> the accumulator's result type
 * @param <A> the accumulator type
 * @param <OUT> the output type Spark encodes (often {@code R} itself)
 */
public final class AccumulatorAggregator<IN, R, A extends Accumulator<IN, R, A>, OUT>
        extends Aggregator<IN, AccumulatorBuffer, OUT> {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an empty accumulator; serializable so that Spark can ship it to the executors.
     *
     * @param <A> the accumulator type
     */
    @FunctionalInterface
    public interface Zero<A> extends Supplier<A>, Serializable {}

    /**
     * Converts an accumulator's result into the type the output encoder encodes; serializable so
     * that Spark can ship it to the executors.
     *
     * @param <R> the result type
     * @param <OUT> the output type
     */
    @FunctionalInterface
    public interface Finisher<R, OUT> extends Function<R, OUT>, Serializable {}

    private final Zero<A> zero;
    private final AccumulatorCodec<A> codec;
    private final Finisher<? super R, ? extends OUT> finisher;
    private final Encoder<OUT> outputEncoder;

    private AccumulatorAggregator(
            Zero<A> zero,
            AccumulatorCodec<A> codec,
            Finisher<? super R, ? extends OUT> finisher,
            Encoder<OUT> outputEncoder) {
        this.zero = Objects.requireNonNull(zero, "zero");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.finisher = Objects.requireNonNull(finisher, "finisher");
        this.outputEncoder = Objects.requireNonNull(outputEncoder, "outputEncoder");
    }

    /**
     * Wraps an accumulator whose result Spark can encode directly.
     *
     * @param zero creates an empty accumulator
     * @param codec encodes the accumulator's state
     * @param resultEncoder encodes the result
     * @param <IN> the row type
     * @param <R> the result type
     * @param <A> the accumulator type
     * @return the aggregator
     */
    public static <IN, R, A extends Accumulator<IN, R, A>> AccumulatorAggregator<IN, R, A, R> of(
            Zero<A> zero, AccumulatorCodec<A> codec, Encoder<R> resultEncoder) {
        return new AccumulatorAggregator<>(zero, codec, result -> result, resultEncoder);
    }

    /**
     * Wraps an accumulator and converts its result before Spark encodes it (for example a result
     * record into a bean, or a map of credits into a {@code Map<String, BigDecimal>}).
     *
     * @param zero creates an empty accumulator
     * @param codec encodes the accumulator's state
     * @param finisher converts the result into the output type
     * @param outputEncoder encodes the output
     * @param <IN> the row type
     * @param <R> the result type
     * @param <A> the accumulator type
     * @param <OUT> the output type
     * @return the aggregator
     */
    public static <IN, R, A extends Accumulator<IN, R, A>, OUT> AccumulatorAggregator<IN, R, A, OUT> of(
            Zero<A> zero,
            AccumulatorCodec<A> codec,
            Finisher<? super R, ? extends OUT> finisher,
            Encoder<OUT> outputEncoder) {
        return new AccumulatorAggregator<>(zero, codec, finisher, outputEncoder);
    }

    /**
     * Returns a new buffer holding an empty accumulator.
     *
     * @return the buffer
     */
    @Override
    public AccumulatorBuffer zero() {
        return AccumulatorBuffer.of(Objects.requireNonNull(zero.get(), "zero returned null"), codec);
    }

    /**
     * Adds one row to the buffer's accumulator.
     *
     * @param buffer the buffer
     * @param row the row
     * @return {@code buffer}
     */
    @Override
    public AccumulatorBuffer reduce(AccumulatorBuffer buffer, IN row) {
        buffer.accumulator(codec).add(row);
        return buffer;
    }

    /**
     * Merges the second buffer's accumulator into the first's.
     *
     * @param first the buffer to merge into; its rows come first
     * @param second the buffer to merge; unchanged
     * @return {@code first}
     */
    @Override
    public AccumulatorBuffer merge(AccumulatorBuffer first, AccumulatorBuffer second) {
        first.accumulator(codec).merge(second.accumulator(codec));
        return first;
    }

    /**
     * Returns the accumulator's result, converted by the finisher.
     *
     * @param buffer the buffer
     * @return the output
     */
    @Override
    public OUT finish(AccumulatorBuffer buffer) {
        return finisher.apply(buffer.accumulator(codec).result());
    }

    /**
     * Returns the buffer encoder: a bean encoder for {@code struct<state: binary>}.
     *
     * @return the buffer encoder
     */
    @Override
    public Encoder<AccumulatorBuffer> bufferEncoder() {
        return Encoders.bean(AccumulatorBuffer.class);
    }

    /**
     * Returns the output encoder given at construction.
     *
     * @return the output encoder
     */
    @Override
    public Encoder<OUT> outputEncoder() {
        return outputEncoder;
    }

    /**
     * Returns this aggregator as an untyped aggregate function for DataFrame columns and SQL; the
     * function's arguments are decoded with {@code inputEncoder} (one column for a simple encoder
     * such as {@link Encoders#DECIMAL()}; for a struct encoder one argument per field, in the order of
     * the encoder's schema, which for {@link Encoders#bean(Class)} is the properties sorted by name).
     *
     * @param inputEncoder decodes the function's arguments into rows
     * @return the function, e.g. for {@code df.groupBy("channel").agg(fn.apply(col("amount")))}
     */
    public UserDefinedFunction udaf(Encoder<IN> inputEncoder) {
        return functions.udaf(this, Objects.requireNonNull(inputEncoder, "inputEncoder"));
    }

    /**
     * Registers this aggregator as a SQL aggregate function in {@code spark}'s session, where SQL
     * and PySpark (classic, not Spark Connect) can call it by name.
     *
     * @param spark the session
     * @param name the SQL function name, for example {@code emporion_conversion_rate}
     * @param inputEncoder decodes the function's arguments into rows
     * @return the registered function
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public UserDefinedFunction register(SparkSession spark, String name, Encoder<IN> inputEncoder) {
        Objects.requireNonNull(spark, "spark");
        if (Objects.requireNonNull(name, "name").isBlank()) {
            throw new IllegalArgumentException("name must not be blank, but was '" + name + "'");
        }
        return spark.udf().register(name, udaf(inputEncoder));
    }
}

package io.github.emporion.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.github.emporion.aggregate.Accumulator;
import io.github.emporion.metrics.attribution.Attribution;
import io.github.emporion.metrics.attribution.AttributionModel;
import io.github.emporion.metrics.attribution.AttributionResult;
import io.github.emporion.metrics.attribution.AttributionStates;
import io.github.emporion.metrics.attribution.ChannelPath;
import io.github.emporion.metrics.attribution.TransitionCounts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * Channel attribution on Spark: the same models and the same {@link AttributionResult}s as {@link
 * Attribution#run(List, Iterable)}, over path rows in a DataFrame, however many.
 *
 * <h2>Input</h2>
 *
 * <p>One row per path: {@value #PATH} (an {@code array<string>} of channel names, or a {@code
 * string} such as {@code "search > email"} split at {@code >} and trimmed as {@link
 * ChannelPath#parse}), {@value #CONVERSIONS}, {@value #VALUE} and {@value #NULLS} (the
 * non-conversions), each any numeric type or a numeric string (decimals are converted to the nearest
 * {@code double}, as the in-process CSV reader does). This is ChannelAttribution's path-count layout
 * ({@code path, total_conversions, total_conversion_value, total_null}: rename the columns), and rows
 * may repeat a path. From raw touchpoints, build journeys with {@link SparkJourneys} and turn them
 * into path rows with {@link #journeyPaths(Dataset)}.
 *
 * <h2>How it runs</h2>
 *
 * <p>Every partition feeds its rows to one accumulator per model (rule-based credit tables, {@link
 * TransitionCounts} for Markov, coalition counts for Shapley); the partial accumulators are encoded
 * with {@link AttributionStates} (exact sums as their partials, no Java serialisation) and sent to
 * the driver, which merges them in partition order and computes the results there: for Markov, the
 * driver solves the small absorbing chain of the aggregated transition counts. Because the
 * accumulators' merge is exact and partitions are merged in order, the result equals {@code
 * Attribution.run(models, rows)} over the rows in the DataFrame's order, to the last bit and with
 * the same channel order (first appearance). The driver holds one encoded partial per partition and
 * model (a few kilobytes each; Markov of order 3 or 4 with many channels more): {@code coalesce}
 * very finely partitioned input first.
 *
 * <p>Time decay needs touch timestamps and is not a path model: run {@code
 * Attribution.runJourneys} in process on the journeys.
 *
 * <pre>{@code
 * Dataset<Row> paths = spark.read().option("header", true).csv("paths.csv")
 *         .withColumnRenamed("total_conversions", "conversions")
 *         .withColumnRenamed("total_conversion_value", "value")
 *         .withColumnRenamed("total_null", "nulls");
 * List<AttributionResult> results = SparkAttribution.run(paths,
 *         List.of(RuleBasedModel.lastTouch(), RuleBasedModel.linear(), MarkovModel.order(1), ShapleyModel.simplified()));
 * }</pre>
 */
public final class SparkAttribution {

    /** Input column: the channels of the path. */
    public static final String PATH = "path";
    /** Input column: the converting journeys with this path. */
    public static final String CONVERSIONS = "conversions";
    /** Input column: the total conversion value of those journeys. */
    public static final String VALUE = "value";
    /** Input column: the non-converting journeys with this path. */
    public static final String NULLS = "nulls";

    /** The input schema of the attribution SQL functions: {@code (path, conversions, value, nulls)}. */
    public static final StructType FUNCTION_INPUT = new StructType()
            .add(PATH, DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add(CONVERSIONS, DataTypes.DoubleType, false)
            .add(VALUE, DataTypes.DoubleType, false)
            .add(NULLS, DataTypes.DoubleType, false);

    private static final List<String> COLUMNS = List.of(PATH, CONVERSIONS, VALUE, NULLS);

    private SparkAttribution() {}

    /**
     * Runs the models over the path rows in one Spark job.
     *
     * @param paths the path rows (see the class description)
     * @param models the models, at least one: rule-based, Markov or Shapley
     * @return one result per model, in the models' order, equal to {@link Attribution#run(List,
     *     Iterable)} over the same rows in the same order
     * @throws IllegalArgumentException if a column is missing, {@code models} is empty or holds a
     *     model that cannot run here; a row that is not a valid {@link ChannelPath} fails the job
     *     with a message naming the column or rule
     * @throws IllegalStateException as the model's {@code result()} (e.g. Markov without any
     *     conversion)
     */
    public static List<AttributionResult> run(Dataset<Row> paths, List<? extends AttributionModel> models) {
        Objects.requireNonNull(paths, "paths");
        if (Objects.requireNonNull(models, "models").isEmpty()) {
            throw new IllegalArgumentException("models must not be empty");
        }
        List<String> present = Arrays.asList(paths.columns());
        for (String column : COLUMNS) {
            if (!present.contains(column)) {
                throw new IllegalArgumentException(
                        "paths must have a column '" + column + "', but has only " + present);
            }
        }
        ModelSpec[] specs = models.stream().map(ModelSpec::of).toArray(ModelSpec[]::new);
        FlatMapFunction<java.util.Iterator<Row>, byte[]> partial = rows -> {
            List<Accumulator<ChannelPath, AttributionResult, ?>> accs = new ArrayList<>(specs.length);
            for (ModelSpec spec : specs) {
                accs.add(spec.model().newAccumulator());
            }
            while (rows.hasNext()) {
                ChannelPath path = toPath(rows.next());
                for (Accumulator<ChannelPath, AttributionResult, ?> acc : accs) {
                    acc.add(path);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            for (Accumulator<ChannelPath, AttributionResult, ?> acc : accs) {
                AttributionStates.write(acc, out);
            }
            out.flush();
            return List.of(bytes.toByteArray()).iterator();
        };
        // RDD.collect() returns the partitions' outputs in partition order
        List<byte[]> partials = paths.select(PATH, CONVERSIONS, VALUE, NULLS)
                .javaRDD()
                .mapPartitions(partial)
                .collect();

        List<Accumulator<ChannelPath, AttributionResult, ?>> totals = new ArrayList<>(models.size());
        models.forEach(m -> totals.add(m.newAccumulator()));
        for (byte[] part : partials) {
            DataInput in = new DataInputStream(new ByteArrayInputStream(part));
            for (int i = 0; i < totals.size(); i++) {
                mergeUnchecked(totals.get(i), read(models.get(i), in));
            }
        }
        List<AttributionResult> results = new ArrayList<>(totals.size());
        totals.forEach(acc -> results.add(acc.result()));
        return results;
    }

    /**
     * Turns journeys (the output of {@link SparkJourneys#journeys}) into path rows, one per journey:
     * a converting journey is 1 conversion with its value (0 if {@code null}), a non-converting one
     * is 1 null. This is what core's {@code PathCountAccumulator} counts before the rows with equal
     * paths are added up.
     *
     * @param journeys the journeys: columns {@code path}, {@code converted}, {@code
     *     conversion_value}
     * @return columns {@value #PATH}, {@value #CONVERSIONS}, {@value #VALUE}, {@value #NULLS}
     *     (doubles; the value keeps its numeric type)
     */
    public static Dataset<Row> journeyPaths(Dataset<Row> journeys) {
        Objects.requireNonNull(journeys, "journeys");
        var converted = col(SparkJourneys.CONVERTED);
        var value = col(SparkJourneys.CONVERSION_VALUE);
        var valueType = journeys.schema().apply(SparkJourneys.CONVERSION_VALUE).dataType();
        return journeys.select(
                col(SparkJourneys.PATH).as(PATH),
                when(converted, lit(1.0)).otherwise(lit(0.0)).as(CONVERSIONS),
                when(converted.and(value.isNotNull()), value)
                        .otherwise(lit(0).cast(valueType))
                        .as(VALUE),
                when(converted, lit(0.0)).otherwise(lit(1.0)).as(NULLS));
    }

    /**
     * One attribution model as a Spark aggregate over {@link #FUNCTION_INPUT} rows, for {@code
     * GROUP BY} queries (one result per group) and SQL ({@link EmporionSpark#registerAll}). The
     * credits are exact whatever the partitioning; the order of the channels in the result follows
     * the order in which Spark merges partial results and may vary between runs (use {@link
     * #run(Dataset, List)} for the in-process order). For Markov the chain of each group is solved
     * where the group is finished, on an executor.
     *
     * @param model a rule-based, Markov or Shapley model
     * @return the aggregator; its output is an {@link AttributionRow}
     */
    public static AccumulatorAggregator<Row, AttributionResult, PathAccumulator, AttributionRow> aggregator(
            AttributionModel model) {
        ModelSpec spec = ModelSpec.of(model);
        return AccumulatorAggregator.of(
                () -> new PathAccumulator(spec.model()),
                new PathCodec(spec),
                AttributionRow::of,
                Encoders.bean(AttributionRow.class));
    }

    /**
     * Reads one path row: the four columns in the order {@code path, conversions, value, nulls}.
     *
     * @throws IllegalArgumentException naming the column if a field is null or not a number
     */
    static ChannelPath toPath(Row row) {
        double conversions = number(row, 1, CONVERSIONS);
        double value = number(row, 2, VALUE);
        double nulls = number(row, 3, NULLS);
        Object path = field(row, 0, PATH);
        if (path instanceof String text) {
            return ChannelPath.parse(text, '>', conversions, value, nulls);
        }
        List<String> channels = row.getList(0);
        if (channels.contains(null)) {
            throw new IllegalArgumentException(PATH + " must not contain null, but was " + channels);
        }
        return new ChannelPath(channels, conversions, value, nulls);
    }

    private static Object field(Row row, int index, String column) {
        Object value = row.get(index);
        if (value == null) {
            throw new IllegalArgumentException(column + " must not be null, but a row had null: " + row);
        }
        return value;
    }

    private static double number(Row row, int index, String column) {
        Object value = field(row, index, column);
        if (value instanceof BigDecimal decimal) {
            return decimal.doubleValue();
        } else if (value instanceof Number number) {
            return number.doubleValue();
        } else if (value instanceof String text) {
            try {
                return Double.parseDouble(text.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(column + " must be a number, but was '" + text + "'", e);
            }
        }
        throw new IllegalArgumentException(
                column + " must be a number, but was " + value.getClass().getSimpleName() + " " + value);
    }

    private static Accumulator<ChannelPath, AttributionResult, ?> read(AttributionModel model, DataInput in) {
        try {
            return AttributionStates.read(model, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot decode a partial accumulator of " + model.name(), e);
        }
    }

    /** Both come from the same model's {@code newAccumulator()}, so they are of the same kind. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void mergeUnchecked(Accumulator target, Accumulator part) {
        target.merge(part);
    }

    /**
     * An attribution model's accumulator over {@link #FUNCTION_INPUT} rows: each row becomes a
     * {@link ChannelPath}. Created by {@link #aggregator(AttributionModel)}.
     */
    public static final class PathAccumulator implements Accumulator<Row, AttributionResult, PathAccumulator> {

        private final AttributionModel model;
        private final Accumulator<ChannelPath, AttributionResult, ?> inner;

        PathAccumulator(AttributionModel model) {
            this(model, model.newAccumulator());
        }

        private PathAccumulator(AttributionModel model, Accumulator<ChannelPath, AttributionResult, ?> inner) {
            this.model = model;
            this.inner = inner;
        }

        /**
         * Adds one row.
         *
         * @param row {@code (path, conversions, value, nulls)}
         * @return this accumulator
         */
        @Override
        public PathAccumulator add(Row row) {
            inner.add(toPath(row));
            return this;
        }

        /**
         * Merges another accumulator of the same model.
         *
         * @param other the other accumulator
         * @return this accumulator
         */
        @Override
        public PathAccumulator merge(PathAccumulator other) {
            mergeUnchecked(inner, other.inner);
            return this;
        }

        /**
         * Returns the model's result.
         *
         * @return the result
         */
        @Override
        public AttributionResult result() {
            return inner.result();
        }

        /**
         * Returns the model.
         *
         * @return the model
         */
        public AttributionModel model() {
            return model;
        }
    }

    /** The codec of a {@link PathAccumulator}: the inner accumulator's {@link AttributionStates}. */
    private static final class PathCodec implements AccumulatorCodec<PathAccumulator> {

        private static final long serialVersionUID = 1L;

        private final ModelSpec spec;
        private transient @Nullable AttributionModel model;

        PathCodec(ModelSpec spec) {
            this.spec = spec;
        }

        private AttributionModel model() {
            AttributionModel m = model;
            if (m == null) {
                m = spec.model();
                model = m;
            }
            return m;
        }

        @Override
        public void write(PathAccumulator accumulator, DataOutput out) throws IOException {
            AttributionStates.write(accumulator.inner, out);
        }

        @Override
        public PathAccumulator read(DataInput in) throws IOException {
            AttributionModel m = model();
            return new PathAccumulator(m, AttributionStates.read(m, in));
        }
    }
}

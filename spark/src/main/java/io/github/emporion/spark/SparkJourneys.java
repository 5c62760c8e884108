package io.github.emporion.spark;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.unix_micros;
import static org.apache.spark.sql.functions.when;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;

/**
 * Turns raw touchpoints and conversions in DataFrames into per-visitor journeys (ordered channel
 * paths), the input of path-based attribution, computed entirely with Spark SQL expressions (no
 * Java code runs per row, so it works the same from Java, SQL pipelines and PySpark).
 *
 * <h2>Input</h2>
 *
 * <ul>
 *   <li>touchpoints: columns {@value #VISITOR_ID} (any type, compared as a string), {@value
 *       #TIMESTAMP} ({@code timestamp}) and {@value #CHANNEL} ({@code string}); other columns are
 *       ignored;
 *   <li>conversions: columns {@value #VISITOR_ID} and {@value #TIMESTAMP}; other columns are ignored.
 * </ul>
 *
 * <p>A {@code null} in any of these columns fails the Spark job with a message naming the column
 * (rows are never dropped silently). Rename columns with {@code withColumnRenamed} first if yours
 * are named differently.
 *
 * <h2>Rules</h2>
 *
 * <ol>
 *   <li><b>Order.</b> A visitor's events are ordered by timestamp; a touchpoint at the same instant
 *       as a conversion comes before it (clicked and bought within the timestamp's precision: the
 *       touch counts for that conversion); touchpoints at the same instant are ordered by channel
 *       name (Spark's binary UTF-8 string order). The order therefore depends only on the data,
 *       never on partitioning or input order; identical (timestamp, channel) touches are
 *       interchangeable.
 *   <li><b>Journeys.</b> Each conversion closes a journey: the visitor's touchpoints after the
 *       previous conversion, up to and including the conversion's instant. Touchpoints after the
 *       visitor's last conversion form one open (non-converting) journey. Journeys are numbered per
 *       visitor from 0 in time order ({@value #JOURNEY}).
 *   <li><b>Lookback.</b> A journey keeps only the touchpoints at or after {@code anchor - lookback},
 *       where the anchor is the conversion's instant, or for an open journey its last touchpoint's
 *       instant. A conversion whose touchpoints all fall outside the window (or that has none, such
 *       as a second conversion at the same instant) gives a converting journey with an empty path,
 *       so that conversions are never lost from a count; filter on {@code size(path) > 0} if your
 *       model ignores them.
 * </ol>
 *
 * <h2>Output</h2>
 *
 * <p>One row per journey: {@value #VISITOR_ID} ({@code string}), {@value #JOURNEY} ({@code int}),
 * {@value #PATH} ({@code array<string>}, channels in order, repeats kept), {@value #CONVERTED}
 * ({@code boolean}) and {@value #CONVERSION_TIME} ({@code timestamp}, {@code null} for an open
 * journey).
 *
 * <p>Worked example with a 7-day lookback, visitor {@code v}: search on day 0, email on day 9,
 * social on day 10, conversion on day 10 at the same instant as social, display on day 12. Journey 0
 * is {@code [email, social]}, converted (search, on day 0, is more than 7 days before day 10);
 * journey 1 is {@code [display]}, open.
 */
public final class SparkJourneys {

    /** Column name of the visitor id, in the input and the output. */
    public static final String VISITOR_ID = "visitor_id";
    /** Column name of the event time in the input ({@code timestamp}). */
    public static final String TIMESTAMP = "timestamp";
    /** Column name of the channel in the touchpoints ({@code string}). */
    public static final String CHANNEL = "channel";
    /** Output column: the journey's number within its visitor, from 0 in time order. */
    public static final String JOURNEY = "journey";
    /** Output column: the channels of the journey in order. */
    public static final String PATH = "path";
    /** Output column: whether a conversion closed the journey. */
    public static final String CONVERTED = "converted";
    /** Output column: the instant of the closing conversion, {@code null} for an open journey. */
    public static final String CONVERSION_TIME = "conversion_time";

    /** Longer than any span of Spark timestamps (years 1 to 9999), short enough not to overflow. */
    private static final Duration MAX_LOOKBACK = Duration.ofDays(3_652_500);

    private static final String KIND = "_kind";
    private static final int TOUCH = 0;
    private static final int CONVERSION = 1;

    private SparkJourneys() {}

    /**
     * Builds the journeys of every visitor; lazy, like every Spark transformation.
     *
     * @param touchpoints the touchpoints (see the class description for the columns)
     * @param conversions the conversions
     * @param lookback how far before its anchor a touchpoint may be and still count; zero keeps
     *     only touchpoints at the anchor's instant
     * @return one row per journey
     * @throws IllegalArgumentException if a column is missing or not a timestamp where one is
     *     needed, or {@code lookback} is negative or longer than 10,000 years
     */
    public static Dataset<Row> journeys(Dataset<Row> touchpoints, Dataset<Row> conversions, Duration lookback) {
        requireColumns("touchpoints", touchpoints, List.of(VISITOR_ID, TIMESTAMP, CHANNEL));
        requireColumns("conversions", conversions, List.of(VISITOR_ID, TIMESTAMP));
        long lookbackMicros = toMicros(Objects.requireNonNull(lookback, "lookback"));

        Dataset<Row> events = touchpoints
                .select(
                        notNull("touchpoints", VISITOR_ID).cast(DataTypes.StringType),
                        notNull("touchpoints", TIMESTAMP),
                        notNull("touchpoints", CHANNEL).cast(DataTypes.StringType),
                        lit(TOUCH).as(KIND))
                .unionByName(conversions.select(
                        notNull("conversions", VISITOR_ID).cast(DataTypes.StringType),
                        notNull("conversions", TIMESTAMP),
                        lit(null).cast(DataTypes.StringType).as(CHANNEL),
                        lit(CONVERSION).as(KIND)));

        // Journey number of an event = number of the visitor's conversions strictly before it.
        WindowSpec before = Window.partitionBy(VISITOR_ID)
                .orderBy(col(TIMESTAMP), col(KIND), col(CHANNEL))
                .rowsBetween(Window.unboundedPreceding(), -1);
        Column isTouch = col(KIND).equalTo(lit(TOUCH));
        Column isConversion = col(KIND).equalTo(lit(CONVERSION));
        Dataset<Row> grouped = events.withColumn(
                        JOURNEY, coalesce(sum(col(KIND)).over(before), lit(0)).cast(DataTypes.IntegerType))
                .groupBy(col(VISITOR_ID), col(JOURNEY))
                .agg(
                        // collect_list skips the nulls of the conversion rows; array_sort orders the
                        // (timestamp, channel) structs by timestamp, then channel.
                        array_sort(collect_list(when(
                                        isTouch,
                                        struct(
                                                col(TIMESTAMP).as("t"),
                                                col(CHANNEL).as("c")))))
                                .as("_touches"),
                        max(when(isConversion, col(TIMESTAMP))).as(CONVERSION_TIME),
                        max(when(isTouch, col(TIMESTAMP))).as("_last_touch"));

        Column windowStart =
                unix_micros(coalesce(col(CONVERSION_TIME), col("_last_touch"))).minus(lit(lookbackMicros));
        Column path = transform(
                filter(
                        col("_touches"),
                        touch -> unix_micros(touch.getField("t")).geq(windowStart)),
                touch -> touch.getField("c"));
        return grouped.select(
                col(VISITOR_ID),
                col(JOURNEY),
                path.as(PATH),
                col(CONVERSION_TIME).isNotNull().as(CONVERTED),
                col(CONVERSION_TIME));
    }

    private static Column notNull(String frame, String column) {
        return when(
                        col(column).isNull(),
                        raise_error(lit(frame + "." + column + " must not be null, but a row had null")))
                .otherwise(col(column))
                .as(column);
    }

    private static void requireColumns(String frame, Dataset<Row> data, List<String> required) {
        Objects.requireNonNull(data, frame);
        List<String> present = Arrays.asList(data.columns());
        for (String column : required) {
            if (!present.contains(column)) {
                throw new IllegalArgumentException(
                        frame + " must have a column '" + column + "', but has only " + present);
            }
        }
        var timeType = data.schema().apply(TIMESTAMP).dataType();
        if (!timeType.equals(DataTypes.TimestampType)) {
            throw new IllegalArgumentException(
                    frame + "." + TIMESTAMP + " must be of type timestamp, but was " + timeType.simpleString());
        }
    }

    private static long toMicros(Duration lookback) {
        if (lookback.isNegative() || lookback.compareTo(MAX_LOOKBACK) > 0) {
            throw new IllegalArgumentException(
                    "lookback must be between 0 and " + MAX_LOOKBACK.toDays() + " days, but was " + lookback);
        }
        return lookback.getSeconds() * 1_000_000L + lookback.getNano() / 1_000L;
    }
}

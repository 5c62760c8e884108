package io.github.emporion.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.unix_micros;
import static org.apache.spark.sql.functions.when;

import io.github.emporion.marketing.journey.JourneyBuilder;
import io.github.emporion.marketing.touchpoint.InteractionType;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * Turns raw touchpoints and conversions in DataFrames into per-visitor journeys (ordered channel
 * paths), the input of path-based attribution, with exactly the rules of core's {@link
 * JourneyBuilder}, so that Spark and an in-process run give the same journeys. It is computed
 * entirely with Spark SQL expressions (no Java code runs per row), so it works the same from Java,
 * SQL pipelines and PySpark.
 *
 * <h2>Input</h2>
 *
 * <ul>
 *   <li>touchpoints: columns {@value #VISITOR_ID} (any type, compared as a string), {@value
 *       #TIMESTAMP} ({@code timestamp}) and {@value #CHANNEL} ({@code string}); optional {@value
 *       #INTERACTION_TYPE} (the {@link InteractionType} constant name, e.g. {@code CLICK}) and
 *       {@value #CAMPAIGN_ID} ({@code string}), which only order touchpoints at the same instant;
 *       other columns are ignored;
 *   <li>conversions: columns {@value #VISITOR_ID} and {@value #TIMESTAMP}; optional {@value #VALUE}
 *       (any numeric type, passed through as {@value #CONVERSION_VALUE}) and {@value #ORDER_ID}
 *       ({@code string}); other columns are ignored.
 * </ul>
 *
 * <p>A {@code null} visitor id, timestamp or channel, or an unknown interaction type, fails the
 * Spark job with a message naming the column (rows are never dropped silently). Rename columns with
 * {@code withColumnRenamed} first if yours are named differently.
 *
 * <h2>Rules (those of {@link JourneyBuilder})</h2>
 *
 * <ol>
 *   <li><b>Order.</b> A visitor's events are ordered by timestamp; at the same instant touchpoints
 *       come before conversions (the click counts toward the purchase), touchpoints by interaction
 *       type in funnel order (the enum order of {@link InteractionType}; a missing column counts as
 *       one type for all), then channel name, then campaign id (none sorts first); conversions by
 *       order id (none first), then value. The order depends only on the data, never on
 *       partitioning or input order.
 *   <li><b>Journeys.</b> Each conversion at instant {@code c} takes the visitor's touchpoints since
 *       the previous conversion with {@code c − lookback ≤ t ≤ c} (both edges inclusive) as its
 *       journey. Older ones are dropped ({@value #EXPIRED_TOUCHPOINTS} counts them). A conversion
 *       with no touchpoint in its window is <em>unattributed</em>: it is not a journey (a journey
 *       always has at least one touchpoint) and is listed by {@link #unattributedConversions}.
 *       Touchpoints after the visitor's last conversion form one non-converting journey, with no
 *       window (there is no conversion to look back from).
 *   <li>Journeys are numbered per visitor from 0 in time order ({@value #JOURNEY}), like the list
 *       {@code VisitorJourneys.journeys()}.
 * </ol>
 *
 * <p>Two known differences from core, both outside what a path can show: strings are compared in
 * Spark's binary UTF-8 order, Java's {@code String.compareTo} in UTF-16 order (they differ only
 * between characters above U+FFFF and those in U+E000–U+FFFF); and two conversions of one visitor
 * at the same instant with the same order id are ordered by value here, by their text form in core.
 *
 * <h2>Output</h2>
 *
 * <p>One row per journey: {@value #VISITOR_ID} ({@code string}), {@value #JOURNEY} ({@code int}),
 * {@value #PATH} ({@code array<string>}, channels in order, repeats kept, never empty), {@value
 * #CONVERTED} ({@code boolean}), {@value #CONVERSION_TIME} ({@code timestamp}), {@value
 * #CONVERSION_VALUE} (the input's {@value #VALUE} type, {@code double} if absent), {@value
 * #ORDER_ID} ({@code string}), all three {@code null} for a non-converting journey, and {@value
 * #EXPIRED_TOUCHPOINTS} ({@code int}).
 *
 * <p>Worked example with a 7-day lookback, visitor {@code v}: search on day 0, email on day 9,
 * social on day 10, conversion on day 10 at the same instant as social, a second conversion on day
 * 11, display on day 12. Journey 0 is {@code [email, social]}, converted, 1 expired touchpoint
 * (search, more than 7 days before day 10); the conversion on day 11 has no touchpoint of its own
 * and is unattributed; journey 1 is {@code [display]}, not converted.
 */
public final class SparkJourneys {

    /** Column name of the visitor id, in the input and the output. */
    public static final String VISITOR_ID = "visitor_id";
    /** Column name of the event time in the input ({@code timestamp}). */
    public static final String TIMESTAMP = "timestamp";
    /** Column name of the channel in the touchpoints ({@code string}). */
    public static final String CHANNEL = "channel";
    /** Optional touchpoint column: the {@link InteractionType} name. */
    public static final String INTERACTION_TYPE = "interaction_type";
    /** Optional touchpoint column: the campaign id. */
    public static final String CAMPAIGN_ID = "campaign_id";
    /** Optional conversion column: the conversion value (numeric). */
    public static final String VALUE = "value";
    /** Optional conversion column, and output column: the order id of a conversion. */
    public static final String ORDER_ID = "order_id";
    /** Output column: the journey's number within its visitor, from 0 in time order. */
    public static final String JOURNEY = "journey";
    /** Output column: the channels of the journey in order. */
    public static final String PATH = "path";
    /** Output column: whether a conversion closed the journey. */
    public static final String CONVERTED = "converted";
    /** Output column: the instant of the closing conversion, {@code null} for an open journey. */
    public static final String CONVERSION_TIME = "conversion_time";
    /** Output column: the value of the closing conversion, {@code null} for an open journey. */
    public static final String CONVERSION_VALUE = "conversion_value";
    /** Output column: touchpoints dropped because they were older than the conversion's window. */
    public static final String EXPIRED_TOUCHPOINTS = "expired_touchpoints";

    /** Longer than any span of Spark timestamps (years 1 to 9999), short enough not to overflow. */
    private static final Duration MAX_LOOKBACK = Duration.ofDays(3_652_500);

    private static final String KIND = "_kind";
    private static final String TYPE_RANK = "_type";
    private static final int TOUCH = 0;
    private static final int CONVERSION = 1;

    private SparkJourneys() {}

    /**
     * Builds the journeys of every visitor; lazy, like every Spark transformation.
     *
     * @param touchpoints the touchpoints (see the class description for the columns)
     * @param conversions the conversions
     * @param lookback how far before a conversion a touchpoint may be and still count; positive, as
     *     in {@link JourneyBuilder#withLookback(Duration)}
     * @return one row per journey
     * @throws IllegalArgumentException if a column is missing or not a timestamp where one is
     *     needed, or {@code lookback} is not positive or longer than 10,000 years
     */
    public static Dataset<Row> journeys(Dataset<Row> touchpoints, Dataset<Row> conversions, Duration lookback) {
        Dataset<Row> groups = groups(touchpoints, conversions, lookback);
        WindowSpec perVisitor = Window.partitionBy(VISITOR_ID).orderBy(col("_group"));
        return groups.where(size(col(PATH)).gt(0))
                .withColumn(JOURNEY, row_number().over(perVisitor).minus(1))
                .select(
                        col(VISITOR_ID),
                        col(JOURNEY),
                        col(PATH),
                        col(CONVERTED),
                        col(CONVERSION_TIME),
                        col(CONVERSION_VALUE),
                        col(ORDER_ID),
                        col(EXPIRED_TOUCHPOINTS));
    }

    /**
     * Lists the conversions that have no touchpoint inside their lookback window (core's {@code
     * VisitorJourneys.unattributedConversions()}), so that no conversion disappears from a count.
     *
     * @param touchpoints the touchpoints
     * @param conversions the conversions
     * @param lookback the lookback window, positive
     * @return one row per unattributed conversion: {@value #VISITOR_ID}, {@value #CONVERSION_TIME},
     *     {@value #CONVERSION_VALUE}, {@value #ORDER_ID}, {@value #EXPIRED_TOUCHPOINTS}
     * @throws IllegalArgumentException as {@link #journeys(Dataset, Dataset, Duration)}
     */
    public static Dataset<Row> unattributedConversions(
            Dataset<Row> touchpoints, Dataset<Row> conversions, Duration lookback) {
        return groups(touchpoints, conversions, lookback)
                .where(col(CONVERTED).and(size(col(PATH)).equalTo(0)))
                .select(
                        col(VISITOR_ID),
                        col(CONVERSION_TIME),
                        col(CONVERSION_VALUE),
                        col(ORDER_ID),
                        col(EXPIRED_TOUCHPOINTS));
    }

    /** One row per (visitor, events up to and including one conversion, or trailing touchpoints). */
    private static Dataset<Row> groups(Dataset<Row> touchpoints, Dataset<Row> conversions, Duration lookback) {
        requireColumns("touchpoints", touchpoints, List.of(VISITOR_ID, TIMESTAMP, CHANNEL));
        requireColumns("conversions", conversions, List.of(VISITOR_ID, TIMESTAMP));
        long lookbackMicros = toMicros(Objects.requireNonNull(lookback, "lookback"));
        List<String> touchColumns = Arrays.asList(touchpoints.columns());
        List<String> conversionColumns = Arrays.asList(conversions.columns());
        DataType valueType = conversionColumns.contains(VALUE)
                ? conversions.schema().apply(VALUE).dataType()
                : DataTypes.DoubleType;

        Column typeRank = lit(0);
        if (touchColumns.contains(INTERACTION_TYPE)) {
            String[] names =
                    Arrays.stream(InteractionType.values()).map(Enum::name).toArray(String[]::new);
            Column position = array_position(
                    array(Arrays.stream(names).map(n -> lit(n)).toArray(Column[]::new)), col(INTERACTION_TYPE));
            typeRank = when(
                            col(INTERACTION_TYPE).isNull().or(position.equalTo(0)),
                            raise_error(lit("touchpoints." + INTERACTION_TYPE + " must be one of "
                                    + Arrays.toString(names) + ", but a row had another value")))
                    .otherwise(position)
                    .cast(DataTypes.IntegerType);
        }
        Column campaign = touchColumns.contains(CAMPAIGN_ID)
                ? coalesce(col(CAMPAIGN_ID).cast(DataTypes.StringType), lit(""))
                : lit("");
        Column orderId = conversionColumns.contains(ORDER_ID)
                ? col(ORDER_ID).cast(DataTypes.StringType)
                : lit(null).cast(DataTypes.StringType);
        Column value =
                conversionColumns.contains(VALUE) ? col(VALUE) : lit(null).cast(valueType);

        Dataset<Row> events = touchpoints
                .select(
                        notNull("touchpoints", VISITOR_ID).cast(DataTypes.StringType),
                        notNull("touchpoints", TIMESTAMP),
                        lit(TOUCH).as(KIND),
                        typeRank.as(TYPE_RANK),
                        notNull("touchpoints", CHANNEL).cast(DataTypes.StringType),
                        campaign.as(CAMPAIGN_ID),
                        lit(null).cast(DataTypes.StringType).as(ORDER_ID),
                        lit(null).cast(valueType).as(VALUE))
                .unionByName(conversions.select(
                        notNull("conversions", VISITOR_ID).cast(DataTypes.StringType),
                        notNull("conversions", TIMESTAMP),
                        lit(CONVERSION).as(KIND),
                        lit(0).as(TYPE_RANK),
                        lit(null).cast(DataTypes.StringType).as(CHANNEL),
                        lit(null).cast(DataTypes.StringType).as(CAMPAIGN_ID),
                        orderId.as(ORDER_ID),
                        value.as(VALUE)));

        // Group of an event = number of the visitor's conversions strictly before it in event order;
        // a conversion closes the group of the touchpoints since the previous conversion.
        WindowSpec before = Window.partitionBy(VISITOR_ID)
                .orderBy(
                        col(TIMESTAMP),
                        col(KIND),
                        col(TYPE_RANK),
                        col(CHANNEL),
                        col(CAMPAIGN_ID),
                        coalesce(col(ORDER_ID), lit("")),
                        col(VALUE))
                .rowsBetween(Window.unboundedPreceding(), -1);
        Column isTouch = col(KIND).equalTo(lit(TOUCH));
        Column isConversion = col(KIND).equalTo(lit(CONVERSION));
        Dataset<Row> grouped = events.withColumn(
                        "_group", coalesce(sum(col(KIND)).over(before), lit(0)).cast(DataTypes.IntegerType))
                .groupBy(col(VISITOR_ID), col("_group"))
                .agg(
                        // collect_list skips the nulls of the conversion rows; array_sort orders the
                        // structs by their fields in turn: the same-instant order of the rules.
                        array_sort(collect_list(when(
                                        isTouch,
                                        struct(
                                                col(TIMESTAMP).as("t"),
                                                col(TYPE_RANK).as("r"),
                                                col(CHANNEL).as("c"),
                                                col(CAMPAIGN_ID).as("k")))))
                                .as("_touches"),
                        // at most one conversion per group
                        max(when(
                                        isConversion,
                                        struct(
                                                col(TIMESTAMP).as("t"),
                                                col(ORDER_ID).as("o"),
                                                col(VALUE).as("v"))))
                                .as("_conversion"));

        Column conversionTime = col("_conversion").getField("t");
        Column windowStart = unix_micros(conversionTime).minus(lit(lookbackMicros));
        Column kept = when(conversionTime.isNull(), col("_touches"))
                .otherwise(filter(
                        col("_touches"),
                        touch -> unix_micros(touch.getField("t")).geq(windowStart)));
        return grouped.withColumn("_kept", kept)
                .select(
                        col(VISITOR_ID),
                        col("_group"),
                        transform(col("_kept"), touch -> touch.getField("c")).as(PATH),
                        conversionTime.isNotNull().as(CONVERTED),
                        conversionTime.as(CONVERSION_TIME),
                        col("_conversion").getField("v").as(CONVERSION_VALUE),
                        col("_conversion").getField("o").as(ORDER_ID),
                        size(col("_touches")).minus(size(col("_kept"))).as(EXPIRED_TOUCHPOINTS));
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
        if (lookback.isNegative() || lookback.isZero() || lookback.compareTo(MAX_LOOKBACK) > 0) {
            throw new IllegalArgumentException(
                    "lookback must be positive and at most " + MAX_LOOKBACK.toDays() + " days, but was " + lookback);
        }
        return lookback.getSeconds() * 1_000_000L + lookback.getNano() / 1_000L;
    }
}

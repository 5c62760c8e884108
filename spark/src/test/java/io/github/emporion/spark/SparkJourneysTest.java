package io.github.emporion.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.emporion.aggregate.Accumulators;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SparkJourneysTest {

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private static final Duration WEEK = Duration.ofDays(7);
    private static final StructType TOUCH_SCHEMA = new StructType()
            .add("visitor_id", DataTypes.StringType)
            .add("timestamp", DataTypes.TimestampType)
            .add("channel", DataTypes.StringType);
    private static final StructType CONVERSION_SCHEMA =
            new StructType().add("visitor_id", DataTypes.StringType).add("timestamp", DataTypes.TimestampType);

    private static SparkSession spark;

    record Touch(String visitor, Instant time, String channel) {}

    record Conversion(String visitor, Instant time) {}

    record Journey(
            String visitor,
            int journey,
            List<String> path,
            boolean converted,
            @Nullable Instant conversionTime) {}

    @BeforeAll
    static void setUp() {
        spark = LocalSpark.session();
    }

    private static Instant day(double days) {
        return T0.plusSeconds(Math.round(days * 86_400));
    }

    private static Dataset<Row> touches(List<Touch> touches) {
        List<Row> rows = touches.stream()
                .map(t -> RowFactory.create(t.visitor(), t.time(), t.channel()))
                .toList();
        return spark.createDataFrame(rows, TOUCH_SCHEMA).repartition(3);
    }

    private static Dataset<Row> conversions(List<Conversion> conversions) {
        List<Row> rows = conversions.stream()
                .map(c -> RowFactory.create(c.visitor(), c.time()))
                .toList();
        return spark.createDataFrame(rows, CONVERSION_SCHEMA).repartition(2);
    }

    private static List<Journey> collect(Dataset<Row> journeys) {
        return journeys.collectAsList().stream()
                .map(r -> new Journey(
                        r.getString(0),
                        r.getInt(1),
                        r.getList(2),
                        r.getBoolean(3),
                        r.isNullAt(4) ? null : (Instant) r.get(4)))
                .sorted(Comparator.comparing(Journey::visitor).thenComparingInt(Journey::journey))
                .toList();
    }

    @Test
    void journeys_workedExample_splitsAtConversionAndAppliesLookback() {
        List<Touch> touches = List.of(
                new Touch("v", day(0), "search"),
                new Touch("v", day(9), "email"),
                new Touch("v", day(10), "social"),
                new Touch("v", day(12), "display"));
        List<Conversion> conversions = List.of(new Conversion("v", day(10)));

        List<Journey> journeys = collect(SparkJourneys.journeys(touches(touches), conversions(conversions), WEEK));

        assertThat(journeys)
                .containsExactly(
                        new Journey("v", 0, List.of("email", "social"), true, day(10)),
                        new Journey("v", 1, List.of("display"), false, null));
    }

    @Test
    void journeys_tiesAndBoundaries_followTheDocumentedRules() {
        List<Touch> touches = List.of(
                // same instant: ordered by channel name, whatever the input order
                new Touch("a", day(1), "social"),
                new Touch("a", day(1), "email"),
                new Touch("a", day(1), "affiliate"),
                // exactly lookback before the conversion: kept
                new Touch("b", day(3), "search"),
                // one second more: dropped
                new Touch("b", day(3).minusSeconds(1), "display"),
                new Touch("b", day(10), "video"));
        List<Conversion> conversions = List.of(
                new Conversion("a", day(1)),
                // a second conversion at the same instant: converted, nothing left to credit
                new Conversion("a", day(1)),
                new Conversion("b", day(10)),
                // a conversion without any touchpoint
                new Conversion("c", day(5)));

        List<Journey> journeys = collect(SparkJourneys.journeys(touches(touches), conversions(conversions), WEEK));

        assertThat(journeys)
                .containsExactly(
                        new Journey("a", 0, List.of("affiliate", "email", "social"), true, day(1)),
                        new Journey("a", 1, List.of(), true, day(1)),
                        new Journey("b", 0, List.of("search", "video"), true, day(10)),
                        new Journey("c", 0, List.of(), true, day(5)));
    }

    @Test
    void journeys_generatedEvents_matchTheRulesComputedInProcess() {
        long seed = 7L;
        Random random = new Random(seed);
        List<Touch> touches = new ArrayList<>();
        List<Conversion> conversions = new ArrayList<>();
        List<String> channels = List.of("search", "email", "social", "display");
        for (int v = 0; v < 60; v++) {
            String visitor = "visitor-" + v;
            // times on a 6-hour grid over 40 days, so ties with each other and with conversions occur
            int touchCount = random.nextInt(10);
            for (int i = 0; i < touchCount; i++) {
                touches.add(new Touch(visitor, day(random.nextInt(160) / 4.0), channels.get(random.nextInt(4))));
            }
            int conversionCount = random.nextInt(4);
            for (int i = 0; i < conversionCount; i++) {
                conversions.add(new Conversion(visitor, day(random.nextInt(160) / 4.0)));
            }
        }

        List<Journey> actual = collect(SparkJourneys.journeys(touches(touches), conversions(conversions), WEEK));

        assertThat(actual).as("seed %d", seed).isEqualTo(expectedJourneys(touches, conversions, WEEK));
    }

    @Test
    void pathCounts_overSparkJourneys_equalInProcessReduce() {
        long seed = 11L;
        Random random = new Random(seed);
        List<Touch> touches = new ArrayList<>();
        List<Conversion> conversions = new ArrayList<>();
        for (int v = 0; v < 80; v++) {
            for (int i = random.nextInt(6); i > 0; i--) {
                touches.add(new Touch("v" + v, day(random.nextInt(30)), "c" + random.nextInt(3)));
            }
            if (random.nextBoolean()) {
                conversions.add(new Conversion("v" + v, day(random.nextInt(30))));
            }
        }
        Dataset<Row> journeys = SparkJourneys.journeys(touches(touches), conversions(conversions), WEEK);

        AccumulatorAggregator<PathRow, Map<String, List<Long>>, PathCounts, String> pathCounts =
                AccumulatorAggregator.of(
                        PathCounts::new, PathCounts.Codec.INSTANCE, PathCounts::render, Encoders.STRING());
        String typed = journeys.select(col("path"), col("converted"))
                .as(Encoders.bean(PathRow.class))
                .select(pathCounts.toColumn())
                .first();
        // SQL with two arguments: they fill the bean encoder's fields in its schema order
        // (bean properties sorted by name: converted, path).
        pathCounts.register(spark, "emporion_test_path_counts", Encoders.bean(PathRow.class));
        journeys.createOrReplaceTempView("test_journeys");
        String sql = spark.sql("SELECT emporion_test_path_counts(converted, path) FROM test_journeys")
                .first()
                .getString(0);

        List<PathRow> expectedRows = expectedJourneys(touches, conversions, WEEK).stream()
                .map(j -> PathRow.of(j.path(), j.converted()))
                .toList();
        String expected = PathCounts.render(Accumulators.reduce(PathCounts::new, expectedRows));
        assertThat(typed).as("typed, seed %d", seed).isEqualTo(expected);
        assertThat(sql).as("SQL, seed %d", seed).isEqualTo(expected);
    }

    @Test
    void journeys_nullChannel_failsTheJobNamingTheColumn() {
        Dataset<Row> touches = spark.createDataFrame(List.of(RowFactory.create("v", day(1), null)), TOUCH_SCHEMA);

        Dataset<Row> journeys = SparkJourneys.journeys(touches, conversions(List.of()), WEEK);

        assertThatThrownBy(journeys::collectAsList).hasStackTraceContaining("touchpoints.channel must not be null");
    }

    @Test
    void journeys_badInput_isRejectedBeforeAnyJob() {
        Dataset<Row> touches = touches(List.of());
        Dataset<Row> conversions = conversions(List.of());

        assertThatThrownBy(() -> SparkJourneys.journeys(touches.drop("channel"), conversions, WEEK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("touchpoints must have a column 'channel'");
        assertThatThrownBy(() -> SparkJourneys.journeys(
                        touches,
                        conversions.withColumn("timestamp", col("timestamp").cast("long")),
                        WEEK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("conversions.timestamp must be of type timestamp, but was bigint");
        assertThatThrownBy(() -> SparkJourneys.journeys(touches, conversions, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lookback must be between 0 and");
    }

    /** The rules of {@link SparkJourneys}, written as a plain loop per visitor. */
    static List<Journey> expectedJourneys(List<Touch> touches, List<Conversion> conversions, Duration lookback) {
        Map<String, List<Touch>> touchesByVisitor =
                touches.stream().collect(Collectors.groupingBy(Touch::visitor, TreeMap::new, Collectors.toList()));
        Map<String, List<Instant>> conversionsByVisitor = conversions.stream()
                .collect(Collectors.groupingBy(
                        Conversion::visitor, TreeMap::new, Collectors.mapping(Conversion::time, Collectors.toList())));
        List<String> visitors = new ArrayList<>(touchesByVisitor.keySet());
        conversionsByVisitor.keySet().stream()
                .filter(v -> !visitors.contains(v))
                .forEach(visitors::add);

        List<Journey> journeys = new ArrayList<>();
        for (String visitor : visitors) {
            List<Touch> mine = new ArrayList<>(touchesByVisitor.getOrDefault(visitor, List.of()));
            mine.sort(Comparator.comparing(Touch::time).thenComparing(Touch::channel));
            List<Instant> closes = new ArrayList<>(conversionsByVisitor.getOrDefault(visitor, List.of()));
            closes.sort(Comparator.naturalOrder());
            int next = 0;
            Instant previous = null;
            for (int j = 0; j < closes.size(); j++) {
                Instant close = closes.get(j);
                Instant after = previous;
                List<String> path = mine.stream()
                        .filter(t -> (after == null || t.time().isAfter(after))
                                && !t.time().isAfter(close))
                        .filter(t -> !t.time().isBefore(close.minus(lookback)))
                        .map(Touch::channel)
                        .toList();
                journeys.add(new Journey(visitor, next++, path, true, close));
                previous = close;
            }
            Instant last = previous;
            List<Touch> open = mine.stream()
                    .filter(t -> last == null || t.time().isAfter(last))
                    .toList();
            if (!open.isEmpty()) {
                Instant anchor = open.get(open.size() - 1).time();
                List<String> path = open.stream()
                        .filter(t -> !t.time().isBefore(anchor.minus(lookback)))
                        .map(Touch::channel)
                        .toList();
                journeys.add(new Journey(visitor, next, path, false, null));
            }
        }
        journeys.sort(Comparator.comparing(Journey::visitor).thenComparingInt(Journey::journey));
        return journeys;
    }
}

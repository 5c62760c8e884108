package io.github.emporion.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.emporion.aggregate.Accumulators;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/**
 * The Spark result of a wrapped accumulator equals the in-process {@link Accumulators#reduce} result
 * on the same generated rows, through the typed API, column functions and SQL.
 */
class AccumulatorAggregatorTest {

    private static final long SEED = 20261122L;
    private static final List<String> CHANNELS = List.of("search", "email", "social", "display", "affiliate");
    private static final int ROWS = 3_000;
    private static final int PARTITIONS = 4;

    private static final AccumulatorAggregator<BigDecimal, Totals.Result, Totals, Totals.Bean> TOTALS =
            AccumulatorAggregator.of(
                    Totals::new, Totals.Codec.INSTANCE, Totals.Bean::of, Encoders.bean(Totals.Bean.class));

    private static SparkSession spark;
    private static List<Sale> sales;
    private static Dataset<Sale> salesDs;

    @BeforeAll
    static void setUp() {
        spark = LocalSpark.session();
        sales = generateSales(new Random(SEED));
        // More partitions than cores, so every channel's rows are split and merged.
        salesDs = spark.createDataset(sales, Encoders.bean(Sale.class)).repartition(PARTITIONS);
        salesDs.createOrReplaceTempView("sales");
    }

    /** Amounts with 0 to 3 decimals (JPY, EUR, KWD-like), negatives (refunds) and large values. */
    private static List<Sale> generateSales(Random random) {
        List<Sale> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            String channel = CHANNELS.get(random.nextInt(CHANNELS.size()));
            long unscaled = random.nextInt(10) == 0 ? -random.nextInt(100_000) : random.nextLong() % 1_000_000_000_000L;
            rows.add(Sale.of(channel, BigDecimal.valueOf(unscaled, random.nextInt(4))));
        }
        return rows;
    }

    private static Map<String, Totals.Result> expectedPerChannel() {
        return sales.stream()
                .collect(Collectors.groupingBy(
                        Sale::getChannel,
                        TreeMap::new,
                        Collectors.collectingAndThen(
                                Collectors.mapping(Sale::getAmount, Collectors.toList()),
                                amounts -> Accumulators.reduce(Totals::new, amounts))));
    }

    private static void assertSameTotals(Map<String, Totals.Result> actual) {
        Map<String, Totals.Result> expected = expectedPerChannel();
        assertThat(actual.keySet()).as("channels, seed %d", SEED).isEqualTo(expected.keySet());
        expected.forEach((channel, want) -> {
            Totals.Result got = actual.get(channel);
            assertThat(got.count()).as("count of %s, seed %d", channel, SEED).isEqualTo(want.count());
            // Spark's decimal(38,18) changes the scale, never the value.
            assertThat(got.sum()).as("sum of %s, seed %d", channel, SEED).isEqualByComparingTo(want.sum());
        });
    }

    @Test
    void typedGroupByKey_generatedSales_equalsInProcessReduce() {
        List<Tuple2<String, Totals.Bean>> rows = salesDs.groupByKey(
                        (MapFunction<Sale, String>) Sale::getChannel, Encoders.STRING())
                .mapValues((MapFunction<Sale, BigDecimal>) Sale::getAmount, Encoders.DECIMAL())
                .agg(TOTALS.toColumn())
                .collectAsList();

        Map<String, Totals.Result> actual = new TreeMap<>();
        rows.forEach(row -> actual.put(
                row._1(), new Totals.Result(row._2().getCount(), row._2().getSum())));
        assertSameTotals(actual);
    }

    @Test
    void typedWholeDataset_generatedSales_equalsInProcessReduce() {
        Totals.Bean all = salesDs.map((MapFunction<Sale, BigDecimal>) Sale::getAmount, Encoders.DECIMAL())
                .select(AccumulatorAggregator.of(
                                Totals::new, Totals.Codec.INSTANCE, Totals.Bean::of, Encoders.bean(Totals.Bean.class))
                        .toColumn())
                .first();

        Totals.Result expected = Accumulators.reduce(
                Totals::new, sales.stream().map(Sale::getAmount).toList());
        assertThat(all.getCount()).as("seed %d", SEED).isEqualTo(expected.count());
        assertThat(all.getSum()).as("seed %d", SEED).isEqualByComparingTo(expected.sum());
    }

    @Test
    void sqlGroupBy_registeredFunction_equalsInProcessReduce() {
        TOTALS.register(spark, "emporion_test_totals", Encoders.DECIMAL());

        Dataset<Row> result =
                spark.sql("SELECT channel, emporion_test_totals(amount) AS totals FROM sales GROUP BY channel");

        assertSameTotals(toTotals(result.collectAsList()));
    }

    @Test
    void dataFrameGroupBy_udafColumn_equalsInProcessReduce() {
        Dataset<Row> result = salesDs.toDF()
                .groupBy(col("channel"))
                .agg(TOTALS.udaf(Encoders.DECIMAL()).apply(col("amount")).as("totals"));

        assertSameTotals(toTotals(result.collectAsList()));
    }

    @Test
    void sqlGroupBy_structBuffer_aggregatesInObjectHashAggregateWithFewEncodings() {
        TOTALS.register(spark, "emporion_test_totals_plan", Encoders.DECIMAL());
        Dataset<Row> result =
                spark.sql("SELECT channel, emporion_test_totals_plan(amount) AS totals FROM sales GROUP BY channel");

        long writesBefore = Totals.Codec.INSTANCE.writes.get();
        result.collectAsList();
        long writes = Totals.Codec.INSTANCE.writes.get() - writesBefore;

        // The live accumulator is the buffer: hash aggregation on objects, no per-row re-encoding.
        assertThat(result.queryExecution().executedPlan().toString()).contains("ObjectHashAggregate");
        // At most one encoding per (input partition, channel) for the shuffle, far fewer than rows.
        assertThat(writes).isPositive().isLessThanOrEqualTo((long) PARTITIONS * CHANNELS.size());
    }

    @Test
    void register_blankName_isRejected() {
        assertThatThrownBy(() -> TOTALS.register(spark, " ", Encoders.DECIMAL()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name must not be blank");
    }

    private static Map<String, Totals.Result> toTotals(List<Row> rows) {
        Map<String, Totals.Result> actual = new TreeMap<>();
        for (Row row : rows) {
            Row totals = row.getStruct(1);
            actual.put(
                    row.getString(0),
                    new Totals.Result(
                            totals.getLong(totals.fieldIndex("count")), totals.getDecimal(totals.fieldIndex("sum"))));
        }
        return actual;
    }
}

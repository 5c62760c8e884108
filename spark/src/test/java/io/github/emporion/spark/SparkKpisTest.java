package io.github.emporion.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.emporion.aggregate.Accumulators;
import io.github.emporion.metrics.grouped.KpiBreakdown;
import io.github.emporion.metrics.grouped.MarketingFact;
import io.github.emporion.metrics.grouped.MarketingKpiAccumulator;
import io.github.emporion.metrics.grouped.MarketingSummary;
import io.github.emporion.metrics.grouped.OrderFact;
import io.github.emporion.metrics.grouped.OrderKpiAccumulator;
import io.github.emporion.metrics.grouped.OrderSummary;
import io.github.emporion.metrics.grouped.SessionFact;
import io.github.emporion.metrics.grouped.SessionKpiAccumulator;
import io.github.emporion.metrics.grouped.SessionSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link SparkKpis} gives exactly the metrics KPI accumulators' breakdowns. */
class SparkKpisTest {

    private static final String[] CHANNELS = {"search", "email", "social", "display"};
    private static final String[] CAMPAIGNS = {"spring", "summer", "brand"};
    private static final List<String> KEYS = List.of("channel", "campaign", "day");
    private static final LocalDate DAY0 = LocalDate.of(2026, 3, 1);

    private static SparkSession spark;

    @BeforeAll
    static void setUp() {
        spark = LocalSpark.session();
    }

    private static StructType keyed() {
        return new StructType()
                .add("channel", DataTypes.StringType)
                .add("campaign", DataTypes.StringType)
                .add("day", DataTypes.DateType);
    }

    private static Object[] key(Random r) {
        return new Object[] {
            CHANNELS[r.nextInt(CHANNELS.length)], CAMPAIGNS[r.nextInt(CAMPAIGNS.length)], DAY0.plusDays(r.nextInt(5))
        };
    }

    private static List<String> keyOf(Object[] key) {
        return List.of(key[0].toString(), key[1].toString(), key[2].toString());
    }

    private static Object[] concat(Object[] key, Object... values) {
        Object[] row = new Object[key.length + values.length];
        System.arraycopy(key, 0, row, 0, key.length);
        System.arraycopy(values, 0, row, key.length, values.length);
        return row;
    }

    /** An amount with 3 decimals (KWD) as Spark's decimal and as minor units. */
    private static BigDecimal fils(long minor) {
        return BigDecimal.valueOf(minor, 3);
    }

    @Test
    void marketing_generatedRows_equalInProcessAccumulator() {
        long seed = 41L;
        Random r = new Random(seed);
        CurrencyUnit kwd = Monetary.getCurrency("KWD");
        StructType schema = keyed().add("impressions", DataTypes.LongType)
                .add("clicks", DataTypes.IntegerType)
                .add("conversions", DataTypes.LongType)
                .add("spend", DataTypes.createDecimalType(14, 3))
                .add("revenue", DataTypes.createDecimalType(14, 3));
        List<Row> rows = new ArrayList<>();
        List<MarketingFact<List<String>>> facts = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            Object[] key = key(r);
            long impressions = r.nextInt(5000);
            int clicks = impressions == 0 ? 0 : r.nextInt((int) impressions + 1);
            long conversions = r.nextInt(clicks + 1);
            long spend = r.nextInt(2_000_000);
            long revenue = r.nextInt(9_000_000);
            rows.add(RowFactory.create(concat(key, impressions, clicks, conversions, fils(spend), fils(revenue))));
            facts.add(new MarketingFact<>(keyOf(key), impressions, clicks, conversions, kwd, spend, revenue));
        }
        Dataset<Row> frame = spark.createDataFrame(rows, schema).repartition(4);

        KpiBreakdown<List<String>, MarketingSummary> actual = SparkKpis.marketing(frame, KEYS, "KWD");

        KpiBreakdown<List<String>, MarketingSummary> expected =
                Accumulators.reduce(() -> MarketingKpiAccumulator.<List<String>>of("KWD"), facts);
        assertThat(actual).as("seed %d", seed).isEqualTo(expected);
        assertThat(actual.groups()).hasSize(CHANNELS.length * CAMPAIGNS.length * 5);
    }

    @Test
    void sessions_generatedRows_equalInProcessAccumulator() {
        long seed = 42L;
        Random r = new Random(seed);
        StructType schema = keyed();
        for (String column : SparkKpis.SESSION_COLUMNS) {
            schema = schema.add(column, DataTypes.BooleanType);
        }
        List<Row> rows = new ArrayList<>();
        List<SessionFact<List<String>>> facts = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            Object[] key = key(r);
            boolean[] f = new boolean[6];
            for (int j = 0; j < 6; j++) {
                f[j] = r.nextInt(3) > 0;
            }
            rows.add(RowFactory.create(concat(key, f[0], f[1], f[2], f[3], f[4], f[5])));
            facts.add(new SessionFact<>(keyOf(key), f[0], f[1], f[2], f[3], f[4], f[5]));
        }
        Dataset<Row> frame = spark.createDataFrame(rows, schema).repartition(3);

        KpiBreakdown<List<String>, SessionSummary> actual = SparkKpis.sessions(frame, KEYS);

        assertThat(actual)
                .as("seed %d", seed)
                .isEqualTo(Accumulators.reduce(SessionKpiAccumulator<List<String>>::new, facts));
    }

    @Test
    void orders_generatedRows_equalInProcessAccumulator() {
        long seed = 43L;
        Random r = new Random(seed);
        CurrencyUnit jpy = Monetary.getCurrency("JPY");
        StructType schema = keyed().add("units", DataTypes.IntegerType).add("units_returned", DataTypes.IntegerType);
        for (String amount : List.of("gross", "discounts", "returns", "tax", "shipping", "cost_of_goods")) {
            schema = schema.add(amount, DataTypes.createDecimalType(12, 0));
        }
        schema = schema.add("refunded", DataTypes.BooleanType);
        List<Row> rows = new ArrayList<>();
        List<OrderFact<List<String>>> facts = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            Object[] key = key(r);
            int units = 1 + r.nextInt(5);
            int returned = r.nextInt(units + 1);
            long gross = r.nextInt(100_000);
            long[] a = {gross, r.nextInt(1000), r.nextInt(2000), r.nextInt(500), r.nextInt(300), gross / 2};
            boolean refunded = r.nextInt(10) == 0;
            rows.add(RowFactory.create(concat(
                    key,
                    units,
                    returned,
                    BigDecimal.valueOf(a[0]),
                    BigDecimal.valueOf(a[1]),
                    BigDecimal.valueOf(a[2]),
                    BigDecimal.valueOf(a[3]),
                    BigDecimal.valueOf(a[4]),
                    BigDecimal.valueOf(a[5]),
                    refunded)));
            facts.add(new OrderFact<>(keyOf(key), jpy, units, returned, a[0], a[1], a[2], a[3], a[4], a[5], refunded));
        }
        Dataset<Row> frame = spark.createDataFrame(rows, schema).repartition(3);

        KpiBreakdown<List<String>, OrderSummary> actual = SparkKpis.orders(frame, KEYS, "JPY");

        assertThat(actual)
                .as("seed %d", seed)
                .isEqualTo(Accumulators.reduce(() -> OrderKpiAccumulator.<List<String>>of("JPY"), facts));
    }

    @Test
    void marketing_badInput_isRejectedWithAClearMessage() {
        StructType schema = keyed().add("impressions", DataTypes.LongType)
                .add("clicks", DataTypes.LongType)
                .add("conversions", DataTypes.LongType)
                .add("spend", DataTypes.DoubleType)
                .add("revenue", DataTypes.DoubleType);
        Dataset<Row> frame = spark.createDataFrame(
                List.of(RowFactory.create("search", "spring", DAY0, 10L, 1L, 0L, 0.1, 0.0)), schema);

        assertThatThrownBy(() -> SparkKpis.marketing(frame, List.of("channel", "market"), "EUR"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must have a column 'market'");
        assertThatThrownBy(() -> SparkKpis.marketing(frame, KEYS, "EUR"))
                .hasStackTraceContaining("spend must be a decimal amount (cast a double column");
    }
}

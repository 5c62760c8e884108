package io.github.emporion.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.emporion.marketing.journey.Journey;
import io.github.emporion.marketing.journey.JourneyBuilder;
import io.github.emporion.marketing.journey.VisitorJourneys;
import io.github.emporion.marketing.touchpoint.JourneyEvent;
import io.github.emporion.metrics.attribution.Attribution;
import io.github.emporion.metrics.attribution.AttributionModel;
import io.github.emporion.metrics.attribution.AttributionResult;
import io.github.emporion.metrics.attribution.ChannelCredit;
import io.github.emporion.metrics.attribution.ChannelPath;
import io.github.emporion.metrics.attribution.MarkovModel;
import io.github.emporion.metrics.attribution.PathCsvFormat;
import io.github.emporion.metrics.attribution.RuleBasedModel;
import io.github.emporion.metrics.attribution.ShapleyModel;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link SparkAttribution} gives exactly {@link Attribution#run(List, Iterable)}'s results. */
class SparkAttributionTest {

    static final List<AttributionModel> MODELS = List.of(
            RuleBasedModel.firstTouch(),
            RuleBasedModel.lastTouch(),
            RuleBasedModel.linear(),
            RuleBasedModel.positionBased(),
            RuleBasedModel.lastNonDirect(),
            MarkovModel.order(1),
            MarkovModel.order(2).withoutNulls(),
            ShapleyModel.simplified(),
            ShapleyModel.of(ShapleyModel.Game.EXACT_SET_CONVERSION_RATE, 4, false));

    private static SparkSession spark;

    @BeforeAll
    static void setUp() {
        spark = LocalSpark.session();
    }

    static Path generated3k() {
        try {
            return Path.of(
                    Objects.requireNonNull(SparkAttributionTest.class.getResource("/attribution/generated_3k.csv"))
                            .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The CSV as Spark reads it: strings, split into several partitions in file order. */
    static Dataset<Row> readPaths(Path csv) {
        String previous = spark.conf().get("spark.sql.files.maxPartitionBytes");
        spark.conf().set("spark.sql.files.maxPartitionBytes", "40000");
        try {
            return spark.read()
                    .option("header", true)
                    .option("comment", "#")
                    .csv(csv.toString())
                    .withColumnRenamed("total_conversions", SparkAttribution.CONVERSIONS)
                    .withColumnRenamed("total_conversion_value", SparkAttribution.VALUE)
                    .withColumnRenamed("total_null", SparkAttribution.NULLS)
                    .localCheckpoint();
        } finally {
            spark.conf().set("spark.sql.files.maxPartitionBytes", previous);
        }
    }

    @Test
    void run_generated3k_equalsInProcessRun() {
        Path csv = generated3k();
        Dataset<Row> paths = readPaths(csv);
        assertThat(paths.javaRDD().getNumPartitions()).as("partitions").isGreaterThan(2);

        List<AttributionResult> actual = SparkAttribution.run(paths, MODELS);

        assertThat(actual).isEqualTo(Attribution.run(MODELS, csv, PathCsvFormat.channelAttribution()));
    }

    @Test
    void sqlFunctions_generated3k_giveTheSameCreditsPerChannel() {
        Path csv = generated3k();
        List<String> names = EmporionSpark.registerAll(spark);
        readPaths(csv).createOrReplaceTempView("paths_3k");
        List<AttributionResult> expected = Attribution.run(
                List.of(RuleBasedModel.linear(), ShapleyModel.simplified(), MarkovModel.order(1)),
                csv,
                PathCsvFormat.channelAttribution());

        // one query, one job: the three functions side by side
        Row row = spark.sql("SELECT emporion_linear(split(path, ' > '), conversions, value, nulls), "
                        + "emporion_shapley(split(path, ' > '), conversions, value, nulls), "
                        + "emporion_markov(split(path, ' > '), conversions, value, nulls) FROM paths_3k")
                .first();

        assertThat(names).contains("emporion_linear", "emporion_markov", "emporion_shapley");
        for (int i = 0; i < 3; i++) {
            AttributionResult sql = result(row.getStruct(i));
            AttributionResult inProcess = expected.get(i);
            assertThat(sql.model()).isEqualTo(inProcess.model());
            assertThat(sql.parameters()).isEqualTo(inProcess.parameters());
            assertThat(sql.totalConversions()).isEqualTo(inProcess.totalConversions());
            assertThat(sql.byChannel().keySet())
                    .containsExactlyInAnyOrderElementsOf(inProcess.byChannel().keySet());
            for (ChannelCredit credit : inProcess.channels()) {
                ChannelCredit other = sql.channel(credit.channel()).orElseThrow();
                if (inProcess.model().equals("markov")) {
                    // the chain's states may be numbered in another order: equal up to rounding
                    assertThat(other.conversions()).isCloseTo(credit.conversions(), within(1e-9));
                    assertThat(other.value()).isCloseTo(credit.value(), within(1e-7));
                } else {
                    // exact sums: equal to the last bit whatever the merge order
                    assertThat(other).as(inProcess.model()).isEqualTo(credit);
                }
            }
        }
    }

    /** Reads an {@link AttributionRow} struct column by field name. */
    private static AttributionResult result(Row struct) {
        List<ChannelCredit> credits = struct.<Row>getList(struct.fieldIndex("channels")).stream()
                .map(c ->
                        new ChannelCredit(c.getAs("channel"), c.<Double>getAs("conversions"), c.<Double>getAs("value")))
                .toList();
        return new AttributionResult(
                struct.getAs("model"),
                struct.<String, String>getJavaMap(struct.fieldIndex("parameters")),
                credits,
                struct.<Double>getAs("totalConversions"),
                struct.<Double>getAs("totalValue"));
    }

    @Test
    void run_generatedJourneys_equalsInProcessAttributionOfJourneyBuilder() {
        List<JourneyEvent> events = SparkJourneysTest.generate(31L, 120);
        Duration lookback = Duration.ofDays(10);
        List<AttributionModel> models = List.of(
                RuleBasedModel.linear(),
                RuleBasedModel.positionBased(),
                MarkovModel.order(1),
                ShapleyModel.simplified());

        List<ChannelPath> rows = new ArrayList<>();
        for (VisitorJourneys v : JourneyBuilder.withLookback(lookback).build(events)) {
            for (Journey j : v.journeys()) {
                double value = j.conversion()
                        .map(c -> c.value()
                                .getNumber()
                                .numberValue(BigDecimal.class)
                                .doubleValue())
                        .orElse(0.0);
                rows.add(new ChannelPath(j.path(), j.isConverted() ? 1 : 0, value, j.isConverted() ? 0 : 1));
            }
        }
        Dataset<Row> journeys = SparkJourneys.journeys(
                        SparkJourneysTest.touchFrame(events), SparkJourneysTest.conversionFrame(events), lookback)
                .orderBy(col(SparkJourneys.VISITOR_ID), col(SparkJourneys.JOURNEY));

        List<AttributionResult> actual = SparkAttribution.run(SparkAttribution.journeyPaths(journeys), models);

        assertThat(actual).isEqualTo(Attribution.run(models, rows));
    }

    @Test
    void run_badInput_isRejectedWithAClearMessage() {
        Dataset<Row> paths = readPaths(generated3k());

        assertThatThrownBy(() -> SparkAttribution.run(paths.drop(SparkAttribution.NULLS), MODELS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("paths must have a column 'nulls'");
        assertThatThrownBy(() -> SparkAttribution.run(paths, List.of(CustomModel.MODEL)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be rule-based, Markov or Shapley");
        Dataset<Row> broken = paths.limit(5).withColumn(SparkAttribution.VALUE, col("path"));
        assertThatThrownBy(() -> SparkAttribution.run(broken, List.of(RuleBasedModel.linear())))
                .hasStackTraceContaining("value must be a number");
    }

    /** A model that cannot run on Spark (a user's own, anonymous one). */
    private static final class CustomModel {
        static final AttributionModel MODEL = new AttributionModel() {
            @Override
            public String name() {
                return "custom";
            }

            @Override
            public Map<String, String> parameters() {
                return Map.of();
            }

            @Override
            public io.github.emporion.aggregate.Accumulator<ChannelPath, AttributionResult, ?> newAccumulator() {
                return RuleBasedModel.linear().newAccumulator();
            }
        };
    }
}

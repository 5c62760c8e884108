package io.github.emporion.spark.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.emporion.metrics.attribution.AttributionResult;
import io.github.emporion.metrics.attribution.MarkovModel;
import io.github.emporion.metrics.attribution.RuleBasedModel;
import io.github.emporion.metrics.grouped.KpiBreakdown;
import io.github.emporion.metrics.grouped.SessionSummary;
import io.github.emporion.spark.EmporionSpark;
import io.github.emporion.spark.LocalSpark;
import io.github.emporion.spark.SparkAttribution;
import io.github.emporion.spark.SparkKpis;
import java.math.BigDecimal;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runnable examples of the module's ways of use, referenced from {@code spark/README.md}: typed Java
 * calls and SQL with {@code GROUP BY channel} (the PySpark snippet in the README calls the same
 * registered functions). Expected numbers are worked out by hand in the comments.
 */
class SparkExamplesTest {

    private static SparkSession spark;

    @BeforeAll
    static void setUp() {
        spark = LocalSpark.session(); // the tests' shared local[2] session (see LocalSpark)
    }

    /** Path counts (ChannelAttribution layout, columns renamed): search > email, email, search. */
    private static Dataset<Row> paths() {
        StructType schema = new StructType()
                .add("path", DataTypes.StringType)
                .add("conversions", DataTypes.LongType)
                .add("value", DataTypes.createDecimalType(10, 2))
                .add("nulls", DataTypes.LongType);
        return spark.createDataFrame(
                List.of(
                        RowFactory.create("search > email", 2L, new BigDecimal("20.00"), 1L),
                        RowFactory.create("email", 1L, new BigDecimal("5.00"), 2L),
                        RowFactory.create("search", 0L, new BigDecimal("0.00"), 3L)),
                schema);
    }

    /** Sessions: search has 2 (one engaged and bought, one bounced), email 1 (engaged, no purchase). */
    private static Dataset<Row> sessions() {
        StructType schema = new StructType().add("channel", DataTypes.StringType);
        for (String column : SparkKpis.SESSION_COLUMNS) {
            schema = schema.add(column, DataTypes.BooleanType);
        }
        return spark.createDataFrame(
                List.of(
                        RowFactory.create("search", true, false, true, true, true, true),
                        RowFactory.create("search", false, true, false, false, false, false),
                        RowFactory.create("email", true, false, true, false, false, false)),
                schema);
    }

    @Test
    void typedJava_attributionAndSessionKpis() {
        List<AttributionResult> results = SparkAttribution.run(
                paths(), List.of(RuleBasedModel.lastTouch(), RuleBasedModel.linear(), MarkovModel.order(1)));

        // last touch: every conversion to the path's last channel: email 2 + 1, search 0
        AttributionResult lastTouch = results.get(0);
        assertThat(lastTouch.channel("email").orElseThrow().conversions()).isEqualTo(3.0);
        assertThat(lastTouch.channel("search").orElseThrow().conversions()).isEqualTo(0.0);
        // linear: search > email splits 2 conversions (value 20) in halves; email alone gets 1 (5)
        AttributionResult linear = results.get(1);
        assertThat(linear.channel("search").orElseThrow().value()).isEqualTo(10.0);
        assertThat(linear.channel("email").orElseThrow().value()).isEqualTo(15.0);
        // Markov, order 1 with nulls (MarkovModel's worked example): RE search 1/2, email 1,
        // so 3 conversions split 1 : 2
        AttributionResult markov = results.get(2);
        assertThat(markov.channel("search").orElseThrow().conversions()).isCloseTo(1.0, within(1e-12));
        assertThat(markov.channel("email").orElseThrow().conversions()).isCloseTo(2.0, within(1e-12));

        KpiBreakdown<List<String>, SessionSummary> byChannel = SparkKpis.sessions(sessions(), List.of("channel"));
        // search: 1 of 2 sessions converted; in total 1 of 3
        assertThat(byChannel
                        .group(List.of("search"))
                        .orElseThrow()
                        .conversionRate()
                        .value())
                .hasValueSatisfying(rate -> assertThat(rate).isEqualByComparingTo("0.5"));
        assertThat(byChannel.total().convertingSessions()).isEqualTo(1);
        assertThat(byChannel.total().sessions()).isEqualTo(3);
    }

    @Test
    void sql_groupByChannel() {
        EmporionSpark.registerAll(spark);
        sessions().createOrReplaceTempView("example_sessions");

        List<Row> rows = spark.sql("SELECT channel, kpis.sessions, kpis.conversionRate, kpis.bounceRate FROM ("
                        + "  SELECT channel, emporion_session_kpis(engaged, single_page, viewed_product,"
                        + "      added_to_cart, started_checkout, purchased) AS kpis"
                        + "  FROM example_sessions GROUP BY channel) ORDER BY channel")
                .collectAsList();

        // email: 1 engaged session, no purchase: conversion rate 0, bounce rate 1 - 1/1 = 0
        assertThat(rows.get(0).getString(0)).isEqualTo("email");
        assertThat(rows.get(0).getLong(1)).isEqualTo(1);
        assertThat(rows.get(0).getDecimal(2)).isEqualByComparingTo("0");
        assertThat(rows.get(0).getDecimal(3)).isEqualByComparingTo("0");
        // search: 2 sessions, 1 purchase, 1 engaged: conversion rate 1/2, bounce rate 1/2
        assertThat(rows.get(1).getString(0)).isEqualTo("search");
        assertThat(rows.get(1).getLong(1)).isEqualTo(2);
        assertThat(rows.get(1).getDecimal(2)).isEqualByComparingTo("0.5");
        assertThat(rows.get(1).getDecimal(3)).isEqualByComparingTo("0.5");

        // attribution per group in SQL: the path as an array of channel names
        paths().createOrReplaceTempView("example_paths");
        Row linear = spark.sql("SELECT emporion_linear(split(path, ' > '), conversions, value, nulls) AS credit"
                        + " FROM example_paths")
                .first();
        assertThat(linear.getStruct(0).getDouble(linear.getStruct(0).fieldIndex("totalConversions")))
                .isEqualTo(3.0);
    }
}

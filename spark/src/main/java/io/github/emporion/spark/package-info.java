/**
 * Apache Spark adapters for Emporion: any {@link io.github.emporion.aggregate.Accumulator} as a
 * Spark {@link org.apache.spark.sql.expressions.Aggregator} with explicit encoders ({@link
 * io.github.emporion.spark.AccumulatorAggregator}, {@link io.github.emporion.spark.AccumulatorCodec}),
 * usable from typed Datasets, SQL and PySpark; raw touchpoints turned into per-visitor journeys with
 * core's rules ({@link io.github.emporion.spark.SparkJourneys}); attribution ({@link
 * io.github.emporion.spark.SparkAttribution}) and KPIs ({@link io.github.emporion.spark.SparkKpis})
 * at scale with exactly the in-process results; SQL functions registered by {@link
 * io.github.emporion.spark.EmporionSpark#registerAll}.
 *
 * <p>Spark is a {@code provided} dependency: the cluster brings its own Spark 4.x (Scala 2.13).
 */
@NullMarked
package io.github.emporion.spark;

import org.jspecify.annotations.NullMarked;

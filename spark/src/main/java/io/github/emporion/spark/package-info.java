/**
 * Apache Spark adapters for Emporion: any {@link io.github.emporion.aggregate.Accumulator} as a
 * Spark {@link org.apache.spark.sql.expressions.Aggregator} with explicit encoders ({@link
 * io.github.emporion.spark.AccumulatorAggregator}, {@link io.github.emporion.spark.AccumulatorCodec}),
 * usable from typed Datasets, SQL and PySpark, and raw touchpoints turned into per-visitor journeys
 * ({@link io.github.emporion.spark.SparkJourneys}).
 *
 * <p>Spark is a {@code provided} dependency: the cluster brings its own Spark 4.x (Scala 2.13).
 */
@NullMarked
package io.github.emporion.spark;

import org.jspecify.annotations.NullMarked;

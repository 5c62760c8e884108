package io.github.emporion.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one local Spark session of a test JVM, created on first use and stopped by Spark's own
 * shutdown hook: starting Spark costs seconds, so test classes share it.
 */
public final class LocalSpark {

    private static SparkSession session;

    private LocalSpark() {}

    public static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("emporion-spark-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    // adaptive execution re-plans every query in extra stages: pure overhead on
                    // the tests' tiny inputs (and results never depend on it)
                    .config("spark.sql.adaptive.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.session.timeZone", "UTC")
                    .config("spark.sql.datetime.java8API.enabled", "true")
                    .getOrCreate();
        }
        return session;
    }
}

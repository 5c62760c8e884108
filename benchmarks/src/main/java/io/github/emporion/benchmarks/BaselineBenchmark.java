package io.github.emporion.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * A baseline: the cost of one exact decimal division, which every rate KPI pays. Run with
 * {@code java -jar benchmarks/target/benchmarks.jar Baseline}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class BaselineBenchmark {

    /** Numerator of the division. */
    public BigDecimal numerator = BigDecimal.valueOf(57);

    /** Denominator of the division. */
    public BigDecimal denominator = BigDecimal.valueOf(1930);

    /**
     * Divides to 12 decimal places.
     *
     * @return the quotient
     */
    @Benchmark
    public BigDecimal divide() {
        return numerator.divide(denominator, 12, RoundingMode.HALF_EVEN);
    }
}

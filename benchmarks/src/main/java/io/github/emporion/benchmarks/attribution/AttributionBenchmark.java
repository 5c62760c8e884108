package io.github.emporion.benchmarks.attribution;

import io.github.emporion.metrics.attribution.Attribution;
import io.github.emporion.metrics.attribution.AttributionModel;
import io.github.emporion.metrics.attribution.AttributionResult;
import io.github.emporion.metrics.attribution.ChannelPath;
import io.github.emporion.metrics.attribution.MarkovModel;
import io.github.emporion.metrics.attribution.MarkovResult;
import io.github.emporion.metrics.attribution.PathCsvFormat;
import io.github.emporion.metrics.attribution.PathCsvReader;
import io.github.emporion.metrics.attribution.RuleBasedModel;
import io.github.emporion.metrics.attribution.TransitionCounts;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole-file attribution: parse a ChannelAttribution-format path CSV and compute, as the reference
 * timings in {@code shared/reference/attribution/README.md} §8 do. Generate the input with {@code
 * python3 gen_journeys.py --paths 1000000 --channels 12 --seed 7 --out paths_1m.csv} and run
 *
 * <pre>
 * java -Xmx256m -jar benchmarks/target/benchmarks.jar AttributionBenchmark -p file=/path/paths_1m.csv
 * </pre>
 *
 * <p>{@code heuristics} runs first, last and linear touch in one pass; {@code markov} one exact
 * Markov model of {@code order}; {@code threads} &gt; 1 uses the parallel file reader; {@code
 * markovModelOnly} solves an already accumulated chain (the model without parsing).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class AttributionBenchmark {

    /** The path-count CSV file (ChannelAttribution layout). */
    @Param({"paths_1m.csv"})
    public String file;

    /** The Markov order. */
    @Param({"1", "2", "3"})
    public int order;

    /** Worker threads for the file run. */
    @Param({"1", "2"})
    public int threads;

    private TransitionCounts counts;

    /**
     * Checks the file and accumulates the chain for {@link #markovModelOnly()}.
     *
     * @throws IOException if the file cannot be read
     */
    @Setup
    public void setUp() throws IOException {
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            throw new IllegalStateException("generate " + file + " first, see the class Javadoc");
        }
        counts = MarkovModel.order(order).newAccumulator();
        try (Reader in = Files.newBufferedReader(path)) {
            Iterator<ChannelPath> it = PathCsvReader.open(in, PathCsvFormat.channelAttribution());
            while (it.hasNext()) {
                counts.add(it.next());
            }
        }
    }

    private List<AttributionResult> run(List<? extends AttributionModel> models) {
        return Attribution.run(models, Path.of(file), PathCsvFormat.channelAttribution(), threads);
    }

    /**
     * First, last and linear touch over the file in one pass.
     *
     * @return the results
     */
    @Benchmark
    public List<AttributionResult> heuristics() {
        return run(List.of(RuleBasedModel.firstTouch(), RuleBasedModel.lastTouch(), RuleBasedModel.linear()));
    }

    /**
     * Exact Markov model of {@link #order} over the file.
     *
     * @return the result
     */
    @Benchmark
    public List<AttributionResult> markov() {
        return run(List.of(MarkovModel.order(order)));
    }

    /**
     * Solving the accumulated chain (removal effects, transition matrix), without parsing.
     *
     * @return the result
     */
    @Benchmark
    public MarkovResult markovModelOnly() {
        return counts.markovResult();
    }
}

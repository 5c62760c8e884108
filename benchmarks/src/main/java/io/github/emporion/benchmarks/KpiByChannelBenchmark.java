package io.github.emporion.benchmarks;

import io.github.emporion.aggregate.Accumulators;
import io.github.emporion.metrics.grouped.KpiBreakdown;
import io.github.emporion.metrics.grouped.SessionFact;
import io.github.emporion.metrics.grouped.SessionKpiAccumulator;
import io.github.emporion.metrics.grouped.SessionSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The standard session KPI set (sessions, engaged, single-page and converting sessions, closed
 * funnel; hence conversion, engagement and bounce rates and the funnel) by channel over generated
 * sessions (10 million by default), three ways over the same data:
 *
 * <ul>
 *   <li>{@link #accumulator()}: {@link SessionKpiAccumulator} over {@link SessionFact} rows, one
 *       thread, then {@code result()} (the KPI objects for every channel);
 *   <li>{@link #accumulatorParallelStream()}: the same through {@code Accumulators.collector} in
 *       a parallel stream (split, accumulate, merge);
 *   <li>{@link #primitiveLoop()}: the hand-written baseline, the same sums in a loop over a
 *       channel-index array and a flag-bit array into a {@code long[channel][counter]} table.
 * </ul>
 *
 * <p>Target (issue 5): the accumulator within 2× of the primitive loop. Run, e.g.:
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar KpiByChannel -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class KpiByChannelBenchmark {

    private static final String[] CHANNELS = {
        "organic_search", "paid_search", "email", "social", "display", "affiliate", "referral", "direct"
    };

    private static final int ENGAGED = 1;
    private static final int SINGLE_PAGE = 2;
    private static final int VIEWED = 4;
    private static final int CART = 8;
    private static final int CHECKOUT = 16;
    private static final int PURCHASED = 32;

    /** Number of generated sessions. */
    @Param("10000000")
    public int rows;

    private List<SessionFact<String>> facts = List.of();
    private byte[] channelIndex = new byte[0];
    private byte[] flags = new byte[0];

    /** Generates the same sessions as rows and as primitive arrays (seed 2026). */
    @Setup(Level.Trial)
    public void generate() {
        SplittableRandom random = new SplittableRandom(2026L);
        facts = new ArrayList<>(rows);
        channelIndex = new byte[rows];
        flags = new byte[rows];
        for (int i = 0; i < rows; i++) {
            int channel = random.nextInt(CHANNELS.length);
            boolean viewed = random.nextInt(100) < 45;
            boolean cart = viewed && random.nextInt(100) < 25;
            boolean checkout = cart && random.nextInt(100) < 50;
            boolean purchased = checkout ? random.nextInt(100) < 60 : random.nextInt(1000) < 2;
            boolean singlePage = !viewed && random.nextInt(100) < 50;
            boolean engaged = !singlePage || random.nextInt(100) < 10;
            channelIndex[i] = (byte) channel;
            flags[i] = (byte) ((engaged ? ENGAGED : 0)
                    | (singlePage ? SINGLE_PAGE : 0)
                    | (viewed ? VIEWED : 0)
                    | (cart ? CART : 0)
                    | (checkout ? CHECKOUT : 0)
                    | (purchased ? PURCHASED : 0));
            facts.add(new SessionFact<>(CHANNELS[channel], engaged, singlePage, viewed, cart, checkout, purchased));
        }
    }

    /**
     * The library: one accumulator, one thread, then every channel's summary.
     *
     * @return the breakdown by channel
     */
    @Benchmark
    public KpiBreakdown<String, SessionSummary> accumulator() {
        SessionKpiAccumulator<String> acc = new SessionKpiAccumulator<>();
        for (SessionFact<String> fact : facts) {
            acc.add(fact);
        }
        return acc.result();
    }

    /**
     * The library in a parallel stream (split, accumulate, merge).
     *
     * @return the breakdown by channel
     */
    @Benchmark
    public KpiBreakdown<String, SessionSummary> accumulatorParallelStream() {
        return facts.parallelStream().collect(Accumulators.collector(SessionKpiAccumulator<String>::new));
    }

    /**
     * The baseline: the same sums over primitive arrays.
     *
     * @return counters per channel: sessions, engaged, single-page, converting, then the closed
     *     funnel's product-view, cart, checkout and purchase sessions
     */
    @Benchmark
    public long[][] primitiveLoop() {
        long[][] counts = new long[CHANNELS.length][8];
        byte[] channels = channelIndex;
        byte[] bits = flags;
        for (int i = 0; i < channels.length; i++) {
            long[] c = counts[channels[i]];
            int f = bits[i];
            boolean viewed = (f & VIEWED) != 0;
            boolean cart = viewed && (f & CART) != 0;
            boolean checkout = cart && (f & CHECKOUT) != 0;
            boolean purchase = checkout && (f & PURCHASED) != 0;
            c[0]++;
            c[1] += f & ENGAGED;
            c[2] += (f & SINGLE_PAGE) >>> 1;
            c[3] += (f & PURCHASED) >>> 5;
            c[4] += viewed ? 1 : 0;
            c[5] += cart ? 1 : 0;
            c[6] += checkout ? 1 : 0;
            c[7] += purchase ? 1 : 0;
        }
        return counts;
    }
}

package io.github.emporion.benchmarks.attribution;

import io.github.emporion.metrics.attribution.Attribution;
import io.github.emporion.metrics.attribution.AttributionModel;
import io.github.emporion.metrics.attribution.AttributionResult;
import io.github.emporion.metrics.attribution.ChannelPath;
import io.github.emporion.metrics.attribution.MarkovModel;
import io.github.emporion.metrics.attribution.PathCsvFormat;
import io.github.emporion.metrics.attribution.PathCsvReader;
import io.github.emporion.metrics.attribution.RuleBasedModel;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Whole-file timing without JMH, for quick before/after comparisons on a shared machine: runs one
 * task over a path-count file several times in one JVM and prints, per repetition, the wall time,
 * the CPU time of the calling thread and the CPU time of the whole process (all threads). JVM
 * start-up is excluded; the first repetitions include JIT warm-up.
 *
 * <pre>
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar \
 *     io.github.emporion.benchmarks.attribution.AttributionTiming /tmp/paths_1m.csv heuristics 1 5
 * </pre>
 *
 * <p>Tasks: {@code parse} (read every row), {@code heuristics} (first, last and linear touch in one
 * pass), {@code markov1} … {@code markov4} (one exact Markov model with non-conversions).
 */
public final class AttributionTiming {

    private AttributionTiming() {}

    /**
     * Runs the timing.
     *
     * @param args file, task, threads, repetitions
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: AttributionTiming FILE parse|heuristics|markov1..4 THREADS REPETITIONS");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        String task = args[1];
        int threads = Integer.parseInt(args[2]);
        int reps = Integer.parseInt(args[3]);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int r = 0; r < reps; r++) {
            long t0 = System.nanoTime();
            long c0 = mx.getCurrentThreadCpuTime();
            long p0 = os.getProcessCpuTime();
            String summary = run(file, task, threads);
            long p1 = os.getProcessCpuTime();
            long c1 = mx.getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            System.out.printf(
                    Locale.ROOT,
                    "%s threads=%d rep=%d wall=%.3f s threadCpu=%.3f s processCpu=%.3f s %s%n",
                    task,
                    threads,
                    r,
                    (t1 - t0) / 1e9,
                    (c1 - c0) / 1e9,
                    (p1 - p0) / 1e9,
                    summary);
        }
    }

    private static String run(Path file, String task, int threads) throws IOException {
        if (task.equals("parse")) {
            long touches = 0;
            try (Reader in = Files.newBufferedReader(file)) {
                Iterator<ChannelPath> it = PathCsvReader.open(in, PathCsvFormat.channelAttribution());
                while (it.hasNext()) {
                    touches += it.next().length();
                }
            }
            return "touches=" + touches;
        }
        List<? extends AttributionModel> models = task.equals("heuristics")
                ? List.of(RuleBasedModel.firstTouch(), RuleBasedModel.lastTouch(), RuleBasedModel.linear())
                : List.of(MarkovModel.order(Integer.parseInt(task.substring("markov".length()))));
        List<AttributionResult> results = Attribution.run(models, file, PathCsvFormat.channelAttribution(), threads);
        AttributionResult first = results.get(0);
        return first.model() + " channels=" + first.channels().size() + " conversions=" + first.totalConversions();
    }
}

package io.github.emporion.metrics.attribution;

import io.github.emporion.aggregate.Accumulator;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The entry point of channel attribution: runs several models over the same rows in <b>one
 * pass</b>, so a path-count file is streamed once whatever the number of models.
 *
 * <pre>{@code
 * List<AttributionResult> results = Attribution.run(
 *         List.of(RuleBasedModel.lastTouch(), RuleBasedModel.linear(), MarkovModel.order(2)),
 *         Path.of("paths.csv"), PathCsvFormat.channelAttribution());
 * }</pre>
 *
 * <p>An adapter from core's journeys and path counts only has to produce {@link ChannelPath} rows
 * (or {@link TimedJourney}s for time decay).
 */
public final class Attribution {

    private Attribution() {}

    /**
     * Runs the models over the rows in one pass.
     *
     * @param models the models, at least one
     * @param paths the rows (iterated once)
     * @return one result per model, in the models' order
     */
    public static List<AttributionResult> run(List<? extends AttributionModel> models, Iterable<ChannelPath> paths) {
        return run(models, paths.iterator());
    }

    /**
     * Runs the models over the rows of an iterator in one pass.
     *
     * @param models the models, at least one
     * @param paths the rows
     * @return one result per model, in the models' order
     */
    public static List<AttributionResult> run(List<? extends AttributionModel> models, Iterator<ChannelPath> paths) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("models must not be empty");
        }
        List<Accumulator<ChannelPath, AttributionResult, ?>> accs = new ArrayList<>();
        models.forEach(m -> accs.add(m.newAccumulator()));
        while (paths.hasNext()) {
            ChannelPath p = paths.next();
            for (Accumulator<ChannelPath, AttributionResult, ?> a : accs) {
                a.add(p);
            }
        }
        List<AttributionResult> out = new ArrayList<>(accs.size());
        accs.forEach(a -> out.add(a.result()));
        return out;
    }

    /**
     * Streams a path-count CSV file once through the models.
     *
     * @param models the models
     * @param csv the file (UTF-8)
     * @param format the file's layout
     * @return one result per model
     * @throws PathCsvException if a line is invalid (the message names the line)
     * @throws UncheckedIOException if the file cannot be read
     */
    public static List<AttributionResult> run(List<? extends AttributionModel> models, Path csv, PathCsvFormat format) {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return run(models, PathCsvReader.open(in, format));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
    }

    /**
     * Streams a path-count CSV file once through the models using {@code threads} threads: the file
     * is read sequentially in batches of lines, batches are parsed and accumulated in parallel, and
     * the partial accumulators are merged in file order. The result equals the single-threaded
     * {@link #run(List, Path, PathCsvFormat)} exactly (the accumulators' split-and-merge law); memory
     * stays bounded by a few batches per thread whatever the file size.
     *
     * @param models the models
     * @param csv the file (UTF-8)
     * @param format the file's layout
     * @param threads worker threads, at least 1 (1 runs on the calling thread)
     * @return one result per model
     * @throws PathCsvException if a line is invalid (the message names the line)
     * @throws UncheckedIOException if the file cannot be read
     */
    public static List<AttributionResult> run(
            List<? extends AttributionModel> models, Path csv, PathCsvFormat format, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (threads == 1) {
            return run(models, csv, format);
        }
        if (models.isEmpty()) {
            throw new IllegalArgumentException("models must not be empty");
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "emporion-attribution");
            t.setDaemon(true);
            return t;
        });
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            PathCsvReader reader = PathCsvReader.open(in, format);
            List<Accumulator<ChannelPath, AttributionResult, ?>> total = new ArrayList<>();
            models.forEach(m -> total.add(m.newAccumulator()));
            Deque<Future<List<Accumulator<ChannelPath, AttributionResult, ?>>>> window = new ArrayDeque<>();
            boolean more = true;
            while (more) {
                List<String> lines = new ArrayList<>(BATCH);
                long[] numbers = new long[BATCH];
                String line;
                while (lines.size() < BATCH && (line = reader.nextRawLine()) != null) {
                    numbers[lines.size()] = reader.lineNumber();
                    lines.add(line);
                }
                more = lines.size() == BATCH;
                if (!lines.isEmpty()) {
                    window.add(pool.submit(() -> {
                        List<Accumulator<ChannelPath, AttributionResult, ?>> part = new ArrayList<>();
                        models.forEach(m -> part.add(m.newAccumulator()));
                        String[] cache = PathCsvReader.newNameCache();
                        for (int i = 0; i < lines.size(); i++) {
                            ChannelPath p = reader.parse(lines.get(i), numbers[i], cache);
                            for (Accumulator<ChannelPath, AttributionResult, ?> a : part) {
                                a.add(p);
                            }
                        }
                        return part;
                    }));
                }
                while (window.size() > 2 * threads || (!more && !window.isEmpty())) {
                    mergeAll(total, await(window.poll()));
                }
            }
            List<AttributionResult> out = new ArrayList<>(total.size());
            total.forEach(a -> out.add(a.result()));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static final int BATCH = 8192;

    private static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while attributing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void mergeAll(
            List<Accumulator<ChannelPath, AttributionResult, ?>> total,
            List<Accumulator<ChannelPath, AttributionResult, ?>> part) {
        for (int i = 0; i < total.size(); i++) {
            mergeUnchecked(total.get(i), part.get(i));
        }
    }

    /** Both come from the same model's {@code newAccumulator()}, so they are of the same kind. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void mergeUnchecked(Accumulator target, Accumulator part) {
        target.merge(part);
    }

    /**
     * Runs rule-based models and time decay over timed journeys in one pass (each journey counts as
     * 1 conversion or 1 non-conversion for the path models).
     *
     * @param pathModels models over the journeys' paths (may be empty)
     * @param timeDecay time-decay models (may be empty)
     * @param journeys the journeys
     * @return the path models' results, then the time-decay results
     */
    public static List<AttributionResult> runJourneys(
            List<? extends AttributionModel> pathModels,
            List<TimeDecayModel> timeDecay,
            Iterable<TimedJourney> journeys) {
        if (pathModels.isEmpty() && timeDecay.isEmpty()) {
            throw new IllegalArgumentException("at least one model is needed");
        }
        List<Accumulator<ChannelPath, AttributionResult, ?>> accs = new ArrayList<>();
        pathModels.forEach(m -> accs.add(m.newAccumulator()));
        List<TimeDecayModel.Acc> decays = new ArrayList<>();
        timeDecay.forEach(m -> decays.add(m.newAccumulator()));
        for (TimedJourney j : journeys) {
            ChannelPath p = j.toPath();
            accs.forEach(a -> a.add(p));
            decays.forEach(a -> a.add(j));
        }
        List<AttributionResult> out = new ArrayList<>();
        accs.forEach(a -> out.add(a.result()));
        decays.forEach(a -> out.add(a.result()));
        return out;
    }
}

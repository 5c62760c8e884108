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
                        PathCsvReader.NameCache cache = PathCsvReader.newNameCache();
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

    /**
     * Runs the models named in the options over timed journeys in one pass: the entry point of a
     * journeys command line or JSON request. Each journey is 1 conversion (with its value) or 1
     * non-conversion.
     *
     * <pre>{@code
     * AttributionRun run = Attribution.runJourneys(
     *         AttributionOptions.builder().set("time-decay", "stepped").build(), journeys);
     * AttributionResult linear = run.result("linear");
     * List<TouchCredit> perTouch = run.touchCredits("markov", journeys.get(0));
     * }</pre>
     *
     * @param options the models and their options
     * @param journeys the journeys (iterated once)
     * @return the results keyed by model name, with the fitted Markov and Shapley models
     * @throws IllegalStateException if Markov is asked for and no journey converted
     */
    public static AttributionRun runJourneys(AttributionOptions options, Iterable<TimedJourney> journeys) {
        return execute(options, journeys.iterator(), null);
    }

    /**
     * Streams a timed-journey CSV file ({@link TimedJourneyCsvReader}) once through the models.
     *
     * @param options the models and their options
     * @param csv the file (UTF-8)
     * @return the results keyed by model name
     * @throws PathCsvException if a line is invalid (the message names the file and line)
     * @throws UncheckedIOException if the file cannot be read
     */
    public static AttributionRun runJourneys(AttributionOptions options, Path csv) {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return execute(options, TimedJourneyCsvReader.open(in, csv.toString()), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
    }

    /**
     * Runs the models named in the options over path-count rows in one pass. {@code time_decay}
     * needs touch times and is rejected here.
     *
     * @param options the models and their options (without {@code time_decay})
     * @param paths the rows (iterated once)
     * @return the results keyed by model name
     * @throws IllegalArgumentException if {@code time_decay} is asked for
     */
    public static AttributionRun run(AttributionOptions options, Iterable<ChannelPath> paths) {
        return execute(options, null, paths.iterator());
    }

    /** Exactly one of {@code journeys} and {@code paths} is non-null. */
    private static AttributionRun execute(
            AttributionOptions options,
            @org.jspecify.annotations.Nullable Iterator<TimedJourney> journeys,
            @org.jspecify.annotations.Nullable Iterator<ChannelPath> paths) {
        List<String> names = options.models();
        if (journeys == null && names.contains("time_decay")) {
            throw new IllegalArgumentException(
                    "models: time_decay needs touch times (timed journeys), path counts have none");
        }
        List<Accumulator<ChannelPath, AttributionResult, ?>> accs = new ArrayList<>();
        TimeDecayModel.Acc decay = null;
        TransitionCounts markov = null;
        CoalitionCounts shapley = null;
        for (String name : names) {
            switch (name) {
                case "time_decay" -> {
                    decay = options.timeDecayModel().newAccumulator();
                    accs.add(null);
                }
                case "markov" -> {
                    markov = ((MarkovModel) options.pathModel(name)).newAccumulator();
                    accs.add(markov);
                }
                case "shapley" -> {
                    shapley = options.shapleyModel().newAccumulator();
                    accs.add(shapley);
                }
                default -> accs.add(options.pathModel(name).newAccumulator());
            }
        }
        List<Accumulator<ChannelPath, AttributionResult, ?>> pathAccs =
                accs.stream().filter(a -> a != null).toList();
        if (paths != null) {
            while (paths.hasNext()) {
                ChannelPath p = paths.next();
                for (Accumulator<ChannelPath, AttributionResult, ?> a : pathAccs) {
                    a.add(p);
                }
            }
        } else if (journeys != null) {
            while (journeys.hasNext()) {
                TimedJourney j = journeys.next();
                if (!pathAccs.isEmpty()) {
                    ChannelPath p = j.toPath();
                    for (Accumulator<ChannelPath, AttributionResult, ?> a : pathAccs) {
                        a.add(p);
                    }
                }
                if (decay != null) {
                    decay.add(j);
                }
            }
        }
        java.util.Optional<MarkovResult> markovResult =
                markov == null ? java.util.Optional.empty() : java.util.Optional.of(markov.markovResult());
        java.util.Optional<ShapleyResult> shapleyResult =
                shapley == null ? java.util.Optional.empty() : java.util.Optional.of(shapley.shapleyResult());
        java.util.Map<String, AttributionResult> results = new java.util.LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            AttributionResult r = switch (name) {
                case "time_decay" -> java.util.Objects.requireNonNull(decay).result();
                case "markov" -> markovResult.orElseThrow().attribution();
                case "shapley" -> shapleyResult.orElseThrow().attribution();
                default -> accs.get(i).result();
            };
            results.put(
                    name,
                    new AttributionResult(name, r.parameters(), r.channels(), r.totalConversions(), r.totalValue()));
        }
        return new AttributionRun(options, results, markovResult, shapleyResult);
    }
}

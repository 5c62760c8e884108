package io.github.emporion.metrics.attribution;

import io.github.emporion.aggregate.Accumulator;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

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

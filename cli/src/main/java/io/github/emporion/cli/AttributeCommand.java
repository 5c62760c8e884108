package io.github.emporion.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.emporion.metrics.attribution.Attribution;
import io.github.emporion.metrics.attribution.AttributionComparison;
import io.github.emporion.metrics.attribution.AttributionModel;
import io.github.emporion.metrics.attribution.AttributionOptions;
import io.github.emporion.metrics.attribution.AttributionResult;
import io.github.emporion.metrics.attribution.AttributionRun;
import io.github.emporion.metrics.attribution.ChannelCredit;
import io.github.emporion.metrics.attribution.ChannelPath;
import io.github.emporion.metrics.attribution.MarkovModel;
import io.github.emporion.metrics.attribution.MarkovResult;
import io.github.emporion.metrics.attribution.PathCsvException;
import io.github.emporion.metrics.attribution.PathCsvFormat;
import io.github.emporion.metrics.attribution.PathCsvReader;
import io.github.emporion.metrics.attribution.RuleBasedModel;
import io.github.emporion.metrics.attribution.ShapleyModel;
import io.github.emporion.metrics.attribution.TouchCredit;
import java.io.BufferedWriter;
import java.io.FilterReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code emporion attribute}: multi-touch attribution of a path-count CSV file with several models
 * in one pass ({@link Attribution#run}).
 */
@Command(
        name = "attribute",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Credits conversions and conversion value to channels with several attribution models at once, from a"
                    + " path-count CSV file (ChannelAttribution's layout: path,total_conversions,"
                    + "total_conversion_value,total_null; channels joined by >).",
            "Writes CSV (channel,model,conversions,value: one row per channel per model) or JSON to stdout."
        },
        footer = {
            "",
            "Examples:",
            "  java -jar emporion.jar attribute --input paths.csv",
            "  java -jar emporion.jar attribute --input paths.csv --models last,linear,markov --order 2 --removal-effects",
            "  java -jar emporion.jar attribute --input paths.csv --format json --per-journey credits.csv",
            "  java -jar emporion.jar attribute --journeys journeys.csv --time-decay stepped --shapley exact-set"
        })
final class AttributeCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format {
        csv,
        json
    }

    /** The model names of {@code --models}, in default order. */
    static final List<String> MODEL_NAMES =
            List.of("first", "last", "last_non_direct", "linear", "position", "markov", "shapley");

    /** The default models of {@code --journeys}: those of path counts plus time decay. */
    static final List<String> DEFAULT_JOURNEY_MODELS = AttributionOptions.DEFAULT_MODELS;

    @Spec
    @SuppressWarnings("NullAway.Init")
    private CommandSpec spec;

    @Option(
            names = "--input",
            paramLabel = "FILE",
            description = "The path-count CSV file (ChannelAttribution's layout). One of --input or --journeys.")
    private @Nullable Path input;

    @Option(
            names = "--journeys",
            paramLabel = "FILE",
            description = "A timed-journey CSV file (journey_id,path,touch_times,converted,conversion_time,value;"
                    + " touch times ISO-8601 joined by |). Needed for time_decay. One of --input or --journeys.")
    private @Nullable Path journeys;

    @Option(
            names = "--time-decay",
            paramLabel = "V",
            description = "time_decay weights: exponential (2^(-Δt/half-life), GA4) or stepped (0.5^⌊Δt/7d⌋, DP6);"
                    + " default exponential.")
    private @Nullable String timeDecay;

    @Option(names = "--half-life", paramLabel = "D", description = "time_decay half-life, e.g. 7d, 168h (default 7d).")
    private @Nullable String halfLife;

    @Option(
            names = "--direct-channels",
            paramLabel = "A,B",
            description = "Channels last_non_direct skips, case-insensitive (default: direct,(direct)).")
    private @Nullable String directChannels;

    @Option(
            names = "--position-weights",
            paramLabel = "F,M,L",
            description = "position weights of first, middle and last touches (default 0.4,0.2,0.4).")
    private @Nullable String positionWeights;

    @Option(
            names = "--markov-value",
            paramLabel = "V",
            description = "How markov credits value: chain (removal effects of the value chain), shares (a"
                    + " value-weighted chain) or conversion-shares (value × conversion shares); default chain.")
    private @Nullable String markovValue;

    @Option(
            names = "--shapley",
            paramLabel = "G",
            description = "Shapley game: coalition-sum (simplified Shapley: each channel set's conversions split"
                    + " equally; the default), exact-set (DP6: worth = conversion rate of journeys with exactly that"
                    + " set) or exact-set-raw.")
    private @Nullable String shapley;

    @Option(
            names = "--shapley-order",
            paramLabel = "O",
            description = "Channel order in Shapley coalitions: alphabetical (default) or first-touch.")
    private @Nullable String shapleyOrder;

    @Option(
            names = "--shapley-max-channels",
            paramLabel = "N",
            description = "Largest coalition Shapley keeps (default: no limit, no channel is ever dropped).")
    private @Nullable String shapleyMaxChannels;

    @Option(
            names = "--models",
            split = ",",
            paramLabel = "M",
            description = "Models, comma-separated (default: all): first, last, last_non_direct, linear, position,"
                    + " time_decay (only with --journeys), markov, shapley.")
    private @Nullable List<String> models;

    @Option(names = "--order", paramLabel = "K", description = "Order of the Markov model, 1..4 (default: 1).")
    private int order = 1;

    @Option(names = "--sep", paramLabel = "S", description = "Separator between the channels of a path (default: >).")
    private String separator = ">";

    @Option(names = "--delimiter", paramLabel = "D", description = "Field delimiter of the file (default: ,).")
    private String delimiter = ",";

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: 1).")
    private int threads = 1;

    @Option(names = "--format", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format = Format.csv;

    @Option(
            names = "--removal-effects",
            description = "Also output the Markov removal effects (CSV: a second table after a blank line).")
    private boolean removalEffects;

    @Option(
            names = "--per-journey",
            paramLabel = "FILE",
            description = "Write each path's credit per touch and model to FILE"
                    + " (path,model,position,channel,conversions,value; Shapley: simplified game).")
    private @Nullable Path perJourney;

    /** Builds the model options from the flags; a bad value is a usage error naming the flag. */
    private AttributionOptions options() {
        AttributionOptions.Builder b = AttributionOptions.builder();
        Map<String, @Nullable String> flags = new LinkedHashMap<>();
        flags.put("time-decay", timeDecay);
        flags.put("half-life", halfLife);
        flags.put("direct-channels", directChannels);
        flags.put("position-weights", positionWeights);
        flags.put("markov-value", markovValue);
        flags.put("shapley", shapley);
        flags.put("shapley-order", shapleyOrder);
        flags.put("shapley-max-channels", shapleyMaxChannels);
        flags.put("markov-order", Integer.toString(order));
        List<String> names = models != null ? models : journeys != null ? DEFAULT_JOURNEY_MODELS : MODEL_NAMES;
        flags.put("models", String.join(",", names.stream().map(String::strip).toList()));
        for (Map.Entry<String, @Nullable String> flag : flags.entrySet()) {
            String value = flag.getValue();
            if (value == null) {
                continue;
            }
            try {
                b.set(flag.getKey(), value);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--" + flag.getKey() + ": " + e.getMessage());
            }
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Override
    public Integer call() {
        if ((input == null) == (journeys == null)) {
            throw new ParameterException(spec.commandLine(), "give exactly one of --input FILE or --journeys FILE");
        }
        AttributionOptions options = options();
        if (journeys != null) {
            return callJourneys(options, journeys);
        }
        Path input = java.util.Objects.requireNonNull(this.input);
        if (threads < 1) {
            throw new IllegalArgumentException("--threads: " + threads + " must be at least 1");
        }
        if (separator.length() != 1) {
            throw new IllegalArgumentException("--sep: '" + separator + "' must be one character");
        }
        PathCsvFormat csvFormat = PathCsvFormat.channelAttribution()
                .withDelimiter(CsvInput.separator(delimiter))
                .withChannelSeparator(separator.charAt(0));
        Map<String, AttributionModel> chosen = new LinkedHashMap<>();
        for (String name : options.models()) {
            try {
                chosen.put(name, options.pathModel(name));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--models: " + e.getMessage() + ("time_decay".equals(name) ? " (it needs --journeys)" : ""));
            }
        }
        if (!Files.isRegularFile(input)) {
            throw new BadDataException(input + ": no such file");
        }
        List<AttributionResult> results = run(List.copyOf(chosen.values()), csvFormat);
        Optional<MarkovResult> markov = removalEffects || perJourney != null && chosen.containsKey("markov")
                ? Optional.of(fitMarkov(csvFormat))
                : Optional.empty();
        List<String> names = List.copyOf(chosen.keySet());

        print(names, results, removalEffects ? markov : Optional.empty());
        if (perJourney != null) {
            writePerJourney(perJourney, names, chosen, markov, csvFormat);
        }
        return 0;
    }

    /** Attributes a timed-journey file with every chosen model in one pass. */
    private Integer callJourneys(AttributionOptions options, Path file) {
        if (perJourney != null) {
            throw new ParameterException(spec.commandLine(), "--per-journey: only with --input (path counts)");
        }
        if (!Files.isRegularFile(file)) {
            throw new BadDataException(file + ": no such file");
        }
        AttributionRun run;
        try {
            run = Attribution.runJourneys(options, file);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot read " + file, e.getCause());
        }
        List<String> names = List.copyOf(run.results().keySet());
        List<AttributionResult> results = List.copyOf(run.results().values());
        Optional<MarkovResult> markov = removalEffects ? run.markov() : Optional.empty();
        if (removalEffects && markov.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--removal-effects: needs markov among --models");
        }
        print(names, results, markov);
        return 0;
    }

    private void print(List<String> names, List<AttributionResult> results, Optional<MarkovResult> markov) {
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(json(names, results, markov));
        } else {
            out.print("channel,model,conversions,value\n");
            for (int m = 0; m < results.size(); m++) {
                for (ChannelCredit c : results.get(m).channels()) {
                    out.print(csv(c.channel()) + "," + names.get(m) + "," + num(c.conversions()) + "," + num(c.value())
                            + "\n");
                }
            }
            markov.ifPresent(r -> {
                out.print("\nchannel,removal_effect,value_removal_effect\n");
                r.removalEffects()
                        .forEach((channel, effect) -> out.print(csv(channel) + "," + num(effect) + ","
                                + num(r.valueRemovalEffects().getOrDefault(channel, 0.0)) + "\n"));
            });
        }
        out.flush();
    }

    private List<AttributionResult> run(List<AttributionModel> chosen, PathCsvFormat csvFormat) {
        try {
            if (threads > 1) {
                return Attribution.run(chosen, input, csvFormat, threads);
            }
            PrintWriter err = spec.commandLine().getErr();
            Progress progress = Progress.start(input.getFileName().toString(), Files.size(input), err);
            try (CountingReader in = new CountingReader(Files.newBufferedReader(input, StandardCharsets.UTF_8))) {
                PathCsvReader rows = PathCsvReader.open(in, csvFormat);
                List<AttributionResult> results = Attribution.run(chosen, new Iterator<ChannelPath>() {
                    @Override
                    public boolean hasNext() {
                        return rows.hasNext();
                    }

                    @Override
                    public ChannelPath next() {
                        progress.update(in.count);
                        return rows.next();
                    }
                });
                progress.finish();
                return results;
            }
        } catch (PathCsvException e) {
            throw new BadDataException(input + ": " + e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new BadDataException(input + ": no such file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + input, e);
        }
    }

    private MarkovResult fitMarkov(PathCsvFormat csvFormat) {
        List<MarkovResult> fitted = new ArrayList<>();
        forEachPath(csvFormat, rows -> fitted.add(MarkovModel.order(order).fit(() -> rows)));
        return fitted.get(0);
    }

    private void forEachPath(PathCsvFormat csvFormat, Consumer<Iterator<ChannelPath>> action) {
        try (Reader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            action.accept(PathCsvReader.open(in, csvFormat));
        } catch (PathCsvException e) {
            throw new BadDataException(input + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + input, e);
        }
    }

    private void writePerJourney(
            Path file,
            List<String> names,
            Map<String, AttributionModel> chosen,
            Optional<MarkovResult> markov,
            PathCsvFormat csvFormat) {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("path,model,position,channel,conversions,value\n");
            forEachPath(csvFormat, rows -> {
                while (rows.hasNext()) {
                    ChannelPath path = rows.next();
                    String pathText = csv(String.join(separator, path.channels()));
                    for (String name : names) {
                        for (TouchCredit c : credits(chosen.get(name), markov, path)) {
                            try {
                                w.write(pathText + "," + name + "," + (c.position() + 1) + "," + csv(c.channel()) + ","
                                        + num(c.conversions()) + "," + num(c.value()) + "\n");
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static List<TouchCredit> credits(AttributionModel model, Optional<MarkovResult> markov, ChannelPath path) {
        if (model instanceof RuleBasedModel rule) {
            double[] w = rule.weights(path.channels());
            List<TouchCredit> credits = new ArrayList<>(w.length);
            for (int i = 0; i < w.length; i++) {
                credits.add(new TouchCredit(
                        i, path.channels().get(i), w[i] * path.conversions(), w[i] * path.effectiveValue()));
            }
            return credits;
        }
        if (model instanceof ShapleyModel shapley) {
            return shapley.touchCredits(path);
        }
        return markov.orElseThrow().touchCredits(path);
    }

    private static String json(List<String> names, List<AttributionResult> results, Optional<MarkovResult> markov) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode array = root.putArray("models");
        for (int m = 0; m < results.size(); m++) {
            AttributionResult r = results.get(m);
            ObjectNode node = array.addObject();
            node.put("model", names.get(m));
            node.put("label", AttributionComparison.label(r));
            node.put("total_conversions", r.totalConversions());
            node.put("total_value", r.totalValue());
            ArrayNode channels = node.putArray("channels");
            for (ChannelCredit c : r.channels()) {
                channels.addObject()
                        .put("channel", c.channel())
                        .put("conversions", c.conversions())
                        .put("value", c.value());
            }
        }
        markov.ifPresent(r -> {
            ObjectNode effects = root.putObject("removal_effects");
            r.removalEffects().forEach(effects::put);
            ObjectNode valueEffects = root.putObject("value_removal_effects");
            r.valueRemovalEffects().forEach(valueEffects::put);
        });
        try {
            return mapper.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String num(double d) {
        return Double.isFinite(d) ? BigDecimal.valueOf(d).toPlainString() : Double.toString(d);
    }

    private static String csv(String field) {
        return field.contains(",") || field.contains("\"") || field.contains("\n")
                ? "\"" + field.replace("\"", "\"\"") + "\""
                : field;
    }

    /** Counts the characters read, for the progress bar. */
    private static final class CountingReader extends FilterReader {
        long count;

        CountingReader(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                count++;
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}

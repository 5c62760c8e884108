package io.github.emporion.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.emporion.metrics.attribution.Attribution;
import io.github.emporion.metrics.attribution.AttributionComparison;
import io.github.emporion.metrics.attribution.AttributionModel;
import io.github.emporion.metrics.attribution.AttributionResult;
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
            "  java -jar emporion.jar attribute --input paths.csv --format json --per-journey credits.csv"
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

    @Spec
    @SuppressWarnings("NullAway.Init")
    private CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "The path-count CSV file.")
    @SuppressWarnings("NullAway.Init")
    private Path input;

    @Option(
            names = "--models",
            split = ",",
            paramLabel = "M",
            description = "Models, comma-separated (default: all): first, last, last_non_direct, linear, position,"
                    + " markov, shapley.")
    private List<String> models = MODEL_NAMES;

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

    @Override
    public Integer call() {
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
        for (String name : models) {
            chosen.put(name.strip(), model(name.strip()));
        }
        if (!Files.isRegularFile(input)) {
            throw new BadDataException(input + ": no such file");
        }
        List<AttributionResult> results = run(List.copyOf(chosen.values()), csvFormat);
        Optional<MarkovResult> markov = removalEffects || perJourney != null && chosen.containsKey("markov")
                ? Optional.of(fitMarkov(csvFormat))
                : Optional.empty();
        List<String> names = List.copyOf(chosen.keySet());

        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(json(names, results, removalEffects ? markov : Optional.empty()));
        } else {
            out.print("channel,model,conversions,value\n");
            for (int m = 0; m < results.size(); m++) {
                for (ChannelCredit c : results.get(m).channels()) {
                    out.print(csv(c.channel()) + "," + names.get(m) + "," + num(c.conversions()) + "," + num(c.value())
                            + "\n");
                }
            }
            if (removalEffects) {
                MarkovResult r = markov.orElseThrow();
                out.print("\nchannel,removal_effect,value_removal_effect\n");
                r.removalEffects()
                        .forEach((channel, effect) -> out.print(csv(channel) + "," + num(effect) + ","
                                + num(r.valueRemovalEffects().getOrDefault(channel, 0.0)) + "\n"));
            }
        }
        out.flush();
        if (perJourney != null) {
            writePerJourney(perJourney, names, chosen, markov, csvFormat);
        }
        return 0;
    }

    private AttributionModel model(String name) {
        return switch (name) {
            case "first" -> RuleBasedModel.firstTouch();
            case "last" -> RuleBasedModel.lastTouch();
            case "last_non_direct" -> RuleBasedModel.lastNonDirect();
            case "linear" -> RuleBasedModel.linear();
            case "position" -> RuleBasedModel.positionBased();
            case "markov" -> MarkovModel.order(order);
            case "shapley" -> ShapleyModel.simplified();
            default ->
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(), "--models: unknown model '" + name + "' (use " + MODEL_NAMES + ")");
        };
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

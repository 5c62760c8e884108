package io.github.emporion.jackson.attribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.emporion.jackson.api.ApiProblem;
import io.github.emporion.jackson.api.JsonApi;
import io.github.emporion.jackson.api.JsonLimits;
import io.github.emporion.jackson.api.RequestReader;
import io.github.emporion.metrics.attribution.AttributionComparison;
import io.github.emporion.metrics.attribution.AttributionOptions;
import io.github.emporion.metrics.attribution.AttributionResult;
import io.github.emporion.metrics.attribution.AttributionRun;
import io.github.emporion.metrics.attribution.ChannelCredit;
import io.github.emporion.metrics.attribution.ChannelPath;
import io.github.emporion.metrics.attribution.TimedJourney;
import io.github.emporion.metrics.attribution.TouchCredit;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * Attribution as JSON in / JSON out, wrapping {@link AttributionApi#attribute(AttributionRequest)},
 * which calls {@code Attribution.runJourneys(AttributionOptions, ...)} or {@code
 * Attribution.run(AttributionOptions, ...)}: the request takes exactly the options of {@code
 * emporion attribute}, with snake_case names ({@code time_decay} for {@code --time-decay}).
 *
 * <pre>{@code
 * {"models":["last","linear","markov","shapley"],
 *  "options":{"markov_order":2,"shapley":"exact-set","shapley_order":"first-touch"},
 *  "paths":[{"channels":["search","email","search"],"conversions":2,"value":40.0,"non_conversions":5},
 *           {"channels":["social"],"conversions":0,"non_conversions":9}],
 *  "spend":{"search":{"amount":"100.00","currency":"EUR"}}}
 * →
 * {"options":{"time_decay":"exponential","half_life":"PT168H",...,"shapley":"exact-set",...},
 *  "results":[{"model":"last","label":"last","parameters":{},"total_conversions":2.0,
 *              "total_value":40.0,"channels":[{"channel":"search","conversions":2.0,"value":40.0},...]},...],
 *  "comparison":{"models":["last",...],"rows":[{"channel":"search","spend":{...},
 *      "cells":[{"conversions":2.0,"value":40.0,"conversion_share":1.0,"value_share":1.0,"roas":0.4,"cpa":{...}}]}]}}
 * }</pre>
 *
 * <p>{@code models}: names from {@link AttributionOptions#MODEL_NAMES} ({@code first, last,
 * last_non_direct, linear, position, time_decay, markov, shapley, position_decay}); default all but
 * {@code position_decay}, without {@code time_decay} on path counts. {@code options} (all optional,
 * defaults as in {@link AttributionOptions} except {@code shapley}, whose default here, as in the
 * command line, is {@code coalition-sum}): {@code time_decay} ({@code exponential | stepped}),
 * {@code half_life} ({@code 7d}, {@code 168h}, {@code P7D}), {@code direct_channels} (array of
 * names), {@code direct_ignore_case} (boolean), {@code position_weights} ([first, middle, last]),
 * {@code markov_order} (1–4), {@code markov_nulls} (boolean), {@code markov_value} ({@code chain |
 * shares | conversion-shares}), {@code shapley} ({@code coalition-sum | exact-set |
 * exact-set-raw}), {@code shapley_order} ({@code alphabetical | first-touch}), {@code
 * shapley_max_channels} (a positive integer, {@code "none"} or absent: no limit). Every option is
 * parsed and validated by {@link AttributionOptions.Builder}; an invalid one is reported at its
 * pointer, e.g. {@code /options/time_decay}. The answer echoes the options used.
 *
 * <p>Instead of {@code paths}, {@code journeys} may be given, one object each, with the rules of
 * {@code TimedJourneyCsvReader}: either {@code "touches":[{"channel":"search","at":"2026-03-01T10:00:00Z"}]}
 * or {@code "path":["search"],"touch_times":["2026-03-01T10:00:00Z"]}, then optional {@code id},
 * {@code converted} (boolean; default: whether {@code conversion_at} is given), {@code
 * conversion_at} and {@code value} (≥ 0, only on a converting journey). Touch times must be
 * strictly increasing and not after the conversion; every violation is reported at the pointer of
 * the field. {@code time_decay} needs journeys. Undefined shares, ROAS and CPA are {@code null}.
 *
 * <p>With {@code "per_journey":true} the answer also holds each journey's (or path row's) credit
 * per model and touch ({@code AttributionRun.touchCredits}), in input order: {@code
 * "per_journey":[{"index":0,"id":"j1","models":{"linear":[{"channel":"email","conversions":0.5,"value":5.0},
 * {"channel":"direct",...}],...}}]}; a non-converting journey gets zero credit.
 */
public final class JsonAttributionApi extends JsonApi {

    /** The most path rows or journeys in one request. */
    public static final int MAX_ROWS = 1_000_000;

    /** The most touches in one path or journey. */
    public static final int MAX_TOUCHES = 1_000;

    private static final Set<String> OPTION_FIELDS = AttributionOptions.OPTION_NAMES.stream()
            .filter(name -> !name.equals("models"))
            .map(JsonAttributionApi::field)
            .collect(Collectors.toCollection(LinkedHashSet::new));

    /** Creates the API with {@link JsonLimits#DEFAULT}. */
    public JsonAttributionApi() {
        this(JsonLimits.DEFAULT);
    }

    /**
     * Creates the API with the given limits.
     *
     * @param limits the parsing limits
     */
    public JsonAttributionApi(JsonLimits limits) {
        super(limits);
    }

    /** The JSON field of an option name: {@code time-decay} → {@code time_decay}. */
    private static String field(String option) {
        return option.replace('-', '_');
    }

    /** The option name of a JSON field: {@code time_decay} → {@code time-decay}. */
    private static String option(String field) {
        return field.replace('_', '-');
    }

    @Override
    protected JsonNode answer(JsonNode root) {
        RequestReader in = new RequestReader(endpoint().mapper());
        if (in.object(root, "", Set.of("models", "options", "paths", "journeys", "spend", "per_journey"))
                .isEmpty()) {
            in.throwIfProblems();
        }
        List<ChannelPath> paths = new ArrayList<>();
        List<JsonNode> pathNodes = root.has("paths") ? in.array(root, "", "paths", MAX_ROWS) : List.of();
        for (int i = 0; i < pathNodes.size(); i++) {
            path(in, pathNodes.get(i), ApiProblem.child("/paths", i)).ifPresent(paths::add);
        }
        List<TimedJourney> journeys = new ArrayList<>();
        List<JsonNode> journeyNodes = root.has("journeys") ? in.array(root, "", "journeys", MAX_ROWS) : List.of();
        for (int i = 0; i < journeyNodes.size(); i++) {
            journey(in, journeyNodes.get(i), ApiProblem.child("/journeys", i)).ifPresent(journeys::add);
        }
        AttributionOptions.Builder options = AttributionApi.defaultOptions(!root.has("paths"));
        models(in, root, options);
        RequestReader.optional(root, "options").ifPresent(node -> options(in, node, options));
        Map<String, MonetaryAmount> spend = new LinkedHashMap<>();
        RequestReader.optional(root, "spend").ifPresent(node -> {
            if (!node.isObject()) {
                in.problem("/spend", "must be an object of channel to money but was " + RequestReader.describe(node));
                return;
            }
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                in.money(e.getValue(), ApiProblem.child("/spend", e.getKey())).ifPresent(m -> spend.put(e.getKey(), m));
            }
        });
        boolean perJourney = RequestReader.optional(root, "per_journey")
                .map(node -> {
                    if (!node.isBoolean()) {
                        in.problem("/per_journey", "must be true or false but was " + RequestReader.describe(node));
                    }
                    return node.booleanValue();
                })
                .orElse(false);
        in.throwIfProblems();
        Optional<AttributionOptions> built = check(in, "/options", options);
        in.throwIfProblems();
        AttributionReport report =
                AttributionApi.attribute(new AttributionRequest(built.orElseThrow(), paths, journeys, spend));
        ObjectNode out = toJson(report);
        if (perJourney) {
            perJourney(out.putArray("per_journey"), report.run(), paths, journeys);
        }
        return out;
    }

    /**
     * Writes each journey's (or path row's) credit per model and touch, in input order: {@code
     * {"index":0,"id":"j1","models":{"linear":[{"channel":"email","conversions":0.5,"value":5.0},...]}}}.
     */
    private static void perJourney(
            ArrayNode out, AttributionRun run, List<ChannelPath> paths, List<TimedJourney> journeys) {
        int rows = journeys.isEmpty() ? paths.size() : journeys.size();
        for (int i = 0; i < rows; i++) {
            ObjectNode row = out.addObject().put("index", i);
            Map<String, List<TouchCredit>> credits = new LinkedHashMap<>();
            if (journeys.isEmpty()) {
                for (String model : run.results().keySet()) {
                    credits.put(model, run.touchCredits(model, paths.get(i)));
                }
            } else {
                journeys.get(i).id().ifPresent(id -> row.put("id", id));
                credits = run.touchCredits(journeys.get(i));
            }
            ObjectNode models = row.putObject("models");
            credits.forEach((model, touches) -> {
                ArrayNode array = models.putArray(model);
                for (TouchCredit c : touches) {
                    array.addObject()
                            .put("channel", c.channel())
                            .put("conversions", c.conversions())
                            .put("value", c.value());
                }
            });
        }
    }

    /**
     * Applies {@code change} to a default builder alone, so that a problem is reported at the
     * pointer of the one option that caused it; if that is valid, applies it to {@code options} too
     * (when given).
     *
     * @return whether the change is valid
     */
    private static boolean apply(
            RequestReader in,
            String at,
            AttributionOptions.@Nullable Builder options,
            Consumer<AttributionOptions.Builder> change) {
        AttributionOptions.Builder alone = AttributionOptions.builder();
        try {
            change.accept(alone);
            alone.build();
        } catch (IllegalArgumentException e) {
            in.problem(at, String.valueOf(e.getMessage()));
            return false;
        }
        if (options != null) {
            change.accept(options);
        }
        return true;
    }

    private static Optional<AttributionOptions> check(RequestReader in, String at, AttributionOptions.Builder options) {
        return build(in, at, options::build);
    }

    private static void models(RequestReader in, JsonNode root, AttributionOptions.Builder options) {
        if (!root.has("models")) {
            return;
        }
        int before = in.problems().size();
        List<JsonNode> nodes = in.array(root, "", "models", AttributionOptions.MODEL_NAMES.size());
        List<String> names = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String at = ApiProblem.child("/models", i);
            if (nodes.get(i).isObject()) {
                in.problem(
                        at,
                        "models are names such as \"markov\" now, with their parameters in \"options\""
                                + " (e.g. \"markov_order\": 2)");
                continue;
            }
            Optional<String> name = in.textValue(nodes.get(i), at);
            if (name.isPresent() && apply(in, at, null, b -> b.models(List.of(name.get())))) {
                names.add(name.get());
            }
        }
        if (in.problems().size() == before) {
            apply(in, "/models", options, b -> b.models(names));
        }
    }

    private static void options(RequestReader in, JsonNode node, AttributionOptions.Builder options) {
        if (in.object(node, "/options", OPTION_FIELDS).isEmpty()) {
            return;
        }
        for (String name : OPTION_FIELDS) {
            Optional<JsonNode> value = RequestReader.optional(node, name);
            if (value.isEmpty()) {
                continue;
            }
            String at = ApiProblem.child("/options", name);
            optionChange(in, at, name, value.get()).ifPresent(change -> apply(in, at, options, change));
        }
    }

    /** Type-checks one option's JSON value and turns it into a builder change. */
    private static Optional<Consumer<AttributionOptions.Builder>> optionChange(
            RequestReader in, String at, String name, JsonNode value) {
        String option = option(name);
        switch (name) {
            case "direct_channels" -> {
                if (!value.isArray()) {
                    in.problem(at, "must be an array of channel names but was " + RequestReader.describe(value));
                    return Optional.empty();
                }
                Set<String> channels = new LinkedHashSet<>();
                int before = in.problems().size();
                for (int i = 0; i < value.size(); i++) {
                    in.textValue(value.get(i), ApiProblem.child(at, i)).ifPresent(channels::add);
                }
                return in.problems().size() > before ? Optional.empty() : Optional.of(b -> b.directChannels(channels));
            }
            case "position_weights" -> {
                if (!value.isArray()) {
                    in.problem(at, "must be an array [first, middle, last] but was " + RequestReader.describe(value));
                    return Optional.empty();
                }
                List<String> weights = new ArrayList<>();
                int before = in.problems().size();
                for (int i = 0; i < value.size(); i++) {
                    in.decimal(value.get(i), ApiProblem.child(at, i)).ifPresent(d -> weights.add(d.toPlainString()));
                }
                String text = String.join(",", weights);
                return in.problems().size() > before ? Optional.empty() : Optional.of(b -> b.set(option, text));
            }
            case "direct_ignore_case", "markov_nulls" -> {
                if (!value.isBoolean()) {
                    in.problem(at, "must be true or false but was " + RequestReader.describe(value));
                    return Optional.empty();
                }
                return Optional.of(b -> b.set(option, String.valueOf(value.booleanValue())));
            }
            case "markov_order" -> {
                return in.integer(value, at, 1, Integer.MAX_VALUE).map(n -> b -> b.set(option, String.valueOf(n)));
            }
            case "shapley_max_channels" -> {
                if (value.isTextual()) {
                    return Optional.of(b -> b.set(option, value.textValue()));
                }
                return in.integer(value, at, Integer.MIN_VALUE, Integer.MAX_VALUE)
                        .map(n -> b -> b.set(option, String.valueOf(n)));
            }
            default -> {
                return in.textValue(value, at).map(text -> b -> b.set(option, text));
            }
        }
    }

    private static <T> Optional<T> build(RequestReader in, String at, Supplier<T> factory) {
        try {
            return Optional.of(factory.get());
        } catch (IllegalArgumentException | ArithmeticException e) {
            in.problem(at, String.valueOf(e.getMessage()));
            return Optional.empty();
        }
    }

    private static Optional<Double> number(RequestReader in, JsonNode node, String at, String name) {
        return RequestReader.optional(node, name)
                .flatMap(n -> in.decimal(n, ApiProblem.child(at, name)))
                .map(BigDecimal::doubleValue);
    }

    private static List<String> channels(RequestReader in, JsonNode node, String at, String name) {
        List<String> channels = new ArrayList<>();
        List<JsonNode> nodes = in.array(node, at, name, MAX_TOUCHES);
        for (int i = 0; i < nodes.size(); i++) {
            in.textValue(nodes.get(i), ApiProblem.child(at + "/" + name, i)).ifPresent(channels::add);
        }
        return channels;
    }

    private static Optional<ChannelPath> path(RequestReader in, JsonNode node, String at) {
        if (in.object(node, at, Set.of("channels", "conversions", "value", "non_conversions"))
                .isEmpty()) {
            return Optional.empty();
        }
        int before = in.problems().size();
        List<String> channels = channels(in, node, at, "channels");
        double conversions = number(in, node, at, "conversions").orElse(0.0);
        double value = number(in, node, at, "value").orElse(0.0);
        double nonConversions = number(in, node, at, "non_conversions").orElse(0.0);
        if (in.problems().size() > before) {
            return Optional.empty();
        }
        return build(in, at, () -> new ChannelPath(channels, conversions, value, nonConversions));
    }

    private static Optional<TimedJourney> journey(RequestReader in, JsonNode node, String at) {
        if (in.object(node, at, Set.of("id", "touches", "path", "touch_times", "converted", "conversion_at", "value"))
                .isEmpty()) {
            return Optional.empty();
        }
        int before = in.problems().size();
        List<String> channels = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        // the pointer of each touch time, for the errors below
        List<String> timePointers = new ArrayList<>();
        if (node.has("touches") == (node.has("path") || node.has("touch_times"))) {
            in.problem(at, "give either touches or path with touch_times (exactly one form)");
            return Optional.empty();
        }
        if (node.has("touches")) {
            List<JsonNode> touches = in.array(node, at, "touches", MAX_TOUCHES);
            for (int i = 0; i < touches.size(); i++) {
                String p = ApiProblem.child(at + "/touches", i);
                if (in.object(touches.get(i), p, Set.of("channel", "at")).isEmpty()) {
                    continue;
                }
                in.text(touches.get(i), p, "channel").ifPresent(channels::add);
                in.required(touches.get(i), p, "at")
                        .flatMap(n -> in.instant(n, p + "/at"))
                        .ifPresent(times::add);
                timePointers.add(p + "/at");
            }
        } else {
            channels.addAll(channels(in, node, at, "path"));
            List<JsonNode> nodes = in.array(node, at, "touch_times", MAX_TOUCHES);
            for (int i = 0; i < nodes.size(); i++) {
                String p = ApiProblem.child(at + "/touch_times", i);
                in.instant(nodes.get(i), p).ifPresent(times::add);
                timePointers.add(p);
            }
            if (in.problems().size() == before && channels.size() != times.size()) {
                in.problem(
                        at + "/touch_times",
                        "must have one instant per touch of path: path has " + channels.size()
                                + " touches but touch_times has " + times.size() + " instants");
            }
        }
        Optional<Instant> conversion =
                RequestReader.optional(node, "conversion_at").flatMap(n -> in.instant(n, at + "/conversion_at"));
        Optional<Boolean> converted = RequestReader.optional(node, "converted").flatMap(n -> {
            if (!n.isBoolean()) {
                in.problem(at + "/converted", "must be true or false but was " + RequestReader.describe(n));
                return Optional.empty();
            }
            return Optional.of(n.booleanValue());
        });
        double value = number(in, node, at, "value").orElse(0.0);
        if (in.problems().size() > before) {
            return Optional.empty();
        }
        for (int i = 1; i < times.size(); i++) {
            if (!times.get(i).isAfter(times.get(i - 1))) {
                in.problem(
                        timePointers.get(i),
                        "touch times must be strictly increasing, but touch " + i + " at " + times.get(i)
                                + " is not after " + times.get(i - 1));
            }
        }
        if (converted.orElse(false) && conversion.isEmpty()) {
            in.problem(at + "/conversion_at", "required when converted is true (the conversion instant)");
        }
        if (!converted.orElse(true) && conversion.isPresent()) {
            in.problem(at + "/conversion_at", "must be absent when converted is false");
        }
        if (conversion.isPresent()) {
            for (int i = 0; i < times.size(); i++) {
                if (times.get(i).isAfter(conversion.get())) {
                    in.problem(
                            timePointers.get(i),
                            "touch " + i + " at " + times.get(i) + " is after the conversion at " + conversion.get());
                    break;
                }
            }
        }
        if (value < 0) {
            in.problem(at + "/value", "must not be negative but was " + value);
        } else if (value != 0 && !converted.orElse(conversion.isPresent())) {
            in.problem(at + "/value", "must be 0 or absent on a non-converting journey but was " + value);
        }
        if (in.problems().size() > before) {
            return Optional.empty();
        }
        Optional<String> id = RequestReader.optional(node, "id").flatMap(n -> in.textValue(n, at + "/id"));
        return build(in, at, () -> {
            TimedJourney journey = new TimedJourney(channels, times, conversion, value);
            return id.isPresent() ? journey.withId(id.get()) : journey;
        });
    }

    private ObjectNode toJson(AttributionReport report) {
        ObjectNode root = endpoint().mapper().createObjectNode();
        options(root.putObject("options"), report.run().options());
        ArrayNode results = root.putArray("results");
        for (AttributionResult result : report.results()) {
            ObjectNode node =
                    results.addObject().put("model", result.model()).put("label", AttributionComparison.label(result));
            ObjectNode parameters = node.putObject("parameters");
            result.parameters().forEach(parameters::put);
            node.put("total_conversions", result.totalConversions()).put("total_value", result.totalValue());
            ArrayNode channels = node.putArray("channels");
            for (ChannelCredit credit : result.channels()) {
                channels.addObject()
                        .put("channel", credit.channel())
                        .put("conversions", credit.conversions())
                        .put("value", credit.value());
            }
        }
        AttributionComparison comparison = report.comparison();
        ObjectNode table = root.putObject("comparison");
        ArrayNode labels = table.putArray("models");
        comparison.models().forEach(labels::add);
        ArrayNode rows = table.putArray("rows");
        for (AttributionComparison.Row row : comparison.rows()) {
            ObjectNode node = rows.addObject().put("channel", row.channel());
            money(node, "spend", row.spend());
            ArrayNode cells = node.putArray("cells");
            for (AttributionComparison.Cell cell : row.cells()) {
                ObjectNode c =
                        cells.addObject().put("conversions", cell.conversions()).put("value", cell.value());
                optional(c, "conversion_share", cell.conversionShare());
                optional(c, "value_share", cell.valueShare());
                optional(c, "roas", cell.roas());
                money(c, "cpa", cell.cpa());
            }
        }
        return root;
    }

    /** Writes the options used, in the request's JSON form, so that they can be sent back. */
    private static void options(ObjectNode node, AttributionOptions options) {
        Map<String, String> text = options.toText();
        node.put("time_decay", text.get("time-decay"));
        node.put("half_life", text.get("half-life"));
        ArrayNode direct = node.putArray("direct_channels");
        options.directChannels().stream().sorted().forEach(direct::add);
        node.put("direct_ignore_case", options.directIgnoreCase());
        ArrayNode weights = node.putArray("position_weights");
        options.positionWeights().forEach(weights::add);
        node.put("markov_order", options.markovOrder());
        node.put("markov_nulls", options.markovNulls());
        node.put("markov_value", text.get("markov-value"));
        node.put("shapley", text.get("shapley"));
        node.put("shapley_order", text.get("shapley-order"));
        if (options.shapleyMaxChannels().isPresent()) {
            node.put("shapley_max_channels", options.shapleyMaxChannels().getAsInt());
        } else {
            node.put("shapley_max_channels", "none");
        }
    }

    private static void optional(ObjectNode node, String name, Optional<Double> value) {
        if (value.isPresent()) {
            node.put(name, value.get());
        } else {
            node.putNull(name);
        }
    }

    private void money(ObjectNode node, String name, Optional<MonetaryAmount> value) {
        if (value.isPresent()) {
            node.set(name, endpoint().mapper().valueToTree(value.get()));
        } else {
            node.putNull(name);
        }
    }
}

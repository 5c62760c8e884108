package io.github.emporion.jackson.attribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.emporion.jackson.api.ApiProblem;
import io.github.emporion.jackson.api.JsonEndpoint;
import io.github.emporion.jackson.api.JsonLimits;
import io.github.emporion.jackson.api.JsonReply;
import io.github.emporion.jackson.api.RequestReader;
import io.github.emporion.metrics.attribution.AttributionComparison;
import io.github.emporion.metrics.attribution.AttributionModel;
import io.github.emporion.metrics.attribution.AttributionResult;
import io.github.emporion.metrics.attribution.ChannelCredit;
import io.github.emporion.metrics.attribution.ChannelPath;
import io.github.emporion.metrics.attribution.MarkovModel;
import io.github.emporion.metrics.attribution.RuleBasedModel;
import io.github.emporion.metrics.attribution.ShapleyModel;
import io.github.emporion.metrics.attribution.TimeDecayModel;
import io.github.emporion.metrics.attribution.TimedJourney;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.money.MonetaryAmount;

/**
 * Attribution as JSON in / JSON out, wrapping {@link AttributionApi#attribute(AttributionRequest)}:
 *
 * <pre>{@code
 * {"models":[{"model":"last_touch"},{"model":"linear"},{"model":"position_based","first":0.4,"middle":0.2,"last":0.4},
 *            {"model":"markov","order":2},{"model":"shapley","game":"simplified"}],
 *  "paths":[{"channels":["search","email","search"],"conversions":2,"value":40.0,"non_conversions":5},
 *           {"channels":["social"],"conversions":0,"non_conversions":9}],
 *  "spend":{"search":{"amount":"100.00","currency":"EUR"}}}
 * →
 * {"results":[{"model":"last_touch","label":"last_touch","parameters":{},"total_conversions":2.0,
 *              "total_value":40.0,"channels":[{"channel":"search","conversions":2.0,"value":40.0},...]},...],
 *  "comparison":{"models":["last_touch",...],"rows":[{"channel":"search","spend":{...},
 *      "cells":[{"conversions":2.0,"value":40.0,"conversion_share":1.0,"value_share":1.0,"roas":0.4,"cpa":{...}}]}]}}
 * }</pre>
 *
 * <p>Instead of {@code paths}, {@code journeys} may be given: {@code
 * [{"touches":[{"channel":"search","at":"2026-03-01T10:00:00Z"}],"conversion_at":"2026-03-02T09:00:00Z","value":25.0}]}
 * (no {@code conversion_at}: the journey did not convert); time decay needs journeys. Models and
 * parameters (all optional, defaults as in {@code io.github.emporion.metrics.attribution}): {@code
 * first_touch}, {@code last_touch}, {@code linear}, {@code position_based} (first, middle, last),
 * {@code last_non_direct} (excluded, ignore_case), {@code markov} (order 1–4, use_nulls,
 * collapse_repeats), {@code shapley} (game: simplified, subcoalition_conversions,
 * exact_set_conversion_rate, exact_set_counts; max_coalition_size up to {@value
 * #MAX_COALITION_SIZE}; ordered), {@code time_decay} (half_life as an ISO-8601 duration such as
 * {@code P7D}, stepped). Undefined shares, ROAS and CPA are {@code null}.
 */
public final class JsonAttributionApi {

    /** The most path rows or journeys in one request. */
    public static final int MAX_ROWS = 1_000_000;

    /** The most touches in one path or journey. */
    public static final int MAX_TOUCHES = 1_000;

    /** The largest Shapley coalition size accepted (the work grows as 2^size per coalition). */
    public static final int MAX_COALITION_SIZE = 16;

    private final JsonEndpoint endpoint;

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
        this.endpoint = new JsonEndpoint(limits);
    }

    /**
     * Answers a JSON attribution request.
     *
     * @param json the request
     * @return the report or the structured error
     */
    public String handle(String json) {
        return reply(json).body();
    }

    /**
     * Answers a JSON attribution request read from a stream (not closed).
     *
     * @param json the request
     * @return the report or the structured error
     */
    public String handle(InputStream json) {
        return reply(json).body();
    }

    /**
     * Answers a JSON attribution request, telling whether it succeeded.
     *
     * @param json the request
     * @return the reply
     */
    public JsonReply reply(String json) {
        return endpoint.call(json, this::answer);
    }

    /**
     * Answers a JSON attribution request read from a stream (not closed), telling whether it
     * succeeded.
     *
     * @param json the request
     * @return the reply
     */
    public JsonReply reply(InputStream json) {
        return endpoint.call(json, this::answer);
    }

    private JsonNode answer(JsonNode root) {
        RequestReader in = new RequestReader(endpoint.mapper());
        if (in.object(root, "", Set.of("models", "paths", "journeys", "spend")).isEmpty()) {
            in.throwIfProblems();
        }
        List<AttributionModel> models = new ArrayList<>();
        List<TimeDecayModel> timeDecay = new ArrayList<>();
        List<JsonNode> modelNodes = in.array(root, "", "models", 100);
        for (int i = 0; i < modelNodes.size(); i++) {
            model(in, modelNodes.get(i), ApiProblem.child("/models", i)).ifPresent(m -> {
                if (m instanceof TimeDecayModel decay) {
                    timeDecay.add(decay);
                } else {
                    models.add((AttributionModel) m);
                }
            });
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
        in.throwIfProblems();
        return toJson(AttributionApi.attribute(new AttributionRequest(models, timeDecay, paths, journeys, spend)));
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

    private static Optional<Boolean> bool(RequestReader in, JsonNode node, String at, String name) {
        Optional<JsonNode> value = RequestReader.optional(node, name);
        if (value.isPresent() && !value.get().isBoolean()) {
            in.problem(
                    ApiProblem.child(at, name), "must be true or false but was " + RequestReader.describe(value.get()));
            return Optional.empty();
        }
        return value.map(JsonNode::booleanValue);
    }

    /** Returns an AttributionModel or a TimeDecayModel. */
    private static Optional<Object> model(RequestReader in, JsonNode node, String at) {
        if (!node.isObject()) {
            in.problem(at, "must be an object but was " + RequestReader.describe(node));
            return Optional.empty();
        }
        Optional<String> name = in.text(node, at, "model");
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Set<String> fields = switch (name.get()) {
            case "first_touch", "last_touch", "linear" -> Set.of("model");
            case "position_based" -> Set.of("model", "first", "middle", "last");
            case "last_non_direct" -> Set.of("model", "excluded", "ignore_case");
            case "markov" -> Set.of("model", "order", "use_nulls", "collapse_repeats");
            case "shapley" -> Set.of("model", "game", "max_coalition_size", "ordered");
            case "time_decay" -> Set.of("model", "half_life", "stepped");
            default -> Set.of();
        };
        if (fields.isEmpty()) {
            in.problem(
                    at + "/model",
                    "unknown model '" + RequestReader.shorten(name.get()) + "' (known: first_touch, last_touch, linear,"
                            + " position_based, last_non_direct, markov, shapley, time_decay)");
            return Optional.empty();
        }
        if (in.object(node, at, fields).isEmpty()) {
            return Optional.empty();
        }
        int before = in.problems().size();
        switch (name.get()) {
            case "first_touch" -> {
                return Optional.of(RuleBasedModel.firstTouch());
            }
            case "last_touch" -> {
                return Optional.of(RuleBasedModel.lastTouch());
            }
            case "linear" -> {
                return Optional.of(RuleBasedModel.linear());
            }
            case "position_based" -> {
                RuleBasedModel.PositionBased d = (RuleBasedModel.PositionBased) RuleBasedModel.positionBased();
                double first = number(in, node, at, "first").orElse(d.first());
                double middle = number(in, node, at, "middle").orElse(d.middle());
                double last = number(in, node, at, "last").orElse(d.last());
                return in.problems().size() > before
                        ? Optional.empty()
                        : build(in, at, () -> new RuleBasedModel.PositionBased(first, middle, last));
            }
            case "last_non_direct" -> {
                RuleBasedModel.LastNonDirect d = (RuleBasedModel.LastNonDirect) RuleBasedModel.lastNonDirect();
                Set<String> excluded = new LinkedHashSet<>(d.excluded());
                if (node.has("excluded")) {
                    excluded.clear();
                    List<JsonNode> names = in.array(node, at, "excluded", 1000);
                    for (int i = 0; i < names.size(); i++) {
                        in.textValue(names.get(i), ApiProblem.child(at + "/excluded", i))
                                .ifPresent(excluded::add);
                    }
                }
                boolean ignoreCase = bool(in, node, at, "ignore_case").orElse(d.ignoreCase());
                return in.problems().size() > before
                        ? Optional.empty()
                        : build(in, at, () -> new RuleBasedModel.LastNonDirect(excluded, ignoreCase));
            }
            case "markov" -> {
                MarkovModel d = MarkovModel.order(1);
                int order = RequestReader.optional(node, "order")
                        .flatMap(n -> in.integer(n, at + "/order", 1, MarkovModel.MAX_ORDER))
                        .orElse(1);
                boolean nulls = bool(in, node, at, "use_nulls").orElse(d.useNulls());
                boolean collapse = bool(in, node, at, "collapse_repeats").orElse(d.collapseRepeats());
                return in.problems().size() > before
                        ? Optional.empty()
                        : build(in, at, () -> new MarkovModel(order, nulls, collapse));
            }
            case "shapley" -> {
                ShapleyModel d = ShapleyModel.simplified();
                ShapleyModel.Game game = RequestReader.optional(node, "game")
                        .flatMap(n -> in.enumValue(n, at + "/game", ShapleyModel.Game.class))
                        .orElse(d.game());
                int size = RequestReader.optional(node, "max_coalition_size")
                        .flatMap(n -> in.integer(n, at + "/max_coalition_size", 1, MAX_COALITION_SIZE))
                        .orElse(Math.min(d.maxCoalitionSize(), MAX_COALITION_SIZE));
                boolean ordered = bool(in, node, at, "ordered").orElse(d.ordered());
                return in.problems().size() > before
                        ? Optional.empty()
                        : build(in, at, () -> ShapleyModel.of(game, size, ordered));
            }
            default -> {
                TimeDecayModel d = TimeDecayModel.sevenDays();
                Duration halfLife = RequestReader.optional(node, "half_life")
                        .flatMap(n -> in.textValue(n, at + "/half_life"))
                        .flatMap(text -> {
                            try {
                                return Optional.of(Duration.parse(text));
                            } catch (DateTimeParseException e) {
                                in.problem(
                                        at + "/half_life",
                                        "must be an ISO-8601 duration like P7D or PT12H but was '"
                                                + RequestReader.shorten(text) + "'");
                                return Optional.empty();
                            }
                        })
                        .orElse(d.halfLife());
                boolean stepped = bool(in, node, at, "stepped").orElse(d.stepped());
                return in.problems().size() > before
                        ? Optional.empty()
                        : build(in, at, () -> new TimeDecayModel(halfLife, stepped));
            }
        }
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
        if (in.object(node, at, Set.of("touches", "conversion_at", "value")).isEmpty()) {
            return Optional.empty();
        }
        int before = in.problems().size();
        List<String> channels = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
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
        }
        Optional<Instant> conversion =
                RequestReader.optional(node, "conversion_at").flatMap(n -> in.instant(n, at + "/conversion_at"));
        double value = number(in, node, at, "value").orElse(0.0);
        if (in.problems().size() > before) {
            return Optional.empty();
        }
        return build(in, at, () -> new TimedJourney(channels, times, conversion, value));
    }

    private JsonNode toJson(AttributionReport report) {
        ObjectNode root = endpoint.mapper().createObjectNode();
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

    private static void optional(ObjectNode node, String name, Optional<Double> value) {
        if (value.isPresent()) {
            node.put(name, value.get());
        } else {
            node.putNull(name);
        }
    }

    private void money(ObjectNode node, String name, Optional<MonetaryAmount> value) {
        if (value.isPresent()) {
            node.set(name, endpoint.mapper().valueToTree(value.get()));
        } else {
            node.putNull(name);
        }
    }
}

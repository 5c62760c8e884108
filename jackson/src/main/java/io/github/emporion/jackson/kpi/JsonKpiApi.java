package io.github.emporion.jackson.kpi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.emporion.jackson.api.ApiProblem;
import io.github.emporion.jackson.api.JsonApi;
import io.github.emporion.jackson.api.JsonEndpoint;
import io.github.emporion.jackson.api.JsonLimits;
import io.github.emporion.jackson.api.RequestReader;
import io.github.emporion.metrics.stats.ConfidenceInterval;
import io.github.emporion.metrics.stats.IntervalMethod;
import io.github.emporion.metrics.stats.ProportionComparison;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * KPIs from counts as JSON in / JSON out: wraps {@link KpiApi#evaluate(KpiRequest)}. Request and
 * response (schemas {@code kpi-request.schema.json} and {@code kpi-response.schema.json} in this
 * jar):
 *
 * <pre>{@code
 * {"requests":[{"kpi":"ctr","clicks":57,"impressions":1930},
 *              {"kpi":"cpc","spend":{"amount":"120.00","currency":"EUR"},"clicks":300}]}
 * →
 * {"results":[{"kpi":"ctr","value":0.029533678756,"numerator":57,"denominator":1930,
 *              "interval":{"method":"wilson","level":0.95,"lower":0.0228...,"upper":0.0380...}},
 *             {"kpi":"cpc","value":{"amount":"0.40","currency":"EUR"},
 *              "total":{"amount":"120.00","currency":"EUR"},"denominator":300}]}
 * }</pre>
 *
 * <p>Numbers in answers: rate values are rounded half-even to {@value #VALUE_DIGITS} decimal
 * places (numerator and denominator are exact, so the exact value can be recomputed); money values
 * are rounded half-even to the currency's minor units (the unrounded total and denominator are
 * given). An undefined KPI has {@code "value":null,"undefined":true,"reason":"impressions is 0"}.
 * A proportion may ask for {@code "interval":{"method":"clopper_pearson","level":0.99}} (default
 * Wilson at 0.95). A bad request gives the structured error of {@link JsonEndpoint} with one JSON
 * Pointer per problem. Instances are immutable and thread-safe.
 */
public final class JsonKpiApi extends JsonApi {

    /** Decimal places of rate values in answers. */
    public static final int VALUE_DIGITS = 12;

    private static final Set<String> COUNTS_FIXED = Set.of("kpi", "interval");
    private static final Set<String> AB_FIELDS = Set.of("kpi", "variant", "control", "level");
    private static final Set<String> GROUP_FIELDS = Set.of("conversions", "trials");

    /** Creates the API with {@link JsonLimits#DEFAULT}. */
    public JsonKpiApi() {
        this(JsonLimits.DEFAULT);
    }

    /**
     * Creates the API with the given limits.
     *
     * @param limits the parsing limits
     */
    public JsonKpiApi(JsonLimits limits) {
        super(limits);
    }

    /**
     * Reads, validates and answers a request tree: every problem of every question is collected
     * (reading and validation alike) before anything is answered.
     */
    @Override
    protected JsonNode answer(JsonNode root) {
        RequestReader reader = new RequestReader(endpoint().mapper());
        List<KpiAnswer> answers = new ArrayList<>();
        reader.object(root, "", Set.of("requests")).ifPresent(object -> {
            List<JsonNode> elements = reader.array(object, "", "requests", KpiRequest.MAX_QUERIES);
            if (elements.isEmpty() && object.path("requests").isArray()) {
                reader.problem("/requests", "must hold at least one request");
            }
            for (int i = 0; i < elements.size(); i++) {
                String at = ApiProblem.child("/requests", i);
                Set<String> unreadable = new TreeSet<>();
                Optional<KpiQuery> query = query(reader, elements.get(i), at, unreadable);
                if (query.isPresent()) {
                    List<ApiProblem> problems = new ArrayList<>();
                    KpiAnswer answer = KpiApi.answerOne(query.get(), at, problems, unreadable);
                    problems.forEach(p -> reader.problem(p.pointer(), p.message()));
                    if (answer != null) {
                        answers.add(answer);
                    }
                }
            }
        });
        reader.throwIfProblems();
        return toJson(new KpiResponse(answers));
    }

    private Optional<KpiQuery> query(RequestReader reader, JsonNode node, String at, Set<String> unreadable) {
        if (!node.isObject()) {
            reader.problem(at, "must be an object but was " + RequestReader.describe(node));
            return Optional.empty();
        }
        Optional<String> kpi = reader.text(node, at, "kpi");
        if (kpi.isEmpty()) {
            return Optional.empty();
        }
        return kpi.get().equals(AbTestQuery.KPI)
                ? abTest(reader, node, at, unreadable)
                : counts(reader, node, at, kpi.get(), unreadable);
    }

    private Optional<KpiQuery> counts(
            RequestReader reader, JsonNode node, String at, String kpi, Set<String> unreadable) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        Optional<IntervalSpec> interval = Optional.empty();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = field.getKey();
            String pointer = ApiProblem.child(at, name);
            JsonNode value = field.getValue();
            if (COUNTS_FIXED.contains(name)) {
                if (name.equals("interval")) {
                    interval = interval(reader, value, pointer);
                    if (interval.isEmpty()) {
                        unreadable.add(name);
                    }
                }
                continue;
            }
            Optional<InputKind> kind = KpiApi.inputKind(kpi, name);
            Optional<?> read = kind.isEmpty()
                    ? guess(reader, value, pointer)
                    : switch (kind.get()) {
                        case COUNT, DECIMAL -> reader.decimal(value, pointer);
                        case MONEY, SIGNED_MONEY -> reader.money(value, pointer);
                        case INSTANT -> reader.instant(value, pointer);
                        case TEXT -> reader.textValue(value, pointer);
                    };
            if (read.isPresent()) {
                inputs.put(name, read.get());
            } else {
                unreadable.add(name);
            }
        }
        return Optional.of(new KpiCountsQuery(kpi, inputs, interval));
    }

    /** An input the KPI does not know (or of an unknown KPI): kept so that KpiApi reports it by name. */
    private static Optional<?> guess(RequestReader reader, JsonNode value, String pointer) {
        if (value.isNumber()) {
            return reader.decimal(value, pointer);
        }
        return Optional.of(value.isTextual() ? value.textValue() : RequestReader.describe(value));
    }

    private static Optional<IntervalSpec> interval(RequestReader reader, JsonNode node, String at) {
        if (reader.object(node, at, Set.of("method", "level")).isEmpty()) {
            return Optional.empty();
        }
        IntervalMethod method = IntervalSpec.DEFAULT.method();
        double level = IntervalSpec.DEFAULT.level();
        Optional<JsonNode> methodNode = RequestReader.optional(node, "method");
        if (methodNode.isPresent()) {
            String pointer = ApiProblem.child(at, "method");
            Optional<String> text = reader.textValue(methodNode.get(), pointer);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            switch (text.get()) {
                case "wilson" -> method = IntervalMethod.WILSON;
                case "agresti_coull" -> method = IntervalMethod.AGRESTI_COULL;
                case "clopper_pearson" -> method = IntervalMethod.CLOPPER_PEARSON;
                default -> {
                    reader.problem(
                            pointer,
                            "unknown interval method '" + RequestReader.shorten(text.get())
                                    + "' (known: wilson, agresti_coull, clopper_pearson)");
                    return Optional.empty();
                }
            }
        }
        Optional<JsonNode> levelNode = RequestReader.optional(node, "level");
        if (levelNode.isPresent()) {
            Optional<Double> read = reader.level(levelNode.get(), ApiProblem.child(at, "level"));
            if (read.isEmpty()) {
                return Optional.empty();
            }
            level = read.get();
        }
        return Optional.of(new IntervalSpec(method, level));
    }

    private static Optional<KpiQuery> abTest(RequestReader reader, JsonNode node, String at, Set<String> unreadable) {
        reader.object(node, at, AB_FIELDS);
        long[] variant = group(reader, node, at, "variant", unreadable);
        long[] control = group(reader, node, at, "control", unreadable);
        double level = 0.95;
        Optional<JsonNode> levelNode = RequestReader.optional(node, "level");
        if (levelNode.isPresent()) {
            Optional<Double> read = reader.level(levelNode.get(), ApiProblem.child(at, "level"));
            if (read.isPresent()) {
                level = read.get();
            } else {
                unreadable.add("level");
            }
        }
        return Optional.of(new AbTestQuery(variant[0], variant[1], control[0], control[1], level));
    }

    private static long[] group(RequestReader reader, JsonNode parent, String at, String name, Set<String> unreadable) {
        long[] counts = new long[2];
        Optional<JsonNode> node = reader.required(parent, at, name);
        String pointer = ApiProblem.child(at, name);
        if (node.isEmpty() || reader.object(node.get(), pointer, GROUP_FIELDS).isEmpty()) {
            unreadable.add(name);
            return counts;
        }
        String[] fields = {"conversions", "trials"};
        for (int k = 0; k < 2; k++) {
            String field = fields[k];
            Optional<Long> value = reader.required(node.get(), pointer, field)
                    .flatMap(n -> reader.count(n, ApiProblem.child(pointer, field)));
            if (value.isPresent()) {
                counts[k] = value.get();
            } else {
                unreadable.add(name + "/" + field);
            }
        }
        return counts;
    }

    /**
     * Writes a response as the JSON tree described in the class documentation.
     *
     * @param response the answers
     * @return {@code {"results":[...]}}
     */
    public JsonNode toJson(KpiResponse response) {
        ObjectNode root = endpoint().mapper().createObjectNode();
        var results = root.putArray("results");
        for (KpiAnswer answer : response.results()) {
            results.add(
                    answer instanceof KpiValueAnswer value
                            ? value(value)
                            : abTest(((AbTestAnswer) answer).comparison()));
        }
        return root;
    }

    private ObjectNode value(KpiValueAnswer answer) {
        return KpiJson.value(endpoint().mapper(), answer);
    }

    private ObjectNode abTest(ProportionComparison c) {
        ObjectNode node = endpoint().mapper().createObjectNode().put("kpi", AbTestQuery.KPI);
        node.put("variant_rate", c.variantRate()).put("control_rate", c.controlRate());
        ObjectNode difference = node.putObject("difference").put("estimate", c.difference());
        ConfidenceInterval interval = c.differenceInterval();
        difference
                .put("lower", interval.lower())
                .put("upper", interval.upper())
                .put("method", "newcombe")
                .put("level", interval.confidence());
        optional(node, "z", c.zStatistic(), "pooled standard error is 0 (both groups at 0 % or both at 100 %)");
        optional(node, "p_value", c.pValue(), "z is undefined");
        optional(node, "relative_lift", c.relativeLift(), "control rate is 0");
        return node;
    }

    private static void optional(ObjectNode node, String name, OptionalDouble value, String reason) {
        if (value.isPresent()) {
            node.put(name, value.getAsDouble());
        } else {
            node.putNull(name).put(name + "_reason", reason);
        }
    }

    /**
     * Returns the KPI ids this API answers.
     *
     * @return the ids, sorted
     */
    public static Set<String> kpiIds() {
        return new TreeSet<>(KpiApi.kpiIds());
    }
}

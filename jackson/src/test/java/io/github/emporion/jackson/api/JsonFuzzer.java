package io.github.emporion.jackson.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Seeded fuzzer for the JSON APIs: mutates and truncates valid requests (textually and
 * structurally) and adds random bytes, and checks that every input ends in a valid result or the
 * structured error, never an internal error or another exception. Reusable by every JSON API test.
 */
public final class JsonFuzzer {

    /** What the fuzzer produced, for the test's own assertions. */
    public enum Kind {
        TEXT_MUTATION,
        TRUNCATION,
        TREE_MUTATION,
        RANDOM_BYTES
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> CODES =
            Set.of(ApiException.MALFORMED_JSON, ApiException.LIMIT_EXCEEDED, ApiException.INVALID_REQUEST);

    private final Random random;
    private final long seed;

    /**
     * Creates a fuzzer.
     *
     * @param seed the seed, named in every assertion message
     */
    public JsonFuzzer(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /**
     * Runs {@code cases} inputs derived from {@code seeds} through {@code api}.
     *
     * @param seeds valid requests
     * @param cases how many inputs
     * @param api the JSON call (as text)
     * @param streamApi the JSON call (as bytes), used for the random-byte cases
     * @return how many replies were results, per kind; errors are the rest
     */
    public Map<Kind, int[]> run(
            List<String> seeds,
            int cases,
            Function<String, JsonReply> api,
            Function<ByteArrayInputStream, JsonReply> streamApi) {
        Map<Kind, int[]> counts = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            counts.put(kind, new int[2]);
        }
        for (String valid : seeds) {
            check(api.apply(valid), "seed request " + valid);
            assertThat(api.apply(valid).ok())
                    .as("seed request must be valid: %s", valid)
                    .isTrue();
        }
        for (int i = 0; i < cases; i++) {
            String base = seeds.get(random.nextInt(seeds.size()));
            Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
            JsonReply reply;
            String input;
            if (kind == Kind.RANDOM_BYTES) {
                byte[] bytes = new byte[random.nextInt(64)];
                random.nextBytes(bytes);
                if (random.nextBoolean() && bytes.length > 0) {
                    bytes[0] = '{';
                }
                input = "bytes " + java.util.Arrays.toString(bytes);
                reply = streamApi.apply(new ByteArrayInputStream(bytes));
            } else {
                input = switch (kind) {
                    case TEXT_MUTATION -> mutateText(base);
                    case TRUNCATION -> base.substring(0, random.nextInt(base.length()));
                    default -> mutateTree(base);
                };
                reply = api.apply(input);
            }
            check(reply, "case " + i + " (" + kind + "): " + input);
            counts.get(kind)[reply.ok() ? 0 : 1]++;
        }
        return counts;
    }

    private void check(JsonReply reply, String what) {
        String message = "seed " + seed + ", " + what + " -> " + reply.body();
        JsonNode body;
        try {
            body = MAPPER.readTree(reply.body());
        } catch (Exception e) {
            throw new AssertionError("reply is not JSON: " + message, e);
        }
        if (reply.ok()) {
            assertThat(body.has("error")).as(message).isFalse();
        } else {
            assertThat(reply.errorCode()).as(message).isIn(CODES);
            JsonNode problems = body.path("error").path("problems");
            assertThat(problems.isArray() && problems.size() > 0).as(message).isTrue();
            problems.forEach(p -> {
                assertThat(p.path("pointer").isTextual()).as(message).isTrue();
                assertThat(p.path("pointer").asText()).as(message).matches("(/[^/]*)*");
                assertThat(p.path("message").asText()).as(message).isNotBlank();
            });
        }
    }

    private static final String[] SNIPPETS = {
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\"",
        "-",
        "0",
        "1e999999",
        "null",
        "true",
        "\\u0000",
        "\\",
        "-1",
        "1.5",
        "NaN",
        "\"ctr\"",
        "\"kpi\"",
        "{\"amount\":\"1\",\"currency\":\"KWD\"}",
        "99999999999999999999999",
        "\uD83D\uDE00",
        "é"
    };

    private String mutateText(String base) {
        StringBuilder text = new StringBuilder(base);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && text.length() > 0; e++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(4)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, SNIPPETS[random.nextInt(SNIPPETS.length)]);
                case 2 -> text.setCharAt(at, (char) (32 + random.nextInt(95)));
                default -> {
                    int end = Math.min(text.length(), at + random.nextInt(12));
                    text.replace(at, end, SNIPPETS[random.nextInt(SNIPPETS.length)]);
                }
            }
        }
        return text.toString();
    }

    private String mutateTree(String base) {
        try {
            JsonNode root = MAPPER.readTree(base);
            int edits = 1 + random.nextInt(2);
            for (int e = 0; e < edits; e++) {
                List<JsonNode> containers = new ArrayList<>();
                collect(root, containers);
                JsonNode target = containers.get(random.nextInt(containers.size()));
                if (target instanceof ObjectNode object && object.size() > 0) {
                    List<String> names = new ArrayList<>();
                    object.fieldNames().forEachRemaining(names::add);
                    String name = names.get(random.nextInt(names.size()));
                    switch (random.nextInt(4)) {
                        case 0 -> object.remove(name);
                        case 1 -> object.set("x" + random.nextInt(3), randomValue());
                        default -> object.set(name, randomValue());
                    }
                } else if (target instanceof ArrayNode array && array.size() > 0) {
                    int index = random.nextInt(array.size());
                    switch (random.nextInt(3)) {
                        case 0 -> array.remove(index);
                        case 1 -> array.add(array.get(index).deepCopy());
                        default -> array.set(index, randomValue());
                    }
                }
            }
            return MAPPER.writeValueAsString(root);
        } catch (Exception e) {
            throw new AssertionError("seed request is not JSON: " + base, e);
        }
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.elements().forEachRemaining(child -> collect(child, containers));
        }
    }

    private JsonNode randomValue() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (random.nextInt(14)) {
            case 0 -> f.nullNode();
            case 1 -> f.numberNode(-1 - random.nextInt(100));
            case 2 -> f.numberNode(random.nextInt(5));
            case 3 -> f.numberNode(new BigDecimal("1e" + (random.nextInt(40) - 20)));
            case 4 -> f.numberNode(random.nextDouble() * 2);
            case 5 -> f.textNode("ctr");
            case 6 -> f.textNode(random.nextBoolean() ? "2026-03-01T00:00:00Z" : "Europe/Athens");
            case 7 -> f.booleanNode(random.nextBoolean());
            case 8 -> f.arrayNode().add(1).add("a");
            case 9 ->
                f.objectNode()
                        .put("amount", "1." + random.nextInt(1000))
                        .put("currency", pick("EUR", "JPY", "KWD", "XXX1"));
            case 10 -> f.numberNode(Long.MAX_VALUE);
            case 11 -> f.textNode(pick("day", "week", "month", "channel", "wilson", "linear", "markov", "shapley"));
            case 12 -> f.objectNode();
            default -> f.textNode("");
        };
    }

    private String pick(String... values) {
        return values[random.nextInt(values.length)];
    }

    /**
     * Returns the bytes of a string in UTF-8.
     *
     * @param text the text
     * @return a stream of its bytes
     */
    public static ByteArrayInputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}

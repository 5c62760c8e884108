package io.github.emporion.jackson.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.emporion.jackson.EmporionModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Runs one JSON operation safely: parses the request within {@link JsonLimits}, hands the tree to
 * the operation and writes its result, or writes the structured error for any {@link
 * ApiException}. Used by the {@code Json*Api} classes; reusable for your own endpoints.
 *
 * <p>The mapper has <em>no</em> polymorphic default typing (no class names are ever read from
 * input), rejects duplicate property names and trailing content, reads floating-point numbers as
 * exact {@link java.math.BigDecimal}s and registers {@link EmporionModule}.
 *
 * <p>Error document:
 *
 * <pre>{@code
 * {"error":{"code":"invalid_request","message":"...","problems":[{"pointer":"/requests/1/clicks","message":"..."}]}}
 * }</pre>
 */
public final class JsonEndpoint {

    private final JsonLimits limits;
    private final ObjectMapper mapper;

    /**
     * Creates an endpoint with the given limits.
     *
     * @param limits the parsing limits
     */
    public JsonEndpoint(JsonLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(limits.toStreamReadConstraints())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .addModule(new EmporionModule())
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .build();
    }

    /**
     * Returns the limits.
     *
     * @return the limits
     */
    public JsonLimits limits() {
        return limits;
    }

    /**
     * Returns the configured mapper (with {@link EmporionModule}); do not reconfigure it.
     *
     * @return the mapper
     */
    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * Parses {@code json} and runs {@code operation} on the tree.
     *
     * @param json the request document
     * @param operation turns the request tree into the response tree, throwing {@link ApiException}
     *     for a bad request
     * @return the result or the structured error
     */
    public JsonReply call(String json, Function<JsonNode, JsonNode> operation) {
        Objects.requireNonNull(json, "json");
        if (json.length() > limits.maxDocumentLength()) {
            return error(new ApiException(
                    ApiException.LIMIT_EXCEEDED,
                    List.of(new ApiProblem(
                            "",
                            "document length " + json.length() + " exceeds the limit of "
                                    + limits.maxDocumentLength()))));
        }
        return run(() -> mapper.createParser(json), operation);
    }

    /**
     * Parses the stream (UTF-8, UTF-16 or UTF-32, detected) and runs {@code operation} on the tree.
     * The stream is read but not closed.
     *
     * @param json the request document
     * @param operation turns the request tree into the response tree
     * @return the result or the structured error
     */
    public JsonReply call(InputStream json, Function<JsonNode, JsonNode> operation) {
        Objects.requireNonNull(json, "json");
        return run(() -> mapper.createParser(json), operation);
    }

    private interface ParserSource {
        JsonParser open() throws IOException;
    }

    private JsonReply run(ParserSource source, Function<JsonNode, JsonNode> operation) {
        try {
            JsonNode tree;
            try (JsonParser parser = source.open()) {
                parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
                try {
                    tree = mapper.readTree(parser);
                } catch (NumberFormatException e) {
                    // e.g. 1e9999999999: the exponent does not fit BigDecimal
                    throw new ApiException(
                            ApiException.MALFORMED_JSON,
                            List.of(new ApiProblem(
                                    parser.getParsingContext().pathAsPointer().toString(),
                                    "a number is out of range at " + where(parser))));
                }
                if (tree == null || tree.isMissingNode()) {
                    throw new ApiException(
                            ApiException.MALFORMED_JSON, List.of(new ApiProblem("", "the document is empty")));
                }
                if (parser.nextToken() != null) {
                    throw new ApiException(
                            ApiException.MALFORMED_JSON,
                            List.of(new ApiProblem("", "unexpected content after the JSON value at " + where(parser))));
                }
            }
            return new JsonReply(true, "", mapper.writeValueAsString(operation.apply(tree)));
        } catch (ApiException e) {
            return error(e);
        } catch (StreamConstraintsException e) {
            return error(new ApiException(
                    ApiException.LIMIT_EXCEEDED, List.of(new ApiProblem(pointerOf(e), e.getOriginalMessage()))));
        } catch (JsonProcessingException e) {
            return error(new ApiException(
                    ApiException.MALFORMED_JSON,
                    List.of(new ApiProblem(pointerOf(e), e.getOriginalMessage() + locationOf(e)))));
        } catch (IOException | UncheckedIOException e) {
            return error(new ApiException(
                    ApiException.MALFORMED_JSON,
                    List.of(new ApiProblem("", "the request could not be read: " + e.getMessage()))));
        } catch (RuntimeException | StackOverflowError e) {
            // A bug, never a valid answer: report it as such instead of failing the service.
            return error(new ApiException(
                    ApiException.INTERNAL_ERROR,
                    List.of(new ApiProblem("", "internal error: " + e.getClass().getSimpleName()))));
        }
    }

    private static String where(JsonParser parser) {
        return "line " + parser.currentLocation().getLineNr() + ", column "
                + parser.currentLocation().getColumnNr();
    }

    private static String pointerOf(JsonProcessingException e) {
        Object processor = e.getProcessor();
        if (processor instanceof JsonParser parser) {
            try {
                return parser.getParsingContext().pathAsPointer().toString();
            } catch (RuntimeException ignored) {
                return "";
            }
        }
        return "";
    }

    private static String locationOf(JsonProcessingException e) {
        return e.getLocation() == null
                ? ""
                : " (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")";
    }

    /**
     * Writes the structured error document of an exception.
     *
     * @param e the exception
     * @return the error reply
     */
    public JsonReply error(ApiException e) {
        ObjectNode root = mapper.createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("code", e.code());
        error.put("message", e.getMessage());
        ArrayNode problems = error.putArray("problems");
        for (ApiProblem problem : e.problems()) {
            problems.addObject().put("pointer", problem.pointer()).put("message", problem.message());
        }
        try {
            return new JsonReply(false, e.code(), mapper.writeValueAsString(root));
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}

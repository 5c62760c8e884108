package io.github.emporion.jackson.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.Objects;

/**
 * The shape every JSON-in / JSON-out operation shares: parse the request under the {@link
 * JsonLimits}, answer it, and reply with either the response document or the structured error
 * (every problem with its JSON Pointer). Subclasses supply only {@link #answer(JsonNode)}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public abstract class JsonApi {

    private final JsonEndpoint endpoint;

    /**
     * Creates the operation with the given limits.
     *
     * @param limits the parsing limits
     */
    protected JsonApi(JsonLimits limits) {
        this.endpoint = new JsonEndpoint(Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Returns the endpoint: the configured mapper and error writer.
     *
     * @return the endpoint
     */
    protected final JsonEndpoint endpoint() {
        return endpoint;
    }

    /**
     * Answers a parsed request tree.
     *
     * @param root the request document
     * @return the response document
     * @throws ApiException listing every problem of the request; nothing is answered then
     */
    protected abstract JsonNode answer(JsonNode root);

    /**
     * Answers a JSON request.
     *
     * @param json the request document
     * @return the response document or the structured error document
     */
    public final String handle(String json) {
        return reply(json).body();
    }

    /**
     * Answers a JSON request read from a stream (not closed).
     *
     * @param json the request document
     * @return the response document or the structured error document
     */
    public final String handle(InputStream json) {
        return reply(json).body();
    }

    /**
     * Answers a JSON request, telling whether it succeeded.
     *
     * @param json the request document
     * @return the reply
     */
    public final JsonReply reply(String json) {
        return endpoint.call(json, this::answer);
    }

    /**
     * Answers a JSON request read from a stream (not closed), telling whether it succeeded.
     *
     * @param json the request document
     * @return the reply
     */
    public final JsonReply reply(InputStream json) {
        return endpoint.call(json, this::answer);
    }
}

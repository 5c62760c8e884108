package io.github.emporion.jackson.api;

import java.util.Objects;

/**
 * The answer of a JSON call: either a result document or the structured error document.
 *
 * @param ok {@code true} for a result, {@code false} for {@code {"error":{...}}}
 * @param errorCode the {@link ApiException} code when not ok, otherwise the empty string
 * @param body the JSON document
 */
public record JsonReply(boolean ok, String errorCode, String body) {

    /** Checks that the parts are present and consistent. */
    public JsonReply {
        Objects.requireNonNull(errorCode, "errorCode");
        Objects.requireNonNull(body, "body");
        if (ok != errorCode.isEmpty()) {
            throw new IllegalArgumentException("errorCode must be empty exactly when ok, but was '" + errorCode + "'");
        }
    }
}

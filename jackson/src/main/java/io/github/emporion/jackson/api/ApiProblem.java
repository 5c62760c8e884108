package io.github.emporion.jackson.api;

import java.util.Objects;

/**
 * One problem with a request: where it is and what is wrong.
 *
 * @param pointer a JSON Pointer (RFC 6901) into the request, e.g. {@code /requests/1/clicks}; the
 *     empty string means the whole document
 * @param message a readable message naming the field, the value and the rule
 */
public record ApiProblem(String pointer, String message) {

    /** Checks that both parts are present. */
    public ApiProblem {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Appends one reference token to a pointer, escaping {@code ~} and {@code /} as RFC 6901 says.
     *
     * @param pointer the parent pointer, e.g. {@code /requests/1}
     * @param token a property name or array index
     * @return e.g. {@code /requests/1/clicks}
     */
    public static String child(String pointer, String token) {
        return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    /**
     * Appends an array index to a pointer.
     *
     * @param pointer the parent pointer
     * @param index the index, from 0
     * @return e.g. {@code /requests/1}
     */
    public static String child(String pointer, int index) {
        return pointer + "/" + index;
    }
}

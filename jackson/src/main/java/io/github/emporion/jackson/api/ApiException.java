package io.github.emporion.jackson.api;

import java.util.List;
import java.util.Objects;

/**
 * A request that cannot be answered, with every problem found and its JSON Pointer. Thrown by the
 * in-process entry points ({@code KpiApi}, {@code PricingApi}, ...) and written as the structured
 * error JSON by their JSON wrappers; nothing partially computed is returned alongside it.
 */
public final class ApiException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The input is not well-formed JSON. */
    public static final String MALFORMED_JSON = "malformed_json";

    /** The input exceeds a {@link JsonLimits} limit (size, nesting, string or number length). */
    public static final String LIMIT_EXCEEDED = "limit_exceeded";

    /** The input is JSON but not a valid request: unknown or missing fields, wrong types, bad values. */
    public static final String INVALID_REQUEST = "invalid_request";

    /** An unexpected failure inside Emporion (a bug): the request may have been valid. */
    public static final String INTERNAL_ERROR = "internal_error";

    /** @serial the error code */
    private final String code;

    /** @serial the problems, never empty */
    @SuppressWarnings("serial") // an immutable List.copyOf of records
    private final List<ApiProblem> problems;

    /**
     * Creates the exception.
     *
     * @param code one of the code constants of this class
     * @param problems the problems, at least one
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public ApiException(String code, List<ApiProblem> problems) {
        super(summary(problems));
        this.code = Objects.requireNonNull(code, "code");
        this.problems = List.copyOf(problems);
    }

    /**
     * Creates an invalid-request exception with the given problems.
     *
     * @param problems the problems, at least one
     * @return the exception
     */
    public static ApiException invalid(List<ApiProblem> problems) {
        return new ApiException(INVALID_REQUEST, problems);
    }

    /**
     * Creates an invalid-request exception with one problem.
     *
     * @param pointer where the problem is
     * @param message what is wrong
     * @return the exception
     */
    public static ApiException invalid(String pointer, String message) {
        return invalid(List.of(new ApiProblem(pointer, message)));
    }

    private static String summary(List<ApiProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an ApiException needs at least one problem");
        }
        ApiProblem first = problems.get(0);
        String head = (first.pointer().isEmpty() ? "" : first.pointer() + ": ") + first.message();
        return problems.size() == 1 ? head : head + " (and " + (problems.size() - 1) + " more)";
    }

    /**
     * Returns the error code, e.g. {@value #INVALID_REQUEST}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * Returns every problem found, in document order where possible.
     *
     * @return the problems, never empty
     */
    public List<ApiProblem> problems() {
        return problems;
    }
}

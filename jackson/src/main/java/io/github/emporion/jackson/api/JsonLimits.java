package io.github.emporion.jackson.api;

import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * Limits on a JSON request, enforced while parsing (Jackson's {@link StreamReadConstraints}) so
 * that a hostile document fails fast with a {@link ApiException#LIMIT_EXCEEDED} error instead of
 * exhausting memory or stack. The defaults suit requests of up to a few hundred thousand rows;
 * raise them for larger batch reports:
 *
 * <pre>{@code
 * JsonKpiApi api = new JsonKpiApi(JsonLimits.DEFAULT.withMaxDocumentLength(200_000_000));
 * }</pre>
 *
 * @param maxDocumentLength the longest document, in bytes or chars (default 50 000 000)
 * @param maxNestingDepth the deepest nesting of objects and arrays (default 64; Emporion requests
 *     need at most 8)
 * @param maxStringLength the longest string value (default 100 000)
 * @param maxNumberLength the longest number, in characters (default 100)
 * @param maxNameLength the longest property name (default 1 000)
 * @param maxTokenCount the most tokens in a document (default 20 000 000)
 */
public record JsonLimits(
        long maxDocumentLength,
        int maxNestingDepth,
        int maxStringLength,
        int maxNumberLength,
        int maxNameLength,
        long maxTokenCount) {

    /** The default limits. */
    public static final JsonLimits DEFAULT = new JsonLimits(50_000_000L, 64, 100_000, 100, 1_000, 20_000_000L);

    /**
     * Validates the limits.
     *
     * @throws IllegalArgumentException if a limit is not positive
     */
    public JsonLimits {
        positive("maxDocumentLength", maxDocumentLength);
        positive("maxNestingDepth", maxNestingDepth);
        positive("maxStringLength", maxStringLength);
        positive("maxNumberLength", maxNumberLength);
        positive("maxNameLength", maxNameLength);
        positive("maxTokenCount", maxTokenCount);
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive but was " + value);
        }
    }

    /**
     * Returns these limits with another maximum document length.
     *
     * @param length the longest document, in bytes or chars
     * @return the new limits
     */
    public JsonLimits withMaxDocumentLength(long length) {
        return new JsonLimits(length, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, maxTokenCount);
    }

    /**
     * Returns these limits with another maximum nesting depth.
     *
     * @param depth the deepest nesting
     * @return the new limits
     */
    public JsonLimits withMaxNestingDepth(int depth) {
        return new JsonLimits(maxDocumentLength, depth, maxStringLength, maxNumberLength, maxNameLength, maxTokenCount);
    }

    /**
     * Returns these limits with another maximum string length.
     *
     * @param length the longest string value
     * @return the new limits
     */
    public JsonLimits withMaxStringLength(int length) {
        return new JsonLimits(
                maxDocumentLength, maxNestingDepth, length, maxNumberLength, maxNameLength, maxTokenCount);
    }

    /**
     * Returns these limits with another maximum number length.
     *
     * @param length the longest number, in characters
     * @return the new limits
     */
    public JsonLimits withMaxNumberLength(int length) {
        return new JsonLimits(
                maxDocumentLength, maxNestingDepth, maxStringLength, length, maxNameLength, maxTokenCount);
    }

    /**
     * Returns these limits as Jackson stream read constraints.
     *
     * @return the constraints
     */
    public StreamReadConstraints toStreamReadConstraints() {
        return StreamReadConstraints.builder()
                .maxDocumentLength(maxDocumentLength)
                .maxNestingDepth(maxNestingDepth)
                .maxStringLength(maxStringLength)
                .maxNumberLength(maxNumberLength)
                .maxNameLength(maxNameLength)
                .maxTokenCount(maxTokenCount)
                .build();
    }
}

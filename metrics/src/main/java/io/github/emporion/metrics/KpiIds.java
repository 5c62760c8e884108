package io.github.emporion.metrics;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Rules for KPI identifiers: the stable snake_case strings (such as {@code ctr} or {@code
 * cart_abandonment_rate}) that the KPI catalogue, the JSON API and the command line share.
 */
public final class KpiIds {

    /** Lower-case letters, digits and single underscores; starts with a letter; at most 64 characters. */
    public static final Pattern PATTERN = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    private static final int MAX_LENGTH = 64;

    private KpiIds() {}

    /**
     * Checks that {@code id} is a valid KPI identifier.
     *
     * @param id the candidate identifier, e.g. {@code "roas"}
     * @return {@code id}, for chaining
     * @throws IllegalArgumentException if {@code id} is not lower snake_case or is longer than 64
     *     characters; the message quotes the value and the rule
     */
    public static String requireValid(String id) {
        Objects.requireNonNull(id, "id");
        if (id.length() > MAX_LENGTH || !PATTERN.matcher(id).matches()) {
            throw new IllegalArgumentException("KPI id must be lower snake_case matching " + PATTERN + " with at most "
                    + MAX_LENGTH + " characters: '" + id + "'");
        }
        return id;
    }
}

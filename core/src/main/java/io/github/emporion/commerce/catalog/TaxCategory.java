package io.github.emporion.commerce.catalog;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The tax class of a product or a shipping method (e.g. {@code standard}, {@code reduced}, {@code
 * digital}); a tax table maps a category and a region to a rate. This class is immutable and
 * thread-safe.
 *
 * @param code 1 to 40 characters from {@code A-Z a-z 0-9 _ -}
 */
public record TaxCategory(String code) {
    private static final Pattern RULE = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    /** The usual full-rate category, code {@code standard}. */
    public static final TaxCategory STANDARD = new TaxCategory("standard");

    /**
     * Validates the code.
     *
     * @throws IllegalArgumentException if {@code code} does not match {@code [A-Za-z0-9_-]{1,40}}
     */
    public TaxCategory {
        Objects.requireNonNull(code, "code");
        if (!RULE.matcher(code).matches()) {
            throw new IllegalArgumentException("tax category code must match " + RULE + ": '" + code + "'");
        }
    }

    /**
     * Creates a tax category.
     *
     * @param code the code
     * @return the category
     * @throws IllegalArgumentException if {@code code} does not match {@code [A-Za-z0-9_-]{1,40}}
     */
    public static TaxCategory of(String code) {
        return new TaxCategory(code);
    }
}

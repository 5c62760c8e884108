package io.github.emporion.marketing.traffic;

import java.util.Locale;
import java.util.Objects;

/** The categories of GA4's source-category list. */
public enum SourceCategory {
    /** Search engines ({@code SOURCE_CATEGORY_SEARCH}). */
    SEARCH,
    /** Social networks ({@code SOURCE_CATEGORY_SOCIAL}). */
    SOCIAL,
    /** Shopping sites ({@code SOURCE_CATEGORY_SHOPPING}). */
    SHOPPING,
    /** Video sites ({@code SOURCE_CATEGORY_VIDEO}). */
    VIDEO;

    /**
     * Parses {@code SEARCH} or Google's spelling {@code SOURCE_CATEGORY_SEARCH}, ignoring case.
     *
     * @param text the category text
     * @return the category
     * @throws IllegalArgumentException if the text names no category
     */
    public static SourceCategory parse(String text) {
        Objects.requireNonNull(text, "text");
        String key = text.strip().toUpperCase(Locale.ROOT);
        if (key.startsWith("SOURCE_CATEGORY_")) {
            key = key.substring("SOURCE_CATEGORY_".length());
        }
        for (SourceCategory c : values()) {
            if (c.name().equals(key)) {
                return c;
            }
        }
        throw new IllegalArgumentException("category: '" + text
                + "' is not one of SEARCH, SOCIAL, SHOPPING, VIDEO (optionally SOURCE_CATEGORY_*)");
    }
}

package io.github.emporion.marketing.traffic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * An immutable map from traffic source (lower case, exact match, no domain-suffix logic) to its
 * {@link SourceCategory}: the "list of search / social / shopping / video sites" of GA4's channel
 * rules.
 *
 * <p>{@link #curated()} is Emporion's own list of a little over two hundred entries (the main
 * search engines, social networks, shopping and video sites with their common host variants,
 * including {@code threads.net} and {@code bsky.app}). It is <em>not</em> Google's list; users who
 * need exact GA4 parity load Google's downloadable export with {@link #parseCsv(Reader)}. Deliberate
 * absences: {@code x.com} (absent from Google's 2023 snapshot; add it as {@code SOCIAL} if you
 * prefer), and AI assistants such as {@code chatgpt.com} (GA4 has no default AI channel; they
 * classify as Referral).
 */
public final class SourceCategoryList {

    private static final String CURATED_RESOURCE = "source-categories.csv";

    private final Map<String, SourceCategory> categories;

    private SourceCategoryList(Map<String, SourceCategory> categories) {
        this.categories = Collections.unmodifiableMap(new TreeMap<>(categories));
    }

    /**
     * Returns an empty list.
     *
     * @return the empty list
     */
    public static SourceCategoryList empty() {
        return new SourceCategoryList(Map.of());
    }

    /**
     * Creates a list from source-to-category entries. Sources are trimmed and lower-cased, as
     * {@link #with} does.
     *
     * <pre>{@code
     * SourceCategoryList mine = SourceCategoryList.of(Map.of("bing.com", SEARCH, "bsky.app", SOCIAL));
     * }</pre>
     *
     * @param entries the categories by source
     * @return the list
     * @throws IllegalArgumentException if a source is blank, or two sources are the same once
     *     trimmed and lower-cased ({@code "Bing.com"} and {@code "bing.com"})
     */
    public static SourceCategoryList of(Map<String, SourceCategory> entries) {
        Objects.requireNonNull(entries, "entries");
        Map<String, SourceCategory> map = new TreeMap<>();
        Map<String, String> spelling = new TreeMap<>();
        entries.forEach((source, category) -> {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(category, "category");
            String key = source.strip().toLowerCase(Locale.ROOT);
            if (key.isEmpty()) {
                throw new IllegalArgumentException("source: must not be blank");
            }
            String earlier = spelling.put(key, source);
            if (earlier != null) {
                throw new IllegalArgumentException("source: '" + earlier + "' and '" + source
                        + "' are the same source (sources are compared trimmed and in lower case)");
            }
            map.put(key, category);
        });
        return new SourceCategoryList(map);
    }

    /**
     * Returns Emporion's curated list, shipped as the resource {@code source-categories.csv} next to
     * this class.
     *
     * @return the curated list
     */
    public static SourceCategoryList curated() {
        InputStream in = SourceCategoryList.class.getResourceAsStream(CURATED_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("resource " + CURATED_RESOURCE + " is missing from the class path");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parseCsv(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CURATED_RESOURCE, e);
        }
    }

    /**
     * Reads a two-column CSV ({@code source,category}), such as a CSV export of Google's
     * source-category spreadsheet. Blank lines, lines starting with {@code #} and a header line
     * whose first cell is {@code source} are skipped; cells may be double-quoted; the category may be
     * written {@code SOCIAL} or {@code SOURCE_CATEGORY_SOCIAL}; sources are lower-cased. A later row
     * for the same source wins.
     *
     * @param reader the CSV text; not closed
     * @return the list
     * @throws IOException if reading fails
     * @throws IllegalArgumentException if a line does not have two cells or names no category; the
     *     message gives the line number
     */
    public static SourceCategoryList parseCsv(Reader reader) throws IOException {
        Objects.requireNonNull(reader, "reader");
        Map<String, SourceCategory> map = new TreeMap<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] cells = trimmed.split(",", -1);
            if (cells.length != 2) {
                throw new IllegalArgumentException(
                        "line " + number + ": expected 2 cells 'source,category' but got '" + line + "'");
            }
            String source = unquote(cells[0]).toLowerCase(Locale.ROOT);
            String category = unquote(cells[1]);
            if (source.equals("source")) {
                continue;
            }
            if (source.isEmpty()) {
                throw new IllegalArgumentException("line " + number + ": source is blank in '" + line + "'");
            }
            try {
                map.put(source, SourceCategory.parse(category));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + number + ": " + e.getMessage(), e);
            }
        }
        return new SourceCategoryList(map);
    }

    private static String unquote(String cell) {
        String s = cell.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).replace("\"\"", "\"").strip();
        }
        return s;
    }

    /**
     * Returns the category of a source.
     *
     * @param source the source, matched exactly after lower-casing
     * @return the category, or empty if the source is not listed
     */
    public Optional<SourceCategory> categoryOf(String source) {
        Objects.requireNonNull(source, "source");
        return Optional.ofNullable(categories.get(source.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * Tells whether a source is listed with the given category.
     *
     * @param source the source
     * @param category the category
     * @return {@code true} if listed with exactly that category
     */
    public boolean is(String source, SourceCategory category) {
        return categoryOf(source).filter(category::equals).isPresent();
    }

    /**
     * Returns a copy with one source added or re-categorised.
     *
     * @param source the source (lower-cased)
     * @param category its category
     * @return the copy
     * @throws IllegalArgumentException if the source is blank
     */
    public SourceCategoryList with(String source, SourceCategory category) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(category, "category");
        if (source.isBlank()) {
            throw new IllegalArgumentException("source: must not be blank");
        }
        Map<String, SourceCategory> copy = new TreeMap<>(categories);
        copy.put(source.strip().toLowerCase(Locale.ROOT), category);
        return new SourceCategoryList(copy);
    }

    /**
     * Returns a copy without a source.
     *
     * @param source the source to remove
     * @return the copy
     */
    public SourceCategoryList without(String source) {
        Objects.requireNonNull(source, "source");
        Map<String, SourceCategory> copy = new TreeMap<>(categories);
        copy.remove(source.strip().toLowerCase(Locale.ROOT));
        return new SourceCategoryList(copy);
    }

    /**
     * Returns the union of this list and another; where both list a source, {@code other} wins.
     *
     * @param other the list to add
     * @return the union
     */
    public SourceCategoryList withAll(SourceCategoryList other) {
        Map<String, SourceCategory> copy = new TreeMap<>(categories);
        copy.putAll(other.categories);
        return new SourceCategoryList(copy);
    }

    /**
     * Returns the entries, sorted by source.
     *
     * @return an unmodifiable view
     */
    public Map<String, SourceCategory> asMap() {
        return categories;
    }

    /**
     * Returns the number of listed sources.
     *
     * @return the size
     */
    public int size() {
        return categories.size();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof SourceCategoryList other && categories.equals(other.categories);
    }

    @Override
    public int hashCode() {
        return categories.hashCode();
    }

    @Override
    public String toString() {
        return "SourceCategoryList[" + categories.size() + " sources]";
    }
}

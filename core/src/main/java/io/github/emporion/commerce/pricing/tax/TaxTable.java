package io.github.emporion.commerce.pricing.tax;

import io.github.emporion.commerce.catalog.TaxCategory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Tax rates per (region, tax category). A subdivision without its own entry falls back to its
 * country: a rate for ({@code US}, {@code standard}) also serves {@code US-NY} unless
 * ({@code US-NY}, {@code standard}) is present. This class is immutable and thread-safe.
 *
 * <p>Example: {@code TaxTable.empty().with(Region.of("DE"), TaxCategory.STANDARD,
 * TaxRate.of("DE VAT 19%", "0.19"))}, or from its rows: {@code TaxTable.of(List.of(new
 * TaxTable.Entry(Region.of("DE"), TaxCategory.STANDARD, TaxRate.of("DE VAT 19%", "0.19"))))}.
 * {@link #entries()} lists the rows back, so {@code TaxTable.of(table.entries())} equals {@code
 * table}.
 */
public final class TaxTable {
    private final Map<Key, TaxRate> rates;

    private record Key(Region region, TaxCategory category) {}

    /** Sorts entries by region code, then category code. */
    private static final Comparator<Entry> ORDER = Comparator.comparing(
                    (Entry e) -> e.region().code())
            .thenComparing(e -> e.category().code());

    /**
     * One row of a tax table: the rate of a tax category in a region.
     *
     * @param region the region (a country, or a subdivision with its own rate)
     * @param category the tax category
     * @param rate the rate
     */
    public record Entry(Region region, TaxCategory category, TaxRate rate) {

        /** Checks for nulls. */
        public Entry {
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(rate, "rate");
        }
    }

    private TaxTable(Map<Key, TaxRate> rates) {
        this.rates = Map.copyOf(rates);
    }

    /**
     * Returns a table without rates.
     *
     * @return an empty table
     */
    public static TaxTable empty() {
        return new TaxTable(Map.of());
    }

    /**
     * Creates a table from its rows, each (region, category) at most once.
     *
     * @param entries the rows, in any order
     * @return the table
     * @throws IllegalArgumentException naming the region and category if two rows share them
     *     (which rate would apply is then ambiguous; {@link #with} replaces a rate on purpose)
     */
    public static TaxTable of(Collection<Entry> entries) {
        Map<Key, TaxRate> rates = new HashMap<>();
        for (Entry entry : Objects.requireNonNull(entries, "entries")) {
            Objects.requireNonNull(entry, "entry");
            TaxRate earlier = rates.putIfAbsent(new Key(entry.region(), entry.category()), entry.rate());
            if (earlier != null) {
                throw new IllegalArgumentException("tax table entries must have distinct (region, category): ("
                        + entry.region() + ", " + entry.category().code() + ") appears twice, with rates "
                        + earlier.rate().toPlainString() + " and "
                        + entry.rate().rate().toPlainString());
            }
        }
        return new TaxTable(rates);
    }

    /**
     * Returns the rows of the table, sorted by region code, then category code (a stable order for
     * display and JSON; lookups do not depend on it).
     *
     * @return the entries; empty for an empty table
     */
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>(rates.size());
        rates.forEach((key, rate) -> entries.add(new Entry(key.region(), key.category(), rate)));
        entries.sort(ORDER);
        return List.copyOf(entries);
    }

    /**
     * Returns a copy with a rate added or replaced.
     *
     * @param region the region
     * @param category the tax category
     * @param rate the rate
     * @return the new table
     */
    public TaxTable with(Region region, TaxCategory category, TaxRate rate) {
        Map<Key, TaxRate> next = new HashMap<>(rates);
        next.put(
                new Key(Objects.requireNonNull(region, "region"), Objects.requireNonNull(category, "category")),
                Objects.requireNonNull(rate, "rate"));
        return new TaxTable(next);
    }

    /**
     * Finds the rate for a category in a region, falling back from a subdivision to its country.
     *
     * @param region the region
     * @param category the tax category
     * @return the rate, or empty if neither the region nor its country has one
     */
    public Optional<TaxRate> find(Region region, TaxCategory category) {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(category, "category");
        TaxRate rate = rates.get(new Key(region, category));
        if (rate == null && region.country().isPresent()) {
            rate = rates.get(new Key(region.country().get(), category));
        }
        return Optional.ofNullable(rate);
    }

    /**
     * Returns the rate for a category in a region.
     *
     * @param region the region
     * @param category the tax category
     * @return the rate
     * @throws IllegalArgumentException naming the category and region if there is no rate
     */
    public TaxRate rateFor(Region region, TaxCategory category) {
        return find(region, category)
                .orElseThrow(() -> new IllegalArgumentException("tax category " + category.code()
                        + " must have a rate in region " + region + ": the tax table has none"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TaxTable other && rates.equals(other.rates);
    }

    @Override
    public int hashCode() {
        return rates.hashCode();
    }

    @Override
    public String toString() {
        return "TaxTable[" + rates.size() + " rates]";
    }
}

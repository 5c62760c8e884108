package io.github.emporion.commerce.pricing.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.emporion.commerce.catalog.TaxCategory;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A tax table lists its rows back ({@link TaxTable#entries()}) and is rebuilt from them ({@link TaxTable#of}). */
class TaxTableTest {

    private static final List<Region> REGIONS =
            List.of(Region.of("DE"), Region.of("GR"), Region.of("US"), Region.of("US-NY"), Region.of("KW"));
    private static final List<TaxCategory> CATEGORIES =
            List.of(TaxCategory.STANDARD, TaxCategory.of("reduced"), TaxCategory.of("zero"));

    @Test
    void of_entriesOfRandomTables_equalsTheTableAndFindsTheSameRates() {
        long seed = 20261122L;
        Random r = new Random(seed);
        for (int i = 0; i < 2000; i++) {
            TaxTable table = TaxTable.empty();
            Map<String, BigDecimal> expected = new HashMap<>(); // (region, category) → last rate put
            for (int k = 0, n = r.nextInt(12); k < n; k++) {
                Region region = REGIONS.get(r.nextInt(REGIONS.size()));
                TaxCategory category = CATEGORIES.get(r.nextInt(CATEGORIES.size()));
                BigDecimal rate = BigDecimal.valueOf(r.nextInt(30), 2);
                table = table.with(region, category, new TaxRate("r" + k, rate));
                expected.put(region.code() + "/" + category.code(), rate);
            }
            List<TaxTable.Entry> entries = table.entries();
            assertThat(entries).as("seed %d case %d", seed, i).hasSize(expected.size());
            for (TaxTable.Entry e : entries) {
                assertThat(e.rate().rate())
                        .as("seed %d case %d", seed, i)
                        .isEqualByComparingTo(expected.get(
                                e.region().code() + "/" + e.category().code()));
            }
            assertThat(entries)
                    .as("seed %d case %d: sorted by region, then category", seed, i)
                    .isSortedAccordingTo((a, b) -> {
                        int byRegion = a.region().code().compareTo(b.region().code());
                        return byRegion != 0
                                ? byRegion
                                : a.category().code().compareTo(b.category().code());
                    });
            TaxTable rebuilt = TaxTable.of(entries);
            assertThat(rebuilt).as("seed %d case %d", seed, i).isEqualTo(table);
            for (Region region : REGIONS) {
                for (TaxCategory category : CATEGORIES) {
                    assertThat(rebuilt.find(region, category)).isEqualTo(table.find(region, category));
                }
            }
        }
    }

    @Test
    void of_twoRowsForOneRegionAndCategory_rejectedNamingBoth() {
        TaxTable.Entry vat19 = new TaxTable.Entry(Region.of("DE"), TaxCategory.STANDARD, TaxRate.of("VAT", "0.19"));
        TaxTable.Entry vat16 = new TaxTable.Entry(Region.of("DE"), TaxCategory.STANDARD, TaxRate.of("VAT", "0.16"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TaxTable.of(List.of(vat19, vat16)))
                .withMessageContaining("(DE, standard) appears twice")
                .withMessageContaining("0.19")
                .withMessageContaining("0.16");
    }

    @Test
    void entries_emptyTable_empty() {
        assertThat(TaxTable.empty().entries()).isEmpty();
        assertThat(TaxTable.of(List.of())).isEqualTo(TaxTable.empty());
    }

    @Test
    void of_subdivisionRow_fallsBackToTheCountryRowLikeWith() {
        TaxTable table = TaxTable.of(List.of(
                new TaxTable.Entry(Region.of("US"), TaxCategory.STANDARD, TaxRate.of("US", "0.05")),
                new TaxTable.Entry(Region.of("US-NY"), TaxCategory.of("reduced"), TaxRate.of("NY", "0.04"))));
        assertThat(table.rateFor(Region.of("US-NY"), TaxCategory.STANDARD).rate())
                .isEqualByComparingTo("0.05");
        assertThat(table.rateFor(Region.of("US-NY"), TaxCategory.of("reduced")).rate())
                .isEqualByComparingTo("0.04");
    }
}

package io.github.emporion.marketing.journey;

import io.github.emporion.aggregate.Accumulator;
import io.github.emporion.money.CurrencyMismatchException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Collapses journeys into {@link PathCount}s: one row per distinct path (channel names in order,
 * repeats kept), counting converting and non-converting journeys and summing conversion values
 * exactly (no rounding).
 *
 * <p>Example: journeys {@code [Search, Email] → 50 EUR}, {@code [Search, Email] → 30 EUR} and
 * {@code [Search, Email]} (not converted) give one row {@code Search > Email}: conversions 2, value
 * 80 EUR, non-conversions 1.
 *
 * <p>State is plain data: per path, a {@code long} of conversions, a {@code BigDecimal} value
 * sum and a {@code long} of non-conversions. The result is sorted by path (element-wise, then
 * shorter first), so it does not depend on the order of rows or merges. Unattributed conversions
 * (no touchpoints) are not journeys and are not counted here.
 */
public final class PathCountAccumulator implements Accumulator<Journey, List<PathCount>, PathCountAccumulator> {

    private final CurrencyUnit currency;
    private final Map<List<String>, Cell> cells = new HashMap<>();

    private static final class Cell {
        long conversions;
        BigDecimal value = BigDecimal.ZERO;
        long nonConversions;
    }

    /**
     * Creates an empty accumulator whose conversion values are in {@code currency}.
     *
     * @param currency the currency of every conversion value
     */
    public PathCountAccumulator(CurrencyUnit currency) {
        this.currency = Objects.requireNonNull(currency, "currency");
    }

    /**
     * Returns the currency of the conversion values.
     *
     * @return the currency
     */
    public CurrencyUnit currency() {
        return currency;
    }

    /**
     * Folds in one journey.
     *
     * @param journey the journey
     * @return this accumulator
     * @throws CurrencyMismatchException if the conversion value is in another currency (the
     *     accumulator is left unchanged)
     */
    @Override
    public PathCountAccumulator add(Journey journey) {
        Objects.requireNonNull(journey, "journey");
        journey.conversion().ifPresent(c -> CurrencyMismatchException.requireCurrency(currency, c.value()));
        Cell cell = cells.computeIfAbsent(journey.path(), k -> new Cell());
        journey.conversion()
                .ifPresentOrElse(
                        c -> {
                            cell.conversions = Math.addExact(cell.conversions, 1);
                            cell.value = cell.value.add(c.value().getNumber().numberValueExact(BigDecimal.class));
                        },
                        () -> cell.nonConversions = Math.addExact(cell.nonConversions, 1));
        return this;
    }

    /**
     * Folds in another accumulator, leaving it unchanged.
     *
     * @param other an accumulator in the same currency
     * @return this accumulator
     * @throws CurrencyMismatchException if the currencies differ (this accumulator is left
     *     unchanged)
     */
    @Override
    public PathCountAccumulator merge(PathCountAccumulator other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
        other.cells.forEach((path, o) -> {
            Cell cell = cells.computeIfAbsent(path, k -> new Cell());
            cell.conversions = Math.addExact(cell.conversions, o.conversions);
            cell.value = cell.value.add(o.value);
            cell.nonConversions = Math.addExact(cell.nonConversions, o.nonConversions);
        });
        return this;
    }

    /**
     * Returns the path counts so far, sorted by path.
     *
     * @return the rows (unmodifiable)
     */
    @Override
    public List<PathCount> result() {
        List<PathCount> rows = new ArrayList<>(cells.size());
        cells.forEach((path, c) -> {
            MonetaryAmount value = Money.of(c.value, currency);
            rows.add(PathCount.of(path, c.conversions, value, c.nonConversions));
        });
        rows.sort((a, b) -> comparePaths(a.path(), b.path()));
        return List.copyOf(rows);
    }

    private static int comparePaths(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}

package io.github.emporion.cli.report;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One table cell: the text a reader sees and, for numbers, the exact value behind it.
 *
 * @param text the displayed text, already localised (digits, separators)
 * @param value the exact number shown, or null for a text cell or an undefined figure
 */
public record Cell(String text, @Nullable BigDecimal value) {

    /** Validates the text. */
    public Cell {
        Objects.requireNonNull(text, "text");
    }

    /**
     * A text cell.
     *
     * @param text the text
     * @return the cell
     */
    public static Cell text(String text) {
        return new Cell(text, null);
    }

    /**
     * A number cell.
     *
     * @param text the localised text
     * @param value the exact value
     * @return the cell
     */
    public static Cell number(String text, BigDecimal value) {
        return new Cell(text, Objects.requireNonNull(value, "value"));
    }

    /**
     * Returns the exact value, if this cell holds a number.
     *
     * @return the value
     */
    public Optional<BigDecimal> numericValue() {
        return Optional.ofNullable(value);
    }
}

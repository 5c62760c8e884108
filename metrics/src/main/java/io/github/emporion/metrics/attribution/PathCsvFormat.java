package io.github.emporion.metrics.attribution;

import java.util.Optional;

/**
 * The layout of a path-count CSV file: column names, the field delimiter and the one-character
 * channel separator inside the path column. {@link #channelAttribution()} is ChannelAttribution's
 * layout ({@code path,total_conversions,total_conversion_value,total_null}, channels joined by
 * {@code >}).
 *
 * <p>A configured column must be present in the header; leave the value or null column empty when
 * the file has none (then value is 0 and non-conversions are 0). Lines starting with {@code #} and
 * blank lines are skipped.
 *
 * @param pathColumn the column with the path string
 * @param conversionsColumn the column with the number of conversions
 * @param valueColumn the column with the total conversion value, if any
 * @param nullColumn the column with the number of non-converting journeys, if any
 * @param delimiter the field delimiter, such as {@code ','} or {@code ';'}
 * @param channelSeparator the separator between channel names in the path
 */
public record PathCsvFormat(
        String pathColumn,
        String conversionsColumn,
        Optional<String> valueColumn,
        Optional<String> nullColumn,
        char delimiter,
        char channelSeparator) {

    /** Validates. */
    public PathCsvFormat {
        if (pathColumn.isBlank() || conversionsColumn.isBlank()) {
            throw new IllegalArgumentException("pathColumn and conversionsColumn must not be blank, were '" + pathColumn
                    + "', '" + conversionsColumn + "'");
        }
        if (delimiter == channelSeparator || delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            throw new IllegalArgumentException(
                    "delimiter '" + delimiter + "' must differ from the channel separator, the quote and line breaks");
        }
    }

    /**
     * Returns ChannelAttribution's layout: {@code path,total_conversions,total_conversion_value,
     * total_null}, delimiter {@code ','}, channel separator {@code '>'}.
     *
     * @return the default format
     */
    public static PathCsvFormat channelAttribution() {
        return new PathCsvFormat(
                "path",
                "total_conversions",
                Optional.of("total_conversion_value"),
                Optional.of("total_null"),
                ',',
                '>');
    }

    /**
     * Returns this format without a value column.
     *
     * @return the changed format
     */
    public PathCsvFormat withoutValue() {
        return new PathCsvFormat(
                pathColumn, conversionsColumn, Optional.empty(), nullColumn, delimiter, channelSeparator);
    }

    /**
     * Returns this format without a non-conversion column.
     *
     * @return the changed format
     */
    public PathCsvFormat withoutNulls() {
        return new PathCsvFormat(
                pathColumn, conversionsColumn, valueColumn, Optional.empty(), delimiter, channelSeparator);
    }

    /**
     * Returns this format with another field delimiter.
     *
     * @param newDelimiter the delimiter
     * @return the changed format
     */
    public PathCsvFormat withDelimiter(char newDelimiter) {
        return new PathCsvFormat(
                pathColumn, conversionsColumn, valueColumn, nullColumn, newDelimiter, channelSeparator);
    }

    /**
     * Returns this format with another channel separator.
     *
     * @param separator the separator
     * @return the changed format
     */
    public PathCsvFormat withChannelSeparator(char separator) {
        return new PathCsvFormat(pathColumn, conversionsColumn, valueColumn, nullColumn, delimiter, separator);
    }

    /**
     * Returns this format with other column names.
     *
     * @param path the path column
     * @param conversions the conversions column
     * @param value the value column, or empty
     * @param nulls the non-conversion column, or empty
     * @return the changed format
     */
    public PathCsvFormat withColumns(String path, String conversions, Optional<String> value, Optional<String> nulls) {
        return new PathCsvFormat(path, conversions, value, nulls, delimiter, channelSeparator);
    }
}

package io.github.emporion.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A small reader of delimited text files with a header line: lines starting with {@code #} and
 * blank lines are skipped (provenance comments), fields may be double-quoted ({@code ""} inside
 * quotes is a quote), and every problem is a {@link BadDataException} that names the file and line.
 */
final class CsvInput {

    /** One data row: its line number and fields, with access by column name. */
    record Row(String file, int line, List<String> header, List<String> fields) {

        /**
         * Returns the field of a column.
         *
         * @param column the column index
         * @return the trimmed field
         */
        String get(int column) {
            return fields.get(column).strip();
        }

        /**
         * Fails with a message naming the file, the line and the column.
         *
         * @param column the column index
         * @param rule what is wrong
         * @return never returns
         */
        BadDataException bad(int column, String rule) {
            return new BadDataException(file + " line " + line + ": column '" + header.get(column) + "' " + rule + ": '"
                    + get(column) + "'");
        }

        long parseLong(int column) {
            try {
                return Long.parseLong(get(column));
            } catch (NumberFormatException e) {
                throw bad(column, "must be a whole number");
            }
        }

        double parseDouble(int column) {
            try {
                double d = Double.parseDouble(get(column));
                if (!Double.isFinite(d)) {
                    throw bad(column, "must be a finite number");
                }
                return d;
            } catch (NumberFormatException e) {
                throw bad(column, "must be a number");
            }
        }
    }

    private CsvInput() {}

    /**
     * Reads a file, calling {@code header} once and {@code rows} for every data row.
     *
     * @param path the file
     * @param separator the field separator
     * @param err where the progress bar goes (only on a terminal, only for long files)
     * @param header receives the header fields
     * @param rows receives each data row
     * @throws BadDataException if the file is missing, empty or malformed
     */
    static void read(Path path, char separator, PrintWriter err, Consumer<List<String>> header, Consumer<Row> rows) {
        String name = path.toString();
        long size;
        InputStream in;
        try {
            size = Files.size(path);
            in = Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new BadDataException(name + ": no such file");
        } catch (IOException e) {
            throw new BadDataException(name + ": cannot read: " + e.getMessage(), e);
        }
        Progress progress = Progress.start(path.getFileName().toString(), size, err);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> columns = null;
            long bytes = 0;
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                bytes += line.length() + 1;
                progress.update(bytes);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> fields = split(line, separator, name, lineNumber);
                if (columns == null) {
                    columns = fields.stream().map(String::strip).toList();
                    header.accept(columns);
                    continue;
                }
                if (fields.size() != columns.size()) {
                    throw new BadDataException(name + " line " + lineNumber + ": expected " + columns.size()
                            + " fields as in the header but found " + fields.size());
                }
                rows.accept(new Row(name, lineNumber, columns, fields));
            }
            if (columns == null) {
                throw new BadDataException(name + ": no header line (the file is empty)");
            }
            progress.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /**
     * Finds a column by name, case-insensitively, trying each candidate in turn.
     *
     * @param file the file name, for the message
     * @param header the header
     * @param option the option that names the column, for the message
     * @param candidates the accepted names, the user's choice first
     * @return the column index
     * @throws BadDataException if no candidate is in the header
     */
    static int column(String file, List<String> header, String option, String... candidates) {
        for (String candidate : candidates) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).equalsIgnoreCase(candidate)) {
                    return i;
                }
            }
        }
        throw new BadDataException(file + ": no column " + String.join(" or ", candidates) + " in the header " + header
                + " (choose one with " + option + ")");
    }

    static List<String> split(String line, char separator, String file, int lineNumber) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && field.toString().isBlank()) {
                quoted = true;
                field.setLength(0);
            } else if (ch == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            throw new BadDataException(file + " line " + lineNumber + ": unclosed quote");
        }
        fields.add(field.toString());
        return fields;
    }

    /**
     * Parses a separator option: a single character, or {@code tab}.
     *
     * @param value the option value
     * @return the character
     */
    static char separator(String value) {
        if (value.toLowerCase(Locale.ROOT).equals("tab") || value.equals("\\t")) {
            return '\t';
        }
        if (value.length() != 1) {
            throw new IllegalArgumentException("--sep: '" + value + "' must be one character or 'tab'");
        }
        return value.charAt(0);
    }
}

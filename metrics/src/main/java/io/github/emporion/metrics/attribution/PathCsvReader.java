package io.github.emporion.metrics.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams {@link ChannelPath} rows from a path-count CSV (ChannelAttribution's format by default,
 * see {@link PathCsvFormat}), one line at a time: the file is never held in memory.
 *
 * <p>Fields may be quoted with {@code "} (a doubled {@code ""} inside quotes is a quote); a field
 * cannot span lines. Counts are parsed as decimals and may be fractional. Every error (missing
 * header or column, wrong number of fields, empty path, negative, non-finite or non-numeric number)
 * throws a {@link PathCsvException} naming the 1-based line number.
 *
 * <pre>{@code
 * try (Reader in = Files.newBufferedReader(file)) {
 *     AttributionResult r = MarkovModel.order(2).attribute(PathCsvReader.stream(in, PathCsvFormat.channelAttribution())::iterator);
 * }
 * }</pre>
 */
public final class PathCsvReader implements Iterator<ChannelPath> {

    private final BufferedReader in;
    private final PathCsvFormat format;
    private final int pathIndex;
    private final int conversionsIndex;
    private final int valueIndex;
    private final int nullIndex;
    private final int width;
    private long lineNumber;
    private ChannelPath next;

    private PathCsvReader(Reader reader, PathCsvFormat format) {
        this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
        this.format = format;
        String header = nextDataLine();
        if (header == null) {
            throw new PathCsvException(Math.max(1, lineNumber), "no header line");
        }
        List<String> names = split(header);
        this.width = names.size();
        this.pathIndex = indexOf(names, format.pathColumn());
        this.conversionsIndex = indexOf(names, format.conversionsColumn());
        this.valueIndex = format.valueColumn().map(c -> indexOf(names, c)).orElse(-1);
        this.nullIndex = format.nullColumn().map(c -> indexOf(names, c)).orElse(-1);
    }

    /**
     * Opens a streaming reader. The header is read immediately; rows are read on demand. Closing the
     * {@code reader} is the caller's business.
     *
     * @param reader the CSV text
     * @param format the layout
     * @return an iterator over the rows
     * @throws PathCsvException if the header is missing or lacks a configured column
     */
    public static PathCsvReader open(Reader reader, PathCsvFormat format) {
        return new PathCsvReader(reader, format);
    }

    /**
     * Returns the rows as a sequential, lazy stream.
     *
     * @param reader the CSV text
     * @param format the layout
     * @return the rows
     */
    public static Stream<ChannelPath> stream(Reader reader, PathCsvFormat format) {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(open(reader, format), Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }

    private int indexOf(List<String> names, String column) {
        int i = names.indexOf(column);
        if (i < 0) {
            throw new PathCsvException(lineNumber, "missing column '" + column + "' in header " + names);
        }
        return i;
    }

    private String nextDataLine() {
        try {
            String line;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    return line;
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("reading path CSV after line " + lineNumber, e);
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            String line = nextDataLine();
            if (line != null) {
                next = parse(line);
            }
        }
        return next != null;
    }

    @Override
    public ChannelPath next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more rows after line " + lineNumber);
        }
        ChannelPath row = next;
        next = null;
        return row;
    }

    /**
     * Returns the number of the line read last (1-based, comments included).
     *
     * @return the line number
     */
    public long lineNumber() {
        return lineNumber;
    }

    private ChannelPath parse(String line) {
        List<String> f = split(line);
        if (f.size() != width) {
            throw new PathCsvException(lineNumber, "expected " + width + " fields, found " + f.size());
        }
        String path = f.get(pathIndex);
        List<String> channels;
        try {
            channels = ChannelPath.splitPath(path, format.channelSeparator());
        } catch (IllegalArgumentException e) {
            throw new PathCsvException(lineNumber, "empty path '" + path + "'");
        }
        double c = number(f, conversionsIndex, format.conversionsColumn(), true);
        double v = valueIndex < 0
                ? 0.0
                : number(f, valueIndex, format.valueColumn().orElseThrow(), false);
        double n =
                nullIndex < 0 ? 0.0 : number(f, nullIndex, format.nullColumn().orElseThrow(), true);
        try {
            return new ChannelPath(channels, c, v, n);
        } catch (IllegalArgumentException e) {
            throw new PathCsvException(lineNumber, e.getMessage());
        }
    }

    private double number(List<String> fields, int index, String column, boolean count) {
        String s = fields.get(index).strip();
        double d;
        try {
            d = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new PathCsvException(lineNumber, "column '" + column + "' is not a number: '" + s + "'");
        }
        if (!Double.isFinite(d) || (count && d < 0)) {
            throw new PathCsvException(
                    lineNumber,
                    "column '" + column + "' must be " + (count ? "a count >= 0" : "finite") + ", was '" + s + "'");
        }
        return d;
    }

    private List<String> split(String line) {
        char delim = format.delimiter();
        List<String> out = new ArrayList<>(4);
        StringBuilder quoted = null;
        int start = 0;
        int i = 0;
        int n = line.length();
        while (i <= n) {
            if (i < n && line.charAt(i) == '"' && i == start) {
                quoted = new StringBuilder();
                i++;
                while (true) {
                    if (i >= n) {
                        throw new PathCsvException(lineNumber, "unterminated quoted field");
                    }
                    char ch = line.charAt(i);
                    if (ch == '"') {
                        if (i + 1 < n && line.charAt(i + 1) == '"') {
                            quoted.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    quoted.append(ch);
                    i++;
                }
                if (i < n && line.charAt(i) != delim) {
                    throw new PathCsvException(lineNumber, "text after closing quote at column " + (i + 1));
                }
            }
            if (i == n || line.charAt(i) == delim) {
                out.add(quoted != null ? quoted.toString() : line.substring(start, i));
                quoted = null;
                start = i + 1;
            }
            i++;
        }
        return out;
    }
}

package io.github.emporion.metrics.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
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
    /** Open-addressing cache of channel names, so each name is one String instance. */
    private final NameCache nameCache = newNameCache();

    private PathCsvReader(Reader reader, PathCsvFormat format) {
        this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
        this.format = format;
        String header = nextDataLine();
        if (header == null) {
            throw new PathCsvException(Math.max(1, lineNumber), "no header line");
        }
        List<String> names = split(header, lineNumber);
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
                next = parse(line, lineNumber, nameCache);
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

    /**
     * Returns the next data line (comments and blank lines skipped), or null at the end; {@link
     * #lineNumber()} is then its number. For callers that parse lines elsewhere with {@link
     * #parse(String, long, NameCache)}.
     */
    String nextRawLine() {
        return nextDataLine();
    }

    /**
     * Per-thread parsing state: an open-addressing table of channel names (with their hashes), so
     * each name is one String instance, and a reusable buffer for one path's channels.
     */
    static final class NameCache {
        private final String[] names = new String[4096];
        private final int[] hashes = new int[4096];
        private String[] path = new String[32];
    }

    /** Creates an empty channel-name cache for {@link #parse(String, long, NameCache)}. */
    static NameCache newNameCache() {
        return new NameCache();
    }

    /**
     * Parses one data line. Thread-safe if every thread passes its own name cache.
     *
     * @param line the line
     * @param lineNo its 1-based number, for errors
     * @param cache a name cache from {@link #newNameCache()}
     */
    ChannelPath parse(String line, long lineNo, NameCache cache) {
        if (line.indexOf('"') < 0) {
            return parseUnquoted(line, lineNo, cache);
        }
        List<String> f = split(line, lineNo);
        if (f.size() != width) {
            throw new PathCsvException(lineNo, "expected " + width + " fields, found " + f.size());
        }
        String path = f.get(pathIndex);
        List<String> channels = splitChannels(path, 0, path.length(), cache);
        if (channels.isEmpty()) {
            throw new PathCsvException(lineNo, "empty path '" + path + "'");
        }
        double c = number(f, conversionsIndex, format.conversionsColumn(), true, lineNo);
        double v = valueIndex < 0
                ? 0.0
                : number(f, valueIndex, format.valueColumn().orElseThrow(), false, lineNo);
        double n =
                nullIndex < 0 ? 0.0 : number(f, nullIndex, format.nullColumn().orElseThrow(), true, lineNo);
        try {
            return new ChannelPath(channels, c, v, n);
        } catch (IllegalArgumentException e) {
            throw new PathCsvException(lineNo, e.getMessage());
        }
    }

    /** The common case without quotes: fields are located in place, without substrings. */
    private ChannelPath parseUnquoted(String line, long lineNo, NameCache cache) {
        int[] bounds = new int[width + 1];
        char delim = format.delimiter();
        int count = 0;
        int start = 0;
        while (true) {
            int i = line.indexOf(delim, start);
            if (count >= width || (i < 0 && count != width - 1)) {
                int found = count + 1;
                for (int j = i; j >= 0; j = line.indexOf(delim, j + 1)) {
                    found++;
                }
                throw new PathCsvException(lineNo, "expected " + width + " fields, found " + found);
            }
            bounds[count++] = start;
            if (i < 0) {
                break;
            }
            start = i + 1;
        }
        bounds[width] = line.length() + 1;
        int pathFrom = bounds[pathIndex];
        int pathTo = bounds[pathIndex + 1] - 1;
        List<String> channels = splitChannels(line, pathFrom, pathTo, cache);
        if (channels.isEmpty()) {
            throw new PathCsvException(lineNo, "empty path '" + line.substring(pathFrom, pathTo) + "'");
        }
        double c = numberAt(line, bounds, conversionsIndex, format.conversionsColumn(), true, lineNo);
        double v = valueIndex < 0
                ? 0.0
                : numberAt(line, bounds, valueIndex, format.valueColumn().orElseThrow(), false, lineNo);
        double n = nullIndex < 0
                ? 0.0
                : numberAt(line, bounds, nullIndex, format.nullColumn().orElseThrow(), true, lineNo);
        try {
            return new ChannelPath(channels, c, v, n);
        } catch (IllegalArgumentException e) {
            throw new PathCsvException(lineNo, e.getMessage());
        }
    }

    private static double numberAt(String line, int[] bounds, int index, String column, boolean count, long lineNo) {
        int from = bounds[index];
        int to = bounds[index + 1] - 1;
        double d = fastDecimal(line, from, to);
        if (Double.isNaN(d) || (count && d < 0)) {
            return number(List.of(line.substring(from, to)), 0, column, count, lineNo);
        }
        return d;
    }

    /**
     * Parses a plain decimal in {@code s[from, to)} exactly (at most 18 digits, value below 2^53),
     * or returns NaN if the text is anything else, for the caller to take the slow path.
     */
    private static double fastDecimal(String s, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int fraction = -1;
        for (; i < to; i++) {
            char ch = s.charAt(i);
            if (ch >= '0' && ch <= '9') {
                if (++digits > 18) {
                    return Double.NaN;
                }
                mantissa = mantissa * 10 + (ch - '0');
                if (fraction >= 0) {
                    fraction++;
                }
            } else if (ch == '.' && fraction < 0) {
                fraction = 0;
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0 || mantissa >= (1L << 53)) {
            return Double.NaN;
        }
        double d = fraction > 0 ? mantissa / POWERS_OF_TEN[fraction] : (double) mantissa;
        return negative ? -d : d;
    }

    /**
     * Splits a path like {@link ChannelPath#parse}, reusing one String instance per channel name.
     * Separators are found with {@code indexOf}; the names are collected in the cache's reusable
     * buffer and returned as one immutable list (which {@link ChannelPath} keeps without copying).
     */
    private List<String> splitChannels(String path, int from, int to, NameCache cache) {
        char sep = format.channelSeparator();
        String[] buf = cache.path;
        int count = 0;
        int start = from;
        while (start <= to) {
            int end = path.indexOf(sep, start);
            if (end < 0 || end > to) {
                end = to;
            }
            int a = start;
            int b = end;
            while (a < b && path.charAt(a) == ' ') {
                a++;
            }
            while (b > a && path.charAt(b - 1) == ' ') {
                b--;
            }
            if (b > a) {
                if (count == buf.length) {
                    cache.path = buf = Arrays.copyOf(buf, count * 2);
                }
                buf[count++] = intern(path, a, b, cache);
            }
            start = end + 1;
        }
        // the fixed-arity List.of overloads keep their argument array without a defensive copy
        return switch (count) {
            case 0 -> List.of();
            case 1 -> List.of(buf[0]);
            case 2 -> List.of(buf[0], buf[1]);
            case 3 -> List.of(buf[0], buf[1], buf[2]);
            case 4 -> List.of(buf[0], buf[1], buf[2], buf[3]);
            case 5 -> List.of(buf[0], buf[1], buf[2], buf[3], buf[4]);
            case 6 -> List.of(buf[0], buf[1], buf[2], buf[3], buf[4], buf[5]);
            case 7 -> List.of(buf[0], buf[1], buf[2], buf[3], buf[4], buf[5], buf[6]);
            case 8 -> List.of(buf[0], buf[1], buf[2], buf[3], buf[4], buf[5], buf[6], buf[7]);
            case 9 -> List.of(buf[0], buf[1], buf[2], buf[3], buf[4], buf[5], buf[6], buf[7], buf[8]);
            case 10 -> List.of(buf[0], buf[1], buf[2], buf[3], buf[4], buf[5], buf[6], buf[7], buf[8], buf[9]);
            default -> List.of(Arrays.copyOf(buf, count));
        };
    }

    private static String intern(String s, int from, int to, NameCache cache) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        String[] names = cache.names;
        int[] hashes = cache.hashes;
        int mask = names.length - 1;
        int len = to - from;
        for (int slot = (h ^ (h >>> 16)) & mask, probes = 0; probes < 8; slot = (slot + 1) & mask, probes++) {
            String known = names[slot];
            if (known == null) {
                String name = s.substring(from, to);
                names[slot] = name;
                hashes[slot] = h;
                return name;
            }
            if (hashes[slot] == h && known.length() == len && s.regionMatches(from, known, 0, len)) {
                return known;
            }
        }
        return s.substring(from, to);
    }

    /**
     * Parses a decimal. Plain decimals with at most 18 digits (all counts and values in practice)
     * take an exact fast path: an integer below 2^53 divided by an exact power of ten is one
     * correctly rounded IEEE division, the same double as {@link Double#parseDouble}.
     */
    static double parseDecimal(String s) {
        double d = fastDecimal(s, 0, s.length());
        return Double.isNaN(d) ? Double.parseDouble(s) : d;
    }

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18
    };

    private static double number(List<String> fields, int index, String column, boolean count, long lineNumber) {
        String s = fields.get(index).strip();
        double d;
        try {
            d = parseDecimal(s);
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

    private List<String> split(String line, long lineNumber) {
        char delim = format.delimiter();
        List<String> out = new ArrayList<>(Math.max(4, width));
        if (line.indexOf('"') < 0) {
            int start = 0;
            for (int i = line.indexOf(delim); i >= 0; i = line.indexOf(delim, start)) {
                out.add(line.substring(start, i));
                start = i + 1;
            }
            out.add(line.substring(start));
            return out;
        }
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

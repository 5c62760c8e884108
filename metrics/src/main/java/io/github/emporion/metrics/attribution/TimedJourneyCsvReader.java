package io.github.emporion.metrics.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams timed journeys from CSV, one journey per line, without loading the file:
 *
 * <pre>
 * # comment lines start with '#'
 * journey_id,path,touch_times,converted,conversion_time,value
 * j1,email &gt; direct,2026-01-03T09:34:00Z|2026-01-05T10:00:00Z,1,2026-01-05T10:30:00Z,42.50
 * j2,display,2026-01-04T08:00:00Z,0,,0.00
 * </pre>
 *
 * <ul>
 *   <li>Columns are found by name in the header, in any order; {@code journey_id} and {@code value}
 *       are optional (no id; value 0). Fields may be double-quoted ({@code ""} inside quotes is a
 *       quote), so channel names may contain commas.
 *   <li>{@code path}: channel names joined by {@code >}, each trimmed of spaces, repeats kept.
 *   <li>{@code touch_times}: one ISO-8601 instant per touch ({@code 2026-01-03T09:34:00Z}), joined
 *       by {@code |}, strictly increasing.
 *   <li>{@code converted}: {@code 1}/{@code 0} (or {@code true}/{@code false}).
 *   <li>{@code conversion_time}: an ISO-8601 instant, required when converted, empty otherwise, not
 *       before the last touch.
 *   <li>{@code value}: a non-negative decimal; must be 0 (or empty) when the journey did not
 *       convert.
 * </ul>
 *
 * <p>Every violation (including a path and a time list of different lengths) is a {@link
 * PathCsvException} whose message names the source and the line: {@code journeys.csv, line 7:
 * touch_times must be strictly increasing, ...}. Blank lines are skipped.
 */
public final class TimedJourneyCsvReader implements Iterator<TimedJourney> {

    /** The columns of the format, in the reference files' order. */
    public static final List<String> COLUMNS =
            List.of("journey_id", "path", "touch_times", "converted", "conversion_time", "value");

    private final BufferedReader in;
    private final String source;
    private final int idCol;
    private final int pathCol;
    private final int timesCol;
    private final int convertedCol;
    private final int conversionTimeCol;
    private final int valueCol;
    private final int columns;
    private final Map<String, String> names = new HashMap<>();
    private long lineNumber;
    private TimedJourney next;

    private TimedJourneyCsvReader(BufferedReader in, String source) {
        this.in = in;
        this.source = source;
        String header = nextDataLine();
        if (header == null) {
            throw new PathCsvException(source, Math.max(1, lineNumber), "no header line");
        }
        List<String> h = split(header);
        Map<String, Integer> pos = new HashMap<>();
        for (int i = 0; i < h.size(); i++) {
            pos.put(h.get(i).trim(), i);
        }
        for (String required : List.of("path", "touch_times", "converted", "conversion_time")) {
            if (!pos.containsKey(required)) {
                throw new PathCsvException(
                        source,
                        lineNumber,
                        "missing column '" + required + "' in header " + h + ", expected " + COLUMNS);
            }
        }
        idCol = pos.getOrDefault("journey_id", -1);
        pathCol = pos.get("path");
        timesCol = pos.get("touch_times");
        convertedCol = pos.get("converted");
        conversionTimeCol = pos.get("conversion_time");
        valueCol = pos.getOrDefault("value", -1);
        columns = h.size();
    }

    /**
     * Opens a reader over CSV text; the header is read immediately.
     *
     * @param reader the text (not closed by this class)
     * @param source the name used in error messages, such as the file name
     * @return the reader
     * @throws PathCsvException if the header is missing or lacks a required column
     */
    public static TimedJourneyCsvReader open(Reader reader, String source) {
        BufferedReader b = reader instanceof BufferedReader br ? br : new BufferedReader(reader, 1 << 16);
        return new TimedJourneyCsvReader(b, source);
    }

    /**
     * Streams the journeys of CSV text lazily.
     *
     * @param reader the text (not closed by the stream)
     * @param source the name used in error messages
     * @return the journeys in file order
     */
    public static Stream<TimedJourney> stream(Reader reader, String source) {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(open(reader, source), Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }

    /**
     * Streams the journeys of a UTF-8 file lazily; close the stream to close the file.
     *
     * @param file the file
     * @return the journeys in file order
     * @throws UncheckedIOException if the file cannot be opened
     */
    public static Stream<TimedJourney> stream(Path file) {
        try {
            BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            try {
                return stream(r, file.toString()).onClose(() -> {
                    try {
                        r.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (RuntimeException e) {
                r.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Returns the number of the line read last (1-based, comments included).
     *
     * @return the line number
     */
    public long lineNumber() {
        return lineNumber;
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
    public TimedJourney next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more journeys after line " + lineNumber);
        }
        TimedJourney j = next;
        next = null;
        return j;
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
            throw new UncheckedIOException("reading " + source + " after line " + lineNumber, e);
        }
    }

    private PathCsvException error(String message) {
        return new PathCsvException(source, lineNumber, message);
    }

    private TimedJourney parse(String line) {
        List<String> f = split(line);
        if (f.size() != columns) {
            throw error("expected " + columns + " fields, found " + f.size());
        }
        List<String> channels;
        try {
            channels = ChannelPath.splitPath(f.get(pathCol), '>');
        } catch (IllegalArgumentException e) {
            throw error("path: " + e.getMessage());
        }
        channels.replaceAll(c -> names.computeIfAbsent(c, k -> k));
        String timesField = f.get(timesCol).trim();
        List<Instant> times = new ArrayList<>(channels.size());
        if (!timesField.isEmpty()) {
            for (String t : timesField.split("\\|", -1)) {
                times.add(instant("touch_times", t));
            }
        }
        if (times.size() != channels.size()) {
            throw error("path has " + channels.size() + " touches but touch_times has " + times.size() + " instants");
        }
        for (int i = 1; i < times.size(); i++) {
            if (!times.get(i).isAfter(times.get(i - 1))) {
                throw error("touch_times must be strictly increasing, but touch " + (i + 1) + " at " + times.get(i)
                        + " is not after " + times.get(i - 1));
            }
        }
        boolean converted = switch (f.get(convertedCol).trim()) {
            case "1", "true", "TRUE", "True" -> true;
            case "0", "false", "FALSE", "False" -> false;
            default -> throw error("converted must be 1 or 0, was '" + f.get(convertedCol) + "'");
        };
        String convField = f.get(conversionTimeCol).trim();
        Optional<Instant> conversion = Optional.empty();
        if (converted) {
            if (convField.isEmpty()) {
                throw error("converted journey without conversion_time");
            }
            Instant c = instant("conversion_time", convField);
            Instant last = times.get(times.size() - 1);
            if (c.isBefore(last)) {
                throw error("touch at " + last + " is after the conversion at " + c);
            }
            conversion = Optional.of(c);
        } else if (!convField.isEmpty()) {
            throw error("non-converting journey with conversion_time " + convField);
        }
        double value = 0;
        if (valueCol >= 0 && !f.get(valueCol).isBlank()) {
            String v = f.get(valueCol).trim();
            try {
                value = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw error("value must be a number, was '" + v + "'");
            }
            if (!Double.isFinite(value) || value < 0) {
                throw error("value must be finite and >= 0, was " + v);
            }
            if (!converted && value != 0) {
                throw error("value " + v + " on a non-converting journey (must be 0 or empty)");
            }
        }
        Optional<String> id =
                idCol >= 0 && !f.get(idCol).isBlank() ? Optional.of(f.get(idCol).trim()) : Optional.empty();
        try {
            return new TimedJourney(channels, times, conversion, value, id);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    private Instant instant(String column, String text) {
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw error(column + ": '" + text + "' is not an ISO-8601 instant such as 2026-01-03T09:34:00Z");
        }
    }

    /** Splits one CSV line at commas, honouring double quotes. */
    private List<String> split(String line) {
        List<String> out = new ArrayList<>(8);
        if (line.indexOf('"') < 0) {
            int start = 0;
            for (int i = 0; i <= line.length(); i++) {
                if (i == line.length() || line.charAt(i) == ',') {
                    out.add(line.substring(start, i));
                    start = i + 1;
                }
            }
            return out;
        }
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        b.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    b.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(b.toString());
                b.setLength(0);
            } else {
                b.append(ch);
            }
        }
        if (quoted) {
            throw error("unterminated quoted field");
        }
        out.add(b.toString());
        return out;
    }
}

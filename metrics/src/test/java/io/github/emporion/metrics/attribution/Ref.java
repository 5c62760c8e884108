package io.github.emporion.metrics.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/** Reads the reference files copied into test resources and compares results with them. */
final class Ref {

    private Ref() {}

    static Reader resource(String name) {
        InputStream in = Ref.class.getResourceAsStream("/attribution/" + name);
        if (in == null) {
            throw new IllegalArgumentException("missing test resource " + name);
        }
        try {
            if (name.endsWith(".gz")) {
                in = new GZIPInputStream(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** Reads a reference CSV (comment lines skipped, simple fields) into rows keyed by header. */
    static List<Map<String, String>> table(Reader reader) {
        try (BufferedReader in = new BufferedReader(reader)) {
            List<Map<String, String>> rows = new ArrayList<>();
            String[] header = null;
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (header == null) {
                    header = f;
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], f[i]);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Map<String, String>> table(String resource) {
        return table(resource(resource));
    }

    static Map<String, Double> column(List<Map<String, String>> rows, String column) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map<String, String> r : rows) {
            out.put(r.get("channel_name"), Double.parseDouble(r.get(column)));
        }
        return out;
    }

    static List<ChannelPath> paths(String resource) {
        return PathCsvReader.stream(resource(resource), PathCsvFormat.channelAttribution())
                .toList();
    }

    static List<ChannelPath> paths(Path file) {
        try (Reader in = Files.newBufferedReader(file)) {
            return PathCsvReader.stream(in, PathCsvFormat.channelAttribution()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 5,000 timed journeys ({@code journey_id,path,touch_times,converted,conversion_time,value}). */
    static List<TimedJourney> timedJourneys() {
        List<TimedJourney> out = new ArrayList<>();
        for (Map<String, String> r : table("timed_journeys_5k.csv.gz")) {
            List<String> channels = ChannelPath.splitPath(r.get("path"), '>');
            List<Instant> times = Arrays.stream(r.get("touch_times").split("\\|"))
                    .map(Instant::parse)
                    .toList();
            boolean converted = r.get("converted").equals("1");
            out.add(new TimedJourney(
                    channels,
                    times,
                    converted ? Optional.of(Instant.parse(r.get("conversion_time"))) : Optional.empty(),
                    Double.parseDouble(r.get("value"))));
        }
        return out;
    }

    static Map<String, Double> conversions(AttributionResult r) {
        Map<String, Double> m = new LinkedHashMap<>();
        r.channels().forEach(c -> m.put(c.channel(), c.conversions()));
        return m;
    }

    static Map<String, Double> values(AttributionResult r) {
        Map<String, Double> m = new LinkedHashMap<>();
        r.channels().forEach(c -> m.put(c.channel(), c.value()));
        return m;
    }

    /** Per channel |Δ| ≤ rel · max(1, |expected|); channels matched by name, same channel sets. */
    static void assertRelative(Map<String, Double> actual, Map<String, Double> expected, double rel, String what) {
        assertThat(actual.keySet()).as(what + " channels").containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((ch, e) -> assertThat(Math.abs(actual.get(ch) - e))
                .as("%s: channel %s expected %s actual %s", what, ch, e, actual.get(ch))
                .isLessThanOrEqualTo(rel * Math.max(1, Math.abs(e))));
    }

    /** Per channel |Δ| ≤ abs. */
    static void assertAbsolute(Map<String, Double> actual, Map<String, Double> expected, double abs, String what) {
        assertThat(actual.keySet()).as(what + " channels").containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((ch, e) -> assertThat(Math.abs(actual.get(ch) - e))
                .as("%s: channel %s expected %s actual %s", what, ch, e, actual.get(ch))
                .isLessThanOrEqualTo(abs));
    }

    /**
     * The shared reference folder with ChannelAttribution's GPL-3 example data, which is not copied
     * into this repository: found by walking up from the working directory, or empty.
     */
    static Optional<Path> sharedExampleDir() {
        String prop = System.getProperty("emporion.attribution.reference");
        if (prop != null) {
            return Optional.of(Path.of(prop)).filter(p -> Files.isReadable(p.resolve("example_PathData.csv")));
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/reference/attribution");
            if (Files.isReadable(candidate.resolve("example_PathData.csv"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}

package io.github.emporion.spark;

import io.github.emporion.aggregate.Accumulator;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Test accumulator over journeys: per path ("a > b > c"), how many journeys and how many of them
 * converted; the shape of the counts path-based attribution starts from.
 */
final class PathCounts implements Accumulator<PathRow, Map<String, List<Long>>, PathCounts> {

    private final Map<String, long[]> counts = new TreeMap<>();

    @Override
    public PathCounts add(PathRow row) {
        long[] pair = counts.computeIfAbsent(String.join(" > ", row.getPath()), key -> new long[2]);
        pair[0]++;
        if (row.isConverted()) {
            pair[1]++;
        }
        return this;
    }

    @Override
    public PathCounts merge(PathCounts other) {
        other.counts.forEach((path, pair) -> {
            long[] mine = counts.computeIfAbsent(path, key -> new long[2]);
            mine[0] += pair[0];
            mine[1] += pair[1];
        });
        return this;
    }

    /** Path to [journeys, conversions], sorted by path. */
    @Override
    public Map<String, List<Long>> result() {
        Map<String, List<Long>> result = new TreeMap<>();
        counts.forEach((path, pair) -> result.put(path, List.of(pair[0], pair[1])));
        return result;
    }

    /** One line per path, sorted: {@code path|journeys|conversions}. */
    static String render(Map<String, List<Long>> result) {
        StringBuilder text = new StringBuilder();
        result.forEach((path, pair) -> text.append(path)
                .append('|')
                .append(pair.get(0))
                .append('|')
                .append(pair.get(1))
                .append('\n'));
        return text.toString();
    }

    /** The codec: the map of path to (journeys, conversions), through {@link StateIo}. */
    enum Codec implements AccumulatorCodec<PathCounts> {
        INSTANCE;

        @Override
        public void write(PathCounts accumulator, DataOutput out) throws IOException {
            StateIo.writeStringMap(out, accumulator.counts, (o, pair) -> {
                o.writeLong(pair[0]);
                o.writeLong(pair[1]);
            });
        }

        @Override
        public PathCounts read(DataInput in) throws IOException {
            PathCounts accumulator = new PathCounts();
            accumulator.counts.putAll(StateIo.readStringMap(in, i -> new long[] {i.readLong(), i.readLong()}));
            return accumulator;
        }
    }
}

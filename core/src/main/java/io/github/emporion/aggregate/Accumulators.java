package io.github.emporion.aggregate;

import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collector;

/** Adapters that run an {@link Accumulator} in the places Java reduces data. */
public final class Accumulators {

    private Accumulators() {}

    /**
     * Returns a {@link Collector} that runs the accumulator in a (possibly parallel) stream.
     *
     * <pre>{@code
     * R result = rows.parallelStream().collect(Accumulators.collector(MyAccumulator::new));
     * }</pre>
     *
     * @param zero creates an empty accumulator
     * @param <T> the row type
     * @param <R> the result type
     * @param <A> the accumulator type
     * @return a collector whose finisher calls {@link Accumulator#result()}
     */
    public static <T, R, A extends Accumulator<T, R, A>> Collector<T, A, R> collector(Supplier<A> zero) {
        Objects.requireNonNull(zero, "zero");
        return Collector.of(zero, Accumulator::add, Accumulator::merge, Accumulator::result);
    }

    /**
     * Folds every row of {@code rows} into a fresh accumulator and returns its result.
     *
     * @param zero creates an empty accumulator
     * @param rows the rows, in order
     * @param <T> the row type
     * @param <R> the result type
     * @param <A> the accumulator type
     * @return the result over all rows
     */
    public static <T, R, A extends Accumulator<T, R, A>> R reduce(Supplier<A> zero, Iterable<? extends T> rows) {
        Objects.requireNonNull(rows, "rows");
        A acc = Objects.requireNonNull(zero, "zero").get();
        for (T row : rows) {
            acc.add(row);
        }
        return acc.result();
    }
}

package io.github.emporion.aggregate;

/**
 * A mergeable reduction of many rows to a small result: the aggregation contract shared by every
 * KPI, attribution and customer-summary aggregate in Emporion.
 *
 * <p>The life of an accumulator:
 *
 * <ol>
 *   <li>it is created empty by a factory (the <em>zero</em>);
 *   <li>{@link #add(Object)} folds in one row at a time, without keeping the row;
 *   <li>{@link #merge(Accumulator)} folds in another accumulator of the same kind; merging is
 *       associative and an empty accumulator is its identity, so rows may be split at any points,
 *       accumulated separately (threads, partitions, machines) and merged in order;
 *   <li>{@link #result()} produces the result, and may be called at any time and more than once.
 * </ol>
 *
 * <p>The state of an implementation is plain data (counts, exact sums in minor units or {@link
 * java.math.BigDecimal}, small maps keyed by channel or state), never lambdas or open resources, so
 * that an engine can encode it explicitly. Implementations are mutable and not thread-safe: give
 * each thread its own and merge them.
 *
 * <p>Every implementation is tested for the split-and-merge law: splitting the rows at random
 * points and merging the parts gives exactly the single-pass result.
 *
 * @param <T> the row type
 * @param <R> the result type
 * @param <A> the accumulator's own type, so that {@code merge} accepts only its own kind
 */
public interface Accumulator<T, R, A extends Accumulator<T, R, A>> {

    /**
     * Folds one row into this accumulator.
     *
     * @param row the row; rejected with {@link IllegalArgumentException} if it breaks the
     *     accumulator's rules, in which case this accumulator is left unchanged
     * @return this accumulator, for chaining
     */
    A add(T row);

    /**
     * Folds another accumulator of the same kind into this one; {@code other} is left unchanged.
     *
     * @param other the accumulator to merge; its rows count as coming after this one's
     * @return this accumulator, for chaining
     * @throws IllegalArgumentException if the two were configured differently (for example in
     *     different currencies), in which case this accumulator is left unchanged
     */
    A merge(A other);

    /**
     * Produces the result of the rows seen so far. Does not change the accumulator.
     *
     * @return the result
     */
    R result();
}

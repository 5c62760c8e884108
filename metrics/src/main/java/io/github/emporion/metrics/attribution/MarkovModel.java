package io.github.emporion.metrics.attribution;

import java.util.Map;

/**
 * Markov-chain removal-effect attribution of order k (1 to 4), computed exactly by solving the
 * absorbing chain rather than by simulation.
 *
 * <p><b>States.</b> {@code (start)}, channel states, {@code (conversion)} and {@code (null)}. At
 * order k a path t₁…t_L becomes its sliding windows (t₁…t_k), (t₂…t_{k+1}), …, (t_{L−k+1}…t_L); a
 * path with L ≤ k is one state made of the whole path. Consecutive identical states are collapsed
 * (by default; {@code collapseRepeats = false} keeps self-transitions), so {@code A > A > B} is A,
 * B at order 1.
 *
 * <p><b>Transitions.</b> A row with c conversions and n non-conversions (n = 0 when {@code
 * useNulls} is false) has weight w = c + n; if w &gt; 0, every consecutive pair of {@code (start),
 * s₁, …, s_m} gets +w, {@code s_m → (conversion)} gets +c and {@code s_m → (null)} +n.
 * Probabilities are the row-normalised counts.
 *
 * <p><b>Removal effect.</b> With Q the transient block and r the one-step conversion probabilities,
 * solve {@code (I − Q) x = r}; P(conv) = x(start). Removing channel x sends every transition into a
 * state that contains x to {@code (null)}: RE_x = 1 − P(conv | x removed) / P(conv), which equals
 * P(path visits x | conversion). Conversions: {@code credit_x = RE_x / Σ_y RE_y · Σc}. Value: each
 * conversion carries μ_s = Σv / Σc over the rows whose last state is s, r^value = r · μ, and
 * {@code value_x = RE^value_x / Σ_y RE^value_y · Σv}. Small chains (≤ 400 transient states) are
 * solved by dense LU with partial pivoting, larger ones by sparse symmetric Gauss–Seidel iteration
 * to machine precision.
 *
 * <p><b>Edge cases.</b> With nulls, P(conv) = Σc / Σ(c + n) exactly; without, P(conv) = 1. A
 * channel that is the last touch of every converting path has RE = 1. Without nulls a channel never
 * on a converting path gets 0; <em>with</em> nulls it can get credit, because the chain is
 * memoryless (from {@code C} in a failing {@code C > B} the chain may continue like a converting
 * {@code A > B}). Data without conversions have no removal effect: {@code result()} throws {@link
 * IllegalStateException}. Removal effects are clamped to [0, 1] against rounding.
 *
 * <p><b>Worked example</b> (order 1, with nulls): rows {@code A > B} (c 2, v 20, n 1), {@code B}
 * (1, 5, 2), {@code A} (0, 0, 3). p(start→A) = 2/3, p(start→B) = 1/3, p(A→B) = p(A→null) = 1/2,
 * p(B→conv) = p(B→null) = 1/2. P(conv) = 2/3·1/2·1/2 + 1/3·1/2 = 1/3. Without A: 1/6, so RE_A =
 * 1/2; without B: 0, RE_B = 1. Credit A = 0.5/1.5 · 3 = 1, B = 2; value (μ_B = 25/3) A = 25/3, B =
 * 50/3.
 *
 * <p><b>Value attribution</b> ({@link Value}): {@code CHAIN} is the formula above
 * (ChannelAttribution's); {@code SHARES} is DP6's default: a second chain whose transitions are
 * weighted by each row's value (non-conversions weigh 0, so its P(conv) = 1) gives value removal
 * effects RE^v_x and {@code value_x = RE^v_x / Σ_y RE^v_y · Σv}; {@code CONVERSION_SHARES} is DP6
 * with {@code conversion_value_as_frequency=False}: the conversion removal effects' shares times
 * Σv. Example ({@code tiny_example} above): SHARES weighs {@code A > B} 20 and {@code B} 5, so
 * without A the value chain converts 5/25: RE^v_A = 4/5, RE^v_B = 1, A = 0.8/1.8 · 25 = 11.11, B =
 * 13.89; CONVERSION_SHARES gives A = 1/3 · 25 = 8.33, B = 16.67.
 *
 * @param order the order k, 1 to 4
 * @param useNulls whether non-conversion counts enter the chain
 * @param collapseRepeats whether consecutive identical states are collapsed (the reference does)
 * @param value how the conversion value is attributed
 */
public record MarkovModel(int order, boolean useNulls, boolean collapseRepeats, Value value)
        implements AttributionModel {

    /** How the conversion value is attributed. */
    public enum Value {
        /**
         * ChannelAttribution's: each conversion carries the mean value of the rows ending in its last
         * state; value removal effects of that chain.
         */
        CHAIN,
        /** DP6's default: removal-effect shares of the value-weighted chain × total value. */
        SHARES,
        /** DP6 unweighted: the conversion removal-effect shares × total value. */
        CONVERSION_SHARES
    }

    /**
     * Creates a model with {@link Value#CHAIN} value attribution.
     *
     * @param order the order k, 1 to 4
     * @param useNulls whether non-conversion counts enter the chain
     * @param collapseRepeats whether consecutive identical states are collapsed
     */
    public MarkovModel(int order, boolean useNulls, boolean collapseRepeats) {
        this(order, useNulls, collapseRepeats, Value.CHAIN);
    }

    /** The largest supported order. */
    public static final int MAX_ORDER = 4;

    /** Validates. */
    public MarkovModel {
        if (order < 1 || order > MAX_ORDER) {
            throw new IllegalArgumentException("order must be between 1 and " + MAX_ORDER + ", was " + order);
        }
    }

    /**
     * Returns the model of the given order with non-conversion counts and collapsed repeats.
     *
     * @param order 1 to 4
     * @return the model
     */
    public static MarkovModel order(int order) {
        return new MarkovModel(order, true, true);
    }

    /**
     * Returns this model without non-conversion counts (every path converts; P(conv) = 1).
     *
     * @return the changed model
     */
    public MarkovModel withoutNulls() {
        return new MarkovModel(order, false, collapseRepeats, value);
    }

    /**
     * Returns this model with another value attribution.
     *
     * @param newValue how the value is attributed
     * @return the changed model
     */
    public MarkovModel withValue(Value newValue) {
        return new MarkovModel(order, useNulls, collapseRepeats, newValue);
    }

    @Override
    public String name() {
        return "markov";
    }

    @Override
    public Map<String, String> parameters() {
        return value == Value.CHAIN
                ? Params.of("order", order, "use_nulls", useNulls, "collapse_repeats", collapseRepeats)
                : Params.of(
                        "order",
                        order,
                        "use_nulls",
                        useNulls,
                        "collapse_repeats",
                        collapseRepeats,
                        "value",
                        value.name().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public TransitionCounts newAccumulator() {
        return new TransitionCounts(this);
    }

    /**
     * Fits the chain and returns removal effects, P(conv) and the transition matrix as well as the
     * attribution.
     *
     * @param paths the rows
     * @return the full result
     */
    public MarkovResult fit(Iterable<ChannelPath> paths) {
        TransitionCounts acc = newAccumulator();
        paths.forEach(acc::add);
        return acc.markovResult();
    }
}

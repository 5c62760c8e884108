package io.github.emporion.metrics.attribution;

import java.util.Map;

/**
 * Shapley-value attribution: channels are players of a cooperative game whose worth is built from
 * the conversions of journeys grouped by their <em>set</em> of distinct channels (their coalition).
 * Four games are offered (see {@link Game}); the Shapley value itself is {@link ShapleyValue}.
 *
 * <ul>
 *   <li>{@link Game#SIMPLIFIED} (default, Zhao, Mahboobi &amp; Bagheri 2018): φ_i = Σ_{T ∋ i} R(T)
 *       / |T| with R(T) the conversions (or value) of coalition T: each observed coalition's
 *       conversions split equally among its members. O(coalitions × size).
 *   <li>{@link Game#SUBCOALITION_CONVERSIONS}: the classic formula over all channels with v(S) =
 *       Σ_{T ⊆ S} R(T). Exact by enumeration up to 20 channels, seeded permutation sampling beyond.
 *       Mathematically equal to {@code SIMPLIFIED}; offered to check it and as the textbook form.
 *   <li>{@link Game#EXACT_SET_CONVERSION_RATE} (DP6's default): one game per converting coalition N
 *       over its members, v(S) = conversions / journeys of the coalition that is exactly S (0 if
 *       unseen). Channel i gets φ_i / v(N) × (conversions, or value, of N). Shares are unbounded:
 *       negative credit is possible.
 *   <li>{@link Game#EXACT_SET_COUNTS}: as above with v(S) = conversions (value column: value) of the
 *       exact set S, and the raw φ_i is credited.
 * </ul>
 *
 * <p>For the two exact-set games a coalition key keeps only the last {@code maxCoalitionSize}
 * channels: of the alphabetically sorted distinct channels, or, when {@code ordered}, of the
 * distinct channels in first-appearance order (then a sub-coalition is the ordered subsequence, so
 * {@code A > B} and {@code B > A} are different coalitions). Channels dropped by the truncation get
 * nothing from that journey. The other games ignore both parameters.
 *
 * <p>Edge cases: journeys (c + n) count in the conversion rate, so non-conversion counts matter
 * only for {@code EXACT_SET_CONVERSION_RATE}; coalitions without conversions get no game.
 *
 * <p>Worked example ({@code tiny_example}: {@code A > B} 2 of 3 convert, value 20; {@code B} 1 of
 * 3, value 5; {@code A} 0 of 3): exact-set rates v(A) = 0, v(B) = 1/3, v(AB) = 2/3; in game {A,B}
 * φ_A = ½·0 + ½·(2/3 − 1/3) = 1/6, φ_B = 1/2, so its 2 conversions split 1/4 : 3/4 and the result
 * is A 0.5, B 2.5 (value A 5, B 20). The simplified game gives A 1, B 2.
 *
 * @param game the characteristic function
 * @param maxCoalitionSize the number of channels kept per coalition key (exact-set games), at least
 *     1; {@link #NO_LIMIT} keeps every channel
 * @param ordered whether exact-set coalitions are ordered by first appearance
 * @param permutations the permutations sampled when a game has more than 20 players
 * @param seed the sampling seed
 */
public record ShapleyModel(Game game, int maxCoalitionSize, boolean ordered, int permutations, long seed)
        implements AttributionModel {

    /** The characteristic functions. */
    public enum Game {
        /** Closed form of the sub-coalition game: equal split per observed coalition. */
        SIMPLIFIED,
        /** Classic formula, v(S) = Σ of the conversions of every observed coalition inside S. */
        SUBCOALITION_CONVERSIONS,
        /** Per-coalition game with the conversion rate of exact channel sets (DP6). */
        EXACT_SET_CONVERSION_RATE,
        /** Per-coalition game with the conversions / value of exact channel sets, raw φ (DP6). */
        EXACT_SET_COUNTS
    }

    /** {@code maxCoalitionSize} that keeps every channel of a coalition. */
    public static final int NO_LIMIT = Integer.MAX_VALUE;

    /** Validates. */
    public ShapleyModel {
        if (maxCoalitionSize < 1) {
            throw new IllegalArgumentException("maxCoalitionSize must be at least 1, was " + maxCoalitionSize);
        }
        if (permutations < 1) {
            throw new IllegalArgumentException("permutations must be positive, was " + permutations);
        }
    }

    /**
     * Returns the simplified (closed-form) Shapley model.
     *
     * @return the model
     */
    public static ShapleyModel simplified() {
        return new ShapleyModel(Game.SIMPLIFIED, NO_LIMIT, false, 10_000, 0L);
    }

    /**
     * Returns a model of the given game.
     *
     * @param game the characteristic function
     * @param maxCoalitionSize channels kept per coalition key (exact-set games)
     * @param ordered whether exact-set coalitions are ordered
     * @return the model, with 10,000 permutations and seed 0 for sampling
     */
    public static ShapleyModel of(Game game, int maxCoalitionSize, boolean ordered) {
        return new ShapleyModel(game, maxCoalitionSize, ordered, 10_000, 0L);
    }

    @Override
    public String name() {
        return "shapley";
    }

    @Override
    public Map<String, String> parameters() {
        return switch (game) {
            case SIMPLIFIED -> Params.of("game", "simplified");
            case SUBCOALITION_CONVERSIONS ->
                Params.of("game", "subcoalition_conversions", "permutations", permutations, "seed", seed);
            default ->
                Params.of(
                        "game",
                        game.name().toLowerCase(java.util.Locale.ROOT),
                        "max_coalition_size",
                        maxCoalitionSize == NO_LIMIT ? "none" : maxCoalitionSize,
                        "ordered",
                        ordered,
                        "permutations",
                        permutations,
                        "seed",
                        seed);
        };
    }

    /**
     * Returns the coalition key of a path for the exact-set games: its distinct channels, sorted
     * alphabetically or (when {@code ordered}) in first-touch order, of which the last {@code
     * maxCoalitionSize} are kept. Example ({@code maxCoalitionSize} 2, alphabetical): {@code c > a >
     * b > a} → [b, c].
     *
     * @param channels the path's touches (repeats allowed)
     * @return the key
     */
    public java.util.List<String> coalitionKey(java.util.List<String> channels) {
        java.util.List<String> key = new java.util.ArrayList<>(new java.util.LinkedHashSet<>(channels));
        if (!ordered) {
            java.util.Collections.sort(key);
        }
        return key.size() > maxCoalitionSize
                ? java.util.List.copyOf(key.subList(key.size() - maxCoalitionSize, key.size()))
                : java.util.List.copyOf(key);
    }

    @Override
    public CoalitionCounts newAccumulator() {
        return new CoalitionCounts(this);
    }

    /**
     * Per-journey credit of the {@link Game#SIMPLIFIED} game: the row's conversions and value split
     * equally among its distinct channels, each channel's part split equally among its touches.
     * Example: {@code A > B > A} with 2 conversions gives B 1 and each A touch 0.5. Summed over all
     * rows this equals the channel totals. The other games' credit depends on every coalition, so
     * they have no per-journey split.
     *
     * @param path the row
     * @return one credit per touch
     * @throws IllegalStateException if the game is not {@code SIMPLIFIED}
     */
    public java.util.List<TouchCredit> touchCredits(ChannelPath path) {
        if (game != Game.SIMPLIFIED) {
            throw new IllegalStateException("per-journey credit exists only for the SIMPLIFIED game, not " + game);
        }
        java.util.Map<String, Long> touches = path.channels().stream()
                .collect(java.util.stream.Collectors.groupingBy(c -> c, java.util.stream.Collectors.counting()));
        int distinct = touches.size();
        java.util.List<TouchCredit> out = new java.util.ArrayList<>();
        for (int i = 0; i < path.length(); i++) {
            String ch = path.channels().get(i);
            double share = 1.0 / distinct / touches.get(ch);
            out.add(new TouchCredit(i, ch, share * path.conversions(), share * path.effectiveValue()));
        }
        return out;
    }
}

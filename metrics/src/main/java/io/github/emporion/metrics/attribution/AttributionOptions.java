package io.github.emporion.metrics.attribution;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Every choice of a multi-model attribution run, as one immutable value that a command line and a
 * JSON request map 1:1: each component has an <em>option name</em> (the CLI flag without {@code
 * --}, the JSON field) and a text form, and {@link Builder#set(String, String)} accepts exactly
 * those.
 *
 * <table>
 *   <caption>Options (text form, default)</caption>
 *   <tr><th>option name</th><th>values</th><th>default</th></tr>
 *   <tr><td>{@code models}</td><td>comma list of {@code first, last, last_non_direct, linear,
 *       position, time_decay, markov, shapley} and {@code position_decay}</td><td>the first
 *       eight</td></tr>
 *   <tr><td>{@code time-decay}</td><td>{@code exponential} (GA4: 2^(−Δt/H)) | {@code stepped}
 *       (DP6: 0.5^⌊Δt/H⌋)</td><td>{@code exponential}</td></tr>
 *   <tr><td>{@code half-life}</td><td>{@code 7d}, {@code 168h}, {@code 90m}, {@code 3600s} or ISO-8601
 *       ({@code P7D}, {@code PT168H})</td><td>{@code 7d}</td></tr>
 *   <tr><td>{@code direct-channels}</td><td>comma list of names excluded by last non-direct</td>
 *       <td>{@code direct,(direct)}</td></tr>
 *   <tr><td>{@code direct-ignore-case}</td><td>{@code true} | {@code false}</td><td>{@code
 *       true}</td></tr>
 *   <tr><td>{@code position-weights}</td><td>first,middle,last summing to 1</td><td>{@code
 *       0.4,0.2,0.4}</td></tr>
 *   <tr><td>{@code markov-order}</td><td>1 to 4</td><td>1</td></tr>
 *   <tr><td>{@code markov-nulls}</td><td>{@code true} (non-converting journeys enter the chain) |
 *       {@code false}</td><td>{@code true}</td></tr>
 *   <tr><td>{@code markov-value}</td><td>{@code chain} | {@code shares} | {@code conversion-shares}
 *       ({@link MarkovModel.Value})</td><td>{@code chain}</td></tr>
 *   <tr><td>{@code shapley}</td><td>{@code exact-set} | {@code exact-set-raw} | {@code
 *       coalition-sum} ({@link ShapleyGame})</td><td>{@code coalition-sum}</td></tr>
 *   <tr><td>{@code shapley-order}</td><td>{@code alphabetical} | {@code first-touch}</td><td>{@code
 *       alphabetical}</td></tr>
 *   <tr><td>{@code shapley-max-channels}</td><td>a positive integer, or {@code none}</td><td>{@code
 *       none}: no channel is ever dropped</td></tr>
 * </table>
 *
 * <p>Example: {@code AttributionOptions.builder().set("time-decay", "stepped").set("models",
 * "linear,time_decay").build()}; then {@link Attribution#runJourneys(AttributionOptions, Iterable)}.
 * The DP6 and GA4 option combinations are listed in the package documentation.
 *
 * @param models the models to run, in output order, no duplicates (names as {@link #MODEL_NAMES})
 * @param timeDecay the time-decay variant
 * @param halfLife the time-decay half-life H, positive
 * @param directChannels the channels skipped by {@code last_non_direct}, not empty; iterated in
 *     sorted order
 * @param directIgnoreCase whether direct channels are matched ignoring case
 * @param positionWeights the position-based shares of the first touch, all middle touches and the
 *     last touch (3 values summing to 1)
 * @param markovOrder the Markov order, 1 to 4
 * @param markovNulls whether non-converting journeys enter the Markov chain
 * @param markovValue how Markov attributes value
 * @param shapley the Shapley game
 * @param shapleyOrder how exact-set coalitions order their channels
 * @param shapleyMaxChannels the number of channels kept per exact-set coalition; empty = no limit
 */
public record AttributionOptions(
        List<String> models,
        TimeDecay timeDecay,
        Duration halfLife,
        Set<String> directChannels,
        boolean directIgnoreCase,
        List<Double> positionWeights,
        int markovOrder,
        boolean markovNulls,
        MarkovModel.Value markovValue,
        ShapleyGame shapley,
        ShapleyOrder shapleyOrder,
        OptionalInt shapleyMaxChannels) {

    /**
     * The model names, in their canonical order: the eight default models and {@code
     * position_decay} (DP6's work-in-progress model, run only when asked for).
     */
    public static final List<String> MODEL_NAMES = List.of(
            "first",
            "last",
            "last_non_direct",
            "linear",
            "position",
            "time_decay",
            "markov",
            "shapley",
            "position_decay");

    /** The models run by default. */
    public static final List<String> DEFAULT_MODELS = MODEL_NAMES.subList(0, 8);

    /** The option names accepted by {@link Builder#set(String, String)}. */
    public static final List<String> OPTION_NAMES = List.of(
            "models",
            "time-decay",
            "half-life",
            "direct-channels",
            "direct-ignore-case",
            "position-weights",
            "markov-order",
            "markov-nulls",
            "markov-value",
            "shapley",
            "shapley-order",
            "shapley-max-channels");

    /** Time-decay variants. */
    public enum TimeDecay {
        /** 2^(−Δt / H), Google Analytics' former model. */
        EXPONENTIAL,
        /** 0.5^⌊Δt / H⌋, DP6's stepped model. */
        STEPPED
    }

    /** The Shapley games of a journeys run. */
    public enum ShapleyGame {
        /** DP6's game: worth = conversion rate of the exact channel set, shares rescaled. */
        EXACT_SET,
        /** DP6's raw-worth variant: worth = conversions (value) of the exact set, raw φ credited. */
        EXACT_SET_RAW,
        /** The simplified Shapley value: each coalition's conversions split equally. */
        COALITION_SUM
    }

    /** How an exact-set coalition orders its channels. */
    public enum ShapleyOrder {
        /** Sorted by name (DP6 {@code order=False}). */
        ALPHABETICAL,
        /** By first touch; sub-coalitions are ordered subsequences (DP6 {@code order=True}). */
        FIRST_TOUCH
    }

    /** Validates and copies. */
    public AttributionOptions {
        models = List.copyOf(models);
        if (models.isEmpty()) {
            throw new IllegalArgumentException("models must name at least one of " + MODEL_NAMES);
        }
        for (String m : models) {
            if (!MODEL_NAMES.contains(m)) {
                throw new IllegalArgumentException("models: unknown model '" + m + "', expected one of " + MODEL_NAMES);
            }
        }
        if (new LinkedHashSet<>(models).size() != models.size()) {
            throw new IllegalArgumentException("models must not repeat a model, were " + models);
        }
        if (halfLife.isNegative() || halfLife.isZero()) {
            throw new IllegalArgumentException("half-life must be positive, was " + halfLife);
        }
        // sorted, so that the text and JSON forms list them in one order on every run
        directChannels = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(directChannels));
        if (directChannels.isEmpty()) {
            throw new IllegalArgumentException("direct-channels must name at least one channel");
        }
        positionWeights = List.copyOf(positionWeights);
        if (positionWeights.size() != 3) {
            throw new IllegalArgumentException(
                    "position-weights must be 3 numbers (first, middle, last), were " + positionWeights);
        }
        // validates the shares (each in [0, 1], summing to 1)
        new RuleBasedModel.PositionBased(positionWeights.get(0), positionWeights.get(1), positionWeights.get(2));
        if (markovOrder < 1 || markovOrder > MarkovModel.MAX_ORDER) {
            throw new IllegalArgumentException(
                    "markov-order must be between 1 and " + MarkovModel.MAX_ORDER + ", was " + markovOrder);
        }
        if (shapleyMaxChannels.isPresent() && shapleyMaxChannels.getAsInt() < 1) {
            throw new IllegalArgumentException(
                    "shapley-max-channels must be at least 1, was " + shapleyMaxChannels.getAsInt());
        }
    }

    /**
     * Returns the defaults (see the table above).
     *
     * @return the default options
     */
    public static AttributionOptions defaults() {
        return builder().build();
    }

    /**
     * Returns a builder with the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding these options.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.models = models;
        b.timeDecay = timeDecay;
        b.halfLife = halfLife;
        b.directChannels = directChannels;
        b.directIgnoreCase = directIgnoreCase;
        b.positionWeights = positionWeights;
        b.markovOrder = markovOrder;
        b.markovNulls = markovNulls;
        b.markovValue = markovValue;
        b.shapley = shapley;
        b.shapleyOrder = shapleyOrder;
        b.shapleyMaxChannels = shapleyMaxChannels;
        return b;
    }

    /**
     * Returns the options as text, keyed by option name, so that {@code builder().set(each entry)}
     * gives these options back.
     *
     * @return option name → text
     */
    public Map<String, String> toText() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("models", String.join(",", models));
        m.put("time-decay", text(timeDecay));
        m.put("half-life", halfLife.toString());
        m.put("direct-channels", String.join(",", new java.util.TreeSet<>(directChannels)));
        m.put("direct-ignore-case", String.valueOf(directIgnoreCase));
        m.put("position-weights", positionWeights.get(0) + "," + positionWeights.get(1) + "," + positionWeights.get(2));
        m.put("markov-order", String.valueOf(markovOrder));
        m.put("markov-nulls", String.valueOf(markovNulls));
        m.put("markov-value", text(markovValue));
        m.put("shapley", text(shapley));
        m.put("shapley-order", text(shapleyOrder));
        m.put(
                "shapley-max-channels",
                shapleyMaxChannels.isPresent() ? String.valueOf(shapleyMaxChannels.getAsInt()) : "none");
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * Returns the configured model of a rule-based name ({@code first, last, last_non_direct,
     * linear, position}), {@code markov} or {@code shapley}.
     *
     * @param name the model name
     * @return the model
     * @throws IllegalArgumentException for {@code time_decay} (see {@link #timeDecayModel()}) or an
     *     unknown name
     */
    public AttributionModel pathModel(String name) {
        return switch (name) {
            case "first" -> RuleBasedModel.firstTouch();
            case "last" -> RuleBasedModel.lastTouch();
            case "linear" -> RuleBasedModel.linear();
            case "position_decay" -> RuleBasedModel.positionDecay();
            case "position" ->
                new RuleBasedModel.PositionBased(
                        positionWeights.get(0), positionWeights.get(1), positionWeights.get(2));
            case "last_non_direct" -> new RuleBasedModel.LastNonDirect(directChannels, directIgnoreCase);
            case "markov" -> new MarkovModel(markovOrder, markovNulls, true, markovValue);
            case "shapley" -> shapleyModel();
            default ->
                throw new IllegalArgumentException("'" + name + "' is not a path model; expected one of " + MODEL_NAMES
                        + " other than time_decay");
        };
    }

    /**
     * Returns the configured time-decay model.
     *
     * @return the model
     */
    public TimeDecayModel timeDecayModel() {
        return new TimeDecayModel(halfLife, timeDecay == TimeDecay.STEPPED);
    }

    /**
     * Returns the configured Shapley model.
     *
     * @return the model (10,000 seeded permutations beyond 20 players in one game)
     */
    public ShapleyModel shapleyModel() {
        ShapleyModel.Game game = switch (shapley) {
            case EXACT_SET -> ShapleyModel.Game.EXACT_SET_CONVERSION_RATE;
            case EXACT_SET_RAW -> ShapleyModel.Game.EXACT_SET_COUNTS;
            case COALITION_SUM -> ShapleyModel.Game.SIMPLIFIED;
        };
        return ShapleyModel.of(
                game, shapleyMaxChannels.orElse(ShapleyModel.NO_LIMIT), shapleyOrder == ShapleyOrder.FIRST_TOUCH);
    }

    /**
     * The text form of an enum option value: lower case, {@code _} written {@code -} ({@code
     * FIRST_TOUCH} → {@code first-touch}).
     *
     * @param value the value
     * @return its text
     */
    public static String text(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Parses a duration: {@code 7d}, {@code 168h}, {@code 90m}, {@code 3600s} (a non-negative
     * integer and a unit) or ISO-8601 ({@code P7D}, {@code PT168H}).
     *
     * @param text the text
     * @return the duration
     * @throws IllegalArgumentException if the text is neither form
     */
    public static Duration parseDuration(String text) {
        String t = text.trim();
        if (t.matches("\\d{1,12}[dhms]")) {
            long n = Long.parseLong(t.substring(0, t.length() - 1));
            return switch (t.charAt(t.length() - 1)) {
                case 'd' -> Duration.ofDays(n);
                case 'h' -> Duration.ofHours(n);
                case 'm' -> Duration.ofMinutes(n);
                default -> Duration.ofSeconds(n);
            };
        }
        try {
            return Duration.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a duration such as 7d, 168h, 90m, 3600s or PT168H", e);
        }
    }

    /** Builds {@link AttributionOptions}; starts at the defaults. */
    public static final class Builder {
        private List<String> models = DEFAULT_MODELS;
        private TimeDecay timeDecay = TimeDecay.EXPONENTIAL;
        private Duration halfLife = Duration.ofDays(7);
        private Set<String> directChannels = Set.of("direct", "(direct)");
        private boolean directIgnoreCase = true;
        private List<Double> positionWeights = List.of(0.4, 0.2, 0.4);
        private int markovOrder = 1;
        private boolean markovNulls = true;
        private MarkovModel.Value markovValue = MarkovModel.Value.CHAIN;
        private ShapleyGame shapley = ShapleyGame.COALITION_SUM;
        private ShapleyOrder shapleyOrder = ShapleyOrder.ALPHABETICAL;
        private OptionalInt shapleyMaxChannels = OptionalInt.empty();

        private Builder() {}

        /**
         * Sets one option from its text form, as a CLI flag or JSON field gives it.
         *
         * @param option the option name (see {@link #OPTION_NAMES})
         * @param value the text
         * @return this builder
         * @throws IllegalArgumentException if the name is unknown or the text invalid (the message
         *     names the option)
         */
        public Builder set(String option, String value) {
            try {
                switch (option) {
                    case "models" -> models(list(value));
                    case "time-decay" -> timeDecay(parse(TimeDecay.class, value));
                    case "half-life" -> halfLife(parseDuration(value));
                    case "direct-channels" -> directChannels(new LinkedHashSet<>(list(value)));
                    case "direct-ignore-case" -> directIgnoreCase(bool(value));
                    case "position-weights" -> {
                        List<String> w = list(value);
                        List<Double> d = new ArrayList<>();
                        for (String x : w) {
                            d.add(Double.parseDouble(x));
                        }
                        positionWeights = d;
                    }
                    case "markov-order" -> markovOrder(Integer.parseInt(value.trim()));
                    case "markov-nulls" -> markovNulls(bool(value));
                    case "markov-value" -> markovValue(parse(MarkovModel.Value.class, value));
                    case "shapley" -> shapley(parse(ShapleyGame.class, value));
                    case "shapley-order" -> shapleyOrder(parse(ShapleyOrder.class, value));
                    case "shapley-max-channels" ->
                        shapleyMaxChannels = value.trim().equalsIgnoreCase("none")
                                ? OptionalInt.empty()
                                : OptionalInt.of(Integer.parseInt(value.trim()));
                    default ->
                        throw new IllegalArgumentException(
                                "unknown option '" + option + "', expected one of " + OPTION_NAMES);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + ": '" + value + "' is not a valid number", e);
            } catch (IllegalArgumentException e) {
                if (!OPTION_NAMES.contains(option)) {
                    throw e;
                }
                throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
            }
            return this;
        }

        /**
         * Sets the models.
         *
         * @param names model names, see {@link #MODEL_NAMES}
         * @return this builder
         */
        public Builder models(List<String> names) {
            this.models = List.copyOf(names);
            return this;
        }

        /**
         * Sets the time-decay variant.
         *
         * @param variant the variant
         * @return this builder
         */
        public Builder timeDecay(TimeDecay variant) {
            this.timeDecay = variant;
            return this;
        }

        /**
         * Sets the half-life.
         *
         * @param duration positive
         * @return this builder
         */
        public Builder halfLife(Duration duration) {
            this.halfLife = duration;
            return this;
        }

        /**
         * Sets the direct channels of {@code last_non_direct}.
         *
         * @param names the channel names
         * @return this builder
         */
        public Builder directChannels(Set<String> names) {
            this.directChannels = Set.copyOf(names);
            return this;
        }

        /**
         * Sets whether direct channels match ignoring case.
         *
         * @param ignoreCase true to ignore case
         * @return this builder
         */
        public Builder directIgnoreCase(boolean ignoreCase) {
            this.directIgnoreCase = ignoreCase;
            return this;
        }

        /**
         * Sets the position-based shares.
         *
         * @param first the first touch's share
         * @param middle the middle touches' share together
         * @param last the last touch's share
         * @return this builder
         */
        public Builder positionWeights(double first, double middle, double last) {
            this.positionWeights = List.of(first, middle, last);
            return this;
        }

        /**
         * Sets the Markov order.
         *
         * @param order 1 to 4
         * @return this builder
         */
        public Builder markovOrder(int order) {
            this.markovOrder = order;
            return this;
        }

        /**
         * Sets whether non-converting journeys enter the Markov chain.
         *
         * @param nulls true to include them
         * @return this builder
         */
        public Builder markovNulls(boolean nulls) {
            this.markovNulls = nulls;
            return this;
        }

        /**
         * Sets the Markov value attribution.
         *
         * @param value the variant
         * @return this builder
         */
        public Builder markovValue(MarkovModel.Value value) {
            this.markovValue = value;
            return this;
        }

        /**
         * Sets the Shapley game.
         *
         * @param game the game
         * @return this builder
         */
        public Builder shapley(ShapleyGame game) {
            this.shapley = game;
            return this;
        }

        /**
         * Sets the exact-set coalition order.
         *
         * @param order the order
         * @return this builder
         */
        public Builder shapleyOrder(ShapleyOrder order) {
            this.shapleyOrder = order;
            return this;
        }

        /**
         * Limits exact-set coalitions to their last {@code n} channels (DP6's {@code size}).
         *
         * @param n at least 1
         * @return this builder
         */
        public Builder shapleyMaxChannels(int n) {
            this.shapleyMaxChannels = OptionalInt.of(n);
            return this;
        }

        /**
         * Removes the coalition-size limit (the default).
         *
         * @return this builder
         */
        public Builder noShapleyMaxChannels() {
            this.shapleyMaxChannels = OptionalInt.empty();
            return this;
        }

        /**
         * Builds and validates the options.
         *
         * @return the options
         * @throws IllegalArgumentException if an option is invalid (the message names it)
         */
        public AttributionOptions build() {
            return new AttributionOptions(
                    models,
                    timeDecay,
                    halfLife,
                    directChannels,
                    directIgnoreCase,
                    positionWeights,
                    markovOrder,
                    markovNulls,
                    markovValue,
                    shapley,
                    shapleyOrder,
                    shapleyMaxChannels);
        }

        private static List<String> list(String value) {
            return Arrays.stream(value.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .toList();
        }

        private static boolean bool(String value) {
            return switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1" -> true;
                case "false", "no", "0" -> false;
                default -> throw new IllegalArgumentException("'" + value + "' is not true or false");
            };
        }

        private static <E extends Enum<E>> E parse(Class<E> type, String value) {
            for (E e : type.getEnumConstants()) {
                if (text(e).equals(value.trim().toLowerCase(Locale.ROOT).replace('_', '-'))) {
                    return e;
                }
            }
            List<String> allowed = new ArrayList<>();
            for (E e : type.getEnumConstants()) {
                allowed.add(text(e));
            }
            throw new IllegalArgumentException("'" + value + "' is not one of " + allowed);
        }
    }
}

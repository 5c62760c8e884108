package io.github.emporion.metrics.attribution;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of {@link Attribution#runJourneys(AttributionOptions, Iterable)} (or of {@link
 * Attribution#run(AttributionOptions, Iterable)} on path counts): one {@link AttributionResult} per
 * requested model, keyed by the model's option name ({@code first, last, last_non_direct, linear,
 * position, time_decay, markov, shapley}) in the requested order, plus the fitted Markov and
 * Shapley models so that per-journey credit can be computed in a second pass over the journeys.
 *
 * <p>Each result's {@link AttributionResult#model()} is its key, and its parameters say how it was
 * computed.
 */
public final class AttributionRun {

    private final AttributionOptions options;
    private final Map<String, AttributionResult> results;
    private final Optional<MarkovResult> markov;
    private final Optional<ShapleyResult> shapley;
    private final Map<String, RuleBasedModel> rules = new LinkedHashMap<>();
    private final TimeDecayModel timeDecay;

    AttributionRun(
            AttributionOptions options,
            Map<String, AttributionResult> results,
            Optional<MarkovResult> markov,
            Optional<ShapleyResult> shapley) {
        this.options = options;
        this.results = Collections.unmodifiableMap(new LinkedHashMap<>(results));
        this.markov = markov;
        this.shapley = shapley;
        for (String m : results.keySet()) {
            if (!m.equals("time_decay") && !m.equals("markov") && !m.equals("shapley")) {
                rules.put(m, (RuleBasedModel) options.pathModel(m));
            }
        }
        this.timeDecay = options.timeDecayModel();
    }

    /**
     * Returns the options of the run.
     *
     * @return the options
     */
    public AttributionOptions options() {
        return options;
    }

    /**
     * Returns the results keyed by model name, in the requested order.
     *
     * @return an unmodifiable map
     */
    public Map<String, AttributionResult> results() {
        return results;
    }

    /**
     * Returns one model's result.
     *
     * @param model the model name
     * @return the result
     * @throws IllegalArgumentException if the model was not run
     */
    public AttributionResult result(String model) {
        AttributionResult r = results.get(model);
        if (r == null) {
            throw new IllegalArgumentException("model '" + model + "' was not run; ran " + results.keySet());
        }
        return r;
    }

    /**
     * Returns the fitted Markov chain (removal effects, P(conv), transition matrix), if {@code
     * markov} was run.
     *
     * @return the Markov result
     */
    public Optional<MarkovResult> markov() {
        return markov;
    }

    /**
     * Returns the fitted Shapley model, if {@code shapley} was run.
     *
     * @return the Shapley result
     */
    public Optional<ShapleyResult> shapley() {
        return shapley;
    }

    /**
     * Returns the per-touch credit of one journey for one model: how its conversion (1 or 0) and
     * value are split over its touches. Non-converting journeys get zero credit.
     *
     * @param model the model name
     * @param journey the journey (its channels must have been seen by the run for Markov)
     * @return one credit per touch, in touch order
     * @throws IllegalArgumentException if the model was not run
     */
    public List<TouchCredit> touchCredits(String model, TimedJourney journey) {
        result(model);
        if (model.equals("time_decay")) {
            return timeDecay.touchCredits(journey);
        }
        return touchCredits(model, journey.toPath());
    }

    /**
     * Returns the per-touch credit of one path row for one model (not {@code time_decay}, which needs
     * touch times).
     *
     * @param model the model name
     * @param path the row
     * @return one credit per touch, in touch order
     * @throws IllegalArgumentException if the model was not run or is {@code time_decay}
     */
    public List<TouchCredit> touchCredits(String model, ChannelPath path) {
        result(model);
        return switch (model) {
            case "markov" -> markov.orElseThrow().touchCredits(path);
            case "shapley" -> shapley.orElseThrow().touchCredits(path);
            case "time_decay" -> throw new IllegalArgumentException("time_decay needs a TimedJourney, not a path row");
            default -> rules.get(model).touchCredits(path);
        };
    }

    /**
     * Returns the per-touch credit of one journey for every model of the run.
     *
     * @param journey the journey
     * @return model name → credits, in the run's order
     */
    public Map<String, List<TouchCredit>> touchCredits(TimedJourney journey) {
        Map<String, List<TouchCredit>> out = new LinkedHashMap<>();
        for (String m : results.keySet()) {
            out.put(m, List.copyOf(touchCredits(m, journey)));
        }
        return Collections.unmodifiableMap(out);
    }
}

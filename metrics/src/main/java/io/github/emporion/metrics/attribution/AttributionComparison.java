package io.github.emporion.metrics.attribution;

import io.github.emporion.money.CurrencyMismatchException;
import io.github.emporion.money.Monies;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * All models side by side per channel: credited conversions and value, their shares of the totals
 * and, when spend per channel is given, channel ROAS and CPA under each model.
 *
 * <ul>
 *   <li>conversion share = credited conversions / total conversions (undefined when the total is
 *       0); value share likewise;
 *   <li>ROAS = credited value / spend (a plain number; the conversion values are taken to be in the
 *       spend's currency); undefined when the spend is zero;
 *   <li>CPA = spend / credited conversions, in the spend's currency, to 16 significant digits
 *       (half-even; the credit is a double, so more digits would be noise), not rounded to the
 *       currency's minor units; undefined when the credit is ≤ 0 (Shapley can credit negative
 *       conversions).
 * </ul>
 *
 * <p>Undefined values are empty {@link Optional}s, never 0 or NaN. Example: a channel with spend
 * EUR 100 credited 4 conversions worth 250 has ROAS 2.5 and CPA EUR 25.
 *
 * @param models the model labels, such as {@code markov(order=2, use_nulls=true,
 *     collapse_repeats=true)}, in column order
 * @param rows one row per channel, in first-appearance order over all results
 */
public record AttributionComparison(List<String> models, List<Row> rows) {

    /** Copies. */
    public AttributionComparison {
        models = List.copyOf(models);
        rows = List.copyOf(rows);
    }

    /**
     * One channel across the models.
     *
     * @param channel the channel
     * @param spend the channel's spend, if given
     * @param cells one cell per model, in {@link #models()} order
     */
    public record Row(String channel, Optional<MonetaryAmount> spend, List<Cell> cells) {
        /** Copies. */
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One channel under one model.
     *
     * @param conversions credited conversions
     * @param value credited value
     * @param conversionShare conversions / total conversions
     * @param valueShare value / total value
     * @param roas value / spend
     * @param cpa spend / conversions
     */
    public record Cell(
            double conversions,
            double value,
            Optional<Double> conversionShare,
            Optional<Double> valueShare,
            Optional<Double> roas,
            Optional<MonetaryAmount> cpa) {}

    /**
     * Returns the label of a result: its model name and parameters.
     *
     * @param result the result
     * @return e.g. {@code linear} or {@code markov(order=2, use_nulls=true, collapse_repeats=true)}
     */
    public static String label(AttributionResult result) {
        if (result.parameters().isEmpty()) {
            return result.model();
        }
        return result.model()
                + result.parameters().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(", ", "(", ")"));
    }

    /**
     * Compares results without spend.
     *
     * @param results the results, at least one, with distinct labels
     * @return the comparison
     */
    public static AttributionComparison of(List<AttributionResult> results) {
        return of(results, Map.of());
    }

    /**
     * Compares results with spend per channel (channels without spend get no ROAS / CPA).
     *
     * @param results the results, at least one, with distinct labels
     * @param spend spend per channel, all in one currency, non-negative
     * @return the comparison
     * @throws CurrencyMismatchException if the spends are in different currencies
     */
    public static AttributionComparison of(List<AttributionResult> results, Map<String, MonetaryAmount> spend) {
        if (results.isEmpty()) {
            throw new IllegalArgumentException("results must not be empty");
        }
        List<String> labels = results.stream().map(AttributionComparison::label).toList();
        if (new LinkedHashSet<>(labels).size() != labels.size()) {
            throw new IllegalArgumentException("results must have distinct model labels, were " + labels);
        }
        CurrencyUnit currency = null;
        for (Map.Entry<String, MonetaryAmount> e : spend.entrySet()) {
            if (e.getValue().isNegative()) {
                throw new IllegalArgumentException("spend of '" + e.getKey() + "' must be >= 0, was " + e.getValue());
            }
            if (currency == null) {
                currency = e.getValue().getCurrency();
            } else if (!currency.equals(e.getValue().getCurrency())) {
                throw new CurrencyMismatchException(currency, e.getValue().getCurrency());
            }
        }
        LinkedHashSet<String> channels = new LinkedHashSet<>();
        List<Map<String, ChannelCredit>> byChannel = new ArrayList<>();
        for (AttributionResult r : results) {
            r.channels().forEach(c -> channels.add(c.channel()));
            byChannel.add(r.byChannel());
        }
        List<Row> rows = new ArrayList<>();
        for (String ch : channels) {
            Optional<MonetaryAmount> s = Optional.ofNullable(spend.get(ch));
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                AttributionResult r = results.get(i);
                ChannelCredit c = byChannel.get(i).getOrDefault(ch, new ChannelCredit(ch, 0, 0));
                cells.add(new Cell(
                        c.conversions(),
                        c.value(),
                        ratio(c.conversions(), r.totalConversions()),
                        ratio(c.value(), r.totalValue()),
                        s.flatMap(m -> m.isZero()
                                ? Optional.empty()
                                : Optional.of(c.value() / m.getNumber().doubleValueExact())),
                        s.flatMap(m -> c.conversions() > 0 ? Optional.of(cpa(m, c.conversions())) : Optional.empty())));
            }
            rows.add(new Row(ch, s, cells));
        }
        return new AttributionComparison(labels, rows);
    }

    /**
     * spend / conversions to 16 significant digits (half-even): the credited conversions are a
     * double, so further digits would be noise, and Moneta's own division would give hundreds.
     */
    private static MonetaryAmount cpa(MonetaryAmount spend, double conversions) {
        BigDecimal amount = spend.getNumber()
                .numberValue(BigDecimal.class)
                .divide(BigDecimal.valueOf(conversions), MathContext.DECIMAL64);
        return Monies.of(amount, spend.getCurrency());
    }

    private static Optional<Double> ratio(double a, double b) {
        return b == 0 ? Optional.empty() : Optional.of(a / b);
    }

    /**
     * Returns the rows keyed by channel.
     *
     * @return an unmodifiable map in first-appearance order
     */
    public Map<String, Row> byChannel() {
        Map<String, Row> m = new LinkedHashMap<>();
        rows.forEach(r -> m.put(r.channel(), r));
        return java.util.Collections.unmodifiableMap(m);
    }
}

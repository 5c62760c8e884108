package io.github.emporion.spark;

import io.github.emporion.metrics.attribution.AttributionModel;
import io.github.emporion.metrics.attribution.MarkovModel;
import io.github.emporion.metrics.attribution.RuleBasedModel;
import io.github.emporion.metrics.attribution.ShapleyModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

/**
 * Registers Emporion's SQL functions in a Spark session, so that SQL, notebooks ({@code %sql}) and
 * PySpark (classic, through the JVM gateway) can call them by name:
 *
 * <pre>{@code
 * EmporionSpark.registerAll(spark);
 * spark.sql("SELECT market, emporion_linear(path, conversions, value, nulls) AS linear "
 *         + "FROM paths GROUP BY market");
 * }</pre>
 *
 * <p>The attribution functions take {@code (path array<string>, conversions, value, nulls)} (numbers
 * are cast to {@code double}; split a text path with {@code split(path, ' > ')}) and return a
 * {@link AttributionRow} struct: {@code model}, {@code parameters}, {@code channels} (an array of
 * {@code struct<channel, conversions, value>}), {@code totalConversions}, {@code totalValue}. Credits
 * are exact whatever the partitioning; the order of the channels in the array may vary between runs
 * (Spark merges partial results in no fixed order); {@link SparkAttribution#run} keeps the
 * in-process order.
 *
 * <table>
 *   <caption>Registered functions</caption>
 *   <tr><th>name</th><th>model</th></tr>
 *   <tr><td>{@code emporion_first_touch}</td><td>{@link RuleBasedModel#firstTouch()}</td></tr>
 *   <tr><td>{@code emporion_last_touch}</td><td>{@link RuleBasedModel#lastTouch()}</td></tr>
 *   <tr><td>{@code emporion_linear}</td><td>{@link RuleBasedModel#linear()}</td></tr>
 *   <tr><td>{@code emporion_position_based}</td><td>{@link RuleBasedModel#positionBased()} (40/20/40)</td></tr>
 *   <tr><td>{@code emporion_last_non_direct}</td><td>{@link RuleBasedModel#lastNonDirect()}</td></tr>
 *   <tr><td>{@code emporion_markov}</td><td>{@link MarkovModel#order(int)} 1 (exact, with nulls)</td></tr>
 *   <tr><td>{@code emporion_shapley}</td><td>{@link ShapleyModel#simplified()}</td></tr>
 * </table>
 *
 * <p>KPIs: {@value #SESSION_KPIS} (see {@link SparkKpis#sessionAggregator()}), for example {@code
 * SELECT channel, emporion_session_kpis(engaged, single_page, viewed_product, added_to_cart,
 * started_checkout, purchased) AS kpis FROM sessions GROUP BY channel}; the KPIs of campaign
 * performance and orders are typed Java calls ({@link SparkKpis#marketing}, {@link
 * SparkKpis#orders}) because their amounts need a currency.
 *
 * <p>Other model parameters: register {@link SparkAttribution#aggregator(AttributionModel)} under
 * your own name ({@code aggregator(model).register(spark, name, Encoders.row(FUNCTION_INPUT))}).
 */
public final class EmporionSpark {

    /**
     * The SQL name of the session KPI function: {@code emporion_session_kpis(engaged, single_page,
     * viewed_product, added_to_cart, started_checkout, purchased)} returns a {@link SessionKpiRow}
     * struct (sessions, converting sessions, conversion / engagement / bounce rate, ...).
     */
    public static final String SESSION_KPIS = "emporion_session_kpis";

    private EmporionSpark() {}

    /**
     * Returns the SQL function names and models that {@link #registerAll(SparkSession)} registers.
     *
     * @return function name to model, in a stable order
     */
    public static Map<String, AttributionModel> attributionFunctions() {
        Map<String, AttributionModel> functions = new LinkedHashMap<>();
        functions.put("emporion_first_touch", RuleBasedModel.firstTouch());
        functions.put("emporion_last_touch", RuleBasedModel.lastTouch());
        functions.put("emporion_linear", RuleBasedModel.linear());
        functions.put("emporion_position_based", RuleBasedModel.positionBased());
        functions.put("emporion_last_non_direct", RuleBasedModel.lastNonDirect());
        functions.put("emporion_markov", MarkovModel.order(1));
        functions.put("emporion_shapley", ShapleyModel.simplified());
        return functions;
    }

    /**
     * Registers every Emporion SQL function in the session (again, if already registered).
     *
     * @param spark the session
     * @return the registered function names
     */
    public static List<String> registerAll(SparkSession spark) {
        Objects.requireNonNull(spark, "spark");
        Map<String, AttributionModel> functions = attributionFunctions();
        functions.forEach((name, model) -> SparkAttribution.aggregator(model)
                .register(spark, name, Encoders.row(SparkAttribution.FUNCTION_INPUT)));
        SparkKpis.sessionAggregator().register(spark, SESSION_KPIS, Encoders.row(SparkKpis.SESSION_FUNCTION_INPUT));
        List<String> names = new java.util.ArrayList<>(functions.keySet());
        names.add(SESSION_KPIS);
        return List.copyOf(names);
    }
}

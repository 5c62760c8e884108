package io.github.emporion.metrics.catalog;

import static io.github.emporion.metrics.catalog.KpiUnit.COUNT;
import static io.github.emporion.metrics.catalog.KpiUnit.COUNT_PER_UNIT;
import static io.github.emporion.metrics.catalog.KpiUnit.FRACTION;
import static io.github.emporion.metrics.catalog.KpiUnit.MONEY;
import static io.github.emporion.metrics.catalog.KpiUnit.MONEY_PER_THOUSAND;
import static io.github.emporion.metrics.catalog.KpiUnit.MONEY_PER_UNIT;
import static io.github.emporion.metrics.catalog.KpiUnit.RATIO;
import static io.github.emporion.metrics.catalog.Polarity.HIGHER_IS_BETTER;
import static io.github.emporion.metrics.catalog.Polarity.LOWER_IS_BETTER;
import static io.github.emporion.metrics.catalog.Polarity.NEUTRAL;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Every KPI Emporion computes: id, unit, direction, formula and variants, with a name and a
 * one-line description in English, Arabic and Greek (resource bundle {@code
 * io.github.emporion.metrics.catalog.KpiMessages}; other locales fall back to English, never to
 * the JVM's default locale).
 *
 * <pre>{@code
 * KpiDefinition ctr = KpiCatalog.get("ctr");          // FRACTION, higher is better
 * String name = KpiCatalog.name("ctr", Locale.forLanguageTag("el"));   // "Ποσοστό κλικ"
 * }</pre>
 */
public final class KpiCatalog {

    /** The languages with names and descriptions: English, Arabic, Greek. */
    public static final List<Locale> LOCALES =
            List.of(Locale.ENGLISH, Locale.forLanguageTag("ar"), Locale.forLanguageTag("el"));

    private static final String BUNDLE = "io.github.emporion.metrics.catalog.KpiMessages";
    private static final String DEFAULT = "default";

    private static final Map<String, KpiDefinition> DEFINITIONS = build();

    private KpiCatalog() {}

    private static Map<String, KpiDefinition> build() {
        Map<String, KpiDefinition> map = new LinkedHashMap<>();
        // commerce volumes and money
        put(map, "orders", COUNT, HIGHER_IS_BETTER, "count of completed orders");
        put(map, "units_sold", COUNT, HIGHER_IS_BETTER, "sum of units in completed orders");
        put(map, "gross_sales", MONEY, HIGHER_IS_BETTER, "sum of price x quantity");
        put(map, "net_sales", MONEY, HIGHER_IS_BETTER, "gross sales - discounts - returns");
        put(map, "total_sales", MONEY, HIGHER_IS_BETTER, "net sales + tax + shipping");
        put(map, "gross_profit", MONEY, HIGHER_IS_BETTER, "net revenue - cost of goods sold");
        put(map, "gross_margin", RATIO, HIGHER_IS_BETTER, "(net revenue - cost of goods sold) / net revenue");
        put(
                map,
                "aov",
                MONEY_PER_UNIT,
                HIGHER_IS_BETTER,
                "(gross sales - discounts) / orders",
                DEFAULT,
                "including_tax_and_shipping",
                "net_of_returns");
        put(
                map,
                "conversion_rate",
                FRACTION,
                HIGHER_IS_BETTER,
                "converting sessions / sessions",
                "session",
                "user",
                "per_interaction");
        put(map, "refund_rate", FRACTION, LOWER_IS_BETTER, "refunded orders / orders");
        put(map, "return_rate", FRACTION, LOWER_IS_BETTER, "units returned / units sold");
        put(map, "cart_abandonment_rate", FRACTION, LOWER_IS_BETTER, "1 - purchased carts / carts created");
        put(map, "checkout_abandonment_rate", FRACTION, LOWER_IS_BETTER, "1 - completed checkouts / checkouts started");
        put(
                map,
                "retention_rate",
                FRACTION,
                HIGHER_IS_BETTER,
                "(customers at end - new customers) / customers at start");
        put(
                map,
                "churn_rate",
                FRACTION,
                LOWER_IS_BETTER,
                "(customers at start - (customers at end - new customers)) / customers at start");
        put(
                map,
                "repeat_purchase_rate",
                FRACTION,
                HIGHER_IS_BETTER,
                "customers with 2+ orders / customers with 1+ order");
        put(
                map,
                "returning_customer_rate",
                FRACTION,
                HIGHER_IS_BETTER,
                "returning customers / (returning + first-time customers)");
        put(map, "purchase_frequency", COUNT_PER_UNIT, HIGHER_IS_BETTER, "orders / customers");
        put(map, "historical_clv", MONEY_PER_UNIT, HIGHER_IS_BETTER, "cohort gross profit to date / customers");
        // marketing volumes
        put(map, "sessions", COUNT, HIGHER_IS_BETTER, "count of sessions");
        put(map, "users", COUNT, HIGHER_IS_BETTER, "count of distinct users");
        put(map, "impressions", COUNT, HIGHER_IS_BETTER, "count of impressions");
        put(map, "reach", COUNT, HIGHER_IS_BETTER, "count of distinct people reached (not additive)");
        put(map, "clicks", COUNT, HIGHER_IS_BETTER, "count of clicks");
        put(map, "conversions", COUNT, HIGHER_IS_BETTER, "count of conversions (may be fractional)");
        // advertising
        put(map, "ctr", FRACTION, HIGHER_IS_BETTER, "clicks / impressions");
        put(map, "cpc", MONEY_PER_UNIT, LOWER_IS_BETTER, "cost / clicks");
        put(map, "cpm", MONEY_PER_THOUSAND, LOWER_IS_BETTER, "cost x 1000 / impressions");
        put(map, "cpa", MONEY_PER_UNIT, LOWER_IS_BETTER, "cost / conversions");
        put(map, "cpl", MONEY_PER_UNIT, LOWER_IS_BETTER, "cost / leads");
        put(map, "roas", RATIO, HIGHER_IS_BETTER, "attributed revenue / ad cost");
        put(
                map,
                "marketing_roi",
                RATIO,
                HIGHER_IS_BETTER,
                "(attributed gross profit - marketing cost) / marketing cost",
                "profit_based",
                "revenue_based");
        put(map, "cac", MONEY_PER_UNIT, LOWER_IS_BETTER, "acquisition spend / new customers");
        put(map, "ltv_to_cac", RATIO, HIGHER_IS_BETTER, "customer lifetime value / CAC");
        // engagement
        put(
                map,
                "engagement_rate",
                COUNT_PER_UNIT,
                HIGHER_IS_BETTER,
                "engagements / reach (or impressions, or followers)",
                "by_reach",
                "by_impressions",
                "by_followers");
        put(map, "session_engagement_rate", FRACTION, HIGHER_IS_BETTER, "engaged sessions / sessions");
        put(map, "bounce_rate", FRACTION, LOWER_IS_BETTER, "(sessions - engaged sessions) / sessions");
        put(map, "single_page_session_rate", FRACTION, LOWER_IS_BETTER, "single-page sessions / sessions");
        put(map, "frequency", COUNT_PER_UNIT, NEUTRAL, "impressions / reach");
        // budget
        put(map, "budget_utilisation", RATIO, NEUTRAL, "spent / budget");
        put(map, "budget_pacing", RATIO, NEUTRAL, "(spent / budget) / (elapsed time / flight length)");
        // funnel
        String[] steps = {"sessions", "product_views", "add_to_cart", "checkout", "purchase"};
        put(
                map,
                "funnel_step_rate",
                FRACTION,
                HIGHER_IS_BETTER,
                "sessions at a step / sessions at the previous step",
                steps);
        put(map, "funnel_conversion_rate", FRACTION, HIGHER_IS_BETTER, "sessions at a step / all sessions", steps);
        return Collections.unmodifiableMap(map);
    }

    private static void put(
            Map<String, KpiDefinition> map,
            String id,
            KpiUnit unit,
            Polarity polarity,
            String formula,
            String... variants) {
        List<String> list = variants.length == 0 ? List.of(DEFAULT) : List.of(variants);
        if (map.put(id, new KpiDefinition(id, unit, polarity, formula, list)) != null) {
            throw new IllegalStateException("duplicate KPI id in catalogue: " + id);
        }
    }

    /**
     * Returns every definition, in catalogue order.
     *
     * @return the definitions
     */
    public static List<KpiDefinition> all() {
        return List.copyOf(DEFINITIONS.values());
    }

    /**
     * Looks up a definition.
     *
     * @param id the KPI id
     * @return the definition, or empty for an unknown id
     */
    public static Optional<KpiDefinition> find(String id) {
        return Optional.ofNullable(DEFINITIONS.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Returns a definition that must exist.
     *
     * @param id the KPI id
     * @return the definition
     * @throws IllegalArgumentException for an unknown id
     */
    public static KpiDefinition get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown KPI id: '" + id + "'"));
    }

    /**
     * Returns the KPI's display name in {@code locale} (English when the language is not
     * supported).
     *
     * @param id the KPI id
     * @param locale the display locale
     * @return e.g. "Click-through rate", "نسبة النقر إلى الظهور", "Ποσοστό κλικ"
     * @throws IllegalArgumentException for an unknown id
     */
    public static String name(String id, Locale locale) {
        return text(get(id).id() + ".name", locale);
    }

    /**
     * Returns the KPI's one-line description in {@code locale} (English when the language is not
     * supported).
     *
     * @param id the KPI id
     * @param locale the display locale
     * @return the description
     * @throws IllegalArgumentException for an unknown id
     */
    public static String description(String id, Locale locale) {
        return text(get(id).id() + ".description", locale);
    }

    static String text(String key, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return bundle.getString(key);
    }
}

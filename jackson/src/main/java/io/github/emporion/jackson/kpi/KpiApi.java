package io.github.emporion.jackson.kpi;

import io.github.emporion.jackson.api.ApiException;
import io.github.emporion.jackson.api.ApiProblem;
import io.github.emporion.jackson.api.RequestReader;
import io.github.emporion.jackson.kpi.KpiFormulas.Formula;
import io.github.emporion.jackson.kpi.KpiFormulas.Input;
import io.github.emporion.jackson.kpi.KpiFormulas.InputProblem;
import io.github.emporion.metrics.catalog.KpiCatalog;
import io.github.emporion.metrics.kpi.KpiResult;
import io.github.emporion.metrics.kpi.RateKind;
import io.github.emporion.metrics.kpi.RateResult;
import io.github.emporion.metrics.stats.AbComparison;
import io.github.emporion.metrics.stats.ConfidenceInterval;
import io.github.emporion.money.Monies;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * The in-process entry point for KPIs from counts: validates every question, then answers them all
 * with {@link io.github.emporion.metrics.kpi.Kpis} and {@link AbComparison}. Either every answer
 * is returned or an {@link ApiException} lists every problem with its JSON Pointer ({@code
 * /requests/1/clicks}); nothing partially computed is returned.
 *
 * <pre>{@code
 * KpiResponse response = KpiApi.evaluate(KpiRequest.of(
 *         KpiCountsQuery.of("ctr").with("clicks", 57).with("impressions", 1930),
 *         AbTestQuery.of(72, 1875, 57, 1930)));
 * }</pre>
 *
 * <p>Input names per KPI (counts are whole numbers ≥ 0, money is ≥ 0 unless noted, all money of
 * one question in one currency):
 *
 * <ul>
 *   <li>{@code ctr}: clicks, impressions — {@code cpc}: spend, clicks — {@code cpm}: spend,
 *       impressions — {@code cpa}: spend, conversions (decimal) — {@code cpl}: spend, leads —
 *       {@code roas}: revenue, spend — {@code cac}: spend, new_customers — {@code ltv_to_cac}: ltv,
 *       cac — {@code marketing_roi}: spend and one of gross_profit (may be negative) or revenue
 *   <li>{@code conversion_rate}: conversions and one of sessions, users, interactions — {@code
 *       engagement_rate}: engagements and one of reach, impressions, followers — {@code
 *       session_engagement_rate} and {@code bounce_rate}: engaged_sessions, sessions — {@code
 *       single_page_session_rate}: single_page_sessions, sessions — {@code frequency}:
 *       impressions, reach
 *   <li>{@code aov}: orders and revenue, or gross_sales with optional discounts, returns, tax,
 *       shipping and variant ({@code default}, {@code including_tax_and_shipping}, {@code
 *       net_of_returns}) — {@code net_sales}, {@code total_sales}: gross_sales, optional
 *       discounts, returns, tax, shipping — {@code gross_profit}, {@code gross_margin}:
 *       net_revenue, cost_of_goods_sold
 *   <li>{@code cart_abandonment_rate}: carts_created, carts_converted — {@code
 *       checkout_abandonment_rate}: checkouts_started, orders_completed — {@code retention_rate}
 *       (alias {@code customer_retention_rate}) and {@code churn_rate}: customers_start,
 *       customers_end, customers_new — {@code repeat_purchase_rate}: repeat_customers, customers —
 *       {@code returning_customer_rate}: returning_customers, first_time_customers — {@code
 *       purchase_frequency}: orders, customers — {@code refund_rate}: refunded_orders, orders —
 *       {@code return_rate}: units_returned, units_sold — {@code historical_clv}: gross_profit,
 *       customers
 *   <li>{@code budget_utilisation}: spent, budget — {@code budget_pacing}: spent, budget, start,
 *       end, as_of (ISO-8601 instants)
 *   <li>{@code funnel_step_rate} and {@code funnel_conversion_rate}: the closed-funnel counts
 *       sessions, product_views, add_to_cart, checkout, purchase and the step (one of those names)
 * </ul>
 *
 * <p>Volume KPIs of the catalogue (orders, clicks, ...) are not computed from counts (they are the
 * counts); the KPI report from records computes them.
 */
public final class KpiApi {

    private KpiApi() {}

    /**
     * Answers every question of the request, in order.
     *
     * @param request the questions
     * @return the answers
     * @throws ApiException listing every problem with its JSON Pointer, if any question is invalid
     */
    public static KpiResponse evaluate(KpiRequest request) {
        Objects.requireNonNull(request, "request");
        List<ApiProblem> problems = new ArrayList<>();
        List<KpiAnswer> answers = new ArrayList<>();
        for (int i = 0; i < request.requests().size(); i++) {
            String at = ApiProblem.child("/requests", i);
            KpiQuery query = request.requests().get(i);
            int before = problems.size();
            KpiAnswer answer = answerOne(query, at, problems, Set.of());
            if (problems.size() == before && answer != null) {
                answers.add(answer);
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        return new KpiResponse(answers);
    }

    /**
     * Returns the KPI ids answered from counts, plus {@value AbTestQuery#KPI}.
     *
     * @return the ids, sorted
     */
    public static Set<String> kpiIds() {
        Set<String> ids = new TreeSet<>(KpiFormulas.all().keySet());
        ids.add(AbTestQuery.KPI);
        return ids;
    }

    /**
     * Returns the input names of a KPI, e.g. {@code [clicks, impressions]} for {@code ctr}.
     *
     * @param kpi the KPI id
     * @return the names, required first as declared; empty for an unknown id
     */
    public static List<String> inputNames(String kpi) {
        return KpiFormulas.find(kpi)
                .map(f -> f.inputs().stream().map(Input::name).toList())
                .orElse(List.of());
    }

    /**
     * Returns the kind of an input of a KPI.
     *
     * @param kpi the KPI id
     * @param input the input name
     * @return the kind, or empty if the KPI or input is unknown
     */
    public static Optional<InputKind> inputKind(String kpi, String input) {
        return KpiFormulas.find(kpi).flatMap(f -> f.input(input)).map(Input::kind);
    }

    /**
     * Validates and answers one question, appending its problems.
     *
     * @param query the question
     * @param at its pointer, e.g. {@code /requests/3}
     * @param problems where problems are appended
     * @param unreadable inputs whose JSON could not be read (already reported; not "missing")
     * @return the answer, or null when a problem was found
     */
    static @Nullable KpiAnswer answerOne(KpiQuery query, String at, List<ApiProblem> problems, Set<String> unreadable) {
        return query instanceof KpiCountsQuery counts
                ? answer(counts, at, problems, unreadable)
                : answer((AbTestQuery) query, at, problems, unreadable);
    }

    private static @Nullable KpiAnswer answer(
            KpiCountsQuery query, String at, List<ApiProblem> problems, Set<String> unreadable) {
        Optional<Formula> found = KpiFormulas.find(query.kpi());
        if (found.isEmpty()) {
            String why = KpiCatalog.find(query.kpi()).isPresent()
                    ? "KPI '" + query.kpi() + "' is a volume, computed by the KPI report, not from counts"
                    : "unknown KPI id '" + RequestReader.shorten(query.kpi()) + "'";
            problems.add(
                    new ApiProblem(ApiProblem.child(at, "kpi"), why + " (known: " + String.join(", ", kpiIds()) + ")"));
            return null;
        }
        Formula formula = found.get();
        int before = problems.size();
        @Nullable CurrencyUnit currency = null;
        for (Map.Entry<String, Object> entry : query.inputs().entrySet()) {
            String name = entry.getKey();
            String pointer = ApiProblem.child(at, name);
            Optional<Input> input = formula.input(name);
            if (input.isEmpty()) {
                problems.add(new ApiProblem(
                        pointer,
                        "unknown input '" + RequestReader.shorten(name) + "' for " + query.kpi() + " (inputs: "
                                + formula.inputList() + ")"));
                continue;
            }
            Optional<String> problem = check(name, input.get().kind(), entry.getValue());
            if (problem.isPresent()) {
                problems.add(new ApiProblem(pointer, problem.get()));
            } else if (entry.getValue() instanceof MonetaryAmount money) {
                if (currency == null) {
                    currency = money.getCurrency();
                } else if (!currency.equals(money.getCurrency())) {
                    problems.add(new ApiProblem(
                            pointer,
                            "currency mismatch: " + name + " is in "
                                    + money.getCurrency().getCurrencyCode()
                                    + " but earlier money in this request is in " + currency.getCurrencyCode()));
                }
            }
        }
        for (Input input : formula.inputs()) {
            if (input.required() && !query.inputs().containsKey(input.name()) && !unreadable.contains(input.name())) {
                problems.add(new ApiProblem(
                        ApiProblem.child(at, input.name()),
                        "required input '" + input.name() + "' of " + query.kpi() + " is missing"));
            }
        }
        if (problems.size() > before || !unreadable.isEmpty()) {
            return null;
        }
        KpiResult result;
        try {
            result = formula.compute().apply(new KpiFormulas.Args(query.inputs()));
        } catch (InputProblem e) {
            problems.add(new ApiProblem(e.input.isEmpty() ? at : ApiProblem.child(at, e.input), e.getMessage()));
            return null;
        } catch (IllegalArgumentException | ArithmeticException e) {
            problems.add(new ApiProblem(at, String.valueOf(e.getMessage())));
            return null;
        }
        Optional<ConfidenceInterval> interval = Optional.empty();
        if (result instanceof RateResult rate && rate.kind() == RateKind.PROPORTION) {
            IntervalSpec spec = query.interval().orElse(IntervalSpec.DEFAULT);
            interval = rate.interval(spec.method(), spec.level());
        } else if (query.interval().isPresent()) {
            problems.add(new ApiProblem(
                    ApiProblem.child(at, "interval"),
                    "an interval applies only to proportion KPIs, not to " + query.kpi()));
            return null;
        }
        return new KpiValueAnswer(query.kpi(), result, interval);
    }

    private static Optional<String> check(String name, InputKind kind, Object value) {
        String type = switch (kind) {
            case COUNT, DECIMAL -> value instanceof BigDecimal ? "" : "a number";
            case MONEY, SIGNED_MONEY -> value instanceof MonetaryAmount ? "" : "money";
            case INSTANT -> value instanceof Instant ? "" : "an ISO-8601 instant";
            case TEXT -> value instanceof String ? "" : "a string";
        };
        if (!type.isEmpty()) {
            return Optional.of(name + " must be " + type);
        }
        if (value instanceof BigDecimal number) {
            if (number.signum() < 0) {
                return Optional.of(name + " must not be negative but was " + number.toPlainString());
            }
            if (kind == InputKind.COUNT) {
                if (number.compareTo(BigDecimal.valueOf(RequestReader.MAX_COUNT)) > 0) {
                    return Optional.of(name + " must be at most " + RequestReader.MAX_COUNT);
                }
                if (number.stripTrailingZeros().scale() > 0) {
                    return Optional.of(name + " must be a whole number but was " + number.toPlainString());
                }
            }
        }
        if (value instanceof MonetaryAmount money && kind == InputKind.MONEY && money.isNegative()) {
            return Optional.of(name + " must not be negative but was "
                    + Monies.decimal(money).toPlainString() + " "
                    + money.getCurrency().getCurrencyCode());
        }
        return Optional.empty();
    }

    private static @Nullable KpiAnswer answer(
            AbTestQuery query, String at, List<ApiProblem> problems, Set<String> unreadable) {
        int before = problems.size();
        group(problems, at, "variant", query.variantConversions(), query.variantTrials(), unreadable);
        group(problems, at, "control", query.controlConversions(), query.controlTrials(), unreadable);
        if (!unreadable.contains("level") && !(query.level() > 0 && query.level() < 1)) {
            problems.add(new ApiProblem(
                    ApiProblem.child(at, "level"), "level must be strictly between 0 and 1 but was " + query.level()));
        }
        if (problems.size() > before || !unreadable.isEmpty()) {
            return null;
        }
        return new AbTestAnswer(AbComparison.compare(
                query.variantConversions(),
                query.variantTrials(),
                query.controlConversions(),
                query.controlTrials(),
                query.level()));
    }

    /** Checks one group's counts; {@code unreadable} holds e.g. {@code variant/trials} when its JSON was bad. */
    private static void group(
            List<ApiProblem> problems, String at, String name, long conversions, long trials, Set<String> unreadable) {
        String pointer = ApiProblem.child(at, name);
        boolean trialsRead = !unreadable.contains(name) && !unreadable.contains(name + "/trials");
        boolean conversionsRead = !unreadable.contains(name) && !unreadable.contains(name + "/conversions");
        if (trialsRead && (trials <= 0 || trials > RequestReader.MAX_COUNT)) {
            problems.add(new ApiProblem(
                    ApiProblem.child(pointer, "trials"),
                    "trials must be between 1 and " + RequestReader.MAX_COUNT + " but was " + trials));
        }
        if (conversionsRead && conversions < 0) {
            problems.add(new ApiProblem(
                    ApiProblem.child(pointer, "conversions"),
                    "conversions must not be negative but was " + conversions));
        } else if (conversionsRead && trialsRead && trials > 0 && conversions > trials) {
            problems.add(new ApiProblem(
                    ApiProblem.child(pointer, "conversions"),
                    "conversions " + conversions + " must not exceed trials " + trials));
        }
    }
}

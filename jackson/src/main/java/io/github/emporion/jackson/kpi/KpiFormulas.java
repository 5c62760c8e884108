package io.github.emporion.jackson.kpi;

import io.github.emporion.metrics.funnel.FunnelReport;
import io.github.emporion.metrics.funnel.FunnelStep;
import io.github.emporion.metrics.funnel.FunnelStepResult;
import io.github.emporion.metrics.kpi.AovVariant;
import io.github.emporion.metrics.kpi.ConversionBasis;
import io.github.emporion.metrics.kpi.EngagementBasis;
import io.github.emporion.metrics.kpi.KpiResult;
import io.github.emporion.metrics.kpi.Kpis;
import io.github.emporion.metrics.kpi.SalesTotals;
import io.github.emporion.money.Monies;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;

/**
 * The table of KPI ids, their JSON input names and the {@link Kpis} call each maps to. Only names
 * inputs; every formula lives in {@link Kpis}. Not public API.
 */
final class KpiFormulas {

    /** One named input. */
    record Input(String name, InputKind kind, boolean required) {}

    /** A KPI's inputs and the call computing it. */
    record Formula(String kpi, List<Input> inputs, Function<Args, KpiResult> compute) {
        Optional<Input> input(String name) {
            return inputs.stream().filter(i -> i.name().equals(name)).findFirst();
        }

        String inputList() {
            return inputs.stream()
                    .map(i -> i.required() ? i.name() : i.name() + " (optional)")
                    .collect(Collectors.joining(", "));
        }
    }

    /** A problem with one input (or the query when {@code input} is empty) found while computing. */
    static final class InputProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** @serial the input name, or empty for the query */
        final String input;

        InputProblem(String input, String message) {
            super(message, null, false, false);
            this.input = input;
        }
    }

    /** Typed access to validated inputs. */
    static final class Args {
        private final Map<String, Object> values;

        Args(Map<String, Object> values) {
            this.values = values;
        }

        boolean has(String name) {
            return values.containsKey(name);
        }

        long count(String name) {
            return ((BigDecimal) values.get(name)).longValueExact();
        }

        BigDecimal decimal(String name) {
            return (BigDecimal) values.get(name);
        }

        MonetaryAmount money(String name) {
            return (MonetaryAmount) values.get(name);
        }

        MonetaryAmount moneyOrZero(String name, MonetaryAmount like) {
            return has(name) ? money(name) : Monies.zero(like.getCurrency());
        }

        Instant instant(String name) {
            return (Instant) values.get(name);
        }

        Optional<String> text(String name) {
            return Optional.ofNullable((String) values.get(name));
        }

        /** Returns the one input of {@code names} that is present. */
        String oneOf(String... names) {
            List<String> present =
                    Arrays.stream(names).filter(values::containsKey).toList();
            if (present.size() != 1) {
                throw new InputProblem(
                        "",
                        "exactly one of " + String.join(", ", names) + " is required but "
                                + (present.isEmpty() ? "none was" : String.join(" and ", present) + " were")
                                + " given");
            }
            return present.get(0);
        }
    }

    private static final InputKind C = InputKind.COUNT;
    private static final InputKind M = InputKind.MONEY;

    private static final Map<String, Formula> FORMULAS = build();

    private KpiFormulas() {}

    static Optional<Formula> find(String kpi) {
        return Optional.ofNullable(FORMULAS.get(kpi));
    }

    static Map<String, Formula> all() {
        return FORMULAS;
    }

    private static Input req(String name, InputKind kind) {
        return new Input(name, kind, true);
    }

    private static Input opt(String name, InputKind kind) {
        return new Input(name, kind, false);
    }

    private static Map<String, Formula> build() {
        Map<String, Formula> m = new LinkedHashMap<>();
        // orders and revenue
        put(m, "net_sales", a -> Kpis.netSales(totals(a)), salesInputs());
        put(m, "total_sales", a -> Kpis.totalSales(totals(a)), salesInputs());
        put(
                m,
                "gross_profit",
                a -> Kpis.grossProfit(a.money("net_revenue"), a.money("cost_of_goods_sold")),
                req("net_revenue", M),
                req("cost_of_goods_sold", M));
        put(
                m,
                "gross_margin",
                a -> Kpis.grossMargin(a.money("net_revenue"), a.money("cost_of_goods_sold")),
                req("net_revenue", M),
                req("cost_of_goods_sold", M));
        put(
                m,
                "aov",
                KpiFormulas::aov,
                opt("revenue", M),
                opt("gross_sales", M),
                opt("discounts", M),
                opt("returns", M),
                opt("tax", M),
                opt("shipping", M),
                req("orders", C),
                opt("variant", InputKind.TEXT));
        put(
                m,
                "conversion_rate",
                a -> {
                    String denominator = a.oneOf("sessions", "users", "interactions");
                    ConversionBasis basis = switch (denominator) {
                        case "sessions" -> ConversionBasis.SESSION;
                        case "users" -> ConversionBasis.USER;
                        default -> ConversionBasis.INTERACTION;
                    };
                    return Kpis.conversionRate(basis, a.decimal("conversions"), a.count(denominator));
                },
                req("conversions", InputKind.DECIMAL),
                opt("sessions", C),
                opt("users", C),
                opt("interactions", C));
        put(
                m,
                "refund_rate",
                a -> Kpis.refundRate(a.count("refunded_orders"), a.count("orders")),
                req("refunded_orders", C),
                req("orders", C));
        put(
                m,
                "return_rate",
                a -> Kpis.returnRate(a.count("units_returned"), a.count("units_sold")),
                req("units_returned", C),
                req("units_sold", C));
        put(
                m,
                "cart_abandonment_rate",
                a -> Kpis.cartAbandonmentRate(a.count("carts_created"), a.count("carts_converted")),
                req("carts_created", C),
                req("carts_converted", C));
        put(
                m,
                "checkout_abandonment_rate",
                a -> Kpis.checkoutAbandonmentRate(a.count("checkouts_started"), a.count("orders_completed")),
                req("checkouts_started", C),
                req("orders_completed", C));
        Input[] customers = {req("customers_start", C), req("customers_end", C), req("customers_new", C)};
        put(
                m,
                "retention_rate",
                a -> Kpis.retentionRate(a.count("customers_start"), a.count("customers_end"), a.count("customers_new")),
                customers);
        m.put("customer_retention_rate", m.get("retention_rate"));
        put(
                m,
                "churn_rate",
                a -> Kpis.churnRate(a.count("customers_start"), a.count("customers_end"), a.count("customers_new")),
                customers);
        put(
                m,
                "repeat_purchase_rate",
                a -> Kpis.repeatPurchaseRate(a.count("repeat_customers"), a.count("customers")),
                req("repeat_customers", C),
                req("customers", C));
        put(
                m,
                "returning_customer_rate",
                a -> Kpis.returningCustomerRate(a.count("returning_customers"), a.count("first_time_customers")),
                req("returning_customers", C),
                req("first_time_customers", C));
        put(
                m,
                "purchase_frequency",
                a -> Kpis.purchaseFrequency(a.count("orders"), a.count("customers")),
                req("orders", C),
                req("customers", C));
        put(
                m,
                "historical_clv",
                a -> Kpis.historicalClv(a.money("gross_profit"), a.count("customers")),
                req("gross_profit", M),
                req("customers", C));
        // advertising
        put(
                m,
                "ctr",
                a -> Kpis.ctr(a.count("clicks"), a.count("impressions")),
                req("clicks", C),
                req("impressions", C));
        put(m, "cpc", a -> Kpis.cpc(a.money("spend"), a.count("clicks")), req("spend", M), req("clicks", C));
        put(m, "cpm", a -> Kpis.cpm(a.money("spend"), a.count("impressions")), req("spend", M), req("impressions", C));
        put(
                m,
                "cpa",
                a -> Kpis.cpa(a.money("spend"), a.decimal("conversions")),
                req("spend", M),
                req("conversions", InputKind.DECIMAL));
        put(m, "cpl", a -> Kpis.cpl(a.money("spend"), a.count("leads")), req("spend", M), req("leads", C));
        put(m, "roas", a -> Kpis.roas(a.money("revenue"), a.money("spend")), req("revenue", M), req("spend", M));
        put(
                m,
                "marketing_roi",
                a -> a.oneOf("gross_profit", "revenue").equals("gross_profit")
                        ? Kpis.marketingRoi(a.money("gross_profit"), a.money("spend"))
                        : Kpis.revenueBasedMarketingRoi(a.money("revenue"), a.money("spend")),
                opt("gross_profit", InputKind.SIGNED_MONEY),
                opt("revenue", M),
                req("spend", M));
        put(
                m,
                "cac",
                a -> Kpis.cac(a.money("spend"), a.count("new_customers")),
                req("spend", M),
                req("new_customers", C));
        put(m, "ltv_to_cac", a -> Kpis.ltvToCac(a.money("ltv"), a.money("cac")), req("ltv", M), req("cac", M));
        // engagement
        put(
                m,
                "engagement_rate",
                a -> {
                    String denominator = a.oneOf("reach", "impressions", "followers");
                    EngagementBasis basis = EngagementBasis.valueOf(denominator.toUpperCase(Locale.ROOT));
                    return Kpis.engagementRate(basis, a.count("engagements"), a.count(denominator));
                },
                req("engagements", C),
                opt("reach", C),
                opt("impressions", C),
                opt("followers", C));
        put(
                m,
                "session_engagement_rate",
                a -> Kpis.sessionEngagementRate(a.count("engaged_sessions"), a.count("sessions")),
                req("engaged_sessions", C),
                req("sessions", C));
        put(
                m,
                "bounce_rate",
                a -> Kpis.bounceRate(a.count("engaged_sessions"), a.count("sessions")),
                req("engaged_sessions", C),
                req("sessions", C));
        put(
                m,
                "single_page_session_rate",
                a -> Kpis.singlePageSessionRate(a.count("single_page_sessions"), a.count("sessions")),
                req("single_page_sessions", C),
                req("sessions", C));
        put(
                m,
                "frequency",
                a -> Kpis.frequency(a.count("impressions"), a.count("reach")),
                req("impressions", C),
                req("reach", C));
        // budget
        put(
                m,
                "budget_utilisation",
                a -> Kpis.budgetUtilisation(a.money("spent"), a.money("budget")),
                req("spent", M),
                req("budget", M));
        put(
                m,
                "budget_pacing",
                a -> Kpis.budgetPacing(
                        a.money("spent"), a.money("budget"), a.instant("start"), a.instant("end"), a.instant("as_of")),
                req("spent", M),
                req("budget", M),
                req("start", InputKind.INSTANT),
                req("end", InputKind.INSTANT),
                req("as_of", InputKind.INSTANT));
        // funnel (closed funnel counts; the step is the catalogue variant)
        Input[] funnel = {
            req("sessions", C),
            req("product_views", C),
            req("add_to_cart", C),
            req("checkout", C),
            req("purchase", C),
            req("step", InputKind.TEXT)
        };
        put(m, "funnel_step_rate", a -> funnelStep(a).stepRate(), funnel);
        put(m, "funnel_conversion_rate", a -> funnelStep(a).overallRate(), funnel);
        return Collections.unmodifiableMap(m);
    }

    private static FunnelStepResult funnelStep(Args a) {
        String name = a.text("step").orElse("");
        FunnelStep step = Arrays.stream(FunnelStep.values())
                .filter(s -> s.name().toLowerCase(Locale.ROOT).equals(name))
                .findFirst()
                .orElseThrow(() -> new InputProblem(
                        "step",
                        "unknown funnel step '" + name
                                + "' (known: sessions, product_views, add_to_cart, checkout, purchase)"));
        return FunnelReport.of(
                        a.count("sessions"),
                        a.count("product_views"),
                        a.count("add_to_cart"),
                        a.count("checkout"),
                        a.count("purchase"))
                .step(step);
    }

    private static Input[] salesInputs() {
        return new Input[] {
            req("gross_sales", M), opt("discounts", M), opt("returns", M), opt("tax", M), opt("shipping", M)
        };
    }

    private static SalesTotals totals(Args a) {
        MonetaryAmount gross = a.money("gross_sales");
        return new SalesTotals(
                gross,
                a.moneyOrZero("discounts", gross),
                a.moneyOrZero("returns", gross),
                a.moneyOrZero("tax", gross),
                a.moneyOrZero("shipping", gross));
    }

    private static KpiResult aov(Args a) {
        String basis = a.oneOf("revenue", "gross_sales");
        String variantId = a.text("variant").orElse(AovVariant.DEFAULT.variant());
        AovVariant variant = Arrays.stream(AovVariant.values())
                .filter(v -> v.variant().equals(variantId))
                .findFirst()
                .orElseThrow(() -> new InputProblem(
                        "variant",
                        "unknown AOV variant '" + variantId
                                + "' (known: default, including_tax_and_shipping, net_of_returns)"));
        if (basis.equals("revenue")) {
            if (variant != AovVariant.DEFAULT) {
                throw new InputProblem(
                        "variant", "variant " + variantId + " needs gross_sales and its components, not revenue");
            }
            for (String component : List.of("discounts", "returns", "tax", "shipping")) {
                if (a.has(component)) {
                    throw new InputProblem(component, component + " is given with gross_sales, not with revenue");
                }
            }
            return Kpis.aov(a.money("revenue"), Monies.zero(a.money("revenue").getCurrency()), a.count("orders"));
        }
        return Kpis.aov(totals(a), a.count("orders"), variant);
    }

    private static void put(Map<String, Formula> map, String kpi, Function<Args, KpiResult> compute, Input... inputs) {
        map.put(kpi, new Formula(kpi, List.of(inputs), compute));
    }
}

package io.github.emporion.metrics.kpi;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Every Emporion KPI, computed from plain numbers: the one in-process entry point that the
 * accumulators, the JSON API and the command line call, so that no formula exists twice.
 *
 * <p>Conventions (see {@code docs/KPI_DEFINITIONS.md}):
 *
 * <ul>
 *   <li>Rates are fractions ({@code 0.0295}), never pre-multiplied percentages.
 *   <li>A zero denominator gives an <em>undefined</em> result with a reason, never 0, NaN or an
 *       exception. Negative inputs are rejected with {@link IllegalArgumentException}.
 *   <li>Proportions (a subset of the denominator) reject {@code numerator > denominator}; counts
 *       per unit (conversions per interaction, purchase frequency, frequency, social engagement
 *       rates) allow it.
 *   <li>Money per unit (CPC, CPM, CPA, CAC, AOV, historical CLV) is a {@link MonetaryAmount};
 *       money-to-money ratios (ROAS, ROI, gross margin, LTV:CAC, budget utilisation and pacing) are
 *       plain numbers. All amounts of one call must share a currency, otherwise {@link
 *       io.github.emporion.money.CurrencyMismatchException} (an {@link IllegalArgumentException}).
 *   <li>Values are exact {@link BigDecimal}s (34 significant digits when a quotient does not
 *       terminate); round only when presenting.
 * </ul>
 *
 * <pre>{@code
 * RateResult ctr = Kpis.ctr(57, 1930);           // 0.02953…, Wilson 95 % [0.02287, 0.03807]
 * MoneyResult cpc = Kpis.cpc(Money.of(0.60, "EUR"), 2);   // EUR 0.30
 * }</pre>
 */
public final class Kpis {

    private static final BigDecimal ONE_THOUSAND = BigDecimal.valueOf(1000);

    private Kpis() {}

    // ------------------------------------------------------------------ conversion

    /**
     * Conversion rate, library default (session basis): sessions with at least one conversion ÷
     * sessions. Id {@code conversion_rate}, variant {@code session}. Unit: fraction (proportion).
     *
     * <p>Edge cases: 0 sessions → undefined; converting sessions &gt; sessions → rejected.
     *
     * <p>Example: 42 converting sessions / 1 500 sessions = 0.028.
     *
     * @param convertingSessions sessions with ≥ 1 conversion
     * @param sessions sessions
     * @return the rate
     */
    public static RateResult conversionRate(long convertingSessions, long sessions) {
        return conversionRate(ConversionBasis.SESSION, BigDecimal.valueOf(convertingSessions), sessions);
    }

    /**
     * Conversion rate on an explicit basis. Id {@code conversion_rate}, variant {@code session},
     * {@code user} or {@code per_interaction}. Unit: fraction.
     *
     * <ul>
     *   <li>{@link ConversionBasis#SESSION}: converting sessions ÷ sessions (proportion);
     *   <li>{@link ConversionBasis#USER}: converting users ÷ users (proportion);
     *   <li>{@link ConversionBasis#INTERACTION}: conversions ÷ interactions (Google Ads; count per
     *       interaction, may exceed 1, conversions may be fractional under data-driven attribution).
     * </ul>
     *
     * <p>Edge cases: denominator 0 → undefined; numerator &gt; denominator → rejected for the
     * session and user bases, allowed per interaction.
     *
     * <p>Examples: user basis 40 / 1 000 users = 0.04; Google's 50 conversions / 1 000
     * interactions = 0.05.
     *
     * @param basis what the denominator counts
     * @param converted converting sessions or users, or conversions for the interaction basis
     * @param denominator sessions, users or interactions
     * @return the rate
     */
    public static RateResult conversionRate(ConversionBasis basis, BigDecimal converted, long denominator) {
        Objects.requireNonNull(basis, "basis");
        RateKind kind = basis == ConversionBasis.INTERACTION ? RateKind.PER_UNIT : RateKind.PROPORTION;
        String name = switch (basis) {
            case SESSION -> "sessions";
            case USER -> "users";
            case INTERACTION -> "interactions";
        };
        return new RateResult(
                KpiLabel.of("conversion_rate", basis.variant()),
                kind,
                KpiMath.requireNonNegative("converted", converted),
                BigDecimal.valueOf(KpiMath.requireNonNegative(name, denominator)),
                name);
    }

    /**
     * Conversions per ad interaction (Google Ads "conversion rate"), shorthand for {@link
     * #conversionRate(ConversionBasis, BigDecimal, long)} with {@link ConversionBasis#INTERACTION}.
     * Unit: conversions per interaction; may exceed 1.
     *
     * <p>Example: 50 conversions / 1 000 interactions = 0.05; 0 interactions → undefined.
     *
     * @param conversions conversions (may be fractional)
     * @param interactions ad interactions
     * @return the count per interaction
     */
    public static RateResult conversionsPerInteraction(BigDecimal conversions, long interactions) {
        return conversionRate(ConversionBasis.INTERACTION, conversions, interactions);
    }

    // ------------------------------------------------------------------ orders and revenue

    /**
     * Average order value, library default (Shopify 2023): (gross sales − discounts) ÷ orders, tax
     * and shipping excluded, returns not deducted. Id {@code aov}. Unit: money per order.
     *
     * <p>Edge cases: 0 orders → undefined; cancelled and test orders must not be counted.
     *
     * <p>Example: gross 12 500.00, discounts 500.00, 240 orders → 50.00.
     *
     * @param grossSales gross sales
     * @param discounts discounts
     * @param orders number of orders
     * @return the AOV
     */
    public static MoneyResult aov(MonetaryAmount grossSales, MonetaryAmount discounts, long orders) {
        return aov(SalesTotals.of(grossSales, discounts), orders, AovVariant.DEFAULT);
    }

    /**
     * Average order value on a named revenue basis. Id {@code aov}, variant {@code default}, {@code
     * including_tax_and_shipping} or {@code net_of_returns}. Unit: money per order.
     *
     * <p>Edge cases: 0 orders → undefined; a negative numerator (returns above net) is rejected.
     *
     * <p>Example (gross 12 500, discounts 500, returns 300, tax 960, shipping 720, 240 orders):
     * default 50.00; including tax and shipping 13 680 / 240 = 57.00; net of returns 11 700 / 240
     * = 48.75.
     *
     * @param totals the sales components
     * @param orders number of orders
     * @param variant the revenue basis
     * @return the AOV, labelled with its variant
     */
    public static MoneyResult aov(SalesTotals totals, long orders, AovVariant variant) {
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(variant, "variant");
        MonetaryAmount numerator = switch (variant) {
            case DEFAULT -> totals.grossAfterDiscounts();
            case INCLUDING_TAX_AND_SHIPPING ->
                KpiMath.money(
                        KpiMath.decimal(totals.grossAfterDiscounts())
                                .add(KpiMath.decimal(totals.tax()))
                                .add(KpiMath.decimal(totals.shipping())),
                        totals.currency());
            case NET_OF_RETURNS -> totals.netSales();
        };
        return perUnit(KpiLabel.of("aov", variant.variant()), numerator, orders, "orders");
    }

    /**
     * Net sales (Shopify): gross sales − discounts − returns, tax and shipping excluded. Id {@code
     * net_sales}. Unit: money. Always defined.
     *
     * <p>Example: 12 500.00 − 500.00 − 300.00 = 11 700.00.
     *
     * @param totals the sales components
     * @return net sales
     */
    public static AmountResult netSales(SalesTotals totals) {
        return new AmountResult(KpiLabel.of("net_sales"), totals.netSales());
    }

    /**
     * Total sales (Shopify): net sales + tax + shipping. Id {@code total_sales}. Unit: money.
     *
     * <p>Example: 11 700.00 + 960.00 + 720.00 = 13 380.00.
     *
     * @param totals the sales components
     * @return total sales
     */
    public static AmountResult totalSales(SalesTotals totals) {
        return new AmountResult(KpiLabel.of("total_sales"), totals.totalSales());
    }

    /**
     * Gross profit: net revenue − cost of goods sold. Id {@code gross_profit}. Unit: money; negative
     * when goods cost more than they sold for.
     *
     * <p>Example: 10 000.00 − 6 000.00 = 4 000.00.
     *
     * @param netRevenue net revenue (≥ 0)
     * @param costOfGoodsSold COGS (≥ 0)
     * @return gross profit
     */
    public static AmountResult grossProfit(MonetaryAmount netRevenue, MonetaryAmount costOfGoodsSold) {
        KpiMath.requireNonNegative("netRevenue", netRevenue);
        KpiMath.requireNonNegative("costOfGoodsSold", costOfGoodsSold);
        CurrencyUnit currency = KpiMath.requireOneCurrency(netRevenue, costOfGoodsSold);
        return new AmountResult(
                KpiLabel.of("gross_profit"),
                KpiMath.money(KpiMath.decimal(netRevenue).subtract(KpiMath.decimal(costOfGoodsSold)), currency));
    }

    /**
     * Gross margin: (net revenue − COGS) ÷ net revenue. Id {@code gross_margin}. Unit: fraction
     * (money ratio). Not markup, which divides by cost.
     *
     * <p>Edge cases: net revenue 0 → undefined; a negative margin is valid.
     *
     * <p>Example: net revenue 10 000.00, COGS 6 000.00 → 0.40 (markup would be 0.667).
     *
     * @param netRevenue net revenue (≥ 0)
     * @param costOfGoodsSold COGS (≥ 0)
     * @return the margin
     */
    public static RateResult grossMargin(MonetaryAmount netRevenue, MonetaryAmount costOfGoodsSold) {
        AmountResult profit = grossProfit(netRevenue, costOfGoodsSold);
        return moneyRatio(KpiLabel.of("gross_margin"), profit.value(), netRevenue, "net revenue");
    }

    /**
     * Refund rate: orders with a refund ÷ orders. Id {@code refund_rate}. Unit: fraction
     * (proportion).
     *
     * <p>Edge cases: 0 orders → undefined; refunded &gt; orders → rejected.
     *
     * <p>Example: 12 refunded of 240 orders = 0.05.
     *
     * @param refundedOrders orders with at least one refund
     * @param orders orders
     * @return the rate
     */
    public static RateResult refundRate(long refundedOrders, long orders) {
        return proportion(KpiLabel.of("refund_rate"), refundedOrders, orders, "orders");
    }

    /**
     * Return rate: units returned ÷ units sold. Id {@code return_rate}. Unit: fraction
     * (proportion).
     *
     * <p>Edge cases: 0 units sold → undefined; returned &gt; sold → rejected (mixing periods).
     *
     * <p>Example: 30 units returned of 600 sold = 0.05.
     *
     * @param unitsReturned units returned
     * @param unitsSold units sold
     * @return the rate
     */
    public static RateResult returnRate(long unitsReturned, long unitsSold) {
        return proportion(KpiLabel.of("return_rate"), unitsReturned, unitsSold, "units sold");
    }

    // ------------------------------------------------------------------ carts and checkout

    /**
     * Cart abandonment rate (Baymard, per cart cohort): 1 − purchased carts ÷ carts created, i.e.
     * abandoned carts ÷ carts created. Id {@code cart_abandonment_rate}. Unit: fraction
     * (proportion); lower is better.
     *
     * <p>Edge cases: 0 carts → undefined; purchased &gt; created → rejected (mixed cohorts or "buy
     * now" orders without a cart).
     *
     * <p>Example: 600 carts, 180 purchased → 420 / 600 = 0.70.
     *
     * @param cartsCreated carts created in the cohort
     * @param cartsPurchased carts of that cohort that became an order (possibly later)
     * @return the rate
     */
    public static RateResult cartAbandonmentRate(long cartsCreated, long cartsPurchased) {
        return complement(KpiLabel.of("cart_abandonment_rate"), cartsPurchased, cartsCreated, "carts", "purchases");
    }

    /**
     * Checkout abandonment rate: 1 − completed orders ÷ checkouts started. Id {@code
     * checkout_abandonment_rate}. Unit: fraction (proportion); lower is better.
     *
     * <p>Edge cases: 0 checkouts → undefined; completed &gt; started → rejected.
     *
     * <p>Example: 250 started, 180 completed → 70 / 250 = 0.28.
     *
     * @param checkoutsStarted checkouts started
     * @param checkoutsCompleted checkouts completed
     * @return the rate
     */
    public static RateResult checkoutAbandonmentRate(long checkoutsStarted, long checkoutsCompleted) {
        return complement(
                KpiLabel.of("checkout_abandonment_rate"),
                checkoutsCompleted,
                checkoutsStarted,
                "checkouts started",
                "completed checkouts");
    }

    // ------------------------------------------------------------------ customers

    /**
     * Customer retention rate: (E − N) ÷ S, with S customers at the start of the period, E at the
     * end and N new during it. Id {@code retention_rate}. Unit: fraction (proportion).
     *
     * <p>Edge cases: S = 0 → undefined; N &gt; E or E − N &gt; S → rejected (customers appeared who
     * were neither existing nor new).
     *
     * <p>Example: S = 200, N = 50, E = 220 → 170 / 200 = 0.85.
     *
     * @param customersAtStart S
     * @param customersAtEnd E
     * @param newCustomers N
     * @return the rate
     */
    public static RateResult retentionRate(long customersAtStart, long customersAtEnd, long newCustomers) {
        return proportion(
                KpiLabel.of("retention_rate"),
                retained(customersAtStart, customersAtEnd, newCustomers),
                customersAtStart,
                "customers at start");
    }

    /**
     * Churn rate: customers lost ÷ customers at the start = (S − (E − N)) ÷ S = 1 − retention rate.
     * Id {@code churn_rate}. Unit: fraction per period (state the period: annual churn is 1 − (1 −
     * monthly)¹², not 12 × monthly); lower is better.
     *
     * <p>Edge cases and validation as {@link #retentionRate(long, long, long)}.
     *
     * <p>Example: S = 200, N = 50, E = 220 → 30 lost → 0.15.
     *
     * @param customersAtStart S
     * @param customersAtEnd E
     * @param newCustomers N
     * @return the rate
     */
    public static RateResult churnRate(long customersAtStart, long customersAtEnd, long newCustomers) {
        long retained = retained(customersAtStart, customersAtEnd, newCustomers);
        return proportion(
                KpiLabel.of("churn_rate"), customersAtStart - retained, customersAtStart, "customers at start");
    }

    private static long retained(long start, long end, long newCustomers) {
        KpiMath.requireNonNegative("customersAtStart", start);
        KpiMath.requireNonNegative("customersAtEnd", end);
        KpiMath.requireNonNegative("newCustomers", newCustomers);
        if (newCustomers > end) {
            throw new IllegalArgumentException(
                    "newCustomers " + newCustomers + " must not exceed customersAtEnd " + end);
        }
        long retained = end - newCustomers;
        if (retained > start) {
            throw new IllegalArgumentException(
                    "customersAtEnd - newCustomers = " + retained + " must not exceed customersAtStart " + start);
        }
        return retained;
    }

    /**
     * Repeat purchase rate: customers with ≥ 2 orders ÷ customers with ≥ 1 order, both within the
     * same window. Id {@code repeat_purchase_rate}. Unit: fraction (proportion).
     *
     * <p>Edge cases: 0 customers → undefined; repeat &gt; customers → rejected.
     *
     * <p>Example: 1 200 customers ordered in the year, 300 of them at least twice → 0.25.
     *
     * @param repeatCustomers customers with at least two orders in the window
     * @param customers customers with at least one order in the window
     * @return the rate
     */
    public static RateResult repeatPurchaseRate(long repeatCustomers, long customers) {
        return proportion(KpiLabel.of("repeat_purchase_rate"), repeatCustomers, customers, "customers");
    }

    /**
     * Returning-customer rate (Shopify): returning ÷ (returning + first-time) customers who ordered
     * in the period, where "returning" means an earlier order, possibly before the period. Id
     * {@code returning_customer_rate}. Unit: fraction (proportion). Not the repeat purchase rate.
     *
     * <p>Edge cases: no customers → undefined.
     *
     * <p>Example: 300 returning, 900 first-time → 300 / 1 200 = 0.25.
     *
     * @param returningCustomers customers with an order before their first order of the period
     * @param firstTimeCustomers customers whose first order ever is in the period
     * @return the rate
     */
    public static RateResult returningCustomerRate(long returningCustomers, long firstTimeCustomers) {
        KpiMath.requireNonNegative("returningCustomers", returningCustomers);
        KpiMath.requireNonNegative("firstTimeCustomers", firstTimeCustomers);
        return proportion(
                KpiLabel.of("returning_customer_rate"),
                returningCustomers,
                Math.addExact(returningCustomers, firstTimeCustomers),
                "customers");
    }

    /**
     * Purchase frequency: orders ÷ unique customers over the same period. Id {@code
     * purchase_frequency}. Unit: orders per customer (count per unit; ≥ 1 when every customer
     * ordered). Not the BG/NBD frequency, which counts repeat purchases.
     *
     * <p>Edge cases: 0 customers → undefined.
     *
     * <p>Example: 1 500 orders / 1 200 customers = 1.25.
     *
     * @param orders orders
     * @param customers unique customers
     * @return the frequency
     */
    public static RateResult purchaseFrequency(long orders, long customers) {
        return perUnitCount(KpiLabel.of("purchase_frequency"), orders, customers, "customers");
    }

    /**
     * Historical customer lifetime value: gross profit from a cohort's orders to date ÷ customers
     * in the cohort (margin-based, as LTV:CAC needs). Id {@code historical_clv}. Unit: money per
     * customer. Predictive CLV (BG/NBD, Gamma-Gamma) lives in the {@code clv} package.
     *
     * <p>Edge cases: 0 customers → undefined.
     *
     * <p>Example: 120 000.00 gross profit from 200 customers → 600.00.
     *
     * @param grossProfit the cohort's gross profit to date (≥ 0)
     * @param customers customers in the cohort
     * @return the average historical value per customer
     */
    public static MoneyResult historicalClv(MonetaryAmount grossProfit, long customers) {
        return perUnit(KpiLabel.of("historical_clv"), grossProfit, customers, "customers");
    }

    // ------------------------------------------------------------------ advertising

    /**
     * Click-through rate: clicks ÷ impressions. Id {@code ctr}. Unit: fraction (proportion).
     *
     * <p>Edge cases: 0 impressions → undefined (not 0); clicks &gt; impressions → rejected (raw
     * exports with several clickable elements: report clicks per impression yourself).
     *
     * <p>Example: 57 clicks / 1 930 impressions = 0.0295337 (Wilson 95 %: 0.022865 – 0.038071);
     * Google's 5 / 1 000 = 0.005.
     *
     * @param clicks clicks
     * @param impressions impressions
     * @return the rate
     */
    public static RateResult ctr(long clicks, long impressions) {
        return proportion(KpiLabel.of("ctr"), clicks, impressions, "impressions");
    }

    /**
     * Average cost per click: cost ÷ clicks. Id {@code cpc}. Unit: money per click; lower is
     * better.
     *
     * <p>Edge cases: 0 clicks → undefined (the cost itself stays reportable).
     *
     * <p>Example (Google's): clicks costing 0.20 and 0.40 → 0.60 / 2 = 0.30.
     *
     * @param cost total cost of the clicks
     * @param clicks clicks
     * @return the CPC
     */
    public static MoneyResult cpc(MonetaryAmount cost, long clicks) {
        return perUnit(KpiLabel.of("cpc"), cost, clicks, "clicks");
    }

    /**
     * Cost per thousand impressions: cost × 1 000 ÷ impressions (multiplied first: no precision
     * lost on tiny per-impression costs). Id {@code cpm}. Unit: money per 1 000 impressions (state
     * whether served or viewable); lower is better.
     *
     * <p>Edge cases: 0 impressions → undefined.
     *
     * <p>Example: 250.00 / 125 000 impressions → 2.00; Meta's 50.00 / 10 000 → 5.00.
     *
     * @param cost total cost
     * @param impressions impressions
     * @return the CPM
     */
    public static MoneyResult cpm(MonetaryAmount cost, long impressions) {
        KpiMath.requireNonNegative("impressions", impressions);
        return new MoneyResult(
                KpiLabel.of("cpm"),
                KpiMath.requireNonNegative("cost", cost),
                BigDecimal.valueOf(impressions),
                1000,
                "impressions");
    }

    /**
     * Cost per acquisition (action): cost ÷ conversions. Id {@code cpa}. Unit: money per
     * conversion; lower is better. Conversions may be fractional (data-driven attribution).
     *
     * <p>Edge cases: 0 conversions → undefined.
     *
     * <p>Example: 100.00 spend, 5 sales → 20.00.
     *
     * @param cost total cost
     * @param conversions conversions (≥ 0, may be fractional)
     * @return the CPA
     */
    public static MoneyResult cpa(MonetaryAmount cost, BigDecimal conversions) {
        return new MoneyResult(
                KpiLabel.of("cpa"),
                KpiMath.requireNonNegative("cost", cost),
                KpiMath.requireNonNegative("conversions", conversions),
                1,
                "conversions");
    }

    /**
     * Cost per lead: cost ÷ leads, the CPA formula with leads as the conversion. Id {@code cpl}.
     * Unit: money per lead; lower is better.
     *
     * <p>Edge cases: 0 leads → undefined.
     *
     * <p>Example: 300.00 spend, 12 leads → 25.00.
     *
     * @param cost total cost
     * @param leads leads
     * @return the CPL
     */
    public static MoneyResult cpl(MonetaryAmount cost, long leads) {
        return perUnit(KpiLabel.of("cpl"), cost, leads, "leads");
    }

    /**
     * Return on ad spend: attributed revenue ÷ ad cost (Google Ads "Conv. value / cost", GA4
     * {@code returnOnAdSpend}). Id {@code roas}. Unit: dimensionless ratio (5.0 = "500 %"). Not
     * ROI.
     *
     * <p>Edge cases: cost 0 → undefined; revenue 0 with cost &gt; 0 → 0 (defined).
     *
     * <p>Example: 1 000.00 conversion value / 200.00 cost → 5.0.
     *
     * @param attributedRevenue conversion value (≥ 0)
     * @param adCost ad cost (≥ 0)
     * @return the ratio
     */
    public static RateResult roas(MonetaryAmount attributedRevenue, MonetaryAmount adCost) {
        KpiMath.requireNonNegative("attributedRevenue", attributedRevenue);
        return moneyRatio(KpiLabel.of("roas"), attributedRevenue, adCost, "ad cost");
    }

    /**
     * Marketing ROI, library default (profit-based): (attributed gross profit − marketing cost) ÷
     * marketing cost. Id {@code marketing_roi}, variant {@code profit_based}. Unit: dimensionless
     * ratio; negative means a loss.
     *
     * <p>Edge cases: cost 0 → undefined.
     *
     * <p>Example: revenue 10 000.00, COGS 6 000.00 (gross profit 4 000.00), cost 2 500.00 → (4 000
     * − 2 500) / 2 500 = 0.60.
     *
     * @param attributedGrossProfit gross profit of the attributed sales (may be negative)
     * @param marketingCost marketing cost (≥ 0)
     * @return the ROI
     */
    public static RateResult marketingRoi(MonetaryAmount attributedGrossProfit, MonetaryAmount marketingCost) {
        return roi("profit_based", attributedGrossProfit, marketingCost);
    }

    /**
     * Revenue-based marketing ROI: (attributed revenue − marketing cost) ÷ marketing cost = ROAS −
     * 1. Id {@code marketing_roi}, variant {@code revenue_based}. Unit: dimensionless ratio.
     * Overstates return because it ignores the cost of the goods sold; prefer {@link
     * #marketingRoi(MonetaryAmount, MonetaryAmount)}.
     *
     * <p>Edge cases: cost 0 → undefined.
     *
     * <p>Example: revenue 10 000.00, cost 2 500.00 → 3.00 (ROAS 4.0).
     *
     * @param attributedRevenue attributed revenue (≥ 0)
     * @param marketingCost marketing cost (≥ 0)
     * @return the ROI
     */
    public static RateResult revenueBasedMarketingRoi(MonetaryAmount attributedRevenue, MonetaryAmount marketingCost) {
        KpiMath.requireNonNegative("attributedRevenue", attributedRevenue);
        return roi("revenue_based", attributedRevenue, marketingCost);
    }

    private static RateResult roi(String variant, MonetaryAmount gain, MonetaryAmount cost) {
        Objects.requireNonNull(gain, "gain");
        KpiMath.requireNonNegative("marketingCost", cost);
        CurrencyUnit currency = KpiMath.requireOneCurrency(gain, cost);
        MonetaryAmount net = KpiMath.money(KpiMath.decimal(gain).subtract(KpiMath.decimal(cost)), currency);
        return moneyRatio(KpiLabel.of("marketing_roi", variant), net, cost, "marketing cost");
    }

    /**
     * Customer acquisition cost: acquisition spend ÷ new customers acquired. Id {@code cac}, variant
     * {@code default} (say which costs are in {@code spend}: blended sales and marketing, or paid
     * media only). Unit: money per new customer; lower is better.
     *
     * <p>Edge cases: 0 new customers → undefined.
     *
     * <p>Example: 20 000.00 sales and marketing spend, 100 new customers → 200.00.
     *
     * @param spend acquisition spend in the period
     * @param newCustomers new customers acquired in the period
     * @return the CAC
     */
    public static MoneyResult cac(MonetaryAmount spend, long newCustomers) {
        return perUnit(KpiLabel.of("cac"), spend, newCustomers, "new customers");
    }

    /**
     * LTV : CAC, lifetime value (margin-based) ÷ customer acquisition cost. Id {@code ltv_to_cac}.
     * Unit: dimensionless ratio (≥ 3 is a rule of thumb, not a standard).
     *
     * <p>Edge cases: CAC 0 → undefined.
     *
     * <p>Example: LTV 600.00, CAC 200.00 → 3.0.
     *
     * @param lifetimeValue lifetime value per customer (≥ 0)
     * @param cac acquisition cost per customer (≥ 0)
     * @return the ratio
     */
    public static RateResult ltvToCac(MonetaryAmount lifetimeValue, MonetaryAmount cac) {
        KpiMath.requireNonNegative("lifetimeValue", lifetimeValue);
        return moneyRatio(KpiLabel.of("ltv_to_cac"), lifetimeValue, cac, "cac");
    }

    /**
     * LTV : CAC from a computed CAC; undefined when the CAC is (no new customers) or is 0.
     *
     * @param lifetimeValue lifetime value per customer (≥ 0)
     * @param cac the CAC result, e.g. from {@link #cac(MonetaryAmount, long)}
     * @return the ratio
     */
    public static RateResult ltvToCac(MonetaryAmount lifetimeValue, MoneyResult cac) {
        Objects.requireNonNull(cac, "cac");
        return ltvToCac(
                lifetimeValue,
                cac.value().orElseGet(() -> KpiMath.money(BigDecimal.ZERO, lifetimeValue.getCurrency())));
    }

    // ------------------------------------------------------------------ audience and engagement

    /**
     * Social engagement rate on an explicit basis: engagements ÷ reach, impressions or followers.
     * Id {@code engagement_rate}, variant {@code by_reach}, {@code by_impressions} or {@code
     * by_followers}. Unit: engagements per unit (one person can like and comment, so it may exceed
     * 1; no binomial interval). Define "engagements" (reactions, comments, shares, saves, clicks).
     *
     * <p>Edge cases: denominator 0 → undefined.
     *
     * <p>Example: 120 engagements, reach 3 000 / impressions 4 500 / followers 10 000 → 0.04 /
     * 0.02667 / 0.012.
     *
     * @param basis the denominator
     * @param engagements engagements
     * @param denominator reach, impressions or followers
     * @return the rate
     */
    public static RateResult engagementRate(EngagementBasis basis, long engagements, long denominator) {
        Objects.requireNonNull(basis, "basis");
        return perUnitCount(
                KpiLabel.of("engagement_rate", basis.variant()), engagements, denominator, basis.denominatorName());
    }

    /**
     * Session engagement rate (GA4 {@code engagementRate}): engaged sessions ÷ sessions; a session
     * is engaged when it lasted more than 10 s, had a key event or had ≥ 2 page or screen views. Id
     * {@code session_engagement_rate}. Unit: fraction (proportion).
     *
     * <p>Edge cases: 0 sessions → undefined; engaged &gt; sessions → rejected.
     *
     * <p>Example: 693 engaged of 1 810 sessions → 0.38287.
     *
     * @param engagedSessions engaged sessions
     * @param sessions sessions
     * @return the rate
     */
    public static RateResult sessionEngagementRate(long engagedSessions, long sessions) {
        return proportion(KpiLabel.of("session_engagement_rate"), engagedSessions, sessions, "sessions");
    }

    /**
     * Bounce rate, GA4 definition: sessions that were not engaged ÷ sessions = 1 − session
     * engagement rate. Id {@code bounce_rate}. Unit: fraction (proportion); lower is better.
     *
     * <p>Edge cases: 0 sessions → undefined; engaged &gt; sessions → rejected.
     *
     * <p>Example: 1 810 sessions, 693 engaged → 1 117 / 1 810 = 0.61713.
     *
     * @param engagedSessions engaged sessions
     * @param sessions sessions
     * @return the rate
     */
    public static RateResult bounceRate(long engagedSessions, long sessions) {
        return complement(KpiLabel.of("bounce_rate"), engagedSessions, sessions, "sessions", "engaged sessions");
    }

    /**
     * Single-page session rate: the legacy (Universal Analytics) "bounce rate", single-page
     * sessions ÷ sessions. Id {@code single_page_session_rate}. Unit: fraction (proportion).
     *
     * <p>Edge cases: 0 sessions → undefined.
     *
     * <p>Example: 905 single-page sessions of 1 810 → 0.5.
     *
     * @param singlePageSessions sessions with one page view
     * @param sessions sessions
     * @return the rate
     */
    public static RateResult singlePageSessionRate(long singlePageSessions, long sessions) {
        return proportion(KpiLabel.of("single_page_session_rate"), singlePageSessions, sessions, "sessions");
    }

    /**
     * Frequency (Meta): impressions ÷ reach, the average number of times a reached person saw the
     * content. Id {@code frequency}. Unit: impressions per person (count per unit, ≥ 1).
     *
     * <p>Edge cases: reach 0 → undefined; reach &gt; impressions → rejected. Reach is not additive
     * across campaigns or days: sum it only as an upper bound.
     *
     * <p>Example: 10 000 impressions, reach 5 000 → 2.0.
     *
     * @param impressions impressions
     * @param reach distinct people reached
     * @return the frequency
     */
    public static RateResult frequency(long impressions, long reach) {
        KpiMath.requireNonNegative("impressions", impressions);
        KpiMath.requireNonNegative("reach", reach);
        if (reach > impressions) {
            throw new IllegalArgumentException("reach " + reach + " must not exceed impressions " + impressions);
        }
        return perUnitCount(KpiLabel.of("frequency"), impressions, reach, "reach");
    }

    // ------------------------------------------------------------------ budget

    /**
     * Budget utilisation: spent ÷ budget. Id {@code budget_utilisation}. Unit: fraction (money
     * ratio; above 1 means overspent).
     *
     * <p>Edge cases: budget 0 → undefined.
     *
     * <p>Example: 1 200.00 spent of a 3 000.00 budget → 0.40.
     *
     * @param spent amount spent so far (≥ 0)
     * @param budget the budget (≥ 0)
     * @return the utilisation
     */
    public static RateResult budgetUtilisation(MonetaryAmount spent, MonetaryAmount budget) {
        KpiMath.requireNonNegative("spent", spent);
        return moneyRatio(KpiLabel.of("budget_utilisation"), spent, budget, "budget");
    }

    /**
     * Budget pacing: budget utilisation ÷ share of the flight elapsed, for a flight {@code [start,
     * end)} observed at {@code asOf} (clamped into the flight). Id {@code budget_pacing}. Unit:
     * dimensionless (1.0 = on pace for even delivery, above 1 = spending ahead). The elapsed share
     * is measured in exact seconds.
     *
     * <p>Edge cases: budget 0, or {@code asOf} at or before the start (nothing elapsed) → undefined.
     *
     * <p>Example: 1 200.00 of 3 000.00 spent after 10 of 30 days → 0.40 / (1/3) = 1.2.
     *
     * @param spent amount spent so far (≥ 0)
     * @param budget the budget for the whole flight (≥ 0)
     * @param start start of the flight, inclusive
     * @param end end of the flight, exclusive, after {@code start}
     * @param asOf the moment of observation
     * @return the pacing ratio; its numerator is {@code spent × flight length} and its denominator
     *     {@code budget × elapsed}, both in currency-seconds
     */
    public static RateResult budgetPacing(
            MonetaryAmount spent, MonetaryAmount budget, Instant start, Instant end, Instant asOf) {
        KpiMath.requireNonNegative("spent", spent);
        KpiMath.requireNonNegative("budget", budget);
        KpiMath.requireOneCurrency(spent, budget);
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(asOf, "asOf");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("flight end " + end + " must be after start " + start);
        }
        Instant clamped = asOf.isBefore(start) ? start : asOf.isAfter(end) ? end : asOf;
        BigDecimal flight = seconds(Duration.between(start, end));
        BigDecimal elapsed = seconds(Duration.between(start, clamped));
        BigDecimal numerator = KpiMath.decimal(spent).multiply(flight);
        BigDecimal denominator = KpiMath.decimal(budget).multiply(elapsed);
        return new RateResult(
                KpiLabel.of("budget_pacing"),
                RateKind.MONEY_RATIO,
                numerator,
                denominator,
                budget.isZero() ? "budget" : "elapsed time");
    }

    private static BigDecimal seconds(Duration duration) {
        return BigDecimal.valueOf(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9));
    }

    // ------------------------------------------------------------------ shared shapes

    static RateResult proportion(KpiLabel label, long numerator, long denominator, String denominatorName) {
        KpiMath.requireNonNegative(denominatorName, denominator);
        return RateResult.of(label, RateKind.PROPORTION, numerator, denominator, denominatorName);
    }

    private static RateResult perUnitCount(KpiLabel label, long numerator, long denominator, String denominatorName) {
        KpiMath.requireNonNegative(denominatorName, denominator);
        return RateResult.of(label, RateKind.PER_UNIT, numerator, denominator, denominatorName);
    }

    /** {@code 1 − part/whole} as the proportion {@code (whole − part)/whole}, validating part ≤ whole. */
    private static RateResult complement(KpiLabel label, long part, long whole, String wholeName, String partName) {
        KpiMath.requireNonNegative(partName, part);
        KpiMath.requireNonNegative(wholeName, whole);
        if (part > whole) {
            throw new IllegalArgumentException(
                    label + ": " + partName + " " + part + " must not exceed " + wholeName + " " + whole);
        }
        return RateResult.of(label, RateKind.PROPORTION, whole - part, whole, wholeName);
    }

    private static MoneyResult perUnit(KpiLabel label, MonetaryAmount total, long denominator, String name) {
        KpiMath.requireNonNegative(name, denominator);
        return new MoneyResult(
                label, KpiMath.requireNonNegative("total", total), BigDecimal.valueOf(denominator), 1, name);
    }

    private static RateResult moneyRatio(
            KpiLabel label, MonetaryAmount numerator, MonetaryAmount denominator, String denominatorName) {
        Objects.requireNonNull(numerator, "numerator");
        KpiMath.requireNonNegative(denominatorName, denominator);
        KpiMath.requireOneCurrency(numerator, denominator);
        return new RateResult(
                label, RateKind.MONEY_RATIO, KpiMath.decimal(numerator), KpiMath.decimal(denominator), denominatorName);
    }
}

package io.github.emporion.cli;

import io.github.emporion.cli.report.Cell;
import io.github.emporion.cli.report.Report;
import io.github.emporion.cli.report.ReportChart;
import io.github.emporion.cli.report.ReportSection;
import io.github.emporion.cli.report.ReportTable;
import io.github.emporion.commerce.customer.Customer;
import io.github.emporion.commerce.customer.CustomerType;
import io.github.emporion.commerce.order.Order;
import io.github.emporion.marketing.budget.BudgetStatus;
import io.github.emporion.marketing.campaign.Campaign;
import io.github.emporion.marketing.campaign.CampaignPerformance;
import io.github.emporion.marketing.channel.Channel;
import io.github.emporion.marketing.channel.ChannelGroup;
import io.github.emporion.marketing.journey.Journey;
import io.github.emporion.marketing.journey.JourneyBuilder;
import io.github.emporion.marketing.journey.PathCount;
import io.github.emporion.marketing.journey.PathCountAccumulator;
import io.github.emporion.marketing.journey.VisitorJourneys;
import io.github.emporion.marketing.touchpoint.Conversion;
import io.github.emporion.marketing.touchpoint.Touchpoint;
import io.github.emporion.metrics.attribution.Attribution;
import io.github.emporion.metrics.attribution.AttributionComparison;
import io.github.emporion.metrics.attribution.AttributionModel;
import io.github.emporion.metrics.attribution.AttributionResult;
import io.github.emporion.metrics.attribution.MarkovModel;
import io.github.emporion.metrics.attribution.RuleBasedModel;
import io.github.emporion.metrics.attribution.ShapleyModel;
import io.github.emporion.metrics.attribution.TimeDecayModel;
import io.github.emporion.metrics.attribution.TimedJourney;
import io.github.emporion.metrics.catalog.KpiCatalog;
import io.github.emporion.metrics.catalog.KpiFormat;
import io.github.emporion.metrics.funnel.FunnelStepResult;
import io.github.emporion.metrics.grouped.KpiBreakdown;
import io.github.emporion.metrics.grouped.MarketingKpiAccumulator;
import io.github.emporion.metrics.grouped.MarketingSummary;
import io.github.emporion.metrics.grouped.OrderKpiAccumulator;
import io.github.emporion.metrics.grouped.OrderSummary;
import io.github.emporion.metrics.grouped.SessionKpiAccumulator;
import io.github.emporion.metrics.grouped.SessionSummary;
import io.github.emporion.metrics.kpi.KpiResult;
import io.github.emporion.metrics.kpi.Kpis;
import io.github.emporion.metrics.kpi.MoneyResult;
import io.github.emporion.metrics.kpi.RateResult;
import io.github.emporion.metrics.report.DomainFacts;
import io.github.emporion.metrics.stats.ConfidenceInterval;
import io.github.emporion.money.Monies;
import io.github.emporion.sample.SampleShop;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Runs the sample shop through the library and assembles the demo {@link Report}: overview, key
 * figures with confidence intervals, funnel, KPIs by channel group, spend and revenue by channel,
 * campaigns, budget versus actual, customer journeys and orders by customer type.
 *
 * <p>Every figure comes from a library entry point (KPI accumulators, {@link Kpis}, {@link
 * JourneyBuilder}, {@link io.github.emporion.marketing.budget.MarketingBudget#report}); this class
 * only maps domain objects to their rows and lays the results out.
 */
final class DemoReport {

    private static final int TOP_PATHS = 10;

    private final SampleShop shop;
    private final Locale locale;
    private final ResourceBundle text;
    private final CurrencyUnit currency;
    private final List<PathCount> pathCounts;
    private final List<Journey> journeys;
    private final List<AttributionResult> attribution;

    private DemoReport(SampleShop shop, Locale locale) {
        this.shop = shop;
        this.locale = locale;
        this.text = ResourceBundle.getBundle("io.github.emporion.cli.DemoText", locale);
        this.currency = shop.currency();
        this.journeys = JourneyBuilder.withDefaultLookback().build(shop.journeyEvents()).stream()
                .map(VisitorJourneys::journeys)
                .flatMap(List::stream)
                .toList();
        PathCountAccumulator paths = new PathCountAccumulator(currency);
        journeys.forEach(paths::add);
        this.pathCounts = paths.result();
        this.attribution = Attribution.runJourneys(
                PATH_MODELS,
                List.of(TimeDecayModel.sevenDays()),
                journeys.stream().map(DemoReport::timed).toList());
    }

    /** The path models of the attribution section, in column order (time decay comes last). */
    private static final List<AttributionModel> PATH_MODELS = List.of(
            RuleBasedModel.firstTouch(),
            RuleBasedModel.lastTouch(),
            RuleBasedModel.lastNonDirect(),
            RuleBasedModel.linear(),
            RuleBasedModel.positionBased(),
            MarkovModel.order(1),
            ShapleyModel.simplified());

    /** The model whose credited revenue the spend charts show. */
    private static final String CHART_MODEL = "markov";

    private static TimedJourney timed(Journey j) {
        return new TimedJourney(
                j.path(),
                j.touchpoints().stream().map(Touchpoint::timestamp).toList(),
                j.conversion().map(Conversion::timestamp),
                j.conversion().map(c -> Monies.decimal(c.value()).doubleValue()).orElse(0.0));
    }

    /**
     * Builds the report.
     *
     * @param shop the sample shop
     * @param locale the language of labels and numbers (en, ar or el)
     * @return the report
     */
    static Report build(SampleShop shop, Locale locale) {
        return new DemoReport(shop, locale).report();
    }

    /**
     * Returns the path counts of the shop's journeys (30-day lookback), the input of attribution.
     *
     * @param shop the sample shop
     * @return the path counts
     */
    static List<PathCount> pathCounts(SampleShop shop) {
        return new DemoReport(shop, Locale.ENGLISH).pathCounts;
    }

    private Report report() {
        KpiBreakdown<ChannelGroup, SessionSummary> sessions = sessionKpis();
        KpiBreakdown<CustomerType, OrderSummary> orders = orderKpis();
        List<ReportSection> sections = new ArrayList<>();
        sections.add(overview());
        sections.add(keyFigures(sessions.total(), orders.total()));
        sections.add(funnel(sessions.total()));
        sections.add(channelGroups(sessions));
        sections.add(spendByChannel());
        sections.add(campaigns());
        sections.add(budget());
        sections.add(paths());
        sections.add(attributionSection());
        sections.add(ordersByCustomerType(orders));
        return new Report(t("title"), locale, sections);
    }

    // -------------------------------------------------------------- sections

    private ReportSection overview() {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .withDecimalStyle(DecimalStyle.of(locale));
        String paragraph = new MessageFormat(t("overview.text"), locale).format(new Object[] {
            dates.format(shop.from()),
            dates.format(shop.to().minusDays(1)),
            visitors(),
            shop.sessions().size(),
            shop.carts().size(),
            shop.orders().size(),
            currency.getCurrencyCode(),
            Long.toString(shop.seed())
        });
        return new ReportSection("overview", t("overview.title"), List.of(paragraph), List.of(), List.of());
    }

    private ReportSection keyFigures(SessionSummary sessions, OrderSummary orders) {
        MarketingSummary marketing = marketingKpis(p -> "all").total();
        long carts = shop.carts().size();
        long purchasedCarts = shop.carts().stream().filter(c -> !c.abandoned()).count();
        Map<String, Long> ordersPerCustomer = shop.orders().stream()
                .collect(Collectors.groupingBy(o -> o.snapshot().customerId().value(), Collectors.counting()));
        long repeat = ordersPerCustomer.values().stream().filter(n -> n > 1).count();
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(countRow(t("visitors"), visitors()));
        rows.add(countRow(KpiCatalog.name("sessions", locale), sessions.sessions()));
        rows.add(countRow(KpiCatalog.name("orders", locale), orders.orders()));
        rows.add(kpiRow(orders.netSales()));
        rows.add(kpiRow(orders.aov()));
        rows.add(kpiRow(sessions.conversionRate()));
        rows.add(kpiRow(sessions.engagementRate()));
        rows.add(kpiRow(sessions.bounceRate()));
        rows.add(kpiRow(Kpis.cartAbandonmentRate(carts, purchasedCarts)));
        rows.add(kpiRow(orders.returnRate()));
        rows.add(kpiRow(orders.refundRate()));
        rows.add(kpiRow(Kpis.repeatPurchaseRate(repeat, ordersPerCustomer.size())));
        rows.add(kpiRow(marketing.ctr()));
        rows.add(kpiRow(marketing.cpc()));
        rows.add(kpiRow(marketing.cpa()));
        rows.add(kpiRow(marketing.roas()));
        rows.add(kpiRow(Kpis.cac(marketing.spend(), shop.customers().size())));
        ReportTable table = new ReportTable(
                "key_figures",
                t("kpi.title"),
                List.of(t("col.kpi"), t("col.value"), t("col.lower"), t("col.upper")),
                rows);
        return new ReportSection("key_figures", t("kpi.title"), List.of(t("kpi.text")), List.of(), List.of(table));
    }

    private ReportSection funnel(SessionSummary sessions) {
        List<String> steps = new ArrayList<>();
        List<Cell> counts = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        for (FunnelStepResult step : sessions.funnel().steps()) {
            String name = t("step." + step.step().id());
            Cell count = count(step.count());
            steps.add(name);
            counts.add(count);
            rows.add(List.of(
                    Cell.text(name), count, rate(step.stepRate()), rate(step.overallRate()), count(step.dropOff())));
        }
        ReportChart chart = new ReportChart(
                "funnel",
                t("chart.funnel"),
                ReportChart.Kind.FUNNEL,
                steps,
                List.of(series(t("series.sessions"), counts)));
        ReportTable table = new ReportTable(
                "funnel",
                t("funnel.title"),
                List.of(
                        t("col.step"),
                        KpiCatalog.name("sessions", locale),
                        t("col.step_rate"),
                        t("col.overall_rate"),
                        t("col.drop_off")),
                rows);
        return new ReportSection("funnel", t("funnel.title"), List.of(), List.of(chart), List.of(table));
    }

    private ReportSection channelGroups(KpiBreakdown<ChannelGroup, SessionSummary> sessions) {
        List<List<Cell>> rows = new ArrayList<>();
        new TreeMap<>(sessions.groups()).forEach((group, s) -> rows.add(channelGroupRow(group.displayName(), s)));
        rows.add(channelGroupRow(t("total"), sessions.total()));
        RateResult cr = sessions.total().conversionRate();
        ReportTable table = new ReportTable(
                "kpis_by_channel_group",
                t("channels.title"),
                List.of(
                        t("col.channel_group"),
                        KpiCatalog.name("sessions", locale),
                        KpiCatalog.name("session_engagement_rate", locale),
                        KpiCatalog.name("bounce_rate", locale),
                        KpiCatalog.name(cr.label().kpiId(), locale),
                        t("col.lower"),
                        t("col.upper")),
                rows);
        return new ReportSection(
                "kpis_by_channel_group", t("channels.title"), List.of(t("channels.text")), List.of(), List.of(table));
    }

    private List<Cell> channelGroupRow(String name, SessionSummary s) {
        RateResult cr = s.conversionRate();
        List<Cell> row = new ArrayList<>(List.of(
                Cell.text(name), count(s.sessions()), rate(s.engagementRate()), rate(s.bounceRate()), rate(cr)));
        row.addAll(interval(cr));
        return row;
    }

    private ReportSection spendByChannel() {
        Map<String, Campaign> campaigns = campaignsById();
        KpiBreakdown<String, MarketingSummary> byChannel =
                marketingKpis(p -> campaigns.get(p.campaignId()).channel().name());
        List<String> channels = new ArrayList<>();
        List<Cell> spend = new ArrayList<>();
        List<Cell> revenue = new ArrayList<>();
        List<Cell> roas = new ArrayList<>();
        List<Cell> attributedRevenue = new ArrayList<>();
        List<Cell> attributedRoas = new ArrayList<>();
        AttributionComparison comparison = comparison(byChannel);
        int chartModel = modelIndex(CHART_MODEL);
        List<List<Cell>> rows = new ArrayList<>();
        for (Channel channel : shop.channels()) {
            Optional<MarketingSummary> found = byChannel.group(channel.name());
            if (found.isEmpty()) {
                continue;
            }
            MarketingSummary m = found.get();
            Cell spendCell = money(m.spend());
            Cell revenueCell = money(m.revenue());
            Cell roasCell = rate(m.roas());
            channels.add(channel.name());
            spend.add(spendCell);
            revenue.add(revenueCell);
            roas.add(roasCell.numericValue().isPresent() ? roasCell : Cell.number(roasCell.text(), BigDecimal.ZERO));
            Optional<AttributionComparison.Cell> credit = Optional.ofNullable(
                            comparison.byChannel().get(channel.name()))
                    .map(r -> r.cells().get(chartModel));
            attributedRevenue.add(
                    money(credit.map(AttributionComparison.Cell::value).orElse(0.0)));
            Cell attributedRoasCell = ratio(credit.flatMap(AttributionComparison.Cell::roas));
            attributedRoas.add(
                    attributedRoasCell.numericValue().isPresent()
                            ? attributedRoasCell
                            : Cell.number(attributedRoasCell.text(), BigDecimal.ZERO));
            rows.add(marketingRow(channel.name(), channel.group().displayName(), m));
        }
        MarketingSummary total = byChannel.total();
        rows.add(marketingRow(t("total"), "", total));
        ReportChart spendRevenue = new ReportChart(
                "spend_revenue",
                t("chart.spend_revenue"),
                ReportChart.Kind.BAR,
                channels,
                List.of(
                        series(t("series.spend"), spend),
                        series(t("series.revenue"), revenue),
                        series(t("series.attributed_revenue"), attributedRevenue)));
        ReportChart roasChart = new ReportChart(
                "roas",
                t("chart.roas"),
                ReportChart.Kind.BAR,
                channels,
                List.of(series(t("series.roas"), roas), series(t("series.attributed_roas"), attributedRoas)));
        ReportTable table = new ReportTable(
                "spend_by_channel",
                t("spend.title"),
                withMarketingColumns(t("col.channel"), t("col.channel_group")),
                rows);
        return new ReportSection(
                "spend_by_channel",
                t("spend.title"),
                List.of(t("spend.text")),
                List.of(spendRevenue, roasChart),
                List.of(table));
    }

    /** The leading headings followed by the nine figure columns of {@link #marketingRow}. */
    private List<String> withMarketingColumns(String... leading) {
        List<String> columns = new ArrayList<>(List.of(leading));
        columns.addAll(List.of(
                KpiCatalog.name("impressions", locale),
                KpiCatalog.name("clicks", locale),
                KpiCatalog.name("ctr", locale),
                KpiCatalog.name("cpc", locale),
                t("series.spend"),
                KpiCatalog.name("conversions", locale),
                KpiCatalog.name("cpa", locale),
                t("series.revenue"),
                KpiCatalog.name("roas", locale)));
        return columns;
    }

    private List<Cell> marketingRow(String name, String group, MarketingSummary m) {
        return List.of(
                Cell.text(name),
                Cell.text(group),
                count(m.impressions()),
                count(m.clicks()),
                rate(m.ctr()),
                rate(m.cpc()),
                money(m.spend()),
                count(m.conversions()),
                rate(m.cpa()),
                money(m.revenue()),
                rate(m.roas()));
    }

    private ReportSection campaigns() {
        KpiBreakdown<String, MarketingSummary> byCampaign = marketingKpis(CampaignPerformance::campaignId);
        List<List<Cell>> rows = new ArrayList<>();
        for (Campaign c : shop.campaigns()) {
            MarketingSummary m = byCampaign.group(c.id()).orElseThrow();
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(c.name()));
            row.add(Cell.text(c.channel().name()));
            row.add(Cell.text(c.billing().model() + " "
                    + KpiFormat.formatMoney(c.billing().rate(), locale)));
            row.addAll(marketingRow("", "", m).subList(2, 11));
            rows.add(row);
        }
        ReportTable table = new ReportTable(
                "campaigns",
                t("campaigns.title"),
                withMarketingColumns(t("col.campaign"), t("col.channel"), t("col.billing")),
                rows);
        return new ReportSection("campaigns", t("campaigns.title"), List.of(), List.of(), List.of(table));
    }

    private ReportSection budget() {
        List<BudgetStatus> statuses = shop.budget().report(shop.spend(), shop.asOf());
        Map<String, long[]> yearly = new LinkedHashMap<>();
        List<List<Cell>> monthly = new ArrayList<>();
        DateTimeFormatter months =
                DateTimeFormatter.ofPattern("MMM yyyy", locale).withDecimalStyle(DecimalStyle.of(locale));
        statuses.stream()
                .sorted(Comparator.comparing((BudgetStatus s) -> s.target().id())
                        .thenComparing(BudgetStatus::month))
                .forEach(s -> {
                    long[] sums = yearly.computeIfAbsent(s.target().id(), k -> new long[2]);
                    sums[0] += Monies.toMinorUnits(s.planned());
                    sums[1] += Monies.toMinorUnits(s.actual());
                    monthly.add(List.of(
                            Cell.text(s.target().id()),
                            Cell.text(months.format(YearMonth.from(s.month()))),
                            money(s.planned()),
                            money(s.actual()),
                            money(s.variance()),
                            Cell.text(s.status().name().toLowerCase(Locale.ROOT))));
                });
        List<String> channels = new ArrayList<>();
        List<Cell> planned = new ArrayList<>();
        List<Cell> actual = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        yearly.forEach((channel, sums) -> {
            MonetaryAmount p = Monies.ofMinorUnits(sums[0], currency);
            MonetaryAmount a = Monies.ofMinorUnits(sums[1], currency);
            channels.add(channel);
            planned.add(money(p));
            actual.add(money(a));
            rows.add(List.of(
                    Cell.text(channel),
                    money(p),
                    money(a),
                    money(Monies.subtract(a, p)),
                    rate(Kpis.budgetUtilisation(a, p))));
        });
        ReportChart chart = new ReportChart(
                "budget",
                t("chart.budget"),
                ReportChart.Kind.BAR,
                channels,
                List.of(series(t("series.planned"), planned), series(t("series.actual"), actual)));
        ReportTable table = new ReportTable(
                "budget",
                t("budget.title"),
                List.of(
                        t("col.channel"),
                        t("col.planned"),
                        t("col.actual"),
                        t("col.variance"),
                        KpiCatalog.name("budget_utilisation", locale)),
                rows);
        ReportTable monthlyTable = new ReportTable(
                "budget_monthly",
                t("budget.title"),
                List.of(
                        t("col.channel"),
                        t("col.month"),
                        t("col.planned"),
                        t("col.actual"),
                        t("col.variance"),
                        t("col.status")),
                monthly);
        return new ReportSection(
                "budget", t("budget.title"), List.of(t("budget.text")), List.of(chart), List.of(table, monthlyTable));
    }

    private ReportSection paths() {
        long converted = journeys.stream().filter(Journey::isConverted).count();
        long longJourneys = journeys.stream()
                .filter(j -> j.isConverted() && j.touchpoints().size() >= 3)
                .count();
        String paragraph = new MessageFormat(t("paths.text"), locale)
                .format(new Object[] {journeys.size(), converted, longJourneys});
        List<List<Cell>> rows = pathCounts.stream()
                .filter(p -> p.conversions().signum() > 0)
                .sorted(Comparator.comparing(PathCount::conversions)
                        .reversed()
                        .thenComparing(PathCount::journeys, Comparator.reverseOrder())
                        .thenComparing(PathCount::pathString))
                .limit(TOP_PATHS)
                .map(p -> List.of(
                        Cell.text(p.pathString()),
                        decimal(p.journeys()),
                        decimal(p.conversions()),
                        money(p.conversionValue())))
                .toList();
        ReportTable table = new ReportTable(
                "top_paths",
                t("paths.title"),
                List.of(t("col.path"), t("col.journeys"), KpiCatalog.name("conversions", locale), t("series.revenue")),
                rows);
        return new ReportSection("paths", t("paths.title"), List.of(paragraph), List.of(), List.of(table));
    }

    private ReportSection ordersByCustomerType(KpiBreakdown<CustomerType, OrderSummary> orders) {
        List<List<Cell>> rows = new ArrayList<>();
        new TreeMap<>(orders.groups()).forEach((type, s) -> rows.add(orderRow(type.name(), s)));
        rows.add(orderRow(t("total"), orders.total()));
        ReportTable table = new ReportTable(
                "orders_by_customer_type",
                t("orders.title"),
                List.of(
                        t("col.customer_type"),
                        KpiCatalog.name("orders", locale),
                        KpiCatalog.name("units_sold", locale),
                        KpiCatalog.name("net_sales", locale),
                        KpiCatalog.name("aov", locale),
                        KpiCatalog.name("return_rate", locale),
                        KpiCatalog.name("refund_rate", locale)),
                rows);
        return new ReportSection("orders_by_customer_type", t("orders.title"), List.of(), List.of(), List.of(table));
    }

    private List<Cell> orderRow(String name, OrderSummary s) {
        return List.of(
                Cell.text(name),
                count(s.orders()),
                count(s.units()),
                money(s.netSales().value()),
                rate(s.aov()),
                rate(s.returnRate()),
                rate(s.refundRate()));
    }

    private ReportSection attributionSection() {
        Map<String, Campaign> campaigns = campaignsById();
        AttributionComparison comparison = comparison(
                marketingKpis(p -> campaigns.get(p.campaignId()).channel().name()));
        List<String> models = attribution.stream().map(AttributionResult::model).toList();
        List<String> channels = new ArrayList<>();
        List<List<Cell>> conversions = new ArrayList<>();
        List<List<Cell>> roas = new ArrayList<>();
        for (AttributionComparison.Row row : comparison.rows()) {
            channels.add(row.channel());
            List<Cell> c = new ArrayList<>(List.of(Cell.text(row.channel())));
            List<Cell> r = new ArrayList<>(List.of(Cell.text(row.channel())));
            for (AttributionComparison.Cell cell : row.cells()) {
                c.add(fraction(cell.conversions()));
                r.add(ratio(cell.roas()));
            }
            conversions.add(c);
            roas.add(r);
        }
        List<ReportChart.Series> series = new ArrayList<>();
        for (int m = 0; m < models.size(); m++) {
            int model = m;
            series.add(series(
                    models.get(m),
                    conversions.stream().map(row -> row.get(model + 1)).toList()));
        }
        List<String> columns = new ArrayList<>(List.of(t("col.channel")));
        columns.addAll(models);
        ReportChart chart =
                new ReportChart("attribution_models", t("chart.attribution"), ReportChart.Kind.BAR, channels, series);
        ReportTable conversionTable =
                new ReportTable("attribution_conversions", t("attribution.conversions"), columns, conversions);
        ReportTable roasTable = new ReportTable("attribution_roas", t("attribution.roas"), columns, roas);
        String labels = attribution.stream().map(AttributionComparison::label).collect(Collectors.joining("; "));
        return new ReportSection(
                "attribution",
                t("attribution.title"),
                List.of(t("attribution.text"), labels),
                List.of(chart),
                List.of(conversionTable, roasTable));
    }

    private AttributionComparison comparison(KpiBreakdown<String, MarketingSummary> byChannel) {
        Map<String, MonetaryAmount> spend = new LinkedHashMap<>();
        byChannel.groups().forEach((channel, m) -> spend.put(channel, m.spend()));
        return AttributionComparison.of(attribution, spend);
    }

    private int modelIndex(String model) {
        for (int i = 0; i < attribution.size(); i++) {
            if (attribution.get(i).model().equals(model)) {
                return i;
            }
        }
        throw new IllegalStateException("no attribution model " + model);
    }

    // ------------------------------------------------------- domain to rows

    private KpiBreakdown<ChannelGroup, SessionSummary> sessionKpis() {
        SessionKpiAccumulator<ChannelGroup> acc = new SessionKpiAccumulator<>();
        shop.sessions()
                .forEach(s -> acc.add(DomainFacts.sessionFact(s.landingChannel().group(), s)));
        return acc.result();
    }

    private KpiBreakdown<String, MarketingSummary> marketingKpis(Function<CampaignPerformance, String> key) {
        Map<String, Campaign> campaigns = campaignsById();
        MarketingKpiAccumulator<String> acc = new MarketingKpiAccumulator<>(currency);
        for (CampaignPerformance p : shop.performance()) {
            acc.add(DomainFacts.marketingFact(key.apply(p), campaigns.get(p.campaignId()), p));
        }
        return acc.result();
    }

    /** Orders as KPI rows by customer type (sales without VAT, as {@link DomainFacts#orderFact} defines). */
    private KpiBreakdown<CustomerType, OrderSummary> orderKpis() {
        Map<String, CustomerType> types =
                shop.customers().stream().collect(Collectors.toMap(c -> c.id().value(), Customer::type));
        OrderKpiAccumulator<CustomerType> acc = new OrderKpiAccumulator<>(currency);
        for (Order o : shop.orders()) {
            acc.add(DomainFacts.orderFact(types.get(o.snapshot().customerId().value()), o, Optional.empty()));
        }
        return acc.result();
    }

    private Map<String, Campaign> campaignsById() {
        return shop.campaigns().stream().collect(Collectors.toMap(Campaign::id, Function.identity()));
    }

    private long visitors() {
        Set<String> ids = new HashSet<>();
        for (Touchpoint tp : shop.touchpoints()) {
            ids.add(tp.visitorId());
        }
        return ids.size();
    }

    // ----------------------------------------------------------------- cells

    private String t(String key) {
        return text.getString(key);
    }

    private List<Cell> countRow(String name, long n) {
        return List.of(Cell.text(name), count(n), Cell.text(""), Cell.text(""));
    }

    private List<Cell> kpiRow(KpiResult result) {
        List<Cell> row = new ArrayList<>();
        row.add(Cell.text(KpiCatalog.name(result.label().kpiId(), locale)));
        row.add(rate(result));
        if (result instanceof RateResult r && r.interval().isPresent()) {
            row.addAll(interval(r));
        } else {
            row.add(Cell.text(""));
            row.add(Cell.text(""));
        }
        return row;
    }

    private List<Cell> interval(RateResult r) {
        Optional<ConfidenceInterval> ci = r.interval();
        if (ci.isEmpty()) {
            String undefined = KpiFormat.undefined(locale);
            return List.of(Cell.text(undefined), Cell.text(undefined));
        }
        return List.of(percent(ci.get().lower()), percent(ci.get().upper()));
    }

    private Cell percent(double fraction) {
        BigDecimal value = BigDecimal.valueOf(fraction).setScale(6, RoundingMode.HALF_EVEN);
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return Cell.number(format.format(value), value);
    }

    private Cell count(long n) {
        return Cell.number(NumberFormat.getIntegerInstance(locale).format(n), BigDecimal.valueOf(n));
    }

    private Cell decimal(BigDecimal n) {
        return Cell.number(NumberFormat.getNumberInstance(locale).format(n), n);
    }

    /** A fractional count (credited conversions), shown with two decimals. */
    private Cell fraction(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return Cell.number(format.format(value), BigDecimal.valueOf(value));
    }

    /** A plain ratio (ROAS), two decimals, or "undefined". */
    private Cell ratio(Optional<Double> value) {
        return value.map(this::fraction).orElseGet(() -> Cell.text(KpiFormat.undefined(locale)));
    }

    /** An attributed amount (a double in currency units), rounded half-even to minor units. */
    private Cell money(double amount) {
        return money(Monies.of(
                BigDecimal.valueOf(amount).setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN),
                currency));
    }

    private Cell money(MonetaryAmount amount) {
        return Cell.number(KpiFormat.formatMoney(amount, locale), Monies.decimal(amount));
    }

    /** A KPI result: its localised text and exact value, or the localised "undefined" text. */
    private Cell rate(KpiResult result) {
        String shown = KpiFormat.format(result, locale);
        Optional<BigDecimal> value = Optional.empty();
        if (result instanceof RateResult r) {
            value = r.value();
        } else if (result instanceof MoneyResult m) {
            value = m.valueRounded().map(Monies::decimal);
        } else if (result instanceof io.github.emporion.metrics.kpi.AmountResult a) {
            value = Optional.of(Monies.decimal(a.value()));
        }
        return value.map(v -> Cell.number(shown, v)).orElseGet(() -> Cell.text(shown));
    }

    private static ReportChart.Series series(String name, List<Cell> cells) {
        return new ReportChart.Series(
                name,
                cells.stream()
                        .map(c -> c.numericValue().orElse(BigDecimal.ZERO))
                        .toList(),
                cells.stream().map(Cell::text).toList());
    }
}

package io.github.emporion.metrics.report;

import static io.github.emporion.metrics.report.Fixtures.EUR;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.emporion.commerce.order.Order;
import io.github.emporion.commerce.order.OrderId;
import io.github.emporion.commerce.order.OrderLine;
import io.github.emporion.marketing.campaign.Campaign;
import io.github.emporion.marketing.campaign.CampaignPerformance;
import io.github.emporion.marketing.channel.Channel;
import io.github.emporion.marketing.channel.ChannelGroup;
import io.github.emporion.marketing.touchpoint.FunnelStep;
import io.github.emporion.marketing.touchpoint.Session;
import io.github.emporion.metrics.grouped.MinorUnits;
import io.github.emporion.metrics.kpi.AovVariant;
import io.github.emporion.metrics.kpi.KpiResult;
import io.github.emporion.metrics.kpi.Kpis;
import io.github.emporion.metrics.kpi.MoneyResult;
import io.github.emporion.metrics.kpi.RateResult;
import io.github.emporion.metrics.kpi.SalesTotals;
import io.github.emporion.money.Monies;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * Seeded random weeks of campaign days, sessions, orders and carts in America/New_York across the
 * DST change of 2026-03-08: the report must equal plain {@link Kpis} calls on counts summed here by
 * hand, and splitting the rows at random points and merging must equal one pass.
 */
class KpiReportRandomTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    static final LocalDate TO = LocalDate.of(2026, 3, 15);
    static final Channel SOCIAL = Channel.of("social", ChannelGroup.PAID_SOCIAL);
    static final Channel[] CHANNELS = {Fixtures.SEARCH, Fixtures.NEWSLETTER, SOCIAL};
    static final Instant EARLIEST = Instant.parse("2026-02-27T00:00:00Z");
    static final long SPAN_SECONDS = 20L * 24 * 3600;

    static final Map<String, Campaign> CAMPAIGNS = Map.of(
            "search", Fixtures.campaign("c-search", Fixtures.SEARCH, Fixtures.cpc(Fixtures.eur("0.40"))),
            "newsletter", Fixtures.campaign("c-newsletter", Fixtures.NEWSLETTER, Fixtures.cpc(Fixtures.eur("0.40"))),
            "social", Fixtures.campaign("c-social", SOCIAL, Fixtures.cpc(Fixtures.eur("0.40"))));

    static Instant randomInstant(Random r) {
        return EARLIEST.plusSeconds((long) (r.nextDouble() * SPAN_SECONDS));
    }

    static ReportInput randomRow(Random r) {
        Channel channel = CHANNELS[r.nextInt(CHANNELS.length)];
        switch (r.nextInt(4)) {
            case 0: {
                long impressions = r.nextInt(5000);
                long clicks = impressions == 0 ? 0 : r.nextInt((int) Math.min(impressions, 300) + 1);
                CampaignPerformance day = Fixtures.day(
                        CAMPAIGNS.get(channel.name()).id(),
                        LocalDate.of(2026, 2, 27).plusDays(r.nextInt(20)),
                        impressions,
                        clicks,
                        r.nextInt(10),
                        MinorUnits.toAmount(r.nextInt(100_000), EUR));
                if (r.nextBoolean()) {
                    day = day.withSpend(MinorUnits.toAmount(r.nextInt(20_000), EUR));
                }
                return new CampaignDay(CAMPAIGNS.get(channel.name()), day);
            }
            case 1: {
                List<FunnelStep> steps = new ArrayList<>();
                for (FunnelStep s : FunnelStep.values()) {
                    if (s != FunnelStep.PURCHASED && r.nextInt(3) > 0) {
                        steps.add(s);
                    }
                }
                boolean converted = r.nextInt(4) == 0;
                if (converted && r.nextBoolean()) {
                    steps.add(FunnelStep.PURCHASED);
                }
                return ReportInput.of(Fixtures.session(
                        channel,
                        randomInstant(r),
                        r.nextInt(40),
                        r.nextInt(6),
                        converted,
                        steps.toArray(FunnelStep[]::new)));
            }
            case 2: {
                int lines = 1 + r.nextInt(2);
                List<OrderLine> list = new ArrayList<>();
                for (int i = 0; i < lines; i++) {
                    int quantity = 1 + r.nextInt(4);
                    long unit = 1 + r.nextInt(5000);
                    long discount = r.nextInt((int) Math.min(unit * quantity, 2000));
                    list.add(Fixtures.netLine(
                            "sku" + i,
                            quantity,
                            MinorUnits.toAmount(unit, EUR),
                            MinorUnits.toAmount(discount, EUR),
                            MinorUnits.toAmount(r.nextInt(900), EUR)));
                }
                Instant at = randomInstant(r);
                Order order = Fixtures.paidOrder(
                        "cust" + r.nextInt(50),
                        at,
                        false,
                        io.github.emporion.commerce.order.TaxedAmount.of(
                                MinorUnits.toAmount(500, EUR),
                                MinorUnits.toAmount(95, EUR),
                                MinorUnits.toAmount(595, EUR)),
                        list.toArray(OrderLine[]::new));
                int fate = r.nextInt(6);
                if (fate == 0) {
                    order = order.cancel(at.plusSeconds(120));
                } else if (fate == 1) {
                    OrderLine line = list.get(0);
                    order = Fixtures.returnUnits(order, line.sku(), line.quantity(), at.plusSeconds(3600));
                }
                Attribution attribution = r.nextInt(5) == 0 ? Attribution.NONE : Attribution.of(channel);
                AttributedOrder row = AttributedOrder.of(order, attribution);
                return row.withCostOfGoods(MinorUnits.toAmount(r.nextInt(3000), EUR));
            }
            default: {
                Attribution attribution = r.nextInt(5) == 0 ? Attribution.NONE : Attribution.of(channel);
                return r.nextInt(3) == 0
                        ? TrackedCart.purchased(Fixtures.cart(EUR), randomInstant(r), OrderId.of("x"), attribution)
                        : TrackedCart.abandoned(Fixtures.cart(EUR), randomInstant(r), attribution);
            }
        }
    }

    /** Counts summed by hand for one channel (or the total). */
    static final class Sums {
        long impressions;
        long clicks;
        long conversions;
        long spend;
        long revenue;
        long sessions;
        long engaged;
        long singlePage;
        long converted;
        long orders;
        long units;
        long unitsReturned;
        long refunded;
        long gross;
        long discounts;
        long returns;
        long tax;
        long shipping;
        long carts;
        long purchasedCarts;
    }

    @Test
    void report_randomRowsByChannel_equalsKpisOnHandSummedCounts() {
        KpiReport report = KpiReport.builder()
                .currency("EUR")
                .zone(NEW_YORK)
                .window(FROM, TO)
                .groupBy(GroupBy.CHANNEL)
                .build();
        Instant start = FROM.atStartOfDay(NEW_YORK).toInstant();
        Instant end = TO.atStartOfDay(NEW_YORK).toInstant();
        for (long seed = 1; seed <= 30; seed++) {
            Random random = new Random(seed);
            List<ReportInput> rows = new ArrayList<>();
            int n = 50 + random.nextInt(400);
            for (int i = 0; i < n; i++) {
                rows.add(randomRow(random));
            }
            Map<Optional<String>, Sums> byChannel = new HashMap<>();
            Sums total = new Sums();
            long outside = 0;
            for (ReportInput row : rows) {
                if (row instanceof CampaignDay day) {
                    CampaignPerformance p = day.performance();
                    if (p.date().isBefore(FROM) || !p.date().isBefore(TO)) {
                        outside++;
                        continue;
                    }
                    long spend = p.spend().map(s -> MinorUnits.of("spend", s)).orElse(40 * p.clicks());
                    for (Sums s : List.of(
                            total,
                            byChannel.computeIfAbsent(
                                    Optional.of(day.campaign().channel().name()), k -> new Sums()))) {
                        s.impressions += p.impressions();
                        s.clicks += p.clicks();
                        s.conversions += p.conversions();
                        s.spend += spend;
                        s.revenue += MinorUnits.of("value", p.conversionValue());
                    }
                } else if (row instanceof SessionVisit visit) {
                    Session session = visit.session();
                    if (session.start().isBefore(start) || !session.start().isBefore(end)) {
                        outside++;
                        continue;
                    }
                    for (Sums s : List.of(
                            total,
                            byChannel.computeIfAbsent(
                                    Optional.of(session.landingChannel().name()), k -> new Sums()))) {
                        s.sessions++;
                        s.engaged += session.engaged() ? 1 : 0;
                        s.singlePage += session.pageViews() == 1 ? 1 : 0;
                        s.converted += session.converted() ? 1 : 0;
                    }
                } else if (row instanceof AttributedOrder ao) {
                    Order order = ao.order();
                    Instant at = order.snapshot().placedAt();
                    if (at.isBefore(start) || !at.isBefore(end)) {
                        outside++;
                        continue;
                    }
                    if (order.status() == io.github.emporion.commerce.order.OrderStatus.CANCELLED) {
                        continue;
                    }
                    Optional<String> key = ao.attribution().channel().map(Channel::name);
                    for (Sums s : List.of(total, byChannel.computeIfAbsent(key, k -> new Sums()))) {
                        s.orders++;
                        s.refunded += order.refunded().isPositive() ? 1 : 0;
                        s.shipping += 500;
                        s.tax += 95;
                        for (OrderLine line : order.snapshot().lines()) {
                            s.units += line.quantity();
                            s.gross += MinorUnits.of("subtotal", line.subtotal());
                            s.discounts += MinorUnits.of("discount", line.discount());
                            s.tax += MinorUnits.of("tax", line.tax());
                            // whole lines are returned in this test
                            if (order.returnedQuantity(line.sku()) > 0) {
                                s.unitsReturned += line.quantity();
                                s.returns += MinorUnits.of("net", line.net());
                                s.tax -= MinorUnits.of("tax", line.tax());
                            }
                        }
                    }
                } else {
                    TrackedCart cart = (TrackedCart) row;
                    if (cart.createdAt().isBefore(start) || !cart.createdAt().isBefore(end)) {
                        outside++;
                        continue;
                    }
                    Optional<String> key = cart.attribution().channel().map(Channel::name);
                    for (Sums s : List.of(total, byChannel.computeIfAbsent(key, k -> new Sums()))) {
                        s.carts++;
                        s.purchasedCarts += cart.purchased() ? 1 : 0;
                    }
                }
            }

            KpiReportResult result = report.run(rows.stream());
            String context = "seed " + seed;
            assertThat(result.rowsOutsideWindow()).as(context).isEqualTo(outside);
            byChannel.put(Optional.of("total"), total);
            for (Map.Entry<Optional<String>, Sums> e : byChannel.entrySet()) {
                boolean isTotal = e.getKey().equals(Optional.of("total"));
                ReportKey key = new ReportKey(e.getKey(), Optional.empty(), Optional.empty(), Optional.empty());
                Sums s = e.getValue();
                String where = context + ", " + e.getKey().orElse("(not set)");
                if (s.impressions + s.clicks + s.spend + s.revenue > 0 || hasGroup(result, "ctr", key)) {
                    MonetaryAmount spend = MinorUnits.toAmount(s.spend, EUR);
                    check(result, "ctr", key, isTotal, Kpis.ctr(s.clicks, s.impressions), where);
                    check(result, "cpc", key, isTotal, Kpis.cpc(spend, s.clicks), where);
                    check(result, "cpm", key, isTotal, Kpis.cpm(spend, s.impressions), where);
                    check(result, "cpa", key, isTotal, Kpis.cpa(spend, BigDecimal.valueOf(s.conversions)), where);
                    check(result, "roas", key, isTotal, Kpis.roas(MinorUnits.toAmount(s.revenue, EUR), spend), where);
                }
                if (s.sessions > 0) {
                    check(result, "conversion_rate", key, isTotal, Kpis.conversionRate(s.converted, s.sessions), where);
                    check(result, "bounce_rate", key, isTotal, Kpis.bounceRate(s.engaged, s.sessions), where);
                    check(
                            result,
                            "single_page_session_rate",
                            key,
                            isTotal,
                            Kpis.singlePageSessionRate(s.singlePage, s.sessions),
                            where);
                }
                if (s.orders > 0) {
                    SalesTotals sales = new SalesTotals(
                            MinorUnits.toAmount(s.gross, EUR),
                            MinorUnits.toAmount(s.discounts, EUR),
                            MinorUnits.toAmount(s.returns, EUR),
                            MinorUnits.toAmount(s.tax, EUR),
                            MinorUnits.toAmount(s.shipping, EUR));
                    check(result, "aov", key, isTotal, Kpis.aov(sales, s.orders, AovVariant.DEFAULT), where);
                    check(result, "net_sales", key, isTotal, Kpis.netSales(sales), where);
                    check(result, "total_sales", key, isTotal, Kpis.totalSales(sales), where);
                    check(result, "refund_rate", key, isTotal, Kpis.refundRate(s.refunded, s.orders), where);
                    check(result, "return_rate", key, isTotal, Kpis.returnRate(s.unitsReturned, s.units), where);
                }
                if (s.carts > 0) {
                    check(
                            result,
                            "cart_abandonment_rate",
                            key,
                            isTotal,
                            Kpis.cartAbandonmentRate(s.carts, s.purchasedCarts),
                            where);
                }
            }
        }
    }

    static boolean hasGroup(KpiReportResult result, String kpi, ReportKey key) {
        return result.kpi(kpi).orElseThrow().group(key).isPresent();
    }

    static void check(
            KpiReportResult result, String kpi, ReportKey key, boolean total, KpiResult expected, String where) {
        KpiResult actual = total
                ? result.kpi(kpi).orElseThrow().total()
                : result.kpi(kpi).orElseThrow().group(key).orElseThrow(() -> new AssertionError(where + ": no group"));
        String as = where + ", " + kpi;
        assertThat(actual.label()).as(as).isEqualTo(expected.label());
        assertThat(actual.undefinedReason()).as(as).isEqualTo(expected.undefinedReason());
        if (expected instanceof RateResult rate) {
            assertThat(((RateResult) actual).numerator()).as(as).isEqualByComparingTo(rate.numerator());
            assertThat(((RateResult) actual).denominator()).as(as).isEqualByComparingTo(rate.denominator());
        } else if (expected instanceof MoneyResult money) {
            assertThat(Monies.decimal(((MoneyResult) actual).total()))
                    .as(as)
                    .isEqualByComparingTo(Monies.decimal(money.total()));
            assertThat(((MoneyResult) actual).denominator()).as(as).isEqualByComparingTo(money.denominator());
        } else {
            assertThat(Monies.decimal(((io.github.emporion.metrics.kpi.AmountResult) actual).value()))
                    .as(as)
                    .isEqualByComparingTo(
                            Monies.decimal(((io.github.emporion.metrics.kpi.AmountResult) expected).value()));
        }
    }

    @Test
    void accumulator_randomSplitAndMerge_equalsSinglePass() {
        KpiReport report = KpiReport.builder()
                .currency("EUR")
                .zone(NEW_YORK)
                .window(FROM, TO)
                .groupBy(GroupBy.CHANNEL, GroupBy.DAY)
                .build();
        for (long seed = 100; seed < 160; seed++) {
            Random random = new Random(seed);
            int size = random.nextInt(300);
            List<ReportInput> rows = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                rows.add(randomRow(random));
            }
            KpiReportAccumulator single = report.newAccumulator();
            rows.forEach(single::add);
            int parts = 1 + random.nextInt(6);
            int[] cuts = random.ints(parts - 1, 0, size + 1).sorted().toArray();
            KpiReportAccumulator merged = report.newAccumulator();
            int from = 0;
            for (int p = 0; p < parts; p++) {
                int to = p < cuts.length ? cuts[p] : size;
                KpiReportAccumulator part = report.newAccumulator();
                rows.subList(from, to).forEach(part::add);
                merged.merge(part);
                from = to;
            }
            assertThat(merged.result())
                    .as("seed %d, %d rows in %d parts", seed, size, parts)
                    .isEqualTo(single.result());
            assertThat(report.run(rows.parallelStream()))
                    .as("seed %d parallel", seed)
                    .isEqualTo(single.result());
        }
    }
}

package io.github.emporion.metrics.report;

import io.github.emporion.aggregate.Accumulator;
import io.github.emporion.commerce.order.Order;
import io.github.emporion.commerce.order.OrderStatus;
import io.github.emporion.marketing.campaign.CampaignPerformance;
import io.github.emporion.marketing.touchpoint.Session;
import io.github.emporion.metrics.grouped.CartFact;
import io.github.emporion.metrics.grouped.CartKpiAccumulator;
import io.github.emporion.metrics.grouped.EngagementFact;
import io.github.emporion.metrics.grouped.EngagementKpiAccumulator;
import io.github.emporion.metrics.grouped.MarketingFact;
import io.github.emporion.metrics.grouped.MarketingKpiAccumulator;
import io.github.emporion.metrics.grouped.OrderFact;
import io.github.emporion.metrics.grouped.OrderKpiAccumulator;
import io.github.emporion.metrics.grouped.SessionFact;
import io.github.emporion.metrics.grouped.SessionKpiAccumulator;
import io.github.emporion.money.CurrencyMismatchException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The one-pass, mergeable state of a {@link KpiReport}: the report's configuration (plain data) and
 * one grouped accumulator per kind of row ({@link MarketingKpiAccumulator} and {@link
 * EngagementKpiAccumulator} for campaign days, {@link SessionKpiAccumulator}, {@link OrderKpiAccumulator}, {@link CartKpiAccumulator}), keyed by
 * {@link ReportKey}, plus three counters of skipped or incomplete rows. Memory grows with the
 * number of groups, never with rows.
 *
 * <p>A row is first mapped by {@link DomainFacts} and validated; a row that fails (wrong currency,
 * unmappable) throws and changes nothing. Merging requires equal configurations.
 */
public final class KpiReportAccumulator implements Accumulator<ReportInput, KpiReportResult, KpiReportAccumulator> {

    private final KpiReport report;
    private final MarketingKpiAccumulator<ReportKey> marketing;
    private final EngagementKpiAccumulator<ReportKey> engagement;
    private final SessionKpiAccumulator<ReportKey> sessions = new SessionKpiAccumulator<>();
    private final OrderKpiAccumulator<ReportKey> orders;
    private final CartKpiAccumulator<ReportKey> carts = new CartKpiAccumulator<>();
    private long outsideWindow;
    private long cancelledOrders;
    private long ordersWithoutCost;

    KpiReportAccumulator(KpiReport report) {
        this.report = Objects.requireNonNull(report, "report");
        this.marketing = new MarketingKpiAccumulator<>(report.currency());
        this.engagement = new EngagementKpiAccumulator<>(report.currency());
        this.orders = new OrderKpiAccumulator<>(report.currency());
    }

    /**
     * Returns the configuration this accumulator works for.
     *
     * @return the report
     */
    public KpiReport report() {
        return report;
    }

    @Override
    public KpiReportAccumulator add(ReportInput row) {
        Objects.requireNonNull(row, "row");
        if (row instanceof CampaignDay day) {
            addCampaignDay(day);
        } else if (row instanceof SessionVisit visit) {
            addSession(visit.session());
        } else if (row instanceof AttributedOrder order) {
            addOrder(order);
        } else {
            addCart((TrackedCart) row);
        }
        return this;
    }

    private void addCampaignDay(CampaignDay day) {
        CampaignPerformance p = day.performance();
        Instant at = p.date().atStartOfDay(report.zone()).toInstant();
        if (!report.window().contains(at)) {
            outsideWindow++;
            return;
        }
        ReportKey key = report.keyOf(
                at,
                Optional.of(day.campaign().channel()),
                Optional.of(day.campaign().id()));
        MarketingFact<ReportKey> fact = DomainFacts.marketingFact(key, day.campaign(), p);
        EngagementFact<ReportKey> social = DomainFacts.engagementFact(key, day.campaign(), p);
        marketing.add(fact);
        engagement.add(social);
    }

    private void addSession(Session session) {
        if (!report.window().contains(session.start())) {
            outsideWindow++;
            return;
        }
        ReportKey key = report.keyOf(session.start(), Optional.of(session.landingChannel()), Optional.empty());
        SessionFact<ReportKey> fact = DomainFacts.sessionFact(key, session);
        sessions.add(fact);
    }

    private void addOrder(AttributedOrder row) {
        Order order = row.order();
        Instant at = order.snapshot().placedAt();
        if (!report.window().contains(at)) {
            outsideWindow++;
            return;
        }
        if (order.status() == OrderStatus.CANCELLED) {
            cancelledOrders++;
            return;
        }
        if (!report.currency().equals(order.snapshot().currency())) {
            throw new CurrencyMismatchException(
                    report.currency(), order.snapshot().currency());
        }
        ReportKey key =
                report.keyOf(at, row.attribution().channel(), row.attribution().campaignId());
        OrderFact<ReportKey> fact = DomainFacts.orderFact(key, order, row.costOfGoods());
        orders.add(fact);
        if (row.costOfGoods().isEmpty()) {
            ordersWithoutCost++;
        }
    }

    private void addCart(TrackedCart cart) {
        if (!report.window().contains(cart.createdAt())) {
            outsideWindow++;
            return;
        }
        if (!report.currency().equals(cart.cart().currency())) {
            throw new CurrencyMismatchException(report.currency(), cart.cart().currency());
        }
        ReportKey key = report.keyOf(
                cart.createdAt(),
                cart.attribution().channel(),
                cart.attribution().campaignId());
        CartFact<ReportKey> fact = DomainFacts.cartFact(key, cart);
        carts.add(fact);
    }

    /**
     * Folds another accumulator of the same report into this one; {@code other} is left unchanged.
     *
     * @param other the accumulator to merge; its rows count as coming after this one's
     * @return this accumulator
     * @throws IllegalArgumentException if {@code other} belongs to a differently configured report
     */
    @Override
    public KpiReportAccumulator merge(KpiReportAccumulator other) {
        Objects.requireNonNull(other, "other");
        if (!report.equals(other.report)) {
            throw new IllegalArgumentException(
                    "other: accumulator of report " + other.report + " cannot merge into report " + report);
        }
        marketing.merge(other.marketing);
        engagement.merge(other.engagement);
        sessions.merge(other.sessions);
        orders.merge(other.orders);
        carts.merge(other.carts);
        outsideWindow = Math.addExact(outsideWindow, other.outsideWindow);
        cancelledOrders = Math.addExact(cancelledOrders, other.cancelledOrders);
        ordersWithoutCost = Math.addExact(ordersWithoutCost, other.ordersWithoutCost);
        return this;
    }

    @Override
    public KpiReportResult result() {
        return new KpiReportResult(
                report,
                marketing.result(),
                engagement.result(),
                sessions.result(),
                orders.result(),
                carts.result(),
                outsideWindow,
                cancelledOrders,
                ordersWithoutCost);
    }
}

package io.github.emporion.metrics.report;

import static io.github.emporion.metrics.report.Fixtures.EUR;
import static io.github.emporion.metrics.report.Fixtures.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.emporion.commerce.order.Order;
import io.github.emporion.metrics.time.TimeWindow;
import io.github.emporion.money.CurrencyMismatchException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerKpisTest {

    static final TimeWindow JANUARY =
            TimeWindow.of(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"));
    static final TimeWindow FEBRUARY =
            TimeWindow.of(Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-03-01T00:00:00Z"));

    /** Net 10.00 EUR, no tax, cost 4.00: gross profit 6.00 per order. */
    static AttributedOrder order(String customer, String placedAt) {
        Order order = Fixtures.paidOrder(
                customer,
                Instant.parse(placedAt),
                false,
                Fixtures.noShipping(EUR),
                Fixtures.netLine("A", 1, eur("10.00"), eur("0"), eur("0")));
        return AttributedOrder.of(order).withCostOfGoods(eur("4.00"));
    }

    /**
     * The Javadoc example. Ana: Jan 10, Feb 3, Feb 20. Ben: Jan 15 (and a cancelled order in
     * February, and one in March after the period). Cy: Feb 10. Dee: Dec 5 2025, Feb 12.
     */
    static List<AttributedOrder> history() {
        List<AttributedOrder> orders = new ArrayList<>(List.of(
                order("ana", "2026-01-10T10:00:00Z"),
                order("ana", "2026-02-03T10:00:00Z"),
                order("ana", "2026-02-20T10:00:00Z"),
                order("ben", "2026-01-15T10:00:00Z"),
                order("ben", "2026-03-02T10:00:00Z"),
                order("cy", "2026-02-10T10:00:00Z"),
                order("dee", "2025-12-05T10:00:00Z"),
                order("dee", "2026-02-12T10:00:00Z")));
        Order cancelled = order("ben", "2026-02-14T10:00:00Z").order().cancel(Instant.parse("2026-02-14T11:00:00Z"));
        orders.add(AttributedOrder.of(cancelled).withCostOfGoods(eur("4.00")));
        return orders;
    }

    @Test
    void compute_javadocExample_byHand() {
        CustomerKpiResult r = CustomerKpis.compute(history(), JANUARY, FEBRUARY);
        // S = {ana, ben} = 2; E = {ana, cy, dee} = 3; N = {cy, dee} = 2
        assertThat(r.customersAtStart()).isEqualTo(2);
        assertThat(r.customersAtEnd()).isEqualTo(3);
        assertThat(r.newCustomers()).isEqualTo(2);
        // retention (3 − 2) / 2 = 0.5; churn 0.5
        assertThat(r.retentionRate().value()).contains(new BigDecimal("0.5"));
        assertThat(r.churnRate().value()).contains(new BigDecimal("0.5"));
        // repeat: ana only (2 February orders) → 1/3
        assertThat(r.repeatPurchaseRate().valueRounded(6)).contains(new BigDecimal("0.333333"));
        // first-time in February: cy; returning: ana, dee → 2 / 3
        assertThat(r.firstTimeCustomers()).isEqualTo(1);
        assertThat(r.returningCustomers()).isEqualTo(2);
        assertThat(r.returningCustomerRate().valueRounded(6)).contains(new BigDecimal("0.666667"));
        // February orders: ana 2, cy 1, dee 1 = 4 → 4/3 per customer
        assertThat(r.ordersInPeriod()).isEqualTo(4);
        assertThat(r.purchaseFrequency().valueRounded(6)).contains(new BigDecimal("1.333333"));
        // to date (before March): 7 orders × 6.00 = 42.00 over 4 customers → 10.50
        assertThat(r.customersToDate()).isEqualTo(4);
        assertThat(r.grossProfitToDate()).contains(eur("42.00"));
        assertThat(r.historicalClv().orElseThrow().valueRounded()).contains(eur("10.50"));
        // CAC: 300.00 spend / 1 first-time customer
        assertThat(r.cac(eur("300.00")).valueRounded()).contains(eur("300.00"));
    }

    @Test
    void computeFromOrders_noCost_noHistoricalClv() {
        List<Order> plain = history().stream().map(AttributedOrder::order).toList();
        CustomerKpiResult r = CustomerKpis.computeFromOrders(plain, JANUARY, FEBRUARY);
        assertThat(r.historicalClv()).isEmpty();
        assertThat(r.retentionRate().value()).contains(new BigDecimal("0.5"));
    }

    @Test
    void compute_emptyBasePeriod_retentionUndefined() {
        CustomerKpiResult r = CustomerKpis.compute(List.of(order("cy", "2026-02-10T10:00:00Z")), JANUARY, FEBRUARY);
        assertThat(r.retentionRate().undefinedReason()).isPresent();
        assertThat(r.churnRate().isDefined()).isFalse();
        assertThat(r.repeatPurchaseRate().value()).contains(BigDecimal.ZERO);
        CustomerKpiResult none = CustomerKpis.compute(List.of(), JANUARY, FEBRUARY);
        assertThat(none.purchaseFrequency().isDefined()).isFalse();
        assertThat(none.historicalClv()).isEmpty();
    }

    @Test
    void compute_badPeriodsOrCurrencies_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CustomerKpis.compute(history(), FEBRUARY, JANUARY))
                .withMessageContaining("basePeriod must end no later than period starts");
        Order yen = Fixtures.paidOrder(
                "zed",
                Instant.parse("2026-01-20T00:00:00Z"),
                false,
                Fixtures.noShipping(DomainFactsTest.JPY),
                Fixtures.netLine(
                        "B",
                        1,
                        Fixtures.money("500", DomainFactsTest.JPY),
                        Fixtures.money("0", DomainFactsTest.JPY),
                        Fixtures.money("0", DomainFactsTest.JPY)));
        List<AttributedOrder> mixed = new ArrayList<>(history());
        mixed.add(AttributedOrder.of(yen));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CustomerKpis.compute(mixed, JANUARY, FEBRUARY))
                .isInstanceOf(CurrencyMismatchException.class);
    }
}

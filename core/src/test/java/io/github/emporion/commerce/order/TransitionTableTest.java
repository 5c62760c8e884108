package io.github.emporion.commerce.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TransitionTableTest {

    @Test
    void orderTable_terminalAndCancelRules_asDocumented() {
        TransitionTable<OrderStatus> t = OrderStatus.transitions();
        assertThat(t.isTerminal(OrderStatus.CANCELLED)).isTrue();
        assertThat(t.events(OrderStatus.RETURNED)).containsExactly(OrderEventType.REFUND);
        // Cancel only before shipment.
        for (OrderStatus s : OrderStatus.values()) {
            boolean canCancel = t.allows(s, OrderEventType.CANCEL, OrderStatus.CANCELLED);
            assertThat(canCancel).as(s.name()).isEqualTo(s == OrderStatus.PENDING_PAYMENT || s == OrderStatus.PAID);
        }
        assertThat(t.targets(OrderStatus.PAID, OrderEventType.SHIP))
                .containsExactlyInAnyOrder(OrderStatus.PARTIALLY_SHIPPED, OrderStatus.SHIPPED);
        assertThat(t.allows(OrderStatus.PENDING_PAYMENT, OrderEventType.SHIP, OrderStatus.SHIPPED))
                .isFalse();
    }

    @Test
    void everyTable_everyStateReachableFromTheStart() {
        assertReachable(OrderStatus.transitions(), OrderStatus.PENDING_PAYMENT, OrderStatus.values());
        assertReachable(PaymentStatus.transitions(), PaymentStatus.PENDING, PaymentStatus.values());
        assertReachable(ShipmentStatus.transitions(), ShipmentStatus.READY, ShipmentStatus.values());
        assertReachable(ReturnStatus.transitions(), ReturnStatus.REQUESTED, ReturnStatus.values());
    }

    private static <S extends Enum<S>> void assertReachable(TransitionTable<S> table, S start, S[] all) {
        Set<S> seen = new java.util.HashSet<>(List.of(start));
        List<S> todo = new java.util.ArrayList<>(List.of(start));
        while (!todo.isEmpty()) {
            S s = todo.remove(todo.size() - 1);
            for (OrderEventType e : table.events(s)) {
                for (S next : table.targets(s, e)) {
                    if (seen.add(next)) {
                        todo.add(next);
                    }
                }
            }
        }
        assertThat(seen).as(table.toString()).hasSameElementsAs(List.of(all));
    }

    @Test
    void require_illegalMove_messageNamesOrderSubjectStatesEventAndAllowedMoves() {
        assertThatIllegalStateException()
                .isThrownBy(() -> ReturnStatus.transitions()
                        .require(
                                OrderId.of("o-42"),
                                "return R1",
                                ReturnStatus.REQUESTED,
                                OrderEventType.COMPLETE_RETURN,
                                ReturnStatus.COMPLETED))
                .withMessage("order o-42: illegal transition of return R1 from REQUESTED to COMPLETED on event"
                        + " COMPLETE_RETURN (allowed from REQUESTED: [ACCEPT_RETURN->[ACCEPTED],"
                        + " CANCEL_RETURN->[CANCELLED]])");
    }

    @Test
    void paymentTable_refundedIsTerminal_failureKeepsAuthorization() {
        TransitionTable<PaymentStatus> t = PaymentStatus.transitions();
        assertThat(t.isTerminal(PaymentStatus.REFUNDED)).isTrue();
        assertThat(t.targets(PaymentStatus.AUTHORIZED, OrderEventType.PAYMENT_FAILED))
                .containsExactly(PaymentStatus.AUTHORIZED);
        assertThat(EnumSet.copyOf(t.events(PaymentStatus.CAPTURED)))
                .containsExactlyInAnyOrder(
                        OrderEventType.REFUND, OrderEventType.CANCEL, OrderEventType.COMPLETE_RETURN);
    }
}

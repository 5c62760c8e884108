/**
 * Orders: the immutable {@link io.github.emporion.commerce.order.OrderSnapshot} taken at checkout
 * (lines with unit price, allocated discount, net, tax and gross as charged; shipping; total) and
 * the {@link io.github.emporion.commerce.order.Order} aggregate that carries it through payment,
 * shipment and return.
 *
 * <p>Four lifecycles, each an enum with an explicit {@link
 * io.github.emporion.commerce.order.TransitionTable} and a diagram in its Javadoc: {@link
 * io.github.emporion.commerce.order.OrderStatus}, {@link
 * io.github.emporion.commerce.order.PaymentStatus} (derived from transactions), {@link
 * io.github.emporion.commerce.order.ShipmentStatus} and {@link
 * io.github.emporion.commerce.order.ReturnStatus}. An illegal move throws {@link
 * java.lang.IllegalStateException} naming the order, the subject, both states and the event; every
 * legal one is recorded as an {@link io.github.emporion.commerce.order.OrderEvent}.
 *
 * <p>Quick tour:
 *
 * <pre>{@code
 * Order order = Order.place(OrderSnapshot.of(id, customer, EUR, placedAt, true, lines, shipping, total))
 *         .capturePayment(t1)
 *         .ship("parcel-1", Map.of("SKU-1", 2), t2)
 *         .deliver("parcel-1", t3)
 *         .requestReturn("rma-1", Map.of("SKU-1", 1), t4)
 *         .acceptReturn("rma-1", t5).receiveReturn("rma-1", t6).completeReturn("rma-1", t7);
 * }</pre>
 */
@NullMarked
package io.github.emporion.commerce.order;

import org.jspecify.annotations.NullMarked;

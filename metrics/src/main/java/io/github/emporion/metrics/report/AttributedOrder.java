package io.github.emporion.metrics.report;

import io.github.emporion.commerce.order.Order;
import io.github.emporion.money.CurrencyMismatchException;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * An {@link Order} as a report row: the order (in the version whose returns and refunds the report
 * should see), the channel and campaign it is credited to, and optionally the cost of its goods
 * (for gross profit and margin; orders know prices, not costs).
 *
 * @param order the order
 * @param attribution the credited channel and campaign; {@link Attribution#NONE} if unknown
 * @param costOfGoods the cost of the goods sold in the order, in the order currency, if known
 */
public record AttributedOrder(Order order, Attribution attribution, Optional<MonetaryAmount> costOfGoods)
        implements ReportInput {

    /**
     * Validates the row.
     *
     * @throws IllegalArgumentException if the cost is negative
     * @throws CurrencyMismatchException if the cost is not in the order currency
     */
    public AttributedOrder {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(costOfGoods, "costOfGoods");
        costOfGoods.ifPresent(c -> {
            CurrencyMismatchException.requireCurrency(order.snapshot().currency(), c);
            if (c.isNegative()) {
                throw new IllegalArgumentException(
                        "costOfGoods: " + c + " must not be negative (order " + order.id() + ")");
            }
        });
    }

    /**
     * An order without attribution and without cost.
     *
     * @param order the order
     * @return the row
     */
    public static AttributedOrder of(Order order) {
        return new AttributedOrder(order, Attribution.NONE, Optional.empty());
    }

    /**
     * An order credited to a channel and campaign, without cost.
     *
     * @param order the order
     * @param attribution the credit
     * @return the row
     */
    public static AttributedOrder of(Order order, Attribution attribution) {
        return new AttributedOrder(order, attribution, Optional.empty());
    }

    /**
     * Returns a copy with the cost of goods.
     *
     * @param cost the cost of the goods sold
     * @return the copy
     */
    public AttributedOrder withCostOfGoods(MonetaryAmount cost) {
        return new AttributedOrder(order, attribution, Optional.of(cost));
    }
}

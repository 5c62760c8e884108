package io.github.emporion.metrics.kpi;

import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * A KPI that is a total amount of money, such as net sales or gross profit. Always defined (a sum
 * of nothing is zero); may be negative where the domain allows it (gross profit of a loss-making
 * period).
 *
 * @param label the KPI id and variant
 * @param value the amount, unrounded
 */
public record AmountResult(KpiLabel label, MonetaryAmount value) implements KpiResult {

    /** Checks that both parts are present. */
    public AmountResult {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public Optional<String> undefinedReason() {
        return Optional.empty();
    }
}

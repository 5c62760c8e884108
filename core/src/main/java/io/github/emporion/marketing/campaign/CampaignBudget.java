package io.github.emporion.marketing.campaign;

import io.github.emporion.money.CurrencyMismatchException;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * A campaign's budget: a total for the flight, a daily cap, or both (in one currency, positive).
 *
 * @param total the budget of the whole flight, if set
 * @param daily the daily cap, if set
 */
public record CampaignBudget(Optional<MonetaryAmount> total, Optional<MonetaryAmount> daily) {

    /**
     * Validates the budget.
     *
     * @param total the flight budget
     * @param daily the daily cap
     */
    public CampaignBudget {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(daily, "daily");
        if (total.isEmpty() && daily.isEmpty()) {
            throw new IllegalArgumentException("total, daily: a campaign budget needs at least one of them");
        }
        total.ifPresent(t -> requirePositive("total", t));
        daily.ifPresent(d -> requirePositive("daily", d));
        if (total.isPresent() && daily.isPresent()) {
            CurrencyMismatchException.requireSameCurrency(total.get(), daily.get());
        }
    }

    /**
     * Creates a flight budget.
     *
     * @param total the budget of the whole flight
     * @return the budget
     */
    public static CampaignBudget total(MonetaryAmount total) {
        return new CampaignBudget(Optional.of(total), Optional.empty());
    }

    /**
     * Creates a daily budget.
     *
     * @param daily the daily cap
     * @return the budget
     */
    public static CampaignBudget daily(MonetaryAmount daily) {
        return new CampaignBudget(Optional.empty(), Optional.of(daily));
    }

    /**
     * Returns the budget's currency.
     *
     * @return the currency
     */
    public CurrencyUnit currency() {
        return total.or(() -> daily).orElseThrow().getCurrency();
    }

    /**
     * Returns what the campaign may spend over a flight: the total if set, otherwise daily cap ×
     * days; with both, the smaller.
     *
     * @param flight the flight
     * @return the effective flight budget
     */
    public MonetaryAmount forFlight(Flight flight) {
        Optional<MonetaryAmount> fromDaily = daily.map(d -> d.multiply(flight.days()));
        if (total.isPresent() && fromDaily.isPresent()) {
            return total.get().isLessThan(fromDaily.get()) ? total.get() : fromDaily.get();
        }
        return total.or(() -> fromDaily).orElseThrow();
    }

    private static void requirePositive(String name, MonetaryAmount amount) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException(name + ": " + amount + " must be positive");
        }
    }
}

package io.github.emporion.examples;

import io.github.emporion.marketing.budget.BudgetLine;
import io.github.emporion.marketing.budget.BudgetStatus;
import io.github.emporion.marketing.budget.BudgetTarget;
import io.github.emporion.marketing.budget.MarketingBudget;
import io.github.emporion.marketing.budget.SpendEntry;
import io.github.emporion.money.Monies;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * E-marketing meets finance: a monthly marketing budget against actual spend, with pacing.
 *
 * <p>November 2026 (30 days), as of 16 November 00:00 in Berlin: half the month has passed. Paid
 * search planned 3 000.00, spent 1 800.00: 60 % of the budget used in 50 % of the month, pacing 1.2
 * (the tolerance is ±10 %), so it is spending ahead of plan. Email planned 400.00, spent 190.00:
 * 47.5 % used, pacing 0.95, on track. Display spent 120.00 without a plan line: an unplanned cost.
 */
public final class BudgetVersusActual {

    private BudgetVersusActual() {}

    /**
     * Compares plan and spend and prints one line per channel.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        YearMonth november = YearMonth.of(2026, 11);
        MarketingBudget budget = MarketingBudget.of(
                berlin,
                Monies.of("0", "EUR").getCurrency(),
                List.of(
                        new BudgetLine(BudgetTarget.channel("paid_search"), november, eur("3000.00")),
                        new BudgetLine(BudgetTarget.channel("email"), november, eur("400.00"))));
        List<SpendEntry> spend = List.of(
                new SpendEntry(BudgetTarget.channel("paid_search"), LocalDate.of(2026, 11, 3), eur("1000.00")),
                new SpendEntry(BudgetTarget.channel("paid_search"), LocalDate.of(2026, 11, 12), eur("800.00")),
                new SpendEntry(BudgetTarget.channel("email"), LocalDate.of(2026, 11, 10), eur("190.00")),
                new SpendEntry(BudgetTarget.channel("display"), LocalDate.of(2026, 11, 14), eur("120.00")));
        Instant asOf = LocalDate.of(2026, 11, 16).atStartOfDay(berlin).toInstant();

        for (BudgetStatus s : budget.report(spend, asOf)) {
            System.out.println(s.target().id() + ": planned " + plain(s.planned()) + ", actual " + plain(s.actual())
                    + ", remaining " + plain(s.remaining()) + ", used "
                    + s.budgetUsed()
                            .map(u -> u.stripTrailingZeros().toPlainString())
                            .orElse("-") + ", pacing "
                    + s.pacing()
                            .map(p -> p.stripTrailingZeros().toPlainString())
                            .orElse("-") + ", " + s.status());
        }
    }

    private static MonetaryAmount eur(String amount) {
        return Monies.of(amount, "EUR");
    }

    private static String plain(MonetaryAmount amount) {
        return Monies.decimal(amount).setScale(2).toPlainString();
    }
}

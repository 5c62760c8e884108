package io.github.emporion.marketing.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.emporion.money.CurrencyMismatchException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** Every expected number here is worked out by hand in the comments. */
class MarketingBudgetTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    private static final BudgetTarget SEARCH = BudgetTarget.channel("Paid Search");
    private static final BudgetTarget C1 = BudgetTarget.campaign("c1");
    private static final YearMonth APRIL = YearMonth.of(2026, 4);
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Test
    void report_aprilHalfElapsed_pacingComputedByHand() {
        MarketingBudget budget = MarketingBudget.of(
                PARIS,
                EUR,
                List.of(
                        new BudgetLine(SEARCH, APRIL, Money.of(3000, "EUR")),
                        new BudgetLine(C1, APRIL, Money.of(1000, "EUR"))));
        List<SpendEntry> spend = List.of(
                new SpendEntry(SEARCH, LocalDate.of(2026, 4, 3), Money.of(1000, "EUR")),
                new SpendEntry(SEARCH, LocalDate.of(2026, 4, 10), Money.of(800, "EUR")),
                new SpendEntry(SEARCH, LocalDate.of(2026, 3, 31), Money.of(500, "EUR")));
        // Start of 16 April in Paris (CEST, UTC+2): 15 of April's 30 days have elapsed.
        Instant asOf = Instant.parse("2026-04-15T22:00:00Z");
        List<BudgetStatus> report = budget.report(spend, asOf);

        assertThat(report).extracting(BudgetStatus::month).containsExactly(MARCH, APRIL, APRIL);
        BudgetStatus march = report.get(0);
        // March spend without a plan: reported, not dropped.
        assertThat(march.target()).isEqualTo(SEARCH);
        assertThat(march.planned()).isEqualTo(Money.of(0, "EUR"));
        assertThat(march.actual()).isEqualTo(Money.of(500, "EUR"));
        assertThat(march.status()).isEqualTo(PacingStatus.NO_BUDGET);
        assertThat(march.pacing()).isEmpty();
        assertThat(march.budgetUsed()).isEmpty();
        assertThat(march.periodElapsed()).isEqualByComparingTo("1");

        BudgetStatus search = report.get(1);
        assertThat(search.target()).isEqualTo(SEARCH);
        // elapsed 15/30 = 0.5; used 1800/3000 = 0.6; pacing 0.6/0.5 = 1.2 > 1.1: ahead.
        assertThat(search.periodElapsed()).isEqualByComparingTo("0.5");
        assertThat(search.budgetUsed()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.6"));
        assertThat(search.pacing()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1.2"));
        assertThat(search.status()).isEqualTo(PacingStatus.AHEAD);
        assertThat(search.variance()).isEqualTo(Money.of(-1200, "EUR"));
        assertThat(search.remaining()).isEqualTo(Money.of(1200, "EUR"));

        BudgetStatus campaign = report.get(2);
        // Nothing spent half-way through: pacing 0 < 0.9, behind.
        assertThat(campaign.target()).isEqualTo(C1);
        assertThat(campaign.pacing()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0"));
        assertThat(campaign.status()).isEqualTo(PacingStatus.BEHIND);
    }

    @Test
    void report_dstMonth_usesZoneLengthOf743Hours() {
        // March 2026 in Paris: clocks go forward on 29 March, so the month is 31*24 - 1 = 743 h.
        // At 12:00 CEST on 29 March (10:00Z), 28*24 + 12 - 1 = 683 h have elapsed.
        // Planned 743, spent 683: used 683/743 = elapsed 683/743, so pacing is exactly 1.
        List<BudgetLine> lines = List.of(new BudgetLine(SEARCH, MARCH, Money.of(743, "EUR")));
        List<SpendEntry> spend = List.of(new SpendEntry(SEARCH, LocalDate.of(2026, 3, 5), Money.of(683, "EUR")));
        Instant asOf = Instant.parse("2026-03-29T10:00:00Z");
        BudgetStatus paris =
                MarketingBudget.of(PARIS, EUR, lines).report(spend, asOf).get(0);
        assertThat(paris.pacing()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
        assertThat(paris.status()).isEqualTo(PacingStatus.ON_TRACK);
        // In UTC the same instant is 682 h into a 744 h month: pacing (683/743)/(682/744) = 1.0028141...
        BudgetStatus utc = MarketingBudget.of(ZoneId.of("UTC"), EUR, lines)
                .report(spend, asOf)
                .get(0);
        assertThat(utc.pacing().orElseThrow().doubleValue()).isCloseTo(1.0028141, within(1e-7));
    }

    @Test
    void report_statusBoundaries() {
        MarketingBudget budget =
                MarketingBudget.of(PARIS, EUR, List.of(new BudgetLine(SEARCH, APRIL, Money.of(1000, "EUR"))));
        Instant half = Instant.parse("2026-04-15T22:00:00Z");
        // 550/1000 = 0.55 over 0.5 elapsed: pacing exactly 1.1, the inclusive tolerance edge.
        assertThat(budget.report(List.of(new SpendEntry(SEARCH, LocalDate.of(2026, 4, 2), Money.of(550, "EUR"))), half)
                        .get(0)
                        .status())
                .isEqualTo(PacingStatus.ON_TRACK);
        // With tolerance 0.05 the same line is ahead.
        assertThat(budget.withTolerance(new BigDecimal("0.05"))
                        .report(List.of(new SpendEntry(SEARCH, LocalDate.of(2026, 4, 2), Money.of(550, "EUR"))), half)
                        .get(0)
                        .status())
                .isEqualTo(PacingStatus.AHEAD);
        // 1500 spent of 1000: overspent, variance +500.
        BudgetStatus over = budget.report(
                        List.of(new SpendEntry(SEARCH, LocalDate.of(2026, 4, 2), Money.of(1500, "EUR"))), half)
                .get(0);
        assertThat(over.status()).isEqualTo(PacingStatus.OVERSPENT);
        assertThat(over.variance()).isEqualTo(Money.of(500, "EUR"));
        // Before the month starts (23:59 CEST on 31 March): elapsed 0, pacing undefined.
        BudgetStatus early =
                budget.report(List.of(), Instant.parse("2026-03-31T21:59:00Z")).get(0);
        assertThat(early.status()).isEqualTo(PacingStatus.NOT_STARTED);
        assertThat(early.periodElapsed()).isEqualByComparingTo("0");
        assertThat(early.pacing()).isEmpty();
        // After the month: elapsed 1; 900 of 1000 is pacing 0.9, on track.
        BudgetStatus late = budget.report(
                        List.of(new SpendEntry(SEARCH, LocalDate.of(2026, 4, 30), Money.of(900, "EUR"))),
                        Instant.parse("2026-06-01T00:00:00Z"))
                .get(0);
        assertThat(late.periodElapsed()).isEqualByComparingTo("1");
        assertThat(late.status()).isEqualTo(PacingStatus.ON_TRACK);
    }

    @Test
    void spendEntry_atInstant_isDatedInTheGivenZone() {
        Instant lateEvening = Instant.parse("2026-04-30T23:30:00Z");
        assertThat(SpendEntry.at(SEARCH, lateEvening, PARIS, Money.of(1, "EUR")).date())
                .isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(SpendEntry.at(SEARCH, lateEvening, ZoneId.of("UTC"), Money.of(1, "EUR"))
                        .date())
                .isEqualTo(LocalDate.of(2026, 4, 30));
    }

    @Test
    void badInput_throws() {
        assertThatThrownBy(() -> MarketingBudget.of(
                        PARIS,
                        EUR,
                        List.of(
                                new BudgetLine(SEARCH, APRIL, Money.of(1, "EUR")),
                                new BudgetLine(SEARCH, APRIL, Money.of(2, "EUR")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two lines");
        assertThatThrownBy(() ->
                        MarketingBudget.of(PARIS, EUR, List.of(new BudgetLine(SEARCH, APRIL, Money.of(1, "USD")))))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> new BudgetLine(SEARCH, APRIL, Money.of(-1, "EUR")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("planned");
        assertThatThrownBy(() -> new SpendEntry(SEARCH, LocalDate.of(2026, 4, 1), Money.of(-1, "EUR")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("amount");
        MarketingBudget budget = MarketingBudget.of(PARIS, EUR, List.of());
        assertThatThrownBy(() -> budget.report(
                        List.of(new SpendEntry(SEARCH, LocalDate.of(2026, 4, 1), Money.of(1, "JPY"))), Instant.EPOCH))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> budget.withTolerance(BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tolerance");
    }
}

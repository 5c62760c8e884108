package io.github.emporion.marketing.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.emporion.money.CurrencyMismatchException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * Equality and accessors of {@link MarketingBudget} and {@link SalesPlan}, and the consistency
 * rules of {@link BudgetStatus} and {@link PlanVersusActual} (the values a JSON reader rebuilds).
 */
class BudgetValueRulesTest {

    private static final ZoneId KUWAIT = ZoneId.of("Asia/Kuwait");
    private static final CurrencyUnit KWD = Monetary.getCurrency("KWD");
    private static final BudgetTarget SEARCH = BudgetTarget.channel("Paid Search");
    private static final YearMonth APRIL = YearMonth.of(2026, 4);

    private static BudgetLine line(String amount) {
        return new BudgetLine(SEARCH, APRIL, Money.of(new BigDecimal(amount), "KWD"));
    }

    @Test
    void marketingBudget_sameContentInAnyOrder_equalWithEqualHashCode() {
        BudgetLine other = new BudgetLine(BudgetTarget.campaign("c1"), APRIL, Money.of(5, "KWD"));
        MarketingBudget a = MarketingBudget.of(KUWAIT, KWD, List.of(line("1.500"), other));
        MarketingBudget b = MarketingBudget.of(KUWAIT, KWD, List.of(other, line("1.500")));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        // 0.1 and 0.10 are the same tolerance
        assertThat(a.withTolerance(new BigDecimal("0.1"))).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(a.withTolerance(new BigDecimal("0.2")));
        assertThat(a).isNotEqualTo(MarketingBudget.of(ZoneId.of("UTC"), KWD, List.of(line("1.500"), other)));
        assertThat(a).isNotEqualTo(MarketingBudget.of(KUWAIT, KWD, List.of(line("1.501"), other)));
        assertThat(MarketingBudget.of(KUWAIT, KWD, List.of()))
                .isNotEqualTo(MarketingBudget.of(KUWAIT, Monetary.getCurrency("BHD"), List.of()));
        assertThat(a).isNotEqualTo("a budget");
        assertThat(a.toString()).contains("Asia/Kuwait", "KWD", "0.10", "Paid Search");
    }

    @Test
    void marketingBudget_accessors_returnWhatItWasBuiltWith() {
        MarketingBudget budget = MarketingBudget.of(KUWAIT, KWD, List.of(line("3")));
        assertThat(budget.currency()).isEqualTo(KWD);
        assertThat(budget.tolerance()).isEqualTo(MarketingBudget.DEFAULT_TOLERANCE);
        assertThat(budget.withTolerance(BigDecimal.ZERO).tolerance()).isZero();
    }

    @Test
    void salesPlan_sameContent_equalWithEqualHashCode_accessorsReturnInputs() {
        CurrencyUnit jpy = Monetary.getCurrency("JPY");
        MonthlyPlan april = new MonthlyPlan(APRIL, Money.of(10_000, "JPY"), Money.of(7_000, "JPY"));
        MonthlyPlan may = new MonthlyPlan(APRIL.plusMonths(1), Money.of(0, "JPY"), Money.of(0, "JPY"));
        SalesPlan a = SalesPlan.of(KUWAIT, jpy, List.of(may, april));
        SalesPlan b = SalesPlan.of(KUWAIT, jpy, List.of(april, may));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.plans()).containsExactly(april, may);
        assertThat(a.zone()).isEqualTo(KUWAIT);
        assertThat(a.currency()).isEqualTo(jpy);
        assertThat(a).isNotEqualTo(SalesPlan.of(KUWAIT, jpy, List.of(april)));
        assertThat(a).isNotEqualTo(SalesPlan.of(ZoneId.of("Asia/Tokyo"), jpy, List.of(april, may)));
        assertThat(a.toString()).contains("Asia/Kuwait", "JPY", "2026-04");
    }

    @Test
    void planVersusActual_actualInAnotherCurrencyOrNegative_rejected() {
        MonthlyPlan plan = new MonthlyPlan(APRIL, Money.of(10, "BHD"), Money.of(7, "BHD"));
        assertThatThrownBy(() -> new PlanVersusActual(plan, Money.of(1, "KWD"), Money.of(1, "BHD")))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> new PlanVersusActual(plan, Money.of(1, "BHD"), Money.of(1, "EUR")))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> new PlanVersusActual(plan, Money.of(-1, "BHD"), Money.of(1, "BHD")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("actualSales");
        assertThatThrownBy(() -> new PlanVersusActual(plan, Money.of(1, "BHD"), Money.of(-1, "BHD")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("actualExpenses");
    }

    private static BudgetStatus status(
            String planned,
            String actual,
            String elapsed,
            Optional<String> used,
            Optional<String> pacing,
            PacingStatus s) {
        return new BudgetStatus(
                SEARCH,
                APRIL,
                Money.of(new BigDecimal(planned), "KWD"),
                Money.of(new BigDecimal(actual), "KWD"),
                new BigDecimal(elapsed),
                used.map(BigDecimal::new),
                pacing.map(BigDecimal::new),
                s);
    }

    @Test
    void budgetStatus_consistentFigures_accepted() {
        // 3000 planned, 1800 spent, half the month elapsed: used 0.6, pacing 1.2
        assertThat(status("3000", "1800", "0.5", Optional.of("0.6"), Optional.of("1.2"), PacingStatus.AHEAD)
                        .pacing())
                .contains(new BigDecimal("1.2"));
        assertThat(status("3000", "1500", "0.5", Optional.of("0.5"), Optional.of("1"), PacingStatus.ON_TRACK)
                        .status())
                .isEqualTo(PacingStatus.ON_TRACK);
        assertThat(status("0", "5", "0.5", Optional.empty(), Optional.empty(), PacingStatus.NO_BUDGET)
                        .status())
                .isEqualTo(PacingStatus.NO_BUDGET);
        assertThat(status("10", "0", "0", Optional.of("0"), Optional.empty(), PacingStatus.NOT_STARTED)
                        .status())
                .isEqualTo(PacingStatus.NOT_STARTED);
        assertThat(status("10", "11", "0", Optional.of("1.1"), Optional.empty(), PacingStatus.OVERSPENT)
                        .status())
                .isEqualTo(PacingStatus.OVERSPENT);
    }

    @Test
    void budgetStatus_ratiosOfAnyScale_normalisedSoEqualValuesAreEqual() {
        BudgetStatus a = status("3000", "0", "0.50", Optional.of("0E+2"), Optional.of("0.000"), PacingStatus.BEHIND);
        BudgetStatus b = status("3000", "0", "0.5", Optional.of("0"), Optional.of("0"), PacingStatus.BEHIND);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.budgetUsed()).contains(BigDecimal.ZERO);
        assertThat(a.periodElapsed()).isEqualTo(new BigDecimal("0.5"));
    }

    @Test
    void budgetStatus_inconsistentFigures_rejectedNamingTheRule() {
        Optional<String> none = Optional.empty();
        assertThatThrownBy(() -> new BudgetStatus(
                        SEARCH,
                        APRIL,
                        Money.of(1, "KWD"),
                        Money.of(1, "BHD"),
                        BigDecimal.ONE,
                        Optional.of(BigDecimal.ONE),
                        Optional.of(BigDecimal.ONE),
                        PacingStatus.ON_TRACK))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> status("-1", "0", "0.5", none, none, PacingStatus.NO_BUDGET))
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> status("10", "1", "1.5", Optional.of("0.1"), Optional.of("0.1"), PacingStatus.BEHIND))
                .hasMessageContaining("periodElapsed");
        assertThatThrownBy(() -> status("0", "1", "0.5", Optional.of("1"), none, PacingStatus.NO_BUDGET))
                .hasMessageContaining("budgetUsed");
        assertThatThrownBy(() -> status("10", "1", "0.5", Optional.of("0.2"), Optional.of("0.4"), PacingStatus.BEHIND))
                .hasMessageContaining("budgetUsed: 0.2 is not actual / planned");
        assertThatThrownBy(() -> status("10", "1", "0.5", Optional.of("0.1"), none, PacingStatus.BEHIND))
                .hasMessageContaining("pacing");
        assertThatThrownBy(() -> status("10", "1", "0", Optional.of("0.1"), Optional.of("0.2"), PacingStatus.BEHIND))
                .hasMessageContaining("pacing");
        assertThatThrownBy(() -> status("10", "11", "0.5", Optional.of("1.1"), Optional.of("2.2"), PacingStatus.AHEAD))
                .hasMessageContaining("status: AHEAD contradicts");
        assertThatThrownBy(() -> status("10", "5", "0.5", Optional.of("0.5"), Optional.of("1"), PacingStatus.AHEAD))
                .hasMessageContaining("status: AHEAD");
        assertThatThrownBy(() -> status("10", "5", "0.5", Optional.of("0.5"), Optional.of("1"), PacingStatus.BEHIND))
                .hasMessageContaining("status: BEHIND");
        assertThatThrownBy(() -> status("10", "0", "0.5", Optional.of("0"), Optional.of("0"), PacingStatus.ON_TRACK))
                .hasMessageContaining("status: ON_TRACK");
        assertThatThrownBy(() -> status("0", "0", "0.5", none, none, PacingStatus.NOT_STARTED))
                .hasMessageContaining("status: NOT_STARTED");
    }

    @Test
    void budgetStatus_everyStatusTheBudgetReports_passesItsOwnRules() {
        long seed = 515L;
        Random random = new Random(seed);
        for (int i = 0; i < 2000; i++) {
            List<BudgetLine> lines = new ArrayList<>();
            BudgetTarget target = BudgetTarget.campaign("c" + i);
            lines.add(new BudgetLine(target, APRIL, Money.of(BigDecimal.valueOf(random.nextInt(5000), 3), "KWD")));
            List<SpendEntry> spend = new ArrayList<>();
            for (int s = 0, n = random.nextInt(4); s < n; s++) {
                spend.add(new SpendEntry(
                        random.nextBoolean() ? target : SEARCH,
                        LocalDate.of(2026, 4, 1 + random.nextInt(30)),
                        Money.of(BigDecimal.valueOf(random.nextInt(3000), 3), "KWD")));
            }
            Instant asOf = Instant.parse("2026-03-25T00:00:00Z").plusSeconds(random.nextInt(50 * 86_400));
            MarketingBudget budget =
                    MarketingBudget.of(KUWAIT, KWD, lines).withTolerance(BigDecimal.valueOf(random.nextInt(100), 2));
            // the constructor's rules run inside report(); any breach would throw here
            assertThat(budget.report(spend, asOf))
                    .as("seed %d, case %d", seed, i)
                    .isNotEmpty();
        }
    }
}

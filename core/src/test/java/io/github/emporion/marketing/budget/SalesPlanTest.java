package io.github.emporion.marketing.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.emporion.money.CurrencyMismatchException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class SalesPlanTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final CurrencyUnit JPY = Monetary.getCurrency("JPY");
    private static final YearMonth APRIL = YearMonth.of(2026, 4);
    private static final YearMonth MAY = YearMonth.of(2026, 5);

    @Test
    void compare_javadocExample_variancesByHand() {
        SalesPlan plan = SalesPlan.of(
                PARIS, JPY, List.of(new MonthlyPlan(APRIL, Money.of(10_000, "JPY"), Money.of(7_000, "JPY"))));
        List<PlanVersusActual> rows = plan.compare(
                List.of(
                        new DatedAmount(Instant.parse("2026-04-02T10:00:00Z"), Money.of(6_000, "JPY")),
                        new DatedAmount(Instant.parse("2026-04-20T10:00:00Z"), Money.of(5_000, "JPY")),
                        // 01:30 on 1 May in Paris: May, not April.
                        new DatedAmount(Instant.parse("2026-04-30T23:30:00Z"), Money.of(999, "JPY"))),
                List.of(new DatedAmount(Instant.parse("2026-04-15T10:00:00Z"), Money.of(8_500, "JPY"))));
        assertThat(rows).extracting(PlanVersusActual::month).containsExactly(APRIL, MAY);
        PlanVersusActual april = rows.get(0);
        assertThat(april.plan().profit()).isEqualTo(Money.of(3_000, "JPY"));
        assertThat(april.actualSales()).isEqualTo(Money.of(11_000, "JPY"));
        assertThat(april.actualProfit()).isEqualTo(Money.of(2_500, "JPY"));
        assertThat(april.salesVariance()).isEqualTo(Money.of(1_000, "JPY"));
        assertThat(april.expensesVariance()).isEqualTo(Money.of(1_500, "JPY"));
        assertThat(april.profitVariance()).isEqualTo(Money.of(-500, "JPY"));
        assertThat(april.salesAttainment())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1.1"));
        PlanVersusActual may = rows.get(1);
        assertThat(may.actualSales()).isEqualTo(Money.of(999, "JPY"));
        assertThat(may.salesAttainment()).isEmpty();
    }

    @Test
    void badInput_throws() {
        assertThatThrownBy(() -> new MonthlyPlan(APRIL, Money.of(1, "JPY"), Money.of(1, "EUR")))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> new MonthlyPlan(APRIL, Money.of(-1, "JPY"), Money.of(1, "JPY")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sales");
        MonthlyPlan p = new MonthlyPlan(APRIL, Money.of(1, "JPY"), Money.of(1, "JPY"));
        assertThatThrownBy(() -> SalesPlan.of(PARIS, JPY, List.of(p, p)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two plans");
        assertThatThrownBy(() -> SalesPlan.of(PARIS, JPY, List.of())
                        .compare(List.of(new DatedAmount(Instant.EPOCH, Money.of(1, "EUR"))), List.of()))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> new DatedAmount(Instant.EPOCH, Money.of(-1, "JPY")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("amount");
    }
}

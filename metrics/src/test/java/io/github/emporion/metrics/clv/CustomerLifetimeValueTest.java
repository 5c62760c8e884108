package io.github.emporion.metrics.clv;

import static io.github.emporion.metrics.clv.ClvTestData.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import io.github.emporion.aggregate.Accumulators;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

class CustomerLifetimeValueTest {

    @Test
    void analyse_cdnow_predictsEveryCustomerCloseToTheLifetimesReference() {
        CustomerSummaries cdnow = ClvTestData.cdnowSummaries();
        ClvOptions options = ClvOptions.defaults()
                .withPurchaseHorizon(52.14)
                .withClvHorizon(ClvHorizon.of(12, 4.345, ClvTimeUnit.WEEKS, 0.01));
        ClvAnalysis analysis = CustomerLifetimeValue.analyse(cdnow, options);
        assertThat(analysis.converged()).isTrue();
        assertThat(analysis.unit()).isEqualTo(ClvTimeUnit.WEEKS);
        assertThat(analysis.predictions()).hasSize(2357);
        assertThat(analysis.predictions().get(0).customerId()).isEqualTo("1");
        // our fit agrees with lifetimes' to about 1e-6 in the parameters, so predictions to 1e-5
        for (Map<String, String> row : ClvTestData.csv("clv_cdnow_first20.csv")) {
            ClvPrediction p = analysis.predictions().stream()
                    .filter(x -> x.customerId().equals(row.get("ID")))
                    .findFirst()
                    .orElseThrow();
            String id = "customer " + row.get("ID");
            assertThat(p.clv())
                    .as(id)
                    .isCloseTo(d(row, "clv_12m_d0.01_freqW"), within(1e-5 * d(row, "clv_12m_d0.01_freqW")));
            assertThat(p.expectedAverageSpend())
                    .as(id)
                    .isCloseTo(d(row, "gg_expected_avg_spend"), within(1e-5 * d(row, "gg_expected_avg_spend")));
            assertThat(p.expectedPurchases())
                    .as(id)
                    .isCloseTo(
                            d(row, "expected_purchases_52.14_weeks"),
                            within(1e-5 * d(row, "expected_purchases_52.14_weeks")));
        }
        ClvPrediction first = analysis.predictions().get(0);
        assertThat(first.probabilityAlive()).isCloseTo(0.7266091, within(1e-5));
    }

    @Test
    void analyse_cdnowTransactionLog_endToEndKeepsCurrencyAndAgreesWithTheRoundedSummary() {
        CustomerSummaries fromLog = Accumulators.reduce(
                        () -> new CustomerLedgerAccumulator(ZoneOffset.UTC), ClvTestData.cdnowTransactions())
                .summaries(ClvTimeUnit.WEEKS, LocalDate.of(1997, 9, 30));
        ClvAnalysis analysis = CustomerLifetimeValue.analyse(
                fromLog, ClvOptions.defaults().withClvHorizon(ClvHorizon.of(12, 4.345, ClvTimeUnit.WEEKS, 0.01)));
        CurrencyUnit usd = Monetary.getCurrency("USD");
        assertThat(analysis.currency()).contains(usd);
        assertThat(analysis.converged()).isTrue();
        // unrounded t_x and T move the fit slightly (README §4.5: CLVTools' LL -9582.429); published r = 0.243
        assertThat(analysis.purchases().model().parameters().r()).isCloseTo(0.243, within(0.0005));
        ClvPrediction six = analysis.predictions().stream()
                .filter(p -> p.customerId().equals("6"))
                .findFirst()
                .orElseThrow();
        assertThat(six.clv()).isCloseTo(283.5235925904007, withinPercentage(0.5));
        assertThat(six.clvAmount(usd).getCurrency()).isEqualTo(usd);
    }

    @Test
    void options_badValues_areRejected() {
        assertThatThrownBy(() -> ClvOptions.defaults().withPurchaseHorizon(-1)).hasMessageContaining("purchaseHorizon");
        assertThatThrownBy(() -> new ClvOptions(39, ClvHorizon.monthly(12, 0.01), 5))
                .hasMessageContaining("maxEvaluations must be >= 10: 5");
    }

    @Test
    void analyse_noRepeatCustomers_isAClearError() {
        CustomerSummaries none = CustomerSummaries.of(
                ClvTimeUnit.DAYS,
                List.of(
                        CustomerSummary.of("a", ClvTimeUnit.DAYS, 0, 0, 3, 0),
                        CustomerSummary.of("b", ClvTimeUnit.DAYS, 0, 0, 4, 0),
                        CustomerSummary.of("c", ClvTimeUnit.DAYS, 0, 0, 5, 0),
                        CustomerSummary.of("d", ClvTimeUnit.DAYS, 0, 0, 6, 0)));
        assertThatThrownBy(() -> CustomerLifetimeValue.analyse(none, ClvOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("repeat purchase");
    }
}

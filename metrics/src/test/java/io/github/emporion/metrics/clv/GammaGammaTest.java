package io.github.emporion.metrics.clv;

import static io.github.emporion.metrics.clv.ClvTestData.PAPER_GG;
import static io.github.emporion.metrics.clv.ClvTestData.csv;
import static io.github.emporion.metrics.clv.ClvTestData.d;
import static io.github.emporion.metrics.clv.ClvTestData.weekly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GammaGammaTest {

    private static void assertRelative(double actual, double expected, double rel, String what) {
        assertThat(actual).as(what).isCloseTo(expected, within(Math.abs(expected) * rel));
    }

    private static GammaGammaModel lifetimesFit() {
        Map<String, String> p =
                ClvTestData.row("gammagamma_cdnow_params.csv", "source", "lifetimes_GammaGammaFitter_fit_default");
        return GammaGammaModel.of(GammaGammaParameters.of(d(p, "p"), d(p, "q"), d(p, "gamma_v")));
    }

    @Test
    void conditionalExpectedAverageSpend_cdnowFirst20_matchesReferenceAndSpreadsheet() {
        GammaGammaModel fit = lifetimesFit();
        int spreadsheet = 0;
        for (Map<String, String> row : csv("gammagamma_cdnow_first20.csv")) {
            CustomerSummary c =
                    weekly(row.get("ID"), Integer.parseInt(row.get("frequency")), 0, 40, d(row, "monetary_value"));
            String id = "customer " + row.get("ID");
            assertRelative(
                    PAPER_GG.conditionalExpectedAverageSpend(c), d(row, "expected_avg_spend_paper_params"), 1e-9, id);
            assertRelative(
                    fit.conditionalExpectedAverageSpend(c), d(row, "expected_avg_spend_lifetimes_fit"), 1e-9, id);
            String hardie = row.get("hardie_spreadsheet_value_in_lifetimes_test");
            if (!hardie.isEmpty()) {
                assertThat(fit.conditionalExpectedAverageSpend(c))
                        .as(id)
                        .isCloseTo(Double.parseDouble(hardie), within(0.1));
                spreadsheet++;
            }
        }
        assertThat(spreadsheet).isEqualTo(10);
    }

    @Test
    void populationMeanSpend_publishedParameters_isPGammaOverQMinusOne() {
        // 6.25 * 15.44 / 2.74 = 96.5 / 2.74 = 35.21897810...
        assertThat(PAPER_GG.populationMeanSpend()).isCloseTo(96.5 / 2.74, within(1e-12));
        assertThat(PAPER_GG.conditionalExpectedAverageSpend(weekly("new", 0, 0, 3, 0)))
                .isCloseTo(96.5 / 2.74, within(1e-12));
    }

    @Test
    void fit_cdnow_matchesIndependentMleAndPublishedValues() {
        GammaGammaFit fit = GammaGammaFitter.fit(ClvTestData.cdnowSummaries());
        Map<String, String> mle =
                ClvTestData.row("gammagamma_cdnow_params.csv", "source", "independent_scipy_MLE_NelderMead+BFGS");
        GammaGammaParameters p = fit.model().parameters();
        assertThat(fit.diagnostics().converged())
                .as(fit.diagnostics().message())
                .isTrue();
        assertThat(fit.customers()).isEqualTo(946);
        assertRelative(p.p(), d(mle, "p"), 1e-5, "p");
        assertRelative(p.q(), d(mle, "q"), 1e-5, "q");
        assertRelative(p.gamma(), d(mle, "gamma_v"), 1e-5, "gamma");
        // published to 2 decimals: half a unit in the last digit (q = 3.7446 is 1.2e-3 relative from 3.74)
        assertThat(p.p()).isCloseTo(6.25, within(0.005));
        assertThat(p.q()).isCloseTo(3.74, within(0.005));
        assertThat(p.gamma()).isCloseTo(15.44, within(0.01));
        assertThat(fit.logLikelihood()).isCloseTo(d(mle, "loglik_on_lifetimes_cdnow_spend"), within(1e-6));
        assertThat(fit.frequencySpendCorrelation())
                .isBetween(
                        -GammaGammaFitter.CORRELATION_WARNING_THRESHOLD,
                        GammaGammaFitter.CORRELATION_WARNING_THRESHOLD);
    }

    @Test
    void logLikelihood_publishedParameters_matchesReferenceSum() {
        Map<String, String> row =
                ClvTestData.row("gammagamma_cdnow_params.csv", "source", "Fader_Hardie_2013_note025_published");
        double sum = 0;
        for (CustomerSummary c : ClvTestData.cdnowSummaries().customers()) {
            if (c.frequency() > 0) {
                sum += PAPER_GG.logLikelihood(c);
            }
        }
        assertThat(sum).isCloseTo(d(row, "loglik_on_lifetimes_cdnow_spend"), within(1e-6));
    }

    @Test
    void correlation_handExample_isPearson() {
        // x = 1, 2, 3 and spend 2, 4, 6: perfectly correlated; spend 6, 4, 2: -1; constant spend: undefined
        assertThat(GammaGammaFitter.correlation(new int[] {1, 2, 3}, new double[] {2, 4, 6}))
                .isCloseTo(1.0, within(1e-15));
        assertThat(GammaGammaFitter.correlation(new int[] {1, 2, 3}, new double[] {6, 4, 2}))
                .isCloseTo(-1.0, within(1e-15));
        assertThat(GammaGammaFitter.correlation(new int[] {1, 2, 3}, new double[] {5, 5, 5}))
                .isNaN();
    }

    @Test
    void fit_spendGrowingWithFrequency_reportsTheCorrelation() {
        List<CustomerSummary> list = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            list.add(weekly("c" + i, i, i, 40, 10.0 * i + (i % 3)));
        }
        GammaGammaFit fit = GammaGammaFitter.fit(CustomerSummaries.of(ClvTimeUnit.WEEKS, list));
        assertThat(fit.frequencySpendCorrelation()).isGreaterThan(0.99);
    }

    @Test
    void fit_badInput_isRejectedWithNamedMessages() {
        List<CustomerSummary> zeroSpend =
                List.of(weekly("a", 1, 1, 5, 10), weekly("b", 2, 2, 5, 0), weekly("c", 1, 1, 5, 3));
        assertThatThrownBy(() -> GammaGammaFitter.fit(CustomerSummaries.of(ClvTimeUnit.WEEKS, zeroSpend)))
                .hasMessageContaining("customer b has frequency=2, monetaryValue=0.0");
        List<CustomerSummary> two = List.of(weekly("a", 1, 1, 5, 10), weekly("b", 2, 2, 5, 4), weekly("c", 0, 0, 5, 0));
        assertThatThrownBy(() -> GammaGammaFitter.fit(CustomerSummaries.of(ClvTimeUnit.WEEKS, two)))
                .hasMessageContaining("at least 3 customers with a repeat purchase")
                .hasMessageContaining("2 given");
        GammaGammaModel heavyTail = GammaGammaModel.of(GammaGammaParameters.of(2, 0.9, 10));
        assertThatThrownBy(() -> heavyTail.conditionalExpectedAverageSpend(weekly("a", 1, 1, 5, 10)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("q > 1")
                .hasMessageContaining("q=0.9");
        assertThatThrownBy(() -> PAPER_GG.logLikelihood(weekly("n", 0, 0, 3, 0)))
                .hasMessageContaining("frequency > 0");
    }
}

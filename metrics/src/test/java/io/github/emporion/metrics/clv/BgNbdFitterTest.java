package io.github.emporion.metrics.clv;

import static io.github.emporion.metrics.clv.ClvTestData.d;
import static io.github.emporion.metrics.clv.ClvTestData.weekly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BgNbdFitterTest {

    private static BgNbdFit cdnow;

    @BeforeAll
    static void fitCdnow() {
        cdnow = BgNbdFitter.fit(ClvTestData.cdnowSummaries());
    }

    private static void assertRelative(double actual, double expected, double rel, String what) {
        assertThat(actual).as(what).isCloseTo(expected, within(Math.abs(expected) * rel));
    }

    @Test
    void fit_cdnow_matchesIndependentMleTo1e5Relative() {
        Map<String, String> mle =
                ClvTestData.row("bgnbd_cdnow_params.csv", "source", "independent_scipy_MLE_NelderMead+BFGS");
        BgNbdParameters p = cdnow.model().parameters();
        assertThat(cdnow.diagnostics().converged())
                .as(cdnow.diagnostics().message())
                .isTrue();
        assertRelative(p.r(), d(mle, "r"), 1e-5, "r");
        assertRelative(p.alpha(), d(mle, "alpha"), 1e-5, "alpha");
        assertRelative(p.a(), d(mle, "a"), 1e-5, "a");
        assertRelative(p.b(), d(mle, "b"), 1e-5, "b");
        assertThat(cdnow.logLikelihood()).isCloseTo(d(mle, "loglik_on_lifetimes_cdnow_summary"), within(1e-6));
        assertThat(cdnow.customers()).isEqualTo(2357);
        assertThat(cdnow.model().unit()).isEqualTo(ClvTimeUnit.WEEKS);
    }

    @Test
    void fit_cdnow_matchesPublishedParametersToPublishedDigits() {
        // published to 3 decimals: half a unit in the last digit (r = 0.2426 is 1.7e-3 relative from 0.243)
        BgNbdParameters p = cdnow.model().parameters();
        assertThat(p.r()).isCloseTo(0.243, within(0.0005));
        assertThat(p.alpha()).isCloseTo(4.414, within(0.0005));
        assertThat(p.a()).isCloseTo(0.793, within(0.0005));
        assertThat(p.b()).isCloseTo(2.426, within(0.0005));
        assertThat(cdnow.logLikelihood()).isCloseTo(-9582.4, within(0.05));
    }

    @Test
    void fit_cdnowInDays_scalesAlphaBySevenAndShiftsLogLikelihood() {
        List<CustomerSummary> days = new ArrayList<>();
        long repeats = 0;
        for (CustomerSummary c : ClvTestData.cdnowSummaries().customers()) {
            days.add(CustomerSummary.of(
                    c.customerId(), ClvTimeUnit.DAYS, c.frequency(), c.recency() * 7, c.age() * 7, c.monetaryValue()));
            repeats += c.frequency();
        }
        BgNbdFit daily = BgNbdFitter.fit(CustomerSummaries.of(ClvTimeUnit.DAYS, days));
        assertThat(daily.model().unit()).isEqualTo(ClvTimeUnit.DAYS);
        assertRelative(
                daily.model().parameters().alpha(), cdnow.model().parameters().alpha() * 7, 1e-5, "alpha");
        assertRelative(
                daily.model().parameters().r(), cdnow.model().parameters().r(), 1e-5, "r");
        // README §3: rescaling t -> s t changes LL by sum(x) ln s, s = 7
        assertThat(daily.logLikelihood()).isCloseTo(cdnow.logLikelihood() + repeats * Math.log(1 / 7.0), within(1e-5));
    }

    @Test
    void fit_tinyBudget_isFlaggedNotConverged() {
        BgNbdFit fit = BgNbdFitter.fit(ClvTestData.cdnowSummaries(), 12);
        assertThat(fit.diagnostics().converged()).isFalse();
        assertThat(fit.diagnostics().message()).contains("without converging");
    }

    @Test
    void fit_tooFewCustomers_isRejected() {
        CustomerSummaries three = CustomerSummaries.of(
                ClvTimeUnit.WEEKS, List.of(weekly("a", 1, 1, 2, 1), weekly("b", 0, 0, 2, 0), weekly("c", 0, 0, 2, 0)));
        assertThatThrownBy(() -> BgNbdFitter.fit(three))
                .hasMessageContaining("at least 4 customers")
                .hasMessageContaining("3 given");
    }

    @Test
    void fit_noRepeatPurchases_isRejected() {
        List<CustomerSummary> none = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            none.add(weekly("c" + i, 0, 0, 5 + i, 0));
        }
        assertThatThrownBy(() -> BgNbdFitter.fit(CustomerSummaries.of(ClvTimeUnit.WEEKS, none)))
                .hasMessageContaining("at least one customer with a repeat purchase");
    }

    @Test
    void fit_degenerateDataNobodyDropsOut_isFlaggedNotConverged() {
        // every customer buys every week until the end: the drop-out probability runs to 0 (a/(a+b) -> 0)
        List<CustomerSummary> loyal = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            loyal.add(weekly("c" + i, 10, 10, 10, 5));
        }
        BgNbdFit fit = BgNbdFitter.fit(CustomerSummaries.of(ClvTimeUnit.WEEKS, loyal));
        assertThat(fit.diagnostics().converged()).as(fit.toString()).isFalse();
        assertThat(fit.diagnostics().message()).contains("do not identify");
    }

    @Test
    void summaries_badInput_isRejectedWithNamedMessages() {
        assertThatThrownBy(() -> weekly("x", -1, 0, 1, 0)).hasMessageContaining("frequency must be >= 0: -1");
        assertThatThrownBy(() -> weekly("x", 1, 5, 4, 1)).hasMessageContaining("t_x=5.0, T=4.0");
        assertThatThrownBy(() -> weekly("x", 0, 1, 4, 0)).hasMessageContaining("frequency 0 must have recency 0");
        assertThatThrownBy(() -> CustomerSummaries.of(
                        ClvTimeUnit.WEEKS, List.of(weekly("a", 0, 0, 1, 0), weekly("a", 0, 0, 2, 0))))
                .hasMessageContaining("'a' repeats");
        assertThatThrownBy(() -> CustomerSummaries.of(
                        ClvTimeUnit.WEEKS, List.of(CustomerSummary.of("a", ClvTimeUnit.DAYS, 0, 0, 1, 0))))
                .hasMessageContaining("DAYS");
    }
}

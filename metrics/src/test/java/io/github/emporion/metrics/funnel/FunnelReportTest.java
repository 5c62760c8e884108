package io.github.emporion.metrics.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class FunnelReportTest {

    @Test
    void of_handComputedStepAndOverallRates() {
        FunnelReport report = FunnelReport.of(10_000, 4_000, 1_000, 400, 250);
        assertThat(report.step(FunnelStep.PRODUCT_VIEWS).stepRate().value().orElseThrow())
                .isEqualByComparingTo("0.4");
        assertThat(report.step(FunnelStep.ADD_TO_CART).stepRate().value().orElseThrow())
                .isEqualByComparingTo("0.25");
        assertThat(report.step(FunnelStep.CHECKOUT).stepRate().value().orElseThrow())
                .isEqualByComparingTo("0.4");
        assertThat(report.step(FunnelStep.PURCHASE).stepRate().value().orElseThrow())
                .isEqualByComparingTo("0.625");
        assertThat(report.step(FunnelStep.CHECKOUT).overallRate().value().orElseThrow())
                .isEqualByComparingTo("0.04");
        assertThat(report.overallConversionRate().value().orElseThrow()).isEqualByComparingTo("0.025");
        assertThat(report.step(FunnelStep.ADD_TO_CART).dropOff()).isEqualTo(3_000);
        assertThat(report.step(FunnelStep.PURCHASE).stepRate().label().toString())
                .isEqualTo("funnel_step_rate[purchase]");
    }

    @Test
    void of_emptyStep_laterStepRatesUndefined() {
        FunnelReport report = FunnelReport.of(100, 10, 0, 0, 0);
        assertThat(report.step(FunnelStep.ADD_TO_CART).stepRate().value().orElseThrow())
                .isEqualByComparingTo("0");
        assertThat(report.step(FunnelStep.CHECKOUT).stepRate().undefinedReason())
                .contains("add_to_cart is 0");
        assertThat(FunnelReport.of(0, 0, 0, 0, 0).overallConversionRate().isDefined())
                .isFalse();
    }

    @Test
    void of_increasingCounts_rejectedNamingSteps() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FunnelReport.of(100, 10, 20, 0, 0))
                .withMessageContaining("add_to_cart 20 > product_views 10");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FunnelReport.of(-1, 0, 0, 0, 0))
                .withMessageContaining("-1");
    }
}

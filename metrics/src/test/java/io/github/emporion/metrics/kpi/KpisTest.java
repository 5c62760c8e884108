package io.github.emporion.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.github.emporion.metrics.stats.ConfidenceInterval;
import io.github.emporion.metrics.stats.IntervalMethod;
import io.github.emporion.money.CurrencyMismatchException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One hand-computed test per KPI, with its undefined case. Worked examples are those of {@code
 * docs/KPI_DEFINITIONS.md}.
 */
class KpisTest {

    static MonetaryAmount eur(String amount) {
        return Money.of(new BigDecimal(amount), "EUR");
    }

    static void assertValue(RateResult result, String expected) {
        assertThat(result.isDefined()).as(result.toString()).isTrue();
        assertThat(result.value().orElseThrow()).as(result.toString()).isEqualByComparingTo(expected);
    }

    static void assertValue(MoneyResult result, String expected, String currency) {
        MonetaryAmount value = result.value().orElseThrow();
        assertThat(value.getCurrency().getCurrencyCode()).isEqualTo(currency);
        assertThat(value.getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo(expected);
    }

    static void assertUndefined(KpiResult result, String reason) {
        assertThat(result.isDefined()).isFalse();
        assertThat(result.undefinedReason()).contains(reason);
    }

    @Nested
    class Conversion {
        @Test
        void conversionRate_sessionDefault_is0028() {
            RateResult rate = Kpis.conversionRate(42, 1500);
            assertValue(rate, "0.028");
            assertThat(rate.label()).isEqualTo(KpiLabel.of("conversion_rate", "session"));
            assertThat(rate.kind()).isEqualTo(RateKind.PROPORTION);
        }

        @Test
        void conversionRate_userBasis_is004() {
            RateResult rate = Kpis.conversionRate(ConversionBasis.USER, BigDecimal.valueOf(40), 1000);
            assertValue(rate, "0.04");
            assertThat(rate.label().variant()).isEqualTo("user");
        }

        @Test
        void conversionsPerInteraction_googleExampleAndAboveOne_allowed() {
            assertValue(Kpis.conversionsPerInteraction(BigDecimal.valueOf(50), 1000), "0.05");
            RateResult above = Kpis.conversionsPerInteraction(new BigDecimal("12.5"), 10);
            assertValue(above, "1.25");
            assertThat(above.interval()).isEmpty();
            assertThat(above.label().toString()).isEqualTo("conversion_rate[per_interaction]");
        }

        @Test
        void conversionRate_zeroSessions_undefinedNotZero() {
            RateResult rate = Kpis.conversionRate(0, 0);
            assertUndefined(rate, "sessions is 0");
            assertThat(rate.value()).isEmpty();
            assertThat(rate.interval()).isEmpty();
        }

        @Test
        void conversionRate_moreConvertingThanSessions_rejected() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> Kpis.conversionRate(11, 10))
                    .withMessageContaining("11")
                    .withMessageContaining("proportion");
        }

        @Test
        void conversionRate_negative_rejected() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> Kpis.conversionRate(-1, 10))
                    .withMessageContaining("-1");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> Kpis.conversionRate(1, -10))
                    .withMessageContaining("-10");
        }
    }

    @Nested
    class OrdersAndRevenue {
        final SalesTotals shop =
                new SalesTotals(eur("12500.00"), eur("500.00"), eur("300.00"), eur("960.00"), eur("720.00"));

        @Test
        void aov_threeVariants_matchWorkedExample() {
            MoneyResult standard = Kpis.aov(eur("12500.00"), eur("500.00"), 240);
            assertValue(standard, "50", "EUR");
            assertThat(standard.label()).isEqualTo(KpiLabel.of("aov"));
            MoneyResult total = Kpis.aov(shop, 240, AovVariant.INCLUDING_TAX_AND_SHIPPING);
            assertValue(total, "57", "EUR");
            assertThat(total.label().variant()).isEqualTo("including_tax_and_shipping");
            assertValue(Kpis.aov(shop, 240, AovVariant.NET_OF_RETURNS), "48.75", "EUR");
        }

        @Test
        void aov_zeroOrders_undefined() {
            assertUndefined(Kpis.aov(eur("0"), eur("0"), 0), "orders is 0");
        }

        @Test
        void aov_jpyNotRoundedInternally_roundedWhenPresented() {
            // 1000 JPY / 3 orders = 333.33.. internally, presented as 333 (0 minor digits)
            MoneyResult aov = Kpis.aov(Money.of(1000, "JPY"), Money.of(0, "JPY"), 3);
            assertThat(aov.value().orElseThrow().getNumber().numberValue(BigDecimal.class))
                    .isEqualByComparingTo(new BigDecimal("333.3333333333333333333333333333333"));
            assertThat(aov.valueRounded().orElseThrow()).isEqualTo(Money.of(new BigDecimal("333"), "JPY"));
        }

        @Test
        void aov_kwdThreeDecimals_presentedToFils() {
            // 10.000 KWD / 3 = 3.3333.. -> 3.333
            MoneyResult aov = Kpis.aov(Money.of(new BigDecimal("10.000"), "KWD"), Money.of(0, "KWD"), 3);
            assertThat(aov.valueRounded().orElseThrow().getNumber().numberValue(BigDecimal.class))
                    .isEqualByComparingTo("3.333");
            assertThat(aov.valueRounded().orElseThrow().getNumber().getScale()).isEqualTo(3);
        }

        @Test
        void aov_mixedCurrencies_rejected() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> Kpis.aov(eur("10"), Money.of(1, "USD"), 1))
                    .isInstanceOf(CurrencyMismatchException.class)
                    .withMessageContaining("USD");
        }

        @Test
        void netSalesAndTotalSales_workedExample() {
            assertThat(Kpis.netSales(shop).value().getNumber().numberValue(BigDecimal.class))
                    .isEqualByComparingTo("11700");
            assertThat(Kpis.totalSales(shop).value().getNumber().numberValue(BigDecimal.class))
                    .isEqualByComparingTo("13380");
            assertThat(Kpis.totalSales(shop).label().kpiId()).isEqualTo("total_sales");
        }

        @Test
        void salesTotals_negativeComponent_rejected() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> SalesTotals.of(eur("10"), eur("-1")))
                    .withMessageContaining("discounts");
        }

        @Test
        void grossProfitAndMargin_workedExample() {
            assertThat(Kpis.grossProfit(eur("10000.00"), eur("6000.00"))
                            .value()
                            .getNumber()
                            .numberValue(BigDecimal.class))
                    .isEqualByComparingTo("4000");
            RateResult margin = Kpis.grossMargin(eur("10000.00"), eur("6000.00"));
            assertValue(margin, "0.4");
            assertThat(margin.kind()).isEqualTo(RateKind.MONEY_RATIO);
        }

        @Test
        void grossMargin_lossIsNegative_zeroRevenueUndefined() {
            assertValue(Kpis.grossMargin(eur("100"), eur("150")), "-0.5");
            assertUndefined(Kpis.grossMargin(eur("0"), eur("20")), "net revenue is 0");
        }

        @Test
        void refundRate_handComputed_andUndefined() {
            assertValue(Kpis.refundRate(12, 240), "0.05");
            assertUndefined(Kpis.refundRate(0, 0), "orders is 0");
            assertThatIllegalArgumentException().isThrownBy(() -> Kpis.refundRate(241, 240));
        }

        @Test
        void returnRate_handComputed_andUndefined() {
            assertValue(Kpis.returnRate(30, 600), "0.05");
            assertUndefined(Kpis.returnRate(0, 0), "units sold is 0");
        }
    }

    @Nested
    class CartsAndCheckout {
        @Test
        void cartAbandonmentRate_600Carts180Purchased_is070() {
            RateResult rate = Kpis.cartAbandonmentRate(600, 180);
            assertValue(rate, "0.70");
            assertThat(rate.numerator()).isEqualByComparingTo("420");
        }

        @Test
        void cartAbandonmentRate_zeroCarts_undefined_morePurchasesThanCarts_rejected() {
            assertUndefined(Kpis.cartAbandonmentRate(0, 0), "carts is 0");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> Kpis.cartAbandonmentRate(10, 11))
                    .withMessageContaining("purchases 11");
        }

        @Test
        void checkoutAbandonmentRate_250Started180Completed_is028() {
            assertValue(Kpis.checkoutAbandonmentRate(250, 180), "0.28");
            assertUndefined(Kpis.checkoutAbandonmentRate(0, 0), "checkouts started is 0");
            assertThatIllegalArgumentException().isThrownBy(() -> Kpis.checkoutAbandonmentRate(5, 6));
        }
    }

    @Nested
    class Customers {
        @Test
        void retentionRate_workedExample_is085() {
            assertValue(Kpis.retentionRate(200, 220, 50), "0.85");
            assertUndefined(Kpis.retentionRate(0, 5, 5), "customers at start is 0");
        }

        @Test
        void retentionRate_inconsistentCounts_rejected() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> Kpis.retentionRate(200, 300, 50))
                    .withMessageContaining("250");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> Kpis.retentionRate(200, 40, 50))
                    .withMessageContaining("newCustomers 50");
        }

        @Test
        void churnRate_workedExample_is015_andOneMinusRetention() {
            RateResult churn = Kpis.churnRate(200, 220, 50);
            assertValue(churn, "0.15");
            assertThat(churn.numerator()).isEqualByComparingTo("30");
            assertUndefined(Kpis.churnRate(0, 0, 0), "customers at start is 0");
        }

        @Test
        void repeatPurchaseRate_workedExample_is025() {
            assertValue(Kpis.repeatPurchaseRate(300, 1200), "0.25");
            assertUndefined(Kpis.repeatPurchaseRate(0, 0), "customers is 0");
            assertThatIllegalArgumentException().isThrownBy(() -> Kpis.repeatPurchaseRate(3, 2));
        }

        @Test
        void returningCustomerRate_handComputed_is025() {
            assertValue(Kpis.returningCustomerRate(300, 900), "0.25");
            assertUndefined(Kpis.returningCustomerRate(0, 0), "customers is 0");
        }

        @Test
        void purchaseFrequency_workedExample_is125_mayExceedOne() {
            RateResult frequency = Kpis.purchaseFrequency(1500, 1200);
            assertValue(frequency, "1.25");
            assertThat(frequency.kind()).isEqualTo(RateKind.PER_UNIT);
            assertUndefined(Kpis.purchaseFrequency(5, 0), "customers is 0");
        }

        @Test
        void historicalClv_handComputed_is600() {
            assertValue(Kpis.historicalClv(eur("120000.00"), 200), "600", "EUR");
            assertUndefined(Kpis.historicalClv(eur("10"), 0), "customers is 0");
        }
    }

    @Nested
    class Advertising {
        @Test
        void ctr_workedExample_withWilsonInterval() {
            RateResult ctr = Kpis.ctr(57, 1930);
            assertThat(ctr.valueRounded(7)).contains(new BigDecimal("0.0295337"));
            ConfidenceInterval wilson = ctr.interval().orElseThrow();
            assertThat(wilson.lower()).isCloseTo(0.02286510044, within(1e-11));
            assertThat(wilson.upper()).isCloseTo(0.03807136272, within(1e-11));
            assertThat(ctr.interval(IntervalMethod.CLOPPER_PEARSON, 0.95)
                            .orElseThrow()
                            .lower())
                    .isCloseTo(0.02244360522, within(1e-11));
            assertValue(Kpis.ctr(5, 1000), "0.005");
        }

        @Test
        void ctr_zeroImpressions_undefined_clicksAboveImpressions_rejected() {
            assertUndefined(Kpis.ctr(0, 0), "impressions is 0");
            assertThat(Kpis.ctr(0, 0).toString()).contains("undefined");
            assertThatIllegalArgumentException().isThrownBy(() -> Kpis.ctr(3, 2));
        }

        @Test
        void ctr_zeroClicks_isDefinedZero() {
            assertValue(Kpis.ctr(0, 100), "0");
        }

        @Test
        void cpc_googleExample_is030() {
            assertValue(Kpis.cpc(eur("0.60"), 2), "0.30", "EUR");
            MoneyResult noClicks = Kpis.cpc(eur("12.00"), 0);
            assertUndefined(noClicks, "clicks is 0");
            assertThat(noClicks.total()).isEqualTo(eur("12.00"));
        }

        @Test
        void cpm_workedExamples_multipliesBeforeDividing() {
            assertValue(Kpis.cpm(eur("250.00"), 125_000), "2", "EUR");
            assertValue(Kpis.cpm(eur("50.00"), 10_000), "5", "EUR");
            // 0.01 / 3 impressions * 1000 = 3.3333..., not 0.00 * 1000
            assertThat(Kpis.cpm(eur("0.01"), 3).valueRounded().orElseThrow()).isEqualTo(eur("3.33"));
            assertUndefined(Kpis.cpm(eur("1"), 0), "impressions is 0");
        }

        @Test
        void cpa_workedExample_andFractionalConversions() {
            assertValue(Kpis.cpa(eur("100.00"), BigDecimal.valueOf(5)), "20", "EUR");
            assertValue(Kpis.cpa(eur("100.00"), new BigDecimal("2.5")), "40", "EUR");
            assertUndefined(Kpis.cpa(eur("100.00"), BigDecimal.ZERO), "conversions is 0");
        }

        @Test
        void cpl_handComputed_is25() {
            assertValue(Kpis.cpl(eur("300.00"), 12), "25", "EUR");
            assertUndefined(Kpis.cpl(eur("300.00"), 0), "leads is 0");
        }

        @Test
        void roas_workedExample_is5_zeroCostUndefined_zeroRevenueZero() {
            assertValue(Kpis.roas(eur("1000.00"), eur("200.00")), "5");
            assertUndefined(Kpis.roas(eur("10"), eur("0")), "ad cost is 0");
            assertValue(Kpis.roas(eur("0"), eur("200.00")), "0");
        }

        @Test
        void marketingRoi_profitBasedDefault_revenueBasedSeparate() {
            RateResult profitBased = Kpis.marketingRoi(eur("4000.00"), eur("2500.00"));
            assertValue(profitBased, "0.60");
            assertThat(profitBased.label().variant()).isEqualTo("profit_based");
            RateResult revenueBased = Kpis.revenueBasedMarketingRoi(eur("10000.00"), eur("2500.00"));
            assertValue(revenueBased, "3");
            assertThat(revenueBased.label().variant()).isEqualTo("revenue_based");
            assertValue(Kpis.roas(eur("10000.00"), eur("2500.00")), "4");
        }

        @Test
        void marketingRoi_lossNegative_zeroCostUndefined() {
            assertValue(Kpis.marketingRoi(eur("1000.00"), eur("2500.00")), "-0.6");
            assertUndefined(Kpis.marketingRoi(eur("1000.00"), eur("0")), "marketing cost is 0");
        }

        @Test
        void cac_workedExample_is200() {
            assertValue(Kpis.cac(eur("20000.00"), 100), "200", "EUR");
            assertUndefined(Kpis.cac(eur("20000.00"), 0), "new customers is 0");
        }

        @Test
        void ltvToCac_workedExample_is3_undefinedCac_undefined() {
            assertValue(Kpis.ltvToCac(eur("600.00"), eur("200.00")), "3");
            assertValue(Kpis.ltvToCac(eur("600.00"), Kpis.cac(eur("20000.00"), 100)), "3");
            assertUndefined(Kpis.ltvToCac(eur("600.00"), Kpis.cac(eur("20000.00"), 0)), "cac is 0");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> Kpis.ltvToCac(eur("600"), Money.of(200, "KWD")))
                    .isInstanceOf(CurrencyMismatchException.class);
        }
    }

    @Nested
    class AudienceAndEngagement {
        @Test
        void engagementRate_threeVariants_workedExample() {
            assertValue(Kpis.engagementRate(EngagementBasis.REACH, 120, 3000), "0.04");
            assertThat(Kpis.engagementRate(EngagementBasis.IMPRESSIONS, 120, 4500)
                            .valueRounded(5))
                    .contains(new BigDecimal("0.02667"));
            assertValue(Kpis.engagementRate(EngagementBasis.FOLLOWERS, 120, 10_000), "0.012");
            // one person can like and comment: more engagements than reach is allowed
            assertValue(Kpis.engagementRate(EngagementBasis.REACH, 150, 100), "1.5");
            assertUndefined(Kpis.engagementRate(EngagementBasis.FOLLOWERS, 1, 0), "followers is 0");
        }

        @Test
        void sessionEngagementRate_ga4Example() {
            assertThat(Kpis.sessionEngagementRate(693, 1810).valueRounded(5)).contains(new BigDecimal("0.38287"));
            assertUndefined(Kpis.sessionEngagementRate(0, 0), "sessions is 0");
        }

        @Test
        void bounceRate_ga4Example_isOneMinusEngagement() {
            RateResult bounce = Kpis.bounceRate(693, 1810);
            assertThat(bounce.valueRounded(5)).contains(new BigDecimal("0.61713"));
            assertThat(bounce.numerator()).isEqualByComparingTo("1117");
            assertUndefined(Kpis.bounceRate(0, 0), "sessions is 0");
            assertThatIllegalArgumentException().isThrownBy(() -> Kpis.bounceRate(11, 10));
        }

        @Test
        void singlePageSessionRate_handComputed() {
            assertValue(Kpis.singlePageSessionRate(905, 1810), "0.5");
            assertUndefined(Kpis.singlePageSessionRate(0, 0), "sessions is 0");
        }

        @Test
        void frequency_metaExample_is2_reachAboveImpressionsRejected() {
            assertValue(Kpis.frequency(10_000, 5000), "2");
            assertUndefined(Kpis.frequency(0, 0), "reach is 0");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> Kpis.frequency(10, 11))
                    .withMessageContaining("reach 11");
        }
    }

    @Nested
    class Budget {
        final Instant start = Instant.parse("2026-11-01T00:00:00Z");
        final Instant end = start.plus(30, ChronoUnit.DAYS);

        @Test
        void budgetUtilisation_handComputed_overspendAboveOne() {
            assertValue(Kpis.budgetUtilisation(eur("1200.00"), eur("3000.00")), "0.4");
            assertValue(Kpis.budgetUtilisation(eur("3300.00"), eur("3000.00")), "1.1");
            assertUndefined(Kpis.budgetUtilisation(eur("1"), eur("0")), "budget is 0");
        }

        @Test
        void budgetPacing_tenOfThirtyDays_is12() {
            RateResult pacing =
                    Kpis.budgetPacing(eur("1200.00"), eur("3000.00"), start, end, start.plus(10, ChronoUnit.DAYS));
            assertValue(pacing, "1.2");
        }

        @Test
        void budgetPacing_beforeStart_undefined_afterEnd_isUtilisation() {
            assertUndefined(
                    Kpis.budgetPacing(eur("0"), eur("3000.00"), start, end, start.minusSeconds(5)),
                    "elapsed time is 0");
            assertValue(Kpis.budgetPacing(eur("1500.00"), eur("3000.00"), start, end, end.plusSeconds(99)), "0.5");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> Kpis.budgetPacing(eur("1"), eur("2"), end, start, end))
                    .withMessageContaining("must be after start");
        }
    }
}

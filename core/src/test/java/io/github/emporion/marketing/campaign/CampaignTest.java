package io.github.emporion.marketing.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.emporion.marketing.channel.Channel;
import io.github.emporion.marketing.channel.ChannelGroup;
import io.github.emporion.marketing.traffic.ChannelClassifier;
import io.github.emporion.marketing.traffic.LandingPageParser;
import io.github.emporion.marketing.traffic.TrafficSource;
import io.github.emporion.marketing.traffic.UtmParameter;
import io.github.emporion.money.CurrencyMismatchException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CampaignTest {

    private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);
    private static final Flight APRIL = new Flight(APRIL_1, LocalDate.of(2026, 5, 1));

    static Campaign campaign(Billing billing, Flight flight) {
        return new Campaign(
                "c1",
                "Spring",
                Channel.of(ChannelGroup.PAID_SEARCH),
                CampaignObjective.CONVERSION,
                flight,
                CampaignBudget.total(Money.of(1000, billing.rate().getCurrency())),
                billing,
                Map.of(UtmParameter.SOURCE, "google", UtmParameter.MEDIUM, "cpc"),
                CampaignStatus.ACTIVE);
    }

    static CampaignPerformance.Builder day(LocalDate date, String currency) {
        return CampaignPerformance.builder("c1", date, Monetary.getCurrency(currency));
    }

    /** Expected values computed by hand; see each row's comment. */
    @ParameterizedTest(name = "{0} {1} {2} x {3} -> {4}")
    @CsvSource({
        // 2.35 * 1234 / 1000 = 2.8999 -> 2.90
        "CPM, EUR, 2.35, 1234, 2.90",
        // 1.00 * 1005 / 1000 = 1.005, tie -> even 1.00
        "CPM, EUR, 1.00, 1005, 1.00",
        // 1.00 * 1015 / 1000 = 1.015, tie -> even 1.02
        "CPM, EUR, 1.00, 1015, 1.02",
        // 0.750 * 1001 / 1000 = 0.75075 -> 0.751 (3-decimal currency)
        "CPM, KWD, 0.750, 1001, 0.751",
        // 45 * 7 = 315 (0-decimal currency)
        "CPC, JPY, 45, 7, 315",
        // 12.5 * 3 = 37.5, tie -> even 38
        "CPC, JPY, 12.5, 3, 38",
        // 12.5 * 5 = 62.5, tie -> even 62
        "CPC, JPY, 12.5, 5, 62",
        // 12 * 3 = 36
        "CPA, EUR, 12, 3, 36.00",
        // 0.02 * 1500 = 30
        "CPV, BHD, 0.02, 1500, 30.000"
    })
    void spendOn_noReportedSpend_derivesFromBillingModelRoundedOnceHalfEven(
            BillingModel model, String currency, BigDecimal rate, long units, BigDecimal expected) {
        Campaign c = campaign(Billing.of(model, Money.of(rate, currency)), APRIL);
        CampaignPerformance.Builder b = day(APRIL_1, currency).impressions(Math.max(units, 10_000));
        switch (model) {
            case CPM -> b.impressions(units);
            case CPC -> b.clicks(units);
            case CPA -> b.conversions(units);
            case CPV -> b.videoViews(units);
            default -> throw new IllegalStateException();
        }
        MonetaryAmount spend = c.spendOn(b.build());
        assertThat(spend.getCurrency().getCurrencyCode()).isEqualTo(currency);
        assertThat(spend.getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo(expected);
    }

    @Test
    void spendOn_flatFee_spreadsMinorUnitsOverFlightDays() {
        Flight threeDays = new Flight(APRIL_1, APRIL_1.plusDays(3));
        Campaign c = campaign(Billing.of(BillingModel.FLAT_FEE, Money.of(100, "EUR")), threeDays);
        // 10000 cents / 3 days = 3333 rest 1: the first day gets the extra cent.
        assertThat(c.spendOn(day(APRIL_1, "EUR").build())).isEqualTo(Money.of(new BigDecimal("33.34"), "EUR"));
        assertThat(c.spendOn(day(APRIL_1.plusDays(1), "EUR").build()))
                .isEqualTo(Money.of(new BigDecimal("33.33"), "EUR"));
        assertThat(c.spendOn(day(APRIL_1.plusDays(2), "EUR").build()))
                .isEqualTo(Money.of(new BigDecimal("33.33"), "EUR"));
        assertThatThrownBy(() -> c.spendOn(day(APRIL_1.plusDays(3), "EUR").build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the flight");
    }

    @Test
    void spendOn_flatFeeRandom_daysAddUpToFeeExactly() {
        String[] currencies = {"EUR", "JPY", "KWD"};
        for (long seed = 1; seed <= 300; seed++) {
            Random random = new Random(seed);
            CurrencyUnit cur = Monetary.getCurrency(currencies[random.nextInt(currencies.length)]);
            BigDecimal fee = BigDecimal.valueOf(random.nextInt(1_000_000), cur.getDefaultFractionDigits());
            int days = 1 + random.nextInt(60);
            Flight flight = new Flight(APRIL_1, APRIL_1.plusDays(days));
            Campaign c = campaign(Billing.of(BillingModel.FLAT_FEE, Money.of(fee, cur)), flight);
            MonetaryAmount sum = Money.zero(cur);
            for (int d = 0; d < days; d++) {
                sum = sum.add(c.spendOn(CampaignPerformance.builder("c1", APRIL_1.plusDays(d), cur)
                        .build()));
            }
            assertThat(sum).as("seed %s", seed).isEqualTo(Money.of(fee, cur));
        }
    }

    @Test
    void spendOn_reportedSpend_wins() {
        Campaign c = campaign(Billing.of(BillingModel.CPC, Money.of(1, "EUR")), APRIL);
        CampaignPerformance p = day(APRIL_1, "EUR")
                .impressions(100)
                .clicks(10)
                .spend(Money.of(7.5, "EUR"))
                .build();
        assertThat(c.spendOn(p)).isEqualTo(Money.of(7.5, "EUR"));
    }

    @Test
    void spendOn_otherCampaignOrCurrency_throws() {
        Campaign c = campaign(Billing.of(BillingModel.CPC, Money.of(1, "EUR")), APRIL);
        assertThatThrownBy(() -> c.spendOn(CampaignPerformance.builder("c2", APRIL_1, Monetary.getCurrency("EUR"))
                        .build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("c2");
        assertThatThrownBy(() -> c.spendOn(day(APRIL_1, "USD").build())).isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void performance_inconsistentCounts_throw() {
        assertThatThrownBy(() -> day(APRIL_1, "EUR").impressions(10).reach(11).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reach");
        assertThatThrownBy(() -> day(APRIL_1, "EUR").impressions(10).clicks(11).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clicks");
        assertThatThrownBy(() -> day(APRIL_1, "EUR").leads(-1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("leads");
        assertThatThrownBy(() -> new Engagements(1, -2, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shares");
        assertThatThrownBy(() -> day(APRIL_1, "EUR").spend(Money.of(1, "USD")).build())
                .isInstanceOf(CurrencyMismatchException.class);
        // Impressions not reported (zero): clicks are accepted, as for e-mail campaigns.
        assertThat(day(APRIL_1, "EUR").clicks(40).build().clicks()).isEqualTo(40);
        assertThat(new Engagements(1, 2, 3, 4).total()).isEqualTo(10);
    }

    @Test
    void billing_invalid_throws() {
        assertThatThrownBy(() -> Billing.of(BillingModel.CPC, Money.of(-1, "EUR")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rate");
        assertThatThrownBy(() -> Billing.of(BillingModel.FLAT_FEE, Money.of(new BigDecimal("1000.5"), "JPY")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("decimals");
    }

    @Test
    void budgetAndFlight_rules() {
        assertThat(APRIL.days()).isEqualTo(30);
        assertThat(APRIL.contains(LocalDate.of(2026, 5, 1))).isFalse();
        assertThatThrownBy(() -> new Flight(APRIL_1, APRIL_1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("end");
        CampaignBudget both = new CampaignBudget(
                java.util.Optional.of(Money.of(1000, "EUR")), java.util.Optional.of(Money.of(40, "EUR")));
        assertThat(both.forFlight(APRIL)).isEqualTo(Money.of(1000, "EUR")); // 40 * 30 = 1200 > 1000
        assertThat(CampaignBudget.daily(Money.of(30, "EUR")).forFlight(APRIL)).isEqualTo(Money.of(900, "EUR"));
        assertThatThrownBy(() -> new CampaignBudget(java.util.Optional.empty(), java.util.Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one");
        assertThatThrownBy(() -> CampaignBudget.total(Money.of(0, "EUR")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> campaign(Billing.of(BillingModel.CPC, Money.of(1, "EUR")), APRIL)
                        .withBudget(CampaignBudget.total(Money.of(5, "USD"))))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThat(campaign(Billing.of(BillingModel.CPC, Money.of(1, "EUR")), APRIL)
                        .withStatus(CampaignStatus.PAUSED)
                        .status())
                .isEqualTo(CampaignStatus.PAUSED);
    }

    @Test
    void taggedUrl_roundTripsThroughParserAndClassifier() {
        Campaign c = new Campaign(
                "c1",
                "Spring",
                Channel.of(ChannelGroup.PAID_SEARCH),
                CampaignObjective.CONVERSION,
                APRIL,
                CampaignBudget.total(Money.of(1000, "EUR")),
                Billing.of(BillingModel.CPC, Money.of(1, "EUR")),
                Map.of(
                        UtmParameter.SOURCE, "google",
                        UtmParameter.MEDIUM, "cpc",
                        UtmParameter.CAMPAIGN, "spring sale",
                        UtmParameter.TERM, "red & blue"),
                CampaignStatus.ACTIVE);
        String url = c.taggedUrl("https://shop.example/sale?ref=1#top");
        assertThat(url)
                .isEqualTo("https://shop.example/sale?ref=1&utm_source=google&utm_medium=cpc"
                        + "&utm_campaign=spring+sale&utm_term=red+%26+blue#top");
        TrafficSource t = LandingPageParser.ga4().parse(url);
        assertThat(t.campaign()).isEqualTo("spring sale");
        assertThat(t.utm(UtmParameter.TERM)).contains("red & blue");
        assertThat(ChannelClassifier.ga4().classify(t)).isEqualTo(ChannelGroup.PAID_SEARCH);
        assertThat(c.taggedUrl("https://shop.example/")).startsWith("https://shop.example/?utm_source=google&");
        assertThatThrownBy(() -> c.taggedUrl("https://shop.example/?utm_source=bing"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("utm_source");
    }
}

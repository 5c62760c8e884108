package io.github.emporion.metrics.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.emporion.metrics.funnel.FunnelReport;
import io.github.emporion.metrics.kpi.AovVariant;
import io.github.emporion.metrics.kpi.ConversionBasis;
import io.github.emporion.metrics.kpi.EngagementBasis;
import io.github.emporion.metrics.kpi.KpiLabel;
import io.github.emporion.metrics.kpi.KpiResult;
import io.github.emporion.metrics.kpi.Kpis;
import io.github.emporion.metrics.kpi.SalesTotals;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class KpiCatalogTest {

    private static final Locale AR = Locale.forLanguageTag("ar");
    private static final Locale EL = Locale.forLanguageTag("el");

    static MonetaryAmount eur(String amount) {
        return Money.of(new BigDecimal(amount), "EUR");
    }

    @Test
    void everyId_hasNameAndDescriptionInAllThreeLanguages_distinctFromEnglish() {
        for (KpiDefinition kpi : KpiCatalog.all()) {
            String english = KpiCatalog.name(kpi.id(), Locale.ENGLISH);
            assertThat(english).as(kpi.id()).isNotBlank();
            assertThat(KpiCatalog.description(kpi.id(), Locale.ENGLISH))
                    .as(kpi.id())
                    .isNotBlank();
            // Arabic text is in the Arabic script, Greek in the Greek script (not English fallbacks)
            assertThat(KpiCatalog.name(kpi.id(), AR)).as(kpi.id()).matches(".*\\p{IsArabic}.*");
            assertThat(KpiCatalog.description(kpi.id(), AR)).as(kpi.id()).matches(".*\\p{IsArabic}.*");
            assertThat(KpiCatalog.name(kpi.id(), EL)).as(kpi.id()).matches(".*\\p{IsGreek}.*");
            assertThat(KpiCatalog.description(kpi.id(), EL)).as(kpi.id()).matches(".*\\p{IsGreek}.*");
        }
    }

    @Test
    void name_handPicked_threeLanguages() {
        assertThat(KpiCatalog.name("ctr", Locale.ENGLISH)).isEqualTo("Click-through rate");
        assertThat(KpiCatalog.name("ctr", EL)).isEqualTo("Ποσοστό κλικ");
        assertThat(KpiCatalog.name("cart_abandonment_rate", AR)).isEqualTo("معدل التخلي عن السلة");
    }

    @Test
    void name_unsupportedLocale_fallsBackToEnglishNotJvmDefault() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(EL);
            assertThat(KpiCatalog.name("roas", Locale.JAPANESE)).isEqualTo("Return on ad spend");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void unknownId_rejectedQuotingIt() {
        assertThat(KpiCatalog.find("nope")).isEmpty();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> KpiCatalog.name("nope", Locale.ENGLISH))
                .withMessageContaining("'nope'");
    }

    @Test
    void catalogue_idsUniqueSnakeCaseWithFormula() {
        Set<String> ids = new HashSet<>();
        for (KpiDefinition kpi : KpiCatalog.all()) {
            assertThat(ids.add(kpi.id())).as(kpi.id()).isTrue();
            assertThat(kpi.formula()).isNotBlank();
        }
        assertThat(KpiCatalog.get("cpc").higherIsBetter()).isFalse();
        assertThat(KpiCatalog.get("ctr").higherIsBetter()).isTrue();
        assertThat(KpiCatalog.get("cpm").unit()).isEqualTo(KpiUnit.MONEY_PER_THOUSAND);
        assertThat(KpiCatalog.get("conversion_rate").defaultVariant()).isEqualTo("session");
    }

    @Test
    void everyResultOfKpis_isLabelledWithACatalogueIdAndVariant() {
        SalesTotals totals = new SalesTotals(eur("100"), eur("10"), eur("5"), eur("8"), eur("4"));
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        List<KpiResult> results = new ArrayList<>(List.of(
                Kpis.conversionRate(1, 2),
                Kpis.conversionRate(ConversionBasis.USER, BigDecimal.ONE, 2),
                Kpis.conversionsPerInteraction(BigDecimal.ONE, 2),
                Kpis.netSales(totals),
                Kpis.totalSales(totals),
                Kpis.grossProfit(eur("10"), eur("5")),
                Kpis.grossMargin(eur("10"), eur("5")),
                Kpis.refundRate(1, 2),
                Kpis.returnRate(1, 2),
                Kpis.cartAbandonmentRate(2, 1),
                Kpis.checkoutAbandonmentRate(2, 1),
                Kpis.retentionRate(2, 2, 1),
                Kpis.churnRate(2, 2, 1),
                Kpis.repeatPurchaseRate(1, 2),
                Kpis.returningCustomerRate(1, 2),
                Kpis.purchaseFrequency(3, 2),
                Kpis.historicalClv(eur("10"), 2),
                Kpis.ctr(1, 2),
                Kpis.cpc(eur("1"), 2),
                Kpis.cpm(eur("1"), 2),
                Kpis.cpa(eur("1"), BigDecimal.ONE),
                Kpis.cpl(eur("1"), 2),
                Kpis.roas(eur("1"), eur("2")),
                Kpis.marketingRoi(eur("1"), eur("2")),
                Kpis.revenueBasedMarketingRoi(eur("1"), eur("2")),
                Kpis.cac(eur("1"), 2),
                Kpis.ltvToCac(eur("1"), eur("2")),
                Kpis.sessionEngagementRate(1, 2),
                Kpis.bounceRate(1, 2),
                Kpis.singlePageSessionRate(1, 2),
                Kpis.frequency(2, 1),
                Kpis.budgetUtilisation(eur("1"), eur("2")),
                Kpis.budgetPacing(eur("1"), eur("2"), start, start.plusSeconds(10), start.plusSeconds(5))));
        for (AovVariant variant : AovVariant.values()) {
            results.add(Kpis.aov(totals, 2, variant));
        }
        for (EngagementBasis basis : EngagementBasis.values()) {
            results.add(Kpis.engagementRate(basis, 1, 2));
        }
        FunnelReport.of(4, 3, 2, 1, 1).steps().forEach(s -> {
            results.add(s.stepRate());
            results.add(s.overallRate());
        });
        for (KpiResult result : results) {
            KpiLabel label = result.label();
            assertThat(KpiCatalog.find(label.kpiId()))
                    .as(label.toString())
                    .hasValueSatisfying(d ->
                            assertThat(d.accepts(label)).as(label.toString()).isTrue());
        }
    }

    @Test
    void format_arabic_usesArabicIndicDigitsAndSeparators() {
        // 57/1930 = 2.953..% -> "2.95%": digits ٢ ٩ ٥ (U+0662, U+0669, U+0665), decimal separator
        // U+066B, Arabic percent sign U+066A
        String ctr = KpiFormat.format(Kpis.ctr(57, 1930), AR);
        assertThat(ctr).startsWith("\u0662\u066b\u0669\u0665\u066a");
        // 1500/1200 = 1.25 -> ١٫٢٥
        assertThat(KpiFormat.format(Kpis.purchaseFrequency(1500, 1200), AR)).isEqualTo("\u0661\u066b\u0662\u0665");
        assertThat(KpiFormat.format(Kpis.ctr(0, 0), AR)).isEqualTo("غير محدد");
    }

    @Test
    void format_kuwaitiDinarInArabic_showsThreeDecimalsAndGroupSeparator() {
        // 1234.5 KWD -> ١٬٢٣٤٫٥٠٠ : group separator U+066C, three fils digits
        String kwd = KpiFormat.formatMoney(Money.of(new BigDecimal("1234.5"), "KWD"), AR);
        assertThat(kwd).contains("\u0661\u066c\u0662\u0663\u0664\u066b\u0665\u0660\u0660");
        assertThat(kwd).doesNotContain("1");
    }

    @Test
    void format_greekAndEnglish_decimalSeparators() {
        assertThat(KpiFormat.format(Kpis.ctr(57, 1930), EL)).isEqualTo("2,95%");
        assertThat(KpiFormat.format(Kpis.ctr(57, 1930), Locale.ENGLISH)).isEqualTo("2.95%");
        assertThat(KpiFormat.format(Kpis.roas(eur("1000"), eur("200")), Locale.ENGLISH))
                .isEqualTo("5.00");
        assertThat(KpiFormat.format(Kpis.cpc(Money.of(1000, "JPY"), 3), Locale.ENGLISH))
                .contains("333")
                .doesNotContain(".");
        assertThat(KpiFormat.format(Kpis.cpc(eur("1"), 0), EL)).isEqualTo("μη ορισμένο");
        assertThat(KpiFormat.format(Kpis.netSales(SalesTotals.of(eur("1234.5"), eur("0"))), EL))
                .isEqualTo("1.234,50\u00a0€");
    }
}

package io.github.emporion.examples;

import io.github.emporion.metrics.catalog.KpiFormat;
import io.github.emporion.metrics.kpi.KpiResult;
import io.github.emporion.metrics.kpi.Kpis;
import io.github.emporion.metrics.kpi.RateResult;
import io.github.emporion.metrics.stats.ConfidenceInterval;
import io.github.emporion.money.Monies;
import java.util.Locale;
import javax.money.MonetaryAmount;

/**
 * E-marketing: a campaign's KPIs, with confidence intervals for the rates.
 *
 * <p>One month of a search campaign: 120 000 impressions, 2 400 clicks, 96 purchases, 1 800.00 EUR
 * spend, 7 200.00 EUR revenue. By hand: CTR = 2 400 / 120 000 = 2.00 %; CPC = 1 800 / 2 400 = 0.75;
 * CPM = 1 800 / 120 000 × 1 000 = 15.00; conversion rate = 96 / 2 400 = 4.00 %; CPA = 1 800 / 96 =
 * 18.75; ROAS = 7 200 / 1 800 = 4.00. The 95 % Wilson interval of the conversion rate is [3.29 %,
 * 4.86 %]: with 2 400 clicks the true rate could plausibly be anywhere in there. A rate without its
 * sample size is half the story.
 */
public final class CampaignKpis {

    private CampaignKpis() {}

    /**
     * Computes and prints the KPIs.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        long impressions = 120_000;
        long clicks = 2_400;
        long purchases = 96;
        MonetaryAmount spend = Monies.of("1800.00", "EUR");
        MonetaryAmount revenue = Monies.of("7200.00", "EUR");

        print("CTR", Kpis.ctr(clicks, impressions));
        print("CPC", Kpis.cpc(spend, clicks));
        print("CPM", Kpis.cpm(spend, impressions));
        RateResult conversion = Kpis.conversionRate(purchases, clicks);
        print("conversion rate", conversion);
        print("CPA", Kpis.cpa(spend, java.math.BigDecimal.valueOf(purchases)));
        print("ROAS", Kpis.roas(revenue, spend));
        ConfidenceInterval ci = conversion.interval().orElseThrow();
        System.out.printf(
                Locale.ROOT, "conversion rate 95%% CI: [%.2f%%, %.2f%%]%n", 100 * ci.lower(), 100 * ci.upper());
        // No clicks yet: the rate is undefined (with a reason), never 0 and never NaN.
        RateResult none = Kpis.conversionRate(0, 0);
        System.out.println("conversion rate with no clicks: " + KpiFormat.format(none, Locale.ENGLISH) + " ("
                + none.undefinedReason().orElseThrow() + ")");
    }

    private static void print(String name, KpiResult result) {
        System.out.println(name + ": " + KpiFormat.format(result, Locale.ENGLISH));
    }
}

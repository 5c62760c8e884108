package io.github.emporion.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Runs every example's {@code main} and checks the figures it prints against values computed by
 * hand (worked out in each example's Javadoc), so the examples never rot.
 */
class ExamplesTest {

    private static String run(Consumer<String[]> main) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            main.accept(new String[0]);
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void pricingACartInKwd_printsHandComputedTotals() {
        String out = run(PricingACartInKwd::main);
        assertThat(out)
                .contains("2 x Headphones: amount 49.000, discount 4.900, net 44.100, VAT 2.205")
                .contains("1 x USB-C cable: amount 3.750, discount 0.375, net 3.375, VAT 0.169")
                .contains("coupons applied: [SAVE10]")
                .contains("discount: 5.275")
                .contains("net total: 48.975")
                .contains("VAT: 2.449")
                .contains("total: 51.424 KWD");
    }

    @Test
    void orderLifecycle_partialReturnRefundsWhatTheUnitCost() {
        String out = run(OrderLifecycle::main);
        assertThat(out)
                .contains("placed: PENDING_PAYMENT, total 53.90")
                .contains("paid: PAID, captured 53.90")
                .contains("first parcel shipped: PARTIALLY_SHIPPED")
                .contains("delivered: DELIVERED")
                .contains("paid per glass: [9.67, 9.67, 9.66]")
                .contains("returned: 1 glass, refunded 9.67, still refundable 44.23");
    }

    @Test
    void campaignKpis_printsHandComputedKpisAndWilsonInterval() {
        String out = run(CampaignKpis::main);
        assertThat(out)
                .contains("CTR: 2.00%")
                .contains("CPC: €0.75")
                .contains("CPM: €15.00")
                .contains("conversion rate: 4.00%")
                .contains("CPA: €18.75")
                .contains("ROAS: 4.00")
                .contains("conversion rate 95% CI: [3.29%, 4.86%]")
                .contains("conversion rate with no clicks: undefined");
    }

    @Test
    void abTest_printsHandComputedZAndPValue() {
        String out = run(AbTestLandingPages::main);
        assertThat(out)
                .contains("control A: 3.00%")
                .contains("variant B: 3.80%")
                .contains("difference: 0.80 percentage points")
                .contains("difference 95% CI: [0.09, 1.52] percentage points")
                .contains("relative lift: 26.7%")
                .contains("z: 2.21")
                .contains("p-value: 0.027")
                .contains("B beats A");
    }

    @Test
    void classifyingUtmUrls_printsGa4Groups() {
        String out = run(ClassifyingUtmUrls::main);
        assertThat(out.lines().map(l -> l.substring(0, l.indexOf(" <- "))))
                .containsExactly(
                        "Email", "Paid Search", "Paid Social", "Paid Search", "Organic Search", "Referral", "Direct");
        assertThat(out).contains("bing / organic", "blog.example.org / referral", "(direct) / (none)");
    }

    @Test
    void budgetVersusActual_printsPacing() {
        String out = run(BudgetVersusActual::main);
        assertThat(out)
                .contains(
                        "paid_search: planned 3000.00, actual 1800.00, remaining 1200.00, used 0.6, pacing 1.2, AHEAD")
                .contains("email: planned 400.00, actual 190.00, remaining 210.00, used 0.475, pacing 0.95, ON_TRACK")
                .contains("display: planned 0.00, actual 120.00")
                .contains("NO_BUDGET");
    }

    @Test
    void shopAndMarketingTogether_conversionAndOrderMeetByIdentifier() {
        String out = run(ShopAndMarketingTogether::main);
        assertThat(out).contains("marketing: visitor ", " > ", "names order ", "commerce: order ");
        assertThat(out).contains("same value on both sides: true");
        String orderId = out.substring(out.indexOf("names order ") + 12)
                .lines()
                .findFirst()
                .orElseThrow();
        assertThat(out).contains("commerce: order " + orderId + " ");
    }

    @Test
    void comparingAttributionModels_printsHandComputedCredits() {
        String out = run(ComparingAttributionModels::main);
        assertThat(out)
                .contains("first_touch     display 2.00 (20.00) email 1.00 (5.00)")
                .contains("last_touch      display 0.00 (0.00) email 3.00 (25.00)")
                .contains("linear          display 1.00 (10.00) email 2.00 (15.00)")
                .contains("markov          display 1.00 (8.33) email 2.00 (16.67)")
                .contains("removal effects: display 0.50, email 1.00");
    }
}

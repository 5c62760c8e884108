package io.github.emporion.examples;

import io.github.emporion.metrics.attribution.Attribution;
import io.github.emporion.metrics.attribution.AttributionModel;
import io.github.emporion.metrics.attribution.AttributionResult;
import io.github.emporion.metrics.attribution.ChannelCredit;
import io.github.emporion.metrics.attribution.ChannelPath;
import io.github.emporion.metrics.attribution.MarkovModel;
import io.github.emporion.metrics.attribution.MarkovResult;
import io.github.emporion.metrics.attribution.RuleBasedModel;
import io.github.emporion.metrics.attribution.ShapleyModel;
import java.util.List;
import java.util.Locale;

/**
 * E-marketing: who gets the credit for a sale? The same journeys under several attribution models.
 *
 * <p>Three kinds of journeys: display then e-mail (2 purchases worth 20 in total, 1 journey without
 * purchase), e-mail alone (1 purchase worth 5, 2 without), display alone (no purchase, 3 without).
 * By hand: first touch gives display 2 and e-mail 1; last touch gives e-mail all 3; linear splits
 * the two-touch journeys, display 1 and e-mail 2. The Markov model asks "how many purchases are lost
 * if a channel is removed?". From the 9 journeys: start → display 6/9, start → e-mail 3/9;
 * display → e-mail 1/2, display → no purchase 1/2; e-mail → purchase 1/2, e-mail → no purchase 1/2.
 * P(purchase) = 6/9 · 1/2 · 1/2 + 3/9 · 1/2 = 1/3. Without display only 3/9 · 1/2 = 1/6 is left:
 * removal effect 1 − (1/6)/(1/3) = 0.5; without e-mail nothing is left: removal effect 1. Shared out
 * in proportion, display gets 0.5 / 1.5 of the 3 purchases = 1 and e-mail 2 (value 8.33 and 16.67 of
 * 25). The models disagree on display from 0 to 2
 * purchases — which is why a report should show them side by side.
 */
public final class ComparingAttributionModels {

    private ComparingAttributionModels() {}

    /**
     * Runs the models and prints each channel's credited purchases.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        List<ChannelPath> paths = List.of(
                ChannelPath.of(2, 20, 1, "display", "email"),
                ChannelPath.of(1, 5, 2, "email"),
                ChannelPath.of(0, 0, 3, "display"));
        List<AttributionModel> models = List.of(
                RuleBasedModel.firstTouch(),
                RuleBasedModel.lastTouch(),
                RuleBasedModel.linear(),
                RuleBasedModel.positionBased(),
                MarkovModel.order(1),
                ShapleyModel.simplified());
        for (AttributionResult result : Attribution.run(models, paths)) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-15s", result.model()));
            for (ChannelCredit credit : result.channels()) {
                line.append(String.format(
                        Locale.ROOT, " %s %.2f (%.2f)", credit.channel(), credit.conversions(), credit.value()));
            }
            System.out.println(line);
        }
        MarkovResult markov = MarkovModel.order(1).fit(paths);
        System.out.printf(
                Locale.ROOT,
                "removal effects: display %.2f, email %.2f%n",
                markov.removalEffects().get("display"),
                markov.removalEffects().get("email"));
    }
}

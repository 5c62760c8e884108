package io.github.emporion.metrics.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.emporion.money.CurrencyMismatchException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class AttributionComparisonTest {

    private static final List<ChannelPath> TINY = Ref.paths("tiny_example.csv");

    @Test
    void of_tinyExampleWithSpend_sharesRoasAndCpaByHand() {
        List<AttributionResult> results = Attribution.run(List.of(RuleBasedModel.linear(), MarkovModel.order(1)), TINY);
        AttributionComparison cmp =
                AttributionComparison.of(results, Map.of("A", Money.of(10, "EUR"), "B", Money.of(0, "EUR")));
        assertThat(cmp.models()).containsExactly("linear", "markov(order=1, use_nulls=true, collapse_repeats=true)");
        AttributionComparison.Row a = cmp.byChannel().get("A");
        // linear: A 1 conversion, value 10 → share 1/3, ROAS 10/10 = 1, CPA 10/1 = EUR 10
        AttributionComparison.Cell linear = a.cells().get(0);
        assertThat(linear.conversionShare().orElseThrow()).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(linear.valueShare().orElseThrow()).isCloseTo(0.4, within(1e-15));
        assertThat(linear.roas().orElseThrow()).isCloseTo(1.0, within(1e-15));
        assertThat(linear.cpa().orElseThrow()).isEqualTo(Money.of(10, "EUR"));
        // markov: A 1 conversion, value 25/3 → ROAS 5/6
        assertThat(a.cells().get(1).roas().orElseThrow()).isCloseTo(25.0 / 30, within(1e-12));
        // zero spend: ROAS undefined, CPA 0
        AttributionComparison.Cell bLinear = cmp.byChannel().get("B").cells().get(0);
        assertThat(bLinear.roas()).isEmpty();
        assertThat(bLinear.cpa().orElseThrow().isZero()).isTrue();
    }

    @Test
    void of_zeroConversionsAndNoSpend_undefinedNotZero() {
        AttributionResult last = RuleBasedModel.lastTouch().attribute(TINY);
        AttributionComparison cmp = AttributionComparison.of(List.of(last), Map.of("A", Money.of(1000, "JPY")));
        AttributionComparison.Cell a = cmp.byChannel().get("A").cells().get(0);
        assertThat(a.conversions()).isZero();
        assertThat(a.cpa()).isEmpty();
        assertThat(a.roas().orElseThrow()).isZero();
        assertThat(cmp.byChannel().get("B").spend()).isEmpty();
        assertThat(cmp.byChannel().get("B").cells().get(0).roas()).isEmpty();
    }

    @Test
    void of_threeDecimalCurrency_cpaKeepsCurrency() {
        AttributionResult first = RuleBasedModel.firstTouch().attribute(TINY);
        AttributionComparison cmp = AttributionComparison.of(List.of(first), Map.of("A", Money.of(1.001, "KWD")));
        assertThat(cmp.byChannel().get("A").cells().get(0).cpa().orElseThrow()).isEqualTo(Money.of(0.5005, "KWD"));
    }

    @Test
    void of_nonTerminatingCpa_sixteenSignificantDigitsHalfEven() {
        AttributionResult last = RuleBasedModel.lastTouch().attribute(List.of(ChannelPath.of(3, 30, 0, "A")));
        AttributionComparison cmp = AttributionComparison.of(List.of(last), Map.of("A", Money.of(100, "EUR")));
        // 100 / 3 = 33.333… → 16 significant digits; 2 / 3 = 0.666… rounds half-even up to …67
        BigDecimal cpa = cmp.byChannel()
                .get("A")
                .cells()
                .get(0)
                .cpa()
                .orElseThrow()
                .getNumber()
                .numberValue(BigDecimal.class);
        assertThat(cpa).isEqualByComparingTo(new BigDecimal("33.33333333333333"));
        assertThat(cpa.precision()).isEqualTo(16);
        cmp = AttributionComparison.of(List.of(last), Map.of("A", Money.of(2, "KWD")));
        assertThat(cmp.byChannel()
                        .get("A")
                        .cells()
                        .get(0)
                        .cpa()
                        .orElseThrow()
                        .getNumber()
                        .numberValue(BigDecimal.class))
                .isEqualByComparingTo(new BigDecimal("0.6666666666666667"));
    }

    @Test
    void of_mixedCurrencies_rejected() {
        AttributionResult first = RuleBasedModel.firstTouch().attribute(TINY);
        assertThatThrownBy(() -> AttributionComparison.of(
                        List.of(first),
                        new java.util.TreeMap<>(Map.of("A", Money.of(1, "EUR"), "B", Money.of(1, "USD")))))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void of_duplicateLabels_rejected() {
        AttributionResult first = RuleBasedModel.firstTouch().attribute(TINY);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AttributionComparison.of(List.of(first, first)))
                .withMessageContaining("distinct");
    }

    @Test
    void touchCredits_markovTiny_splitByRemovalEffects() {
        MarkovResult r = MarkovModel.order(1).fit(TINY);
        List<TouchCredit> credits = r.touchCredits(ChannelPath.of(3, 30, 0, "A", "B"));
        // RE_A = 1/2, RE_B = 1 → shares 1/3, 2/3
        assertThat(credits.get(0).conversions()).isCloseTo(1.0, within(1e-14));
        assertThat(credits.get(1).conversions()).isCloseTo(2.0, within(1e-14));
        assertThat(credits.get(1).value()).isCloseTo(20.0, within(1e-12));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> r.touchCredits(ChannelPath.of(1, 0, 0, "Z")))
                .withMessageContaining("'Z'");
    }

    @Test
    void touchCredits_simplifiedShapley_sumToChannelTotals() {
        List<ChannelPath> rows = Ref.paths("generated_3k.csv");
        ShapleyModel model = ShapleyModel.simplified();
        Map<String, Double> sums = new java.util.HashMap<>();
        rows.forEach(p -> model.touchCredits(p).forEach(t -> sums.merge(t.channel(), t.conversions(), Double::sum)));
        Ref.assertRelative(sums, Ref.conversions(model.attribute(rows)), 1e-9, "per-journey sums");
        assertThat(model.touchCredits(ChannelPath.of(2, 0, 0, "A", "B", "A")))
                .extracting(TouchCredit::conversions)
                .containsExactly(0.5, 1.0, 0.5);
    }
}

package io.github.emporion.marketing.journey;

import static io.github.emporion.marketing.journey.JourneyBuilderTest.EMAIL;
import static io.github.emporion.marketing.journey.JourneyBuilderTest.SEARCH;
import static io.github.emporion.marketing.journey.JourneyBuilderTest.T;
import static io.github.emporion.marketing.journey.JourneyBuilderTest.tp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.emporion.aggregate.Accumulators;
import io.github.emporion.marketing.touchpoint.Conversion;
import io.github.emporion.marketing.touchpoint.JourneyEvent;
import io.github.emporion.money.CurrencyMismatchException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class PathCountAccumulatorTest {

    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");

    @Test
    void result_javadocExample_oneRowWithHandCountedTotals() {
        List<Journey> journeys = List.of(
                Journey.converted(
                        List.of(tp("a", T, SEARCH), tp("a", T, EMAIL)), Conversion.of("a", T, Money.of(50, "EUR"))),
                Journey.converted(
                        List.of(tp("b", T, SEARCH), tp("b", T, EMAIL)), Conversion.of("b", T, Money.of(30, "EUR"))),
                Journey.notConverted(List.of(tp("c", T, SEARCH), tp("c", T, EMAIL))),
                Journey.notConverted(List.of(tp("d", T, EMAIL))));
        List<PathCount> rows = Accumulators.reduce(() -> new PathCountAccumulator(EUR), journeys);
        assertThat(rows)
                .containsExactly(
                        PathCount.of(List.of("Email"), 0, Money.of(0, "EUR"), 1),
                        PathCount.of(List.of("Paid Search", "Email"), 2, Money.of(80, "EUR"), 1));
        assertThat(rows.get(1).pathString()).isEqualTo("Paid Search > Email");
        assertThat(rows.get(1).journeys()).isEqualByComparingTo("3");
    }

    @Test
    void result_threeDecimalAndZeroDecimalCurrencies_sumExactly() {
        CurrencyUnit kwd = Monetary.getCurrency("KWD");
        List<Journey> kwdJourneys = List.of(
                Journey.converted(
                        List.of(tp("a", T, EMAIL)), Conversion.of("a", T, Money.of(new BigDecimal("1.234"), kwd))),
                Journey.converted(
                        List.of(tp("b", T, EMAIL)), Conversion.of("b", T, Money.of(new BigDecimal("2.001"), kwd))));
        assertThat(Accumulators.reduce(() -> new PathCountAccumulator(kwd), kwdJourneys)
                        .get(0)
                        .conversionValue())
                .isEqualTo(Money.of(new BigDecimal("3.235"), kwd));
        CurrencyUnit jpy = Monetary.getCurrency("JPY");
        List<Journey> jpyJourneys = List.of(
                Journey.converted(List.of(tp("a", T, EMAIL)), Conversion.of("a", T, Money.of(1500, jpy))),
                Journey.converted(List.of(tp("b", T, EMAIL)), Conversion.of("b", T, Money.of(2499, jpy))));
        assertThat(Accumulators.reduce(() -> new PathCountAccumulator(jpy), jpyJourneys)
                        .get(0)
                        .conversionValue())
                .isEqualTo(Money.of(3999, jpy));
    }

    @Test
    void add_otherCurrency_throwsAndLeavesStateUnchanged() {
        PathCountAccumulator acc = new PathCountAccumulator(EUR);
        acc.add(Journey.notConverted(List.of(tp("a", T, EMAIL))));
        List<PathCount> before = acc.result();
        Journey usd = Journey.converted(List.of(tp("b", T, SEARCH)), Conversion.of("b", T, Money.of(5, "USD")));
        assertThatThrownBy(() -> acc.add(usd)).isInstanceOf(CurrencyMismatchException.class);
        assertThat(acc.result()).isEqualTo(before);
        assertThatThrownBy(() -> acc.merge(new PathCountAccumulator(Monetary.getCurrency("USD"))))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThat(acc.result()).isEqualTo(before);
    }

    @Test
    void merge_randomSplits_equalsSinglePass() {
        for (long seed = 1; seed <= 200; seed++) {
            Random random = new Random(seed);
            List<JourneyEvent> events = JourneyBuilderTest.randomEvents(random, 30);
            List<Journey> journeys = new ArrayList<>();
            JourneyBuilder.withDefaultLookback().build(events).forEach(v -> journeys.addAll(v.journeys()));
            List<PathCount> single = Accumulators.reduce(() -> new PathCountAccumulator(EUR), journeys);

            PathCountAccumulator merged = new PathCountAccumulator(EUR);
            int from = 0;
            while (from < journeys.size()) {
                // Parts may be empty (to == from): an empty accumulator is the identity of merge.
                int to = from + random.nextInt(journeys.size() - from + 1);
                PathCountAccumulator part = new PathCountAccumulator(EUR);
                journeys.subList(from, to).forEach(part::add);
                merged.merge(part);
                from = to;
            }
            assertThat(merged.result()).as("seed %s", seed).isEqualTo(single);
            assertThat(journeys.parallelStream().collect(Accumulators.collector(() -> new PathCountAccumulator(EUR))))
                    .as("parallel, seed %s", seed)
                    .isEqualTo(single);
        }
    }

    @Test
    void pathCount_countsNormalisedAndValidated() {
        PathCount a = new PathCount(List.of("Email"), new BigDecimal("2.00"), Money.of(1, "EUR"), new BigDecimal("10"));
        PathCount b = new PathCount(List.of("Email"), new BigDecimal("2"), Money.of(1, "EUR"), new BigDecimal("1E+1"));
        assertThat(a).isEqualTo(b);
        assertThat(a.nonConversions().toPlainString()).isEqualTo("10");
        assertThat(new PathCount(List.of("Email"), new BigDecimal("0.5"), Money.of(1, "EUR"), BigDecimal.ZERO)
                        .conversions())
                .isEqualByComparingTo("0.5");
        assertThatThrownBy(() -> PathCount.of(List.of(), 1, Money.of(1, "EUR"), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("path");
        assertThatThrownBy(() -> PathCount.of(List.of("a > b"), 1, Money.of(1, "EUR"), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("valid channel name");
        assertThatThrownBy(() -> PathCount.of(List.of("Email"), -1, Money.of(1, "EUR"), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("conversions");
        assertThatThrownBy(() -> PathCount.of(List.of("Email"), 1, Money.of(-1, "EUR"), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("conversionValue");
    }
}

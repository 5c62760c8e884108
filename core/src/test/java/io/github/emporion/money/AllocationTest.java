package io.github.emporion.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AllocationTest {

    private static List<String> plain(List<MonetaryAmount> parts) {
        return parts.stream().map(p -> Monies.decimal(p).toPlainString()).toList();
    }

    private static List<BigDecimal> weights(String spec) {
        List<BigDecimal> w = new ArrayList<>();
        for (String s : spec.split(":")) {
            w.add(new BigDecimal(s));
        }
        return w;
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "100.00; EUR; 1:1:1; 33.34,33.33,33.33",
                "0.010; KWD; 1:1; 0.005,0.005",
                "10; JPY; 1:2; 3,7",
                "0.05; EUR; 1:1; 0.03,0.02",
                "-100.00; EUR; 1:1:1; -33.34,-33.33,-33.33",
                "1.000; BHD; 0:1:0; 0.000,1.000,0.000",
                "7; JPY; 1:1:1:1; 2,2,2,1",
                "0.00; USD; 2:3; 0.00,0.00",
                "1.01; JOD; 0.5:0.25:0.25; 0.505,0.253,0.252"
            })
    void byWeights_handComputedCases_matchExpected(String amount, String currency, String w, String expected) {
        List<MonetaryAmount> parts = Allocation.byWeights(Monies.of(amount, currency), weights(w));
        assertThat(plain(parts)).containsExactly(expected.split(","));
        assertThat(parts)
                .allSatisfy(p -> assertThat(p.getCurrency().getCurrencyCode()).isEqualTo(currency));
    }

    @ParameterizedTest
    @CsvSource({"EUR", "JPY", "KWD", "BHD", "JOD", "USD"})
    void byWeights_randomAmountsAndWeights_partsSumExactlyAndStayWithinOneUnitOfShare(String currency) {
        long seed = 20261122L + currency.hashCode();
        Random random = new Random(seed);
        var unit = Monetary.getCurrency(currency);
        int digits = unit.getDefaultFractionDigits();
        for (int trial = 0; trial < 3000; trial++) {
            long minor = random.nextInt(2_000_001) - 1_000_000L;
            MonetaryAmount amount = Monies.ofMinorUnits(minor, unit);
            int n = 1 + random.nextInt(8);
            List<BigDecimal> w = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                BigDecimal wi = BigDecimal.valueOf(random.nextInt(1000), random.nextInt(3));
                w.add(wi);
                total = total.add(wi);
            }
            if (total.signum() == 0) {
                w.set(0, BigDecimal.ONE);
                total = BigDecimal.ONE;
            }
            List<MonetaryAmount> parts = Allocation.byWeights(amount, w);
            long sum = parts.stream().mapToLong(Monies::toMinorUnits).sum();
            assertThat(sum).as("seed %d trial %d: parts sum", seed, trial).isEqualTo(minor);
            for (int i = 0; i < n; i++) {
                BigDecimal share = BigDecimal.valueOf(minor)
                        .multiply(w.get(i))
                        .divide(total, 10, java.math.RoundingMode.HALF_EVEN);
                long part = Monies.toMinorUnits(parts.get(i));
                assertThat(BigDecimal.valueOf(part).subtract(share).abs())
                        .as("seed %d trial %d part %d within one minor unit of its share", seed, trial, i)
                        .isLessThan(BigDecimal.ONE);
                assertThat(Monies.decimal(parts.get(i)).scale()).isEqualTo(digits);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"100.00,EUR,3", "1,JPY,4", "0.001,KWD,2", "12.345,BHD,7"})
    void evenly_partsSumAndDifferByAtMostOneUnit(String amount, String currency, int n) {
        MonetaryAmount a = Monies.of(amount, currency);
        List<MonetaryAmount> parts = Allocation.evenly(a, n);
        assertThat(parts).hasSize(n);
        assertThat(Monies.isEqual(Monies.sum(a.getCurrency(), parts), a)).isTrue();
        long max = parts.stream().mapToLong(Monies::toMinorUnits).max().orElseThrow();
        long min = parts.stream().mapToLong(Monies::toMinorUnits).min().orElseThrow();
        assertThat(max - min).isLessThanOrEqualTo(1);
    }

    @org.junit.jupiter.api.Test
    void badInput_rejectedWithNamedArgument() {
        MonetaryAmount eur = Monies.of("10.00", "EUR");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Allocation.byWeights(eur, List.of()))
                .withMessageContaining("weights");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Allocation.byWeights(eur, List.of(BigDecimal.ONE, new BigDecimal("-1"))))
                .withMessageContaining("weights[1]")
                .withMessageContaining("-1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Allocation.byWeights(eur, List.of(BigDecimal.ZERO)))
                .withMessageContaining("positive sum");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Allocation.evenly(Monies.of("10.001", "EUR"), 2))
                .withMessageContaining("minor units");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Allocation.evenly(eur, 0))
                .withMessageContaining("parts");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> Allocation.proportionally(eur, List.of(Monies.of("1.00", "USD"))))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("EUR")
                .hasMessageContaining("USD");
    }
}

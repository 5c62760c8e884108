package io.github.emporion.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AllocationMinorUnitsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                // 1000 by 1:2 → shares 333.33 and 666.67: floors 333 + 666 = 999, 1 left to the larger remainder
                "1000; 1:2; 333,667",
                // 10000 by 1:1:1 → 3333.33 each: 1 left, tie → first index
                "10000; 1:1:1; 3334,3333,3333",
                "-10000; 1:1:1; -3334,-3333,-3333",
                "5; 0:3:0; 0,5,0",
                "0; 4:5; 0,0",
                // 1070 by 7198:2500:999 (the EUR scenario) → 720 r20, 250 r750, 99 r9927 → 720,250,100
                "1070; 7198:2500:999; 720,250,100",
            })
    void splitMinorUnits_examples_matchHandComputedParts(long amount, String weights, String expected) {
        String[] w = weights.split(":");
        long[] ws = new long[w.length];
        for (int i = 0; i < w.length; i++) {
            ws[i] = Long.parseLong(w[i]);
        }
        String[] e = expected.split(",");
        long[] es = new long[e.length];
        for (int i = 0; i < e.length; i++) {
            es[i] = Long.parseLong(e[i]);
        }
        assertThat(Allocation.splitMinorUnits(amount, ws)).containsExactly(es);
    }

    @Test
    void splitMinorUnits_randomInputs_partsSumExactlyAndStayWithinOneUnitOfTheExactShare() {
        long seed = 7L;
        SplittableRandom random = new SplittableRandom(seed);
        for (int c = 0; c < 10_000; c++) {
            long amount = random.nextLong(-1_000_000_000_000L, 1_000_000_000_000L);
            long[] weights = new long[random.nextInt(1, 12)];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = random.nextInt(4) == 0 ? 0 : random.nextLong(0, 1_000_000_000_000L);
            }
            weights[random.nextInt(weights.length)] += 1; // positive sum
            long[] parts = Allocation.splitMinorUnits(amount, weights);
            String where = "seed " + seed + " case " + c;
            BigInteger sumW = BigInteger.ZERO;
            for (long w : weights) {
                sumW = sumW.add(BigInteger.valueOf(w));
            }
            long sum = 0;
            for (int i = 0; i < parts.length; i++) {
                sum += parts[i];
                // floor(|amount| · w / Σw) ≤ |part| ≤ floor + 1
                BigInteger floor = BigInteger.valueOf(Math.abs(amount))
                        .multiply(BigInteger.valueOf(weights[i]))
                        .divide(sumW);
                long abs = Math.abs(parts[i]);
                assertThat(abs).as(where).isBetween(floor.longValueExact(), floor.longValueExact() + 1);
                if (weights[i] == 0) {
                    assertThat(parts[i]).as(where).isZero();
                }
            }
            assertThat(sum).as(where).isEqualTo(amount);
        }
    }

    @Test
    void splitMinorUnits_badWeights_nameTheRule() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Allocation.splitMinorUnits(10, new long[] {1, -2}))
                .withMessage("weights[1] must be >= 0: -2");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Allocation.splitMinorUnits(10, new long[] {0, 0}))
                .withMessageContaining("weights must have a positive sum");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Allocation.splitMinorUnits(10, new long[0]))
                .withMessageContaining("weights must have a positive sum");
    }

    @ParameterizedTest
    @CsvSource({"1.00, EUR", "0.005, KWD", "12, JPY", "0, BHD", "1.230, USD"})
    void requireNonNegativeMinorUnits_wholeMinorUnits_accepted(String amount, String currency) {
        assertThat(Monies.requireNonNegativeMinorUnits("price", Monies.of(amount, currency)))
                .isEqualTo(Monies.of(amount, currency));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "1.005; EUR; price must be a whole number of EUR minor units (2 decimals): EUR 1.005",
                "12.5; JPY; price must be a whole number of JPY minor units (0 decimals): JPY 12.5",
                "0.0005; KWD; price must be a whole number of KWD minor units (3 decimals): KWD 0.0005",
                "-0.01; EUR; price must be >= 0: EUR -0.01",
            })
    void requireNonNegativeMinorUnits_badAmount_namesFieldValueAndRule(String amount, String currency, String message) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Monies.requireNonNegativeMinorUnits("price", Monies.of(amount, currency)))
                .withMessage(message);
    }
}

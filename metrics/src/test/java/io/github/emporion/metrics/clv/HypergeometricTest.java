package io.github.emporion.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HypergeometricTest {

    @Test
    void log2F1_closedFormIdentities_matchOnSeededRandomArguments() {
        long seed = 42L;
        Random random = new Random(seed);
        for (int i = 0; i < 2000; i++) {
            double a = 0.01 + random.nextDouble() * 300;
            double b = 0.01 + random.nextDouble() * 300;
            double z = random.nextDouble() * 0.95;
            String msg = "seed " + seed + " case " + i + " a=" + a + " b=" + b + " z=" + z;
            // 2F1(a, b; b; z) = (1 - z)^-a
            double expected = -a * Math.log1p(-z);
            assertThat(Hypergeometric.log2F1(a, b, b, z))
                    .as(msg)
                    .isCloseTo(expected, within(1e-12 * Math.max(1, Math.abs(expected))));
            // 2F1(1, 1; 2; z) = -ln(1 - z) / z
            if (z > 0) {
                assertThat(Hypergeometric.log2F1(1, 1, 2, z))
                        .as(msg)
                        .isCloseTo(Math.log(-Math.log1p(-z) / z), within(1e-13));
            }
        }
    }

    @Test
    void log2F1_hugeTermsThatOverflowDoubles_staysFinite() {
        // (1 - 0.9)^-1000 = 1e1000 overflows a double; its log does not
        assertThat(Hypergeometric.log2F1(1000, 7, 7, 0.9)).isCloseTo(1000 * Math.log(10), within(1e-9));
    }

    @Test
    void log2F1_zeroArgument_isZero() {
        assertThat(Hypergeometric.log2F1(2, 3, 4, 0)).isZero();
    }

    @Test
    void log2F1_argumentsOutOfRange_areRejected() {
        assertThatThrownBy(() -> Hypergeometric.log2F1(1, 1, 1, 1)).hasMessageContaining("0 <= z < 1: z=1.0");
        assertThatThrownBy(() -> Hypergeometric.log2F1(-1, 1, 1, 0.5)).hasMessageContaining("a=-1.0");
    }
}

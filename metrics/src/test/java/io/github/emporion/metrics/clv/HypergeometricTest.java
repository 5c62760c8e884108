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

    @Test
    void logScaledTail_closedFormsForCBelowOne_matchOnSeededRandomArguments() {
        long seed = 1009L;
        Random random = new Random(seed);
        for (int i = 0; i < 2000; i++) {
            double c = -0.95 + random.nextDouble() * 1.95;
            double b = 0.01 + random.nextDouble() * 20;
            double z = 1e-6 + random.nextDouble() * 0.95;
            String msg = "seed " + seed + " case " + i + " c=" + c + " b=" + b + " z=" + z;
            double lnOneMinusZ = Math.log1p(-z);
            // 2F1(c+1, b; c; z) = (1-z)^-b (1 + b z / (c (1-z))), so
            // c (2F1 - 1) = c ((1-z)^-b - 1) + b z (1-z)^(-b-1)
            double expected = c * Math.expm1(-b * lnOneMinusZ) + b * z * Math.exp((-b - 1) * lnOneMinusZ);
            assertThat(Hypergeometric.logScaledTail(c + 1, b, c, z))
                    .as(msg)
                    .isCloseTo(Math.log(expected), within(1e-12));
            // 2F1(a, b; b; z) = (1-z)^-a with 0 < c = b < 1
            double cb = 0.001 + random.nextDouble() * 0.998;
            double a = 0.01 + random.nextDouble() * 20;
            assertThat(Hypergeometric.logScaledTail(a, cb, cb, z))
                    .as(msg + " a=" + a + " cb=" + cb)
                    .isCloseTo(Math.log(cb * Math.expm1(-a * lnOneMinusZ)), within(1e-12));
            // 2F1(1, 1; 2; z) = -ln(1-z)/z
            assertThat(Hypergeometric.logScaledTail(1, 1, 2, z))
                    .as(msg)
                    .isCloseTo(Math.log(2 * (-lnOneMinusZ / z - 1)), within(1e-11));
        }
    }

    @Test
    void logScaledTail_cZero_isTheLimitOfCTimes2F1() {
        // c -> 0 in 2F1(c+1, b; c; z): c (2F1 - 1) -> b z (1-z)^(-b-1)
        double b = 2.5;
        double z = 0.4;
        assertThat(Hypergeometric.logScaledTail(1, b, 0, z))
                .isCloseTo(Math.log(b * z) + (-b - 1) * Math.log1p(-z), within(1e-13));
    }

    @Test
    void logScaledTail_positiveC_agreesWithLog2F1() {
        long seed = 77L;
        Random random = new Random(seed);
        for (int i = 0; i < 500; i++) {
            double a = 0.01 + random.nextDouble() * 10;
            double b = 0.01 + random.nextDouble() * 10;
            double c = 0.5 + random.nextDouble() * 10;
            double z = 0.01 + random.nextDouble() * 0.9;
            // c (F - 1) computed from ln F; a different summation order, so agreement is not circular
            double viaLog = Math.log(c * Math.expm1(Hypergeometric.log2F1(a, b, c, z)));
            assertThat(Hypergeometric.logScaledTail(a, b, c, z))
                    .as("seed " + seed + " case " + i)
                    .isCloseTo(viaLog, within(1e-11));
        }
    }

    @Test
    void logScaledTail_argumentsOutOfRange_areRejected() {
        assertThatThrownBy(() -> Hypergeometric.logScaledTail(1, 1, -1, 0.5)).hasMessageContaining("c=-1.0");
        assertThatThrownBy(() -> Hypergeometric.logScaledTail(1, 0, 0.5, 0.5)).hasMessageContaining("b=0.0");
        assertThatThrownBy(() -> Hypergeometric.logScaledTail(1, 1, 0.5, 1)).hasMessageContaining("z=1.0");
        assertThat(Hypergeometric.logScaledTail(1, 1, 0.5, 0)).isEqualTo(Double.NEGATIVE_INFINITY);
    }
}

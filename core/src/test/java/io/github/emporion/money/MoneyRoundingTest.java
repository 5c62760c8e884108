package io.github.emporion.money;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyRoundingTest {

    @ParameterizedTest
    @CsvSource({
        "2.345, EUR, HALF_EVEN, 2.34",
        "2.345, EUR, HALF_UP, 2.35",
        "2.355, EUR, HALF_EVEN, 2.36",
        "0.0125, KWD, HALF_EVEN, 0.012",
        "0.0125, KWD, HALF_UP, 0.013",
        "12.5, JPY, HALF_EVEN, 12",
        "12.5, JPY, HALF_UP, 13",
        "-12.5, KRW, HALF_UP, -13",
        "1.0005, OMR, HALF_EVEN, 1.000",
        "1.0005, TND, HALF_UP, 1.001",
        "7, BHD, HALF_EVEN, 7.000",
        "2.341, USD, CEILING, 2.35",
        "-2.349, USD, FLOOR, -2.35",
        "2.345, JOD, HALF_DOWN, 2.345"
    })
    void round_toCurrencyMinorUnits(String amount, String currency, MoneyRounding rule, String expected) {
        var rounded = rule.round(Monies.of(amount, currency));
        assertThat(Monies.decimal(rounded).toPlainString()).isEqualTo(expected);
        assertThat(rounded.getCurrency().getCurrencyCode()).isEqualTo(currency);
    }

    @org.junit.jupiter.api.Test
    void default_isHalfEven() {
        assertThat(MoneyRounding.DEFAULT).isEqualTo(MoneyRounding.HALF_EVEN);
    }
}

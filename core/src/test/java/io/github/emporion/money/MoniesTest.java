package io.github.emporion.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

class MoniesTest {

    @Test
    void minorUnits_roundTripForZeroTwoAndThreeDecimalCurrencies() {
        assertThat(Monies.toMinorUnits(Monies.of("12.345", "KWD"))).isEqualTo(12345);
        assertThat(Monies.toMinorUnits(Monies.of("1500", "JPY"))).isEqualTo(1500);
        assertThat(Monies.toMinorUnits(Monies.of("-0.07", "EUR"))).isEqualTo(-7);
        assertThat(Monies.decimal(Monies.ofMinorUnits(12345, Monetary.getCurrency("BHD")))
                        .toPlainString())
                .isEqualTo("12.345");
    }

    @Test
    void toMinorUnits_tooManyDecimals_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Monies.toMinorUnits(Monies.of("1.5", "JPY")))
                .withMessageContaining("JPY")
                .withMessageContaining("1.5");
    }

    @Test
    void compare_differentCurrencies_throwsNamingBoth() {
        assertThatThrownBy(() -> Monies.compare(Monies.of("1", "EUR"), Monies.of("1", "USD")))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("EUR")
                .hasMessageContaining("USD");
        assertThat(Monies.compare(Monies.of("1.50", "EUR"), Monies.of("1.5", "EUR")))
                .isZero();
        assertThat(Monies.compare(Monies.of("1.49", "EUR"), Monies.of("1.5", "EUR")))
                .isNegative();
    }

    @Test
    void isEqual_zeroInDifferentCurrencies_isFalse() {
        assertThat(Monies.isEqual(Monies.of("0", "EUR"), Monies.of("0", "USD"))).isFalse();
        assertThat(Monies.isEqual(Monies.of("0.0", "EUR"), Monies.of("0", "EUR")))
                .isTrue();
    }

    @Test
    void sum_addsExactlyAndRejectsForeignCurrency() {
        var eur = Monetary.getCurrency("EUR");
        assertThat(Monies.decimal(Monies.sum(eur, List.of(Monies.of("0.10", "EUR"), Monies.of("0.20", "EUR")))))
                .isEqualByComparingTo("0.30");
        assertThat(Monies.decimal(Monies.sum(eur, List.of()))).isZero();
        assertThatThrownBy(() -> Monies.sum(eur, List.of(Monies.of("1", "USD"))))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> Monies.add(Monies.of("1", "KWD"), Monies.of("1", "BHD")))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("KWD")
                .hasMessageContaining("BHD");
    }

    @Test
    void of_notANumber_rejectedQuotingValue() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Monies.of("12,50", "EUR"))
                .withMessageContaining("'12,50'");
    }
}

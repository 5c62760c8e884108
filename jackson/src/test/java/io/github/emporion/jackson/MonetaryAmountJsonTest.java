package io.github.emporion.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.emporion.money.Monies;
import java.util.List;
import java.util.Random;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonetaryAmountJsonTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new EmporionModule());

    @ParameterizedTest
    @CsvSource({
        "12.34, KWD, '{\"amount\":\"12.340\",\"currency\":\"KWD\"}'",
        "1500, JPY, '{\"amount\":\"1500\",\"currency\":\"JPY\"}'",
        "0.4, EUR, '{\"amount\":\"0.40\",\"currency\":\"EUR\"}'",
        "-7.125, BHD, '{\"amount\":\"-7.125\",\"currency\":\"BHD\"}'"
    })
    void write_amountAsDecimalStringWithMinorUnits(String amount, String currency, String json) throws Exception {
        assertThat(mapper.writeValueAsString(Monies.of(amount, currency))).isEqualTo(json);
    }

    @Test
    void read_numberAmount_isExactDecimal() throws Exception {
        MonetaryAmount m = mapper.readValue("{\"currency\":\"EUR\",\"amount\":0.1}", MonetaryAmount.class);
        assertThat(Monies.decimal(m)).isEqualByComparingTo("0.10");
        MonetaryAmount big =
                mapper.readValue("{\"amount\":12345678901234567890.123,\"currency\":\"JOD\"}", MonetaryAmount.class);
        assertThat(Monies.decimal(big).toPlainString()).isEqualTo("12345678901234567890.123");
    }

    @Test
    void roundTrip_randomAmounts_equal() throws Exception {
        Random random = new Random(42);
        for (String code : List.of("EUR", "JPY", "KWD", "BHD", "JOD", "USD")) {
            var unit = Monetary.getCurrency(code);
            for (int i = 0; i < 500; i++) {
                MonetaryAmount m = Monies.ofMinorUnits(random.nextLong() % 1_000_000_000_000L, unit);
                MonetaryAmount back = mapper.readValue(mapper.writeValueAsString(m), MonetaryAmount.class);
                assertThat(Monies.isEqual(back, m)).as("seed 42 %s", m).isTrue();
            }
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"amount\":\"12.3\"}|currency",
                "{\"currency\":\"EUR\"}|amount",
                "{\"amount\":\"12,3\",\"currency\":\"EUR\"}|12,3",
                "{\"amount\":\"1\",\"currency\":\"XYZ1\"}|XYZ1",
                "{\"amount\":\"1\",\"currency\":\"EUR\",\"cents\":3}|cents",
                "{\"amount\":true,\"currency\":\"EUR\"}|amount",
                "\"12.30 EUR\"|MonetaryAmount"
            })
    void read_badMoney_rejectedNamingTheProblem(String json, String named) {
        assertThatThrownBy(() -> mapper.readValue(json, MonetaryAmount.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining(named);
    }
}

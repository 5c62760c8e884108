package io.github.emporion.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;
import java.util.Random;
import javax.money.Monetary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyFormatTest {

    @org.junit.jupiter.api.Test
    void format_arabic_usesArabicIndicDigitsOnly() {
        String text = MoneyFormat.of(Locale.forLanguageTag("ar")).format(Monies.of("12.5", "EUR"));
        // Arabic-Indic one, two, five, zero; no Latin digit may leak in (Moneta writes "١٢0.00").
        assertThat(text).contains("١٢").contains("٥٠").doesNotContainPattern("[0-9]");
    }

    @org.junit.jupiter.api.Test
    void format_arabicWithLatinDigitsRequested_usesLatinDigits() {
        assertThat(MoneyFormat.of(Locale.forLanguageTag("ar-u-nu-latn")).format(Monies.of("12.5", "EUR")))
                .contains("12.50");
        assertThat(MoneyFormat.of(Locale.forLanguageTag("ar-MA")).format(Monies.of("12.5", "EUR")))
                .containsPattern("12[.,]50");
    }

    @org.junit.jupiter.api.Test
    void format_englishAndGreek_useLocaleSeparators() {
        assertThat(MoneyFormat.of(Locale.ENGLISH).format(Monies.of("1234.5", "EUR")))
                .contains("1,234.50");
        assertThat(MoneyFormat.of(Locale.forLanguageTag("el")).format(Monies.of("1234.5", "EUR")))
                .contains("1.234,50");
        assertThat(MoneyFormat.of(Locale.JAPANESE).format(Monies.of("1500", "JPY")))
                .contains("1,500")
                .doesNotContain(".");
        assertThat(MoneyFormat.of(Locale.ENGLISH).format(Monies.of("1.2345", "KWD")))
                .contains("1.234"); // HALF_EVEN display rounding to 3 decimals
    }

    @ParameterizedTest
    @CsvSource({"ar,EUR", "ar,KWD", "ar,JPY", "el,EUR", "el,BHD", "en,USD", "en,JOD", "ja,JPY", "ja,EUR"})
    void parse_ofFormatted_givesSameAmount(String language, String currency) {
        MoneyFormat format = MoneyFormat.of(Locale.forLanguageTag(language));
        var unit = Monetary.getCurrency(currency);
        Random random = new Random(7L + language.hashCode() * 31L + currency.hashCode());
        for (int i = 0; i < 500; i++) {
            long minor = random.nextInt(200_000_001) - 100_000_000L;
            var amount = Monies.ofMinorUnits(minor, unit);
            String text = format.format(amount);
            assertThat(Monies.isEqual(format.parse(text, unit), amount))
                    .as("%s %s: '%s'", language, amount, text)
                    .isTrue();
        }
    }

    @org.junit.jupiter.api.Test
    void parse_garbage_rejectedWithText() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MoneyFormat.of(Locale.ENGLISH).parse("twelve euros", "EUR"))
                .withMessageContaining("'twelve euros'");
    }
}

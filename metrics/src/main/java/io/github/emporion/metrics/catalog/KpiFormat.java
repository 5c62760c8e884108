package io.github.emporion.metrics.catalog;

import io.github.emporion.metrics.kpi.AmountResult;
import io.github.emporion.metrics.kpi.KpiResult;
import io.github.emporion.metrics.kpi.MoneyResult;
import io.github.emporion.metrics.kpi.RateKind;
import io.github.emporion.metrics.kpi.RateResult;
import io.github.emporion.money.MoneyFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * Presents KPI results for people, in their locale: the one place where values are rounded.
 *
 * <ul>
 *   <li>proportions as percentages with two decimals ({@code 2.95%}, Greek {@code 2,95%}, Arabic
 *       {@code ٢٫٩٥٪} with Arabic-Indic digits);
 *   <li>other rates and ratios with two decimals ({@code 1.25});
 *   <li>money in the locale's currency format with the currency's own minor digits (0 for JPY, 3
 *       for KWD — the JDK's currency format alone would show KWD with 2);
 *   <li>undefined results as the localised word "undefined" ({@code غير محدد}, {@code μη
 *       ορισμένο}), never as 0.
 * </ul>
 *
 * <p>Rounding is half-even. Arabic output contains the bidirectional marks the locale data
 * prescribes (e.g. U+061C after the percent sign), so it displays correctly inside right-to-left
 * text.
 */
public final class KpiFormat {

    private static final int RATE_DIGITS = 2;

    private KpiFormat() {}

    /**
     * Formats a result for display.
     *
     * @param result the result
     * @param locale the display locale
     * @return the formatted value, or the localised word for "undefined"
     */
    public static String format(KpiResult result, Locale locale) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(locale, "locale");
        if (result instanceof RateResult rate) {
            return rate.value().map(v -> formatRate(rate.kind(), v, locale)).orElseGet(() -> undefined(locale));
        }
        if (result instanceof MoneyResult money) {
            return money.value().map(v -> formatMoney(v, locale)).orElseGet(() -> undefined(locale));
        }
        return formatMoney(((AmountResult) result).value(), locale);
    }

    private static String formatRate(RateKind kind, BigDecimal value, Locale locale) {
        Locale digits = MoneyFormat.nativeDigits(locale);
        NumberFormat format = kind == RateKind.PROPORTION
                ? NumberFormat.getPercentInstance(digits)
                : NumberFormat.getNumberInstance(digits);
        format.setMinimumFractionDigits(RATE_DIGITS);
        format.setMaximumFractionDigits(RATE_DIGITS);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(value);
    }

    /**
     * Formats an amount of money in {@code locale}, rounded half-even to the currency's minor
     * digits.
     *
     * @param amount the amount
     * @param locale the display locale
     * @return e.g. {@code €1,234.50} or {@code ١٬٢٣٤٫٥٠٠ د.ك.}
     */
    public static String formatMoney(MonetaryAmount amount, Locale locale) {
        Objects.requireNonNull(amount, "amount");
        return MoneyFormat.of(locale).format(amount);
    }

    /**
     * Returns the localised word for an undefined result.
     *
     * @param locale the display locale
     * @return e.g. {@code undefined}
     */
    public static String undefined(Locale locale) {
        return KpiCatalog.text("undefined", locale);
    }
}

package io.github.emporion.money;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/**
 * Localised money formatting and parsing that is correct for every locale, including those that
 * write Arabic-Indic digits.
 *
 * <p>Moneta's own formatter garbles Arabic-digit locales (12.5 EUR in {@code ar} comes out as
 * "١٢0.00", mixing digit systems), so this class formats through {@link java.text.NumberFormat}
 * with exactly the currency's minor-unit digits. Formatting rounds with the given {@link
 * MoneyRounding} for display only; parsing the formatted text gives the displayed amount back.
 *
 * <p>Arabic ({@code ar}) is written with Arabic-Indic digits (٠١٢٣٤٥٦٧٨٩) on every JDK, except
 * in the Maghreb regions (MA, DZ, TN, LY, EH), which write Latin digits; add {@code -u-nu-latn} to
 * the locale to choose Latin digits explicitly.
 *
 * <p>Example: 1234.5 EUR is "€1,234.50" in {@code en}, "1.234,50 €" in {@code el}, "€1,234.50"
 * or similar in {@code ja}, and uses the digits ١٢٣٤ in {@code ar}. Instances are immutable and
 * thread-safe (a fresh {@code NumberFormat} is made per call).
 */
public final class MoneyFormat {

    private final Locale locale;
    private final MoneyRounding rounding;

    /** Arabic-speaking regions that write Latin digits (the Maghreb). */
    private static final Set<String> LATIN_DIGIT_ARABIC_REGIONS = Set.of("MA", "DZ", "TN", "LY", "EH");

    private MoneyFormat(Locale locale, MoneyRounding rounding) {
        this.locale = nativeDigits(Objects.requireNonNull(locale, "locale"));
        this.rounding = Objects.requireNonNull(rounding, "rounding");
    }

    /**
     * Returns a formatter for a locale with the default {@link MoneyRounding#HALF_EVEN} rule.
     *
     * @param locale the locale, e.g. {@code Locale.forLanguageTag("ar")}
     * @return the formatter
     */
    public static MoneyFormat of(Locale locale) {
        return new MoneyFormat(locale, MoneyRounding.DEFAULT);
    }

    /**
     * Returns a copy of this formatter that rounds for display with another rule.
     *
     * @param rounding the rounding rule
     * @return a new formatter
     */
    public MoneyFormat withRounding(MoneyRounding rounding) {
        return new MoneyFormat(locale, rounding);
    }

    /**
     * Returns the locale.
     *
     * @return the locale
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Formats an amount with the currency's symbol and exactly its minor-unit digits.
     *
     * @param amount the amount
     * @return the localised text
     */
    public String format(MonetaryAmount amount) {
        Objects.requireNonNull(amount, "amount");
        BigDecimal rounded = Monies.decimal(rounding.round(amount));
        return numberFormat(amount.getCurrency()).format(rounded);
    }

    /**
     * Parses text written by {@link #format(MonetaryAmount)} for the same locale and currency.
     *
     * @param text the localised text
     * @param currency the currency the text is in
     * @return the amount, with the currency's scale
     * @throws IllegalArgumentException if the text is not a complete amount in this locale
     */
    public MonetaryAmount parse(CharSequence text, CurrencyUnit currency) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        DecimalFormat format = numberFormat(currency);
        format.setParseBigDecimal(true);
        ParsePosition position = new ParsePosition(0);
        Number number = format.parse(s, position);
        if (number == null || position.getIndex() != s.length()) {
            throw new IllegalArgumentException("text is not a " + currency.getCurrencyCode() + " amount in locale "
                    + locale.toLanguageTag() + ": '" + s + "' (stopped at index "
                    + Math.max(position.getIndex(), position.getErrorIndex()) + ")");
        }
        BigDecimal value = (BigDecimal) number;
        return Monies.of(value.setScale(Monies.minorDigits(currency), rounding.mode()), currency);
    }

    /**
     * Parses text in a currency given by ISO code.
     *
     * @param text the localised text
     * @param currencyCode the ISO 4217 code
     * @return the amount
     */
    public MonetaryAmount parse(CharSequence text, String currencyCode) {
        return parse(text, Monetary.getCurrency(currencyCode));
    }

    /**
     * Pins the digit system of Arabic locales, for any {@code java.text} formatter. Newer CLDR
     * versions (JDK 21+) give plain {@code ar} Latin digits while JDK 17 gives Arabic-Indic ones;
     * Emporion writes Arabic-Indic digits for Arabic everywhere except the Maghreb (MA, DZ, TN, LY,
     * EH), on every JDK. An explicit {@code -u-nu-} extension (for example {@code ar-u-nu-latn}) is
     * respected; other languages are returned unchanged.
     *
     * <p>Example: {@code nativeDigits(Locale.forLanguageTag("ar"))} is {@code ar-u-nu-arab}, so
     * {@code NumberFormat.getInstance(it).format(12.5)} gives "١٢٫٥" on JDK 17 and JDK 25 alike.
     *
     * @param locale the locale to format in
     * @return the locale with its digit system pinned where needed
     */
    public static Locale nativeDigits(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        if (!"ar".equals(locale.getLanguage())
                || locale.getUnicodeLocaleType("nu") != null
                || LATIN_DIGIT_ARABIC_REGIONS.contains(locale.getCountry())) {
            return locale;
        }
        return new Locale.Builder()
                .setLocale(locale)
                .setUnicodeLocaleKeyword("nu", "arab")
                .build();
    }

    private DecimalFormat numberFormat(CurrencyUnit currency) {
        NumberFormat nf = NumberFormat.getCurrencyInstance(locale);
        if (!(nf instanceof DecimalFormat)) {
            throw new IllegalStateException("locale " + locale.toLanguageTag() + " has no decimal currency format");
        }
        DecimalFormat format = (DecimalFormat) nf;
        format.setCurrency(Currency.getInstance(currency.getCurrencyCode()));
        int digits = Monies.minorDigits(currency);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(rounding.mode());
        return format;
    }
}

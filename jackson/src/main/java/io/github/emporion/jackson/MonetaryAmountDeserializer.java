package io.github.emporion.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.emporion.money.Monies;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.UnknownCurrencyException;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code {"amount":"12.340","currency":"KWD"}}. The amount may also be a JSON number, which is
 * read as an exact decimal (never through {@code double}). Unknown fields, a missing field, a
 * non-decimal amount, an amount with more than 30 integer or fraction digits or an unknown currency
 * code are errors that name the field.
 */
final class MonetaryAmountDeserializer extends StdDeserializer<MonetaryAmount> {
    private static final long serialVersionUID = 1L;

    /** The most integer digits, and the most fraction digits, of an amount. */
    static final int MAX_DIGITS = 30;

    /** Currency lookups through {@link Monetary} are slow (providers); known codes are cached. */
    private static final Map<String, CurrencyUnit> CURRENCIES = new ConcurrentHashMap<>();

    MonetaryAmountDeserializer() {
        super(MonetaryAmount.class);
    }

    /** Stateless, so Jackson may cache it instead of introspecting the type on every lookup. */
    @Override
    public boolean isCachable() {
        return true;
    }

    @Override
    public MonetaryAmount deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return (MonetaryAmount) ctxt.handleUnexpectedToken(MonetaryAmount.class, p);
        }
        @Nullable BigDecimal amount = null;
        @Nullable CurrencyUnit currency = null;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            JsonToken token = p.nextToken();
            switch (name) {
                case "amount" -> amount = readAmount(p, token, ctxt);
                case "currency" -> currency = readCurrency(p, token, ctxt);
                default ->
                    ctxt.reportInputMismatch(
                            MonetaryAmount.class,
                            "unknown field '%s' in money (expected \"amount\" and \"currency\")",
                            name);
            }
        }
        if (amount == null) {
            return ctxt.reportInputMismatch(MonetaryAmount.class, "money is missing the field \"amount\"");
        }
        if (currency == null) {
            return ctxt.reportInputMismatch(MonetaryAmount.class, "money is missing the field \"currency\"");
        }
        return Monies.of(amount, currency);
    }

    private static BigDecimal readAmount(JsonParser p, JsonToken token, DeserializationContext ctxt)
            throws IOException {
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return bounded(p.getDecimalValue(), ctxt);
        }
        if (token == JsonToken.VALUE_STRING) {
            String text = p.getText().trim();
            if (text.length() > 2 * MAX_DIGITS + 8) {
                return ctxt.reportInputMismatch(
                        MonetaryAmount.class,
                        "money \"amount\" must have at most %d integer and %d fraction digits: '%s…'",
                        MAX_DIGITS,
                        MAX_DIGITS,
                        text.substring(0, 40));
            }
            try {
                return bounded(new BigDecimal(text), ctxt);
            } catch (NumberFormatException e) {
                return ctxt.reportInputMismatch(
                        MonetaryAmount.class, "money \"amount\" must be a decimal number: '%s'", text);
            }
        }
        return ctxt.reportInputMismatch(
                MonetaryAmount.class, "money \"amount\" must be a decimal string or number, not %s", token);
    }

    /**
     * Rejects amounts with more than {@value #MAX_DIGITS} integer or fraction digits: no real amount
     * has them, and an exponent like {@code 1e999999999} would otherwise expand to a billion
     * characters when written.
     */
    private static BigDecimal bounded(BigDecimal amount, DeserializationContext ctxt) throws IOException {
        if (amount.precision() - amount.scale() > MAX_DIGITS || amount.scale() > MAX_DIGITS) {
            String text = amount.toString();
            return ctxt.reportInputMismatch(
                    MonetaryAmount.class,
                    "money \"amount\" must have at most %d integer and %d fraction digits: '%s'",
                    MAX_DIGITS,
                    MAX_DIGITS,
                    text.length() > 40 ? text.substring(0, 40) + "…" : text);
        }
        return amount;
    }

    private static CurrencyUnit readCurrency(JsonParser p, JsonToken token, DeserializationContext ctxt)
            throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            return ctxt.reportInputMismatch(
                    MonetaryAmount.class, "money \"currency\" must be an ISO 4217 code string, not %s", token);
        }
        String code = p.getText();
        CurrencyUnit known = CURRENCIES.get(code);
        if (known != null) {
            return known;
        }
        if (!code.matches("[A-Z]{3}")) {
            return ctxt.reportInputMismatch(
                    MonetaryAmount.class,
                    "money \"currency\" must be a three-letter ISO 4217 code: '%s'",
                    code.length() > 40 ? code.substring(0, 40) + "…" : code);
        }
        try {
            CurrencyUnit unit = Monetary.getCurrency(code);
            if (CURRENCIES.size() < 1_000) { // only codes Moneta knows are cached, so this stays small
                CURRENCIES.put(code, unit);
            }
            return unit;
        } catch (UnknownCurrencyException e) {
            return ctxt.reportInputMismatch(
                    MonetaryAmount.class, "money \"currency\" is not a known ISO 4217 code: '%s'", code);
        }
    }
}

package io.github.emporion.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.emporion.money.Monies;
import java.io.IOException;
import javax.money.MonetaryAmount;

/**
 * Writes a {@link MonetaryAmount} as {@code {"amount":"12.340","currency":"KWD"}}: the amount is a
 * decimal string with at least the currency's minor-unit digits (trailing zeros kept, nothing
 * rounded), never a binary floating-point number.
 */
final class MonetaryAmountSerializer extends StdSerializer<MonetaryAmount> {
    private static final long serialVersionUID = 1L;

    MonetaryAmountSerializer() {
        super(MonetaryAmount.class);
    }

    @Override
    public void serialize(MonetaryAmount value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("amount", Monies.decimal(value).toPlainString());
        gen.writeStringField("currency", value.getCurrency().getCurrencyCode());
        gen.writeEndObject();
    }
}

package io.github.emporion.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.emporion.commerce.cart.Cart;
import io.github.emporion.commerce.pricing.PriceBreakdown;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The Jackson module for Emporion types. Money is written as {@code
 * {"amount":"12.340","currency":"KWD"}} (amount a decimal string with the currency's minor units;
 * a JSON number is also accepted on input and read as an exact decimal). Every value record of
 * core and metrics ({@code KpiLabel}, {@code RateResult}, {@code ConfidenceInterval}, {@code
 * TaxRate}, {@code Channel}, ...) is an object with snake_case property names, read back through
 * its validating constructor; enum values are lower snake_case ({@code agresti_coull}); instants
 * and dates ISO-8601 strings; an empty {@code Optional} is {@code null}. A {@link
 * io.github.emporion.commerce.pricing.PriceBreakdown} is written with every figure (write-only).
 * No polymorphic type information is written or read. Register it on your own mapper:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new EmporionModule());
 * }</pre>
 */
public final class EmporionModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Creates the module with all Emporion serialisers and deserialisers. */
    public EmporionModule() {
        super("EmporionModule", Version.unknownVersion());
        addSerializer(MonetaryAmount.class, new MonetaryAmountSerializer());
        addDeserializer(MonetaryAmount.class, new MonetaryAmountDeserializer());
        addSerializer(CurrencyUnit.class, new ValueClassCodecs.CurrencySerializer());
        addDeserializer(CurrencyUnit.class, new ValueClassCodecs.CurrencyDeserializer());
        addSerializer(Cart.class, new ValueClassCodecs.CartSerializer());
        addDeserializer(Cart.class, new ValueClassCodecs.CartDeserializer());
        addSerializer(PriceBreakdown.class, new ValueClassCodecs.PriceBreakdownSerializer());
        addDeserializer(PriceBreakdown.class, new ValueClassCodecs.PriceBreakdownDeserializer());
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addSerializers(new RecordCodec.RecordSerializers());
        context.addDeserializers(new RecordCodec.RecordDeserializers());
    }
}

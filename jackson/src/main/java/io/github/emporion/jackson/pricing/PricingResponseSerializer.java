package io.github.emporion.jackson.pricing;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.emporion.commerce.pricing.AppliedDiscount;
import io.github.emporion.commerce.pricing.CouponRejection;
import io.github.emporion.commerce.pricing.LineBreakdown;
import io.github.emporion.commerce.pricing.LineDiscount;
import io.github.emporion.commerce.pricing.PriceBreakdown;
import io.github.emporion.commerce.pricing.ShippingBreakdown;
import io.github.emporion.commerce.pricing.TaxPortion;
import io.github.emporion.commerce.pricing.tax.TaxRate;
import java.io.IOException;
import java.util.Locale;
import javax.money.MonetaryAmount;

/**
 * Writes a {@link PriceBreakdown} as the pricing API's response ({@code
 * pricing-response.schema.json}): lines by SKU and product name (unit price, line amount, discounts,
 * net, tax, gross, rate), applied discounts with their allocation to lines, shipping by method id
 * and name, tax per rate, coupons applied and rejected, and the totals. Money as {@code
 * {"amount","currency"}}, enum values in snake_case, tax rates as exact decimal numbers.
 *
 * <p>Used only by {@link JsonPricingApi}, explicitly: this form names each line's SKU rather than
 * its catalog item, so it is a report, not a value that can be read back. {@link
 * io.github.emporion.jackson.EmporionModule} writes and reads a breakdown in its complete form.
 */
final class PricingResponseSerializer extends StdSerializer<PriceBreakdown> {
    private static final long serialVersionUID = 1L;

    private static final PricingResponseSerializer INSTANCE = new PricingResponseSerializer();

    private PricingResponseSerializer() {
        super(PriceBreakdown.class);
    }

    /**
     * Writes a breakdown in the response form as a tree, with {@code mapper}'s money and number
     * settings (the same way {@link ObjectMapper#valueToTree} would).
     *
     * @param breakdown the breakdown
     * @param mapper the endpoint's mapper (with {@code EmporionModule})
     * @return the response document
     * @throws IOException if writing fails
     */
    static JsonNode toTree(PriceBreakdown breakdown, ObjectMapper mapper) throws IOException {
        try (TokenBuffer buffer = new TokenBuffer(mapper, false)) {
            TokenBuffer exact = buffer.forceUseOfBigDecimal(true);
            INSTANCE.serialize(breakdown, exact, mapper.getSerializerProviderInstance());
            try (JsonParser parser = exact.asParser()) {
                return mapper.readTree(parser);
            }
        }
    }

    @Override
    public void serialize(PriceBreakdown b, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("currency", b.currency().getCurrencyCode());
        gen.writeStringField("price_mode", snake(b.priceMode()));
        gen.writeArrayFieldStart("lines");
        for (LineBreakdown line : b.lines()) {
            gen.writeStartObject();
            gen.writeStringField("sku", line.sku().value());
            gen.writeStringField("name", line.item().product().name());
            gen.writeNumberField("quantity", line.quantity());
            money(gen, provider, "unit_price", line.unitPrice());
            money(gen, provider, "line_amount", line.lineAmount());
            gen.writeArrayFieldStart("discounts");
            for (LineDiscount discount : line.discounts()) {
                gen.writeStartObject();
                gen.writeStringField("promotion_id", discount.promotionId());
                money(gen, provider, "amount", discount.amount());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            money(gen, provider, "net", line.net());
            money(gen, provider, "tax", line.tax());
            money(gen, provider, "gross", line.gross());
            rate(gen, line.taxRate());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("discounts");
        for (AppliedDiscount discount : b.discounts()) {
            gen.writeStartObject();
            gen.writeStringField("promotion_id", discount.promotionId());
            gen.writeStringField("name", discount.name());
            gen.writeStringField("target", snake(discount.target()));
            money(gen, provider, "amount", discount.amount());
            gen.writeArrayFieldStart("line_allocations");
            for (MonetaryAmount allocation : discount.lineAllocations()) {
                provider.defaultSerializeValue(allocation, gen);
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
        gen.writeEndArray();
        if (b.shipping().isPresent()) {
            ShippingBreakdown s = b.shipping().get();
            gen.writeObjectFieldStart("shipping");
            gen.writeStringField("method", s.method().id());
            gen.writeStringField("name", s.method().name());
            money(gen, provider, "price", s.price());
            money(gen, provider, "discount", s.discount());
            money(gen, provider, "net", s.net());
            money(gen, provider, "tax", s.tax());
            money(gen, provider, "gross", s.gross());
            rate(gen, s.taxRate());
            gen.writeEndObject();
        } else {
            gen.writeNullField("shipping");
        }
        gen.writeArrayFieldStart("taxes");
        for (TaxPortion portion : b.taxes()) {
            gen.writeStartObject();
            rate(gen, portion.rate());
            money(gen, provider, "net", portion.net());
            money(gen, provider, "tax", portion.tax());
            money(gen, provider, "gross", portion.gross());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("applied_coupons");
        for (String code : b.appliedCoupons()) {
            gen.writeString(code);
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("rejected_coupons");
        for (CouponRejection rejection : b.rejectedCoupons()) {
            gen.writeStartObject();
            gen.writeStringField("code", rejection.code());
            gen.writeStringField("reason", snake(rejection.reason()));
            gen.writeStringField("message", rejection.message());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        money(gen, provider, "subtotal", b.subtotal());
        money(gen, provider, "line_discount_total", b.lineDiscountTotal());
        money(gen, provider, "shipping_discount_total", b.shippingDiscountTotal());
        money(gen, provider, "discount_total", b.discountTotal());
        money(gen, provider, "shipping_charged", b.shippingCharged());
        money(gen, provider, "net_total", b.netTotal());
        money(gen, provider, "tax_total", b.taxTotal());
        money(gen, provider, "grand_total", b.grandTotal());
        gen.writeEndObject();
    }

    private static void money(JsonGenerator gen, SerializerProvider provider, String name, MonetaryAmount amount)
            throws IOException {
        gen.writeFieldName(name);
        provider.defaultSerializeValue(amount, gen);
    }

    private static void rate(JsonGenerator gen, TaxRate rate) throws IOException {
        gen.writeObjectFieldStart("tax_rate");
        gen.writeStringField("name", rate.name());
        gen.writeNumberField("rate", rate.rate());
        gen.writeEndObject();
    }

    private static String snake(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}

package io.github.emporion.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.github.emporion.commerce.cart.Cart;
import io.github.emporion.commerce.cart.CartLine;
import io.github.emporion.commerce.pricing.AppliedDiscount;
import io.github.emporion.commerce.pricing.CouponRejection;
import io.github.emporion.commerce.pricing.LineBreakdown;
import io.github.emporion.commerce.pricing.PriceBreakdown;
import io.github.emporion.commerce.pricing.PriceMode;
import io.github.emporion.commerce.pricing.ShippingBreakdown;
import io.github.emporion.commerce.pricing.TaxPortion;
import io.github.emporion.money.Monies;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryException;
import org.jspecify.annotations.Nullable;

/**
 * JSON for Emporion's final value classes that are not records, read through their public
 * factories so their validation runs:
 *
 * <ul>
 *   <li>{@link Cart}: {@code {"currency":"EUR","lines":[{"item":{...},"quantity":2}]}} — each line
 *       a {@link CartLine} (catalog item and quantity), replayed through {@link Cart#empty} and
 *       {@link Cart#add}, so a line without a price in the cart's currency or outside the
 *       product's quantity limits is rejected; two lines of one SKU are merged as {@code add}
 *       merges them.
 *   <li>{@link PriceBreakdown}: the parts of {@link PriceBreakdown#of} ({@code currency}, {@code
 *       price_mode}, {@code lines}, {@code discounts}, {@code shipping} (null when none), {@code
 *       taxes}, {@code applied_coupons}, {@code rejected_coupons}, each record in the generic
 *       form) followed by the derived totals ({@code subtotal}, {@code line_discount_total},
 *       {@code shipping_discount_total}, {@code discount_total}, {@code shipping_charged}, {@code
 *       net_total}, {@code tax_total}, {@code grand_total}). On input the totals may be left out;
 *       when given, each must equal the total recomputed from the parts.
 * </ul>
 */
final class ValueClassCodecs {

    private ValueClassCodecs() {}

    private static final Map<String, Function<PriceBreakdown, MonetaryAmount>> TOTALS = totals();

    private static Map<String, Function<PriceBreakdown, MonetaryAmount>> totals() {
        Map<String, Function<PriceBreakdown, MonetaryAmount>> totals = new LinkedHashMap<>();
        totals.put("subtotal", PriceBreakdown::subtotal);
        totals.put("line_discount_total", PriceBreakdown::lineDiscountTotal);
        totals.put("shipping_discount_total", PriceBreakdown::shippingDiscountTotal);
        totals.put("discount_total", PriceBreakdown::discountTotal);
        totals.put("shipping_charged", PriceBreakdown::shippingCharged);
        totals.put("net_total", PriceBreakdown::netTotal);
        totals.put("tax_total", PriceBreakdown::taxTotal);
        totals.put("grand_total", PriceBreakdown::grandTotal);
        return java.util.Collections.unmodifiableMap(totals);
    }

    /** Writes a {@link CurrencyUnit} as its ISO 4217 code. */
    static final class CurrencySerializer extends StdSerializer<CurrencyUnit> {
        private static final long serialVersionUID = 1L;

        CurrencySerializer() {
            super(CurrencyUnit.class);
        }

        @Override
        public void serialize(CurrencyUnit currency, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            gen.writeString(currency.getCurrencyCode());
        }
    }

    /** Reads a {@link CurrencyUnit} from its ISO 4217 code (three capital letters). */
    static final class CurrencyDeserializer extends StdDeserializer<CurrencyUnit> {
        private static final long serialVersionUID = 1L;

        CurrencyDeserializer() {
            super(CurrencyUnit.class);
        }

        @Override
        public CurrencyUnit deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = ctxt.readTree(p);
            String code = node.isTextual() ? node.textValue() : "";
            if (code.matches("[A-Z]{3}")) {
                try {
                    return Monetary.getCurrency(code);
                } catch (MonetaryException unknown) {
                    // reported below
                }
            }
            return ctxt.reportInputMismatch(
                    CurrencyUnit.class, "currency must be an ISO 4217 code such as \"EUR\" but was %s", shorten(node));
        }

        private static String shorten(JsonNode node) {
            String text = node.toString();
            return text.length() <= 40 ? text : text.substring(0, 40) + "…";
        }
    }

    /** Writes a {@link Cart}: its currency and lines. */
    static final class CartSerializer extends StdSerializer<Cart> {
        private static final long serialVersionUID = 1L;

        CartSerializer() {
            super(Cart.class);
        }

        @Override
        public void serialize(Cart cart, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("currency", cart.currency().getCurrencyCode());
            gen.writeFieldName("lines");
            provider.defaultSerializeValue(cart.lines(), gen);
            gen.writeEndObject();
        }
    }

    /** Reads a {@link Cart} by adding each line to an empty cart of the currency. */
    static final class CartDeserializer extends StdDeserializer<Cart> {
        private static final long serialVersionUID = 1L;

        CartDeserializer() {
            super(Cart.class);
        }

        @Override
        public Cart deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Fields in = Fields.of(Cart.class, ctxt.readTree(p), Set.of("currency", "lines"), ctxt);
            CurrencyUnit currency = in.required("currency", in.type(CurrencyUnit.class));
            List<CartLine> lines = in.required("lines", in.listOf(CartLine.class));
            try {
                Cart cart = Cart.empty(currency);
                for (CartLine line : lines) {
                    cart = cart.add(line.item(), line.quantity());
                }
                return cart;
            } catch (IllegalArgumentException | IllegalStateException e) {
                return ctxt.reportInputMismatch(Cart.class, "invalid Cart: %s", e.getMessage());
            }
        }
    }

    /** Writes a {@link PriceBreakdown}: its parts, then the derived totals. */
    static final class PriceBreakdownSerializer extends StdSerializer<PriceBreakdown> {
        private static final long serialVersionUID = 1L;

        PriceBreakdownSerializer() {
            super(PriceBreakdown.class);
        }

        @Override
        public void serialize(PriceBreakdown b, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("currency", b.currency().getCurrencyCode());
            gen.writeFieldName("price_mode");
            provider.defaultSerializeValue(b.priceMode(), gen);
            field(gen, provider, "lines", b.lines());
            field(gen, provider, "discounts", b.discounts());
            field(gen, provider, "shipping", b.shipping().orElse(null));
            field(gen, provider, "taxes", b.taxes());
            field(gen, provider, "applied_coupons", b.appliedCoupons());
            field(gen, provider, "rejected_coupons", b.rejectedCoupons());
            for (Map.Entry<String, Function<PriceBreakdown, MonetaryAmount>> total : TOTALS.entrySet()) {
                field(gen, provider, total.getKey(), total.getValue().apply(b));
            }
            gen.writeEndObject();
        }

        private static void field(JsonGenerator gen, SerializerProvider provider, String name, @Nullable Object value)
                throws IOException {
            gen.writeFieldName(name);
            provider.defaultSerializeValue(value, gen);
        }
    }

    /** Reads a {@link PriceBreakdown} through {@link PriceBreakdown#of}, checking any given totals. */
    static final class PriceBreakdownDeserializer extends StdDeserializer<PriceBreakdown> {
        private static final long serialVersionUID = 1L;

        private static final Set<String> NAMES = names();

        private static Set<String> names() {
            Set<String> names = new java.util.TreeSet<>(Set.of(
                    "currency",
                    "price_mode",
                    "lines",
                    "discounts",
                    "shipping",
                    "taxes",
                    "applied_coupons",
                    "rejected_coupons"));
            names.addAll(TOTALS.keySet());
            return names;
        }

        PriceBreakdownDeserializer() {
            super(PriceBreakdown.class);
        }

        @Override
        public PriceBreakdown deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Fields in = Fields.of(PriceBreakdown.class, ctxt.readTree(p), NAMES, ctxt);
            CurrencyUnit currency = in.required("currency", in.type(CurrencyUnit.class));
            PriceMode mode = in.required("price_mode", in.type(PriceMode.class));
            List<LineBreakdown> lines = in.required("lines", in.listOf(LineBreakdown.class));
            List<AppliedDiscount> discounts = in.required("discounts", in.listOf(AppliedDiscount.class));
            ShippingBreakdown shipping = in.optional("shipping", in.type(ShippingBreakdown.class));
            List<TaxPortion> taxes = in.required("taxes", in.listOf(TaxPortion.class));
            List<String> applied = in.required("applied_coupons", in.listOf(String.class));
            List<CouponRejection> rejected = in.required("rejected_coupons", in.listOf(CouponRejection.class));
            PriceBreakdown b;
            try {
                b = PriceBreakdown.of(currency, mode, lines, discounts, shipping, taxes, applied, rejected);
            } catch (IllegalArgumentException | IllegalStateException e) {
                return ctxt.reportInputMismatch(PriceBreakdown.class, "invalid PriceBreakdown: %s", e.getMessage());
            }
            for (Map.Entry<String, Function<PriceBreakdown, MonetaryAmount>> total : TOTALS.entrySet()) {
                MonetaryAmount given = in.optional(total.getKey(), in.type(MonetaryAmount.class));
                MonetaryAmount computed = total.getValue().apply(b);
                if (given != null && !Monies.isEqual(given, computed)) {
                    return ctxt.reportInputMismatch(
                            PriceBreakdown.class,
                            "PriceBreakdown.%s must equal the total of its parts %s %s: %s %s",
                            total.getKey(),
                            Monies.decimal(computed).toPlainString(),
                            computed.getCurrency().getCurrencyCode(),
                            Monies.decimal(given).toPlainString(),
                            given.getCurrency().getCurrencyCode());
                }
            }
            return b;
        }
    }

    /** The properties of one JSON object, read with errors that name the owner and property. */
    private record Fields(Class<?> owner, JsonNode node, DeserializationContext ctxt) {

        static Fields of(Class<?> owner, JsonNode node, Set<String> names, DeserializationContext ctxt)
                throws IOException {
            if (!node.isObject()) {
                ctxt.reportInputMismatch(owner, "%s must be a JSON object", owner.getSimpleName());
            }
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!names.contains(name)) {
                    ctxt.reportInputMismatch(
                            owner,
                            "unknown property '%s' in %s (expected %s)",
                            name.length() <= 40 ? name : name.substring(0, 40) + "…",
                            owner.getSimpleName(),
                            new java.util.TreeSet<>(names));
                }
            }
            return new Fields(owner, node, ctxt);
        }

        JavaType type(Class<?> raw) {
            return ctxt.getTypeFactory().constructType(raw);
        }

        JavaType listOf(Class<?> element) {
            TypeFactory types = ctxt.getTypeFactory();
            return types.constructCollectionType(List.class, element);
        }

        <T> T required(String name, JavaType type) throws IOException {
            T value = optional(name, type);
            if (value == null) {
                return ctxt.reportInputMismatch(owner, "%s is missing the property '%s'", owner.getSimpleName(), name);
            }
            return value;
        }

        <T> @Nullable T optional(String name, JavaType type) throws IOException {
            JsonNode value = node.get(name);
            return value == null || value.isNull() ? null : ctxt.readTreeAsValue(value, type);
        }
    }
}

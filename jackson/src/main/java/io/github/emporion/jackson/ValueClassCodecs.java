package io.github.emporion.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.emporion.commerce.cart.Cart;
import io.github.emporion.commerce.cart.CartLine;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryException;

/**
 * JSON for {@link CurrencyUnit} (its ISO 4217 code) and for Emporion's final value classes that are
 * not records, whose {@link ObjectForm forms} are read through their public factories so their
 * validation runs:
 *
 * <ul>
 *   <li>{@link Cart}: {@code {"currency":"EUR","lines":[{"item":{...},"quantity":2}]}} — each line
 *       a {@link CartLine} (catalog item and quantity), replayed through {@link Cart#empty} and
 *       {@link Cart#add}, so a line without a price in the cart's currency or outside the
 *       product's quantity limits is rejected; two lines of one SKU are merged as {@code add}
 *       merges them.
 * </ul>
 */
final class ValueClassCodecs {

    private ValueClassCodecs() {}

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
            JsonNode node = RecordCodec.readExactTree(p, ctxt);
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

    /**
     * A {@link Cart}: {@code {"currency":"EUR","lines":[{"item":{...},"quantity":2}]}}, read by
     * adding each line to an empty cart of the currency.
     */
    static final ObjectForm<Cart> CART = new ObjectForm<>(
            Cart.class, Set.of("currency", "lines"), ValueClassCodecs::writeCart, ValueClassCodecs::readCart);

    private static void writeCart(Cart cart, ObjectForm.Out out) throws IOException {
        out.string("currency", cart.currency().getCurrencyCode());
        out.field("lines", cart.lines());
    }

    private static Cart readCart(Fields in) throws IOException {
        CurrencyUnit currency = in.required("currency", in.type(CurrencyUnit.class));
        List<CartLine> lines = in.required("lines", in.listOf(CartLine.class));
        Cart cart = Cart.empty(currency);
        for (CartLine line : lines) {
            cart = cart.add(line.item(), line.quantity());
        }
        return cart;
    }
}

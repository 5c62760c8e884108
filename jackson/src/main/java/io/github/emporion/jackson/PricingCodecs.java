package io.github.emporion.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.emporion.commerce.catalog.Catalog;
import io.github.emporion.commerce.catalog.Product;
import io.github.emporion.commerce.pricing.AppliedDiscount;
import io.github.emporion.commerce.pricing.CouponRejection;
import io.github.emporion.commerce.pricing.LineBreakdown;
import io.github.emporion.commerce.pricing.PriceBreakdown;
import io.github.emporion.commerce.pricing.PriceMode;
import io.github.emporion.commerce.pricing.PricingRequest;
import io.github.emporion.commerce.pricing.ShippingBreakdown;
import io.github.emporion.commerce.pricing.TaxPortion;
import io.github.emporion.commerce.pricing.shipping.ShippingMethod;
import io.github.emporion.commerce.pricing.tax.Region;
import io.github.emporion.commerce.pricing.tax.TaxTable;
import io.github.emporion.money.Monies;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * JSON for the pricing and catalog classes that are not records, each read back through its public
 * factories so that its rules apply; unknown and missing properties are errors naming the property
 * (see {@link EmporionModule} for the forms):
 *
 * <ul>
 *   <li>{@link PriceBreakdown}: every part ({@code lines} as complete {@link LineBreakdown}s with
 *       their catalog items, {@code discounts}, {@code shipping} or null, {@code taxes}, {@code
 *       applied_coupons}, {@code rejected_coupons}) and the totals; read through {@link
 *       PriceBreakdown#of}, which checks that the parts add up, and each written total is checked
 *       against the one the parts give.
 *   <li>{@link PricingRequest}: replayed through {@link PricingRequest#of}, {@code withCustomer},
 *       {@code withCoupons} (codes normalised, duplicates dropped) and {@code withShipping}.
 *   <li>{@link TaxTable}: its {@link TaxTable#entries() entries}, read through {@link TaxTable#of},
 *       which rejects two rates for one region and category.
 *   <li>{@link Catalog}: its products, read through {@link Catalog#of(java.util.Collection)}, which
 *       rejects duplicate product ids and SKUs.
 * </ul>
 */
final class PricingCodecs {

    private PricingCodecs() {}

    /** The totals of a breakdown's form, in writing order, each computed from the parts. */
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

    private static final Set<String> BREAKDOWN = properties(
            TOTALS.keySet(),
            "currency",
            "price_mode",
            "lines",
            "discounts",
            "shipping",
            "taxes",
            "applied_coupons",
            "rejected_coupons");

    private static Set<String> properties(Set<String> more, String... names) {
        Set<String> all = new java.util.LinkedHashSet<>(List.of(names));
        all.addAll(more);
        return java.util.Collections.unmodifiableSet(all);
    }

    private static void field(JsonGenerator gen, SerializerProvider provider, String name, Object value)
            throws IOException {
        gen.writeFieldName(name);
        provider.defaultSerializeValue(value, gen);
    }

    private static String text(MonetaryAmount amount) {
        return Monies.decimal(amount).toPlainString() + " "
                + amount.getCurrency().getCurrencyCode();
    }

    /** Writes a {@link PriceBreakdown}: currency, price mode, every part, then the totals. */
    static final class BreakdownSerializer extends StdSerializer<PriceBreakdown> {
        private static final long serialVersionUID = 1L;

        BreakdownSerializer() {
            super(PriceBreakdown.class);
        }

        @Override
        public void serialize(PriceBreakdown b, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            field(gen, provider, "currency", b.currency());
            field(gen, provider, "price_mode", b.priceMode());
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
    }

    /**
     * Reads a {@link PriceBreakdown} through {@link PriceBreakdown#of}, then checks every written
     * total against the one its parts give.
     */
    static final class BreakdownDeserializer extends StdDeserializer<PriceBreakdown> {
        private static final long serialVersionUID = 1L;

        BreakdownDeserializer() {
            super(PriceBreakdown.class);
        }

        @Override
        public PriceBreakdown deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Fields in = Fields.of(PriceBreakdown.class, RecordCodec.readExactTree(p, ctxt), BREAKDOWN, ctxt);
            CurrencyUnit currency = in.required("currency", in.type(CurrencyUnit.class));
            PriceMode mode = in.required("price_mode", in.type(PriceMode.class));
            List<LineBreakdown> lines = in.required("lines", in.listOf(LineBreakdown.class));
            List<AppliedDiscount> discounts = in.required("discounts", in.listOf(AppliedDiscount.class));
            ShippingBreakdown shipping = in.optional("shipping", in.type(ShippingBreakdown.class));
            List<TaxPortion> taxes = in.required("taxes", in.listOf(TaxPortion.class));
            List<String> applied = in.required("applied_coupons", in.listOf(String.class));
            List<CouponRejection> rejected = in.required("rejected_coupons", in.listOf(CouponRejection.class));
            Map<String, MonetaryAmount> written = new LinkedHashMap<>();
            for (String total : TOTALS.keySet()) {
                written.put(total, in.required(total, in.type(MonetaryAmount.class)));
            }
            PriceBreakdown breakdown;
            try {
                breakdown = PriceBreakdown.of(currency, mode, lines, discounts, shipping, taxes, applied, rejected);
            } catch (IllegalArgumentException | IllegalStateException | ArithmeticException | NullPointerException e) {
                return ctxt.reportInputMismatch(PriceBreakdown.class, "invalid PriceBreakdown: %s", e.getMessage());
            }
            for (Map.Entry<String, MonetaryAmount> total : written.entrySet()) {
                MonetaryAmount computed = TOTALS.get(total.getKey()).apply(breakdown);
                if (!Monies.isEqual(computed, total.getValue())) {
                    return ctxt.reportInputMismatch(
                            PriceBreakdown.class,
                            "invalid PriceBreakdown: %s must equal %s, the total of its parts, but was %s",
                            total.getKey(),
                            text(computed),
                            text(total.getValue()));
                }
            }
            return breakdown;
        }
    }

    /** Writes a {@link PricingRequest}: region, instant, customer, coupon codes, shipping method. */
    static final class RequestSerializer extends StdSerializer<PricingRequest> {
        private static final long serialVersionUID = 1L;

        RequestSerializer() {
            super(PricingRequest.class);
        }

        @Override
        public void serialize(PricingRequest r, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            field(gen, provider, "region", r.region());
            gen.writeStringField("at", r.at().toString());
            field(gen, provider, "customer_id", r.customerId().orElse(null));
            field(gen, provider, "coupon_codes", r.couponCodes());
            field(gen, provider, "shipping_method", r.shippingMethod().orElse(null));
            gen.writeEndObject();
        }
    }

    /** Reads a {@link PricingRequest} by replaying it through its factory and withers. */
    static final class RequestDeserializer extends StdDeserializer<PricingRequest> {
        private static final long serialVersionUID = 1L;

        private static final Set<String> NAMES =
                Set.of("region", "at", "customer_id", "coupon_codes", "shipping_method");

        RequestDeserializer() {
            super(PricingRequest.class);
        }

        @Override
        public PricingRequest deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Fields in = Fields.of(PricingRequest.class, RecordCodec.readExactTree(p, ctxt), NAMES, ctxt);
            Region region = in.required("region", in.type(Region.class));
            String at = in.required("at", in.type(String.class));
            String customer = in.optional("customer_id", in.type(String.class));
            List<String> codes = in.required("coupon_codes", in.listOf(String.class));
            ShippingMethod shipping = in.optional("shipping_method", in.type(ShippingMethod.class));
            try {
                PricingRequest request = PricingRequest.of(region, Instant.parse(at));
                if (customer != null) {
                    request = request.withCustomer(customer);
                }
                request = request.withCoupons(codes.toArray(String[]::new));
                return shipping == null ? request : request.withShipping(shipping);
            } catch (java.time.format.DateTimeParseException e) {
                return ctxt.reportInputMismatch(
                        PricingRequest.class, "PricingRequest.at must be an ISO-8601 instant but was \"%s\"", at);
            } catch (IllegalArgumentException | NullPointerException e) {
                return ctxt.reportInputMismatch(PricingRequest.class, "invalid PricingRequest: %s", e.getMessage());
            }
        }
    }

    /** Writes a {@link TaxTable} as its entries, sorted by region and category. */
    static final class TaxTableSerializer extends StdSerializer<TaxTable> {
        private static final long serialVersionUID = 1L;

        TaxTableSerializer() {
            super(TaxTable.class);
        }

        @Override
        public void serialize(TaxTable table, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            field(gen, provider, "entries", table.entries());
            gen.writeEndObject();
        }
    }

    /** Reads a {@link TaxTable} through {@link TaxTable#of}. */
    static final class TaxTableDeserializer extends StdDeserializer<TaxTable> {
        private static final long serialVersionUID = 1L;

        TaxTableDeserializer() {
            super(TaxTable.class);
        }

        @Override
        public TaxTable deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Fields in = Fields.of(TaxTable.class, RecordCodec.readExactTree(p, ctxt), Set.of("entries"), ctxt);
            List<TaxTable.Entry> entries = in.required("entries", in.listOf(TaxTable.Entry.class));
            try {
                return TaxTable.of(entries);
            } catch (IllegalArgumentException | NullPointerException e) {
                return ctxt.reportInputMismatch(TaxTable.class, "invalid TaxTable: %s", e.getMessage());
            }
        }
    }

    /** Writes a {@link Catalog} as its products, in order. */
    static final class CatalogSerializer extends StdSerializer<Catalog> {
        private static final long serialVersionUID = 1L;

        CatalogSerializer() {
            super(Catalog.class);
        }

        @Override
        public void serialize(Catalog catalog, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            field(gen, provider, "products", catalog.products());
            gen.writeEndObject();
        }
    }

    /** Reads a {@link Catalog} through {@link Catalog#of(java.util.Collection)}. */
    static final class CatalogDeserializer extends StdDeserializer<Catalog> {
        private static final long serialVersionUID = 1L;

        CatalogDeserializer() {
            super(Catalog.class);
        }

        @Override
        public Catalog deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Fields in = Fields.of(Catalog.class, RecordCodec.readExactTree(p, ctxt), Set.of("products"), ctxt);
            List<Product> products = in.required("products", in.listOf(Product.class));
            try {
                return Catalog.of(products);
            } catch (IllegalArgumentException | NullPointerException e) {
                return ctxt.reportInputMismatch(Catalog.class, "invalid Catalog: %s", e.getMessage());
            }
        }
    }
}

package io.github.emporion.jackson;

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
import java.time.format.DateTimeParseException;
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

    private static String text(MonetaryAmount amount) {
        return Monies.decimal(amount).toPlainString() + " "
                + amount.getCurrency().getCurrencyCode();
    }

    /**
     * A {@link PriceBreakdown}: currency, price mode, every part, then the totals; read through
     * {@link PriceBreakdown#of}, then every written total is checked against the one its parts give.
     */
    static final ObjectForm<PriceBreakdown> PRICE_BREAKDOWN = new ObjectForm<>(
            PriceBreakdown.class, BREAKDOWN, PricingCodecs::writePriceBreakdown, PricingCodecs::readPriceBreakdown);

    private static void writePriceBreakdown(PriceBreakdown b, ObjectForm.Out out) throws IOException {
        out.field("currency", b.currency());
        out.field("price_mode", b.priceMode());
        out.field("lines", b.lines());
        out.field("discounts", b.discounts());
        out.field("shipping", b.shipping().orElse(null));
        out.field("taxes", b.taxes());
        out.field("applied_coupons", b.appliedCoupons());
        out.field("rejected_coupons", b.rejectedCoupons());
        for (Map.Entry<String, Function<PriceBreakdown, MonetaryAmount>> total : TOTALS.entrySet()) {
            out.field(total.getKey(), total.getValue().apply(b));
        }
    }

    private static PriceBreakdown readPriceBreakdown(Fields in) throws IOException {
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
        PriceBreakdown breakdown =
                PriceBreakdown.of(currency, mode, lines, discounts, shipping, taxes, applied, rejected);
        for (Map.Entry<String, MonetaryAmount> total : written.entrySet()) {
            MonetaryAmount computed = TOTALS.get(total.getKey()).apply(breakdown);
            if (!Monies.isEqual(computed, total.getValue())) {
                return in.ctxt()
                        .reportInputMismatch(
                                PriceBreakdown.class,
                                "invalid PriceBreakdown: %s must equal %s, the total of its parts, but was %s",
                                total.getKey(),
                                text(computed),
                                text(total.getValue()));
            }
        }
        return breakdown;
    }

    /**
     * A {@link PricingRequest}: region, instant, customer, coupon codes, shipping method; replayed
     * through its factory and withers.
     */
    static final ObjectForm<PricingRequest> PRICING_REQUEST = new ObjectForm<>(
            PricingRequest.class,
            Set.of("region", "at", "customer_id", "coupon_codes", "shipping_method"),
            PricingCodecs::writePricingRequest,
            PricingCodecs::readPricingRequest);

    private static void writePricingRequest(PricingRequest r, ObjectForm.Out out) throws IOException {
        out.field("region", r.region());
        out.string("at", r.at().toString());
        out.field("customer_id", r.customerId().orElse(null));
        out.field("coupon_codes", r.couponCodes());
        out.field("shipping_method", r.shippingMethod().orElse(null));
    }

    private static PricingRequest readPricingRequest(Fields in) throws IOException {
        Region region = in.required("region", in.type(Region.class));
        String at = in.required("at", in.type(String.class));
        String customer = in.optional("customer_id", in.type(String.class));
        List<String> codes = in.required("coupon_codes", in.listOf(String.class));
        ShippingMethod shipping = in.optional("shipping_method", in.type(ShippingMethod.class));
        Instant instant;
        try {
            instant = Instant.parse(at);
        } catch (DateTimeParseException e) {
            return in.ctxt()
                    .reportInputMismatch(
                            PricingRequest.class, "PricingRequest.at must be an ISO-8601 instant but was \"%s\"", at);
        }
        PricingRequest request = PricingRequest.of(region, instant);
        if (customer != null) {
            request = request.withCustomer(customer);
        }
        request = request.withCoupons(codes.toArray(String[]::new));
        return shipping == null ? request : request.withShipping(shipping);
    }

    /**
     * A {@link TaxTable}: {@code {"entries":[...]}}, sorted by region and category; read through
     * {@link TaxTable#of}.
     */
    static final ObjectForm<TaxTable> TAX_TABLE = new ObjectForm<>(
            TaxTable.class, Set.of("entries"), PricingCodecs::writeTaxTable, PricingCodecs::readTaxTable);

    private static void writeTaxTable(TaxTable table, ObjectForm.Out out) throws IOException {
        out.field("entries", table.entries());
    }

    private static TaxTable readTaxTable(Fields in) throws IOException {
        return TaxTable.of(in.<List<TaxTable.Entry>>required("entries", in.listOf(TaxTable.Entry.class)));
    }

    /**
     * A {@link Catalog}: {@code {"products":[...]}}, in order; read through {@link
     * Catalog#of(java.util.Collection)}.
     */
    static final ObjectForm<Catalog> CATALOG = new ObjectForm<>(
            Catalog.class, Set.of("products"), PricingCodecs::writeCatalog, PricingCodecs::readCatalog);

    private static void writeCatalog(Catalog catalog, ObjectForm.Out out) throws IOException {
        out.field("products", catalog.products());
    }

    private static Catalog readCatalog(Fields in) throws IOException {
        return Catalog.of(in.<List<Product>>required("products", in.listOf(Product.class)));
    }
}

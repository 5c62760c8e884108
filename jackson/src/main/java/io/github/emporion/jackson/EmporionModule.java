package io.github.emporion.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.emporion.commerce.cart.Cart;
import io.github.emporion.commerce.catalog.Catalog;
import io.github.emporion.commerce.pricing.PriceBreakdown;
import io.github.emporion.commerce.pricing.PricingRequest;
import io.github.emporion.commerce.pricing.tax.TaxTable;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The Jackson module for Emporion types. Money is written as {@code
 * {"amount":"12.340","currency":"KWD"}} (amount a decimal string with the currency's minor units;
 * a JSON number is also accepted on input and read as an exact decimal); a currency as its ISO 4217
 * code. Every value record of core and metrics ({@code KpiLabel}, {@code RateResult}, {@code
 * ConfidenceInterval}, {@code TaxRate}, {@code Channel}, ...) is an object with snake_case property
 * names, read back through its validating constructor; enum values are lower snake_case ({@code
 * agresti_coull}); instants and dates ISO-8601 strings; an empty {@code Optional} is {@code null}.
 *
 * <p>A value declared as one of Emporion's sealed interfaces ({@code Benefit}, {@code
 * ShippingRate}) carries a {@code "type"} discriminator, the snake_case simple name of its record:
 * {@code {"type":"order_percent_off","rate":0.1}}, {@code {"type":"flat","price":{...}}} — the
 * names {@link io.github.emporion.jackson.pricing.JsonPricingApi} uses. On input the name is
 * resolved only among the interface's {@link Class#getPermittedSubclasses() permitted subclasses},
 * never as a class name; an unknown or missing type is a {@code MismatchedInputException} listing
 * the allowed names. No other type information is written or read, and no default typing is used.
 *
 * <p>Final classes that are not records are written as their parts and read back through their
 * public factories, so their rules apply (a rule broken, an unknown or a missing property is a
 * {@code MismatchedInputException} naming it):
 *
 * <ul>
 *   <li>a {@link io.github.emporion.commerce.cart.Cart} is {@code {"currency":"EUR","lines":[{"item":
 *       {...},"quantity":2}]}}, read by adding each line to an empty cart ({@code Cart.add});
 *   <li>a {@link io.github.emporion.commerce.pricing.PriceBreakdown} is complete: {@code
 *       {"currency":"KWD","price_mode":"gross","lines":[...],"discounts":[...],"shipping":{...},
 *       "taxes":[...],"applied_coupons":["SPRING"],"rejected_coupons":[...],"subtotal":{...},
 *       "line_discount_total":{...},"shipping_discount_total":{...},"discount_total":{...},
 *       "shipping_charged":{...},"net_total":{...},"tax_total":{...},"grand_total":{...}}}, each
 *       line a {@code LineBreakdown} with its full catalog item ({@code {"item":{"product":{...},
 *       "variant":{...}},"quantity":2,"unit_price":{...},"line_amount":{...},"discounts":[{
 *       "promotion_id":"spring","amount":{...}}],"net":{...},"tax":{...},"gross":{...},"tax_rate":
 *       {"name":"VAT","rate":0.19}}}), each discount an {@code AppliedDiscount}, shipping a {@code
 *       ShippingBreakdown} with its method, or {@code null}; read through {@code PriceBreakdown.of},
 *       which checks that the parts add up, and each written total must equal the one the parts
 *       give. This is not the {@link io.github.emporion.jackson.pricing.JsonPricingApi} response,
 *       which is a report naming each line's SKU and product name ({@code
 *       pricing-response.schema.json}) and is written by that API only;
 *   <li>a {@link io.github.emporion.commerce.pricing.PricingRequest} is {@code {"region":{"code":
 *       "DE"},"at":"2026-03-01T12:00:00Z","customer_id":"c-1","coupon_codes":["SPRING"],
 *       "shipping_method":{...}}} ({@code customer_id}, {@code shipping_method} may be null),
 *       replayed through {@code PricingRequest.of} and its withers (codes normalised to upper case,
 *       duplicates dropped);
 *   <li>a {@link io.github.emporion.commerce.pricing.tax.TaxTable} is {@code {"entries":[{"region":
 *       {"code":"DE"},"category":{"code":"standard"},"rate":{"name":"VAT","rate":0.19}}]}}, sorted
 *       by region and category, read through {@code TaxTable.of}, which rejects two rates for one
 *       region and category;
 *   <li>a {@link io.github.emporion.commerce.catalog.Catalog} is {@code {"products":[...]}}, read
 *       through {@code Catalog.of}, which rejects duplicate product ids and SKUs.
 * </ul>
 *
 * <p>A record component declared {@code @Nullable} (such as a coupon's {@code
 * minimum_order_value}) is written as {@code null} when it is null, and read as null when it is
 * {@code null} or absent.
 *
 * <p>Unmapped: {@code Order} (an order is its event history, and reading one must replay that
 * history through {@code Order.place} and the lifecycle methods so an invalid history is rejected;
 * that is not built yet), and services, builders and accumulators, which hold no data form.
 *
 * <p>Register it on your own mapper:
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
        addSerializer(PriceBreakdown.class, new PricingCodecs.BreakdownSerializer());
        addDeserializer(PriceBreakdown.class, new PricingCodecs.BreakdownDeserializer());
        addSerializer(PricingRequest.class, new PricingCodecs.RequestSerializer());
        addDeserializer(PricingRequest.class, new PricingCodecs.RequestDeserializer());
        addSerializer(TaxTable.class, new PricingCodecs.TaxTableSerializer());
        addDeserializer(TaxTable.class, new PricingCodecs.TaxTableDeserializer());
        addSerializer(Catalog.class, new PricingCodecs.CatalogSerializer());
        addDeserializer(Catalog.class, new PricingCodecs.CatalogDeserializer());
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addSerializers(new RecordCodec.RecordSerializers());
        context.addDeserializers(new RecordCodec.RecordDeserializers());
    }
}

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
 * <p>A map keyed by one of Emporion's enums has the enum's snake_case names as property names,
 * like the values: {@code Campaign.utmTags} is {@code {"source":"google","medium":"cpc"}}.
 *
 * <p>A generic record ({@code CartFact<K>}, {@code OrderFact<K>}, ...) is read with its type
 * arguments: a component declared as a type variable is read as the type it is bound to, so read
 * {@code CartFact<ReportKey>} through a {@code TypeReference} (or as a record component, which
 * names its type arguments); unbound, the key is read as plain JSON (a string, number or map).
 *
 * <p>A {@link io.github.emporion.metrics.grouped.KpiBreakdown}, whose groups are keyed by any type
 * ({@code ReportKey}, an enum, a string), has its groups as an array of key–value entries in the
 * map's order, each key in its own JSON form: {@code {"groups":[{"key":{"channel":"search",
 * "channel_group":"paid_search","campaign_id":null,"period":null},"value":{"carts":600,
 * "purchased_carts":180}}],"total":{"carts":600,"purchased_carts":180}}}. A key that occurs twice,
 * an entry without {@code key} or {@code value} and a missing {@code total} are errors. Read
 * with its type arguments ({@code KpiBreakdown<ReportKey, CartSummary>}); a summary declared as a
 * sealed interface ({@code KpiBreakdown<ReportKey, KpiResult>}, given to {@code writerFor}) keeps
 * its {@code "type"}.
 *
 * <p>A {@link io.github.emporion.metrics.report.KpiReportResult} is its data: {@code report} (the
 * configuration: {@code currency}, {@code zone}, {@code window}, {@code group_by}, {@code
 * first_day_of_week}), the five breakdowns of summaries ({@code marketing}, {@code engagement},
 * {@code sessions}, {@code orders}, {@code carts}) and the counts {@code rows_outside_window},
 * {@code cancelled_orders}, {@code orders_without_cost_of_goods}; reading checks it as its
 * constructor does (every amount in the report's currency, group keys made of the report's
 * dimensions and time buckets, each total the sum of its groups). The KPIs are not written: {@code
 * kpis()} computes them from the summaries, so a result read back gives the same KPIs, and JSON
 * that states a KPI contradicting its counts cannot exist. Services that want the KPI values as
 * JSON use {@link io.github.emporion.jackson.report.JsonKpiReportApi}, whose response form is its
 * own. The grouped facts keep money as whole minor units with the currency ({@code
 * "spend_minor":12000,"currency":"KWD"}), as the records hold it; summaries hold amounts.
 *
 * <p>A {@link io.github.emporion.commerce.cart.Cart} is {@code {"currency":"EUR","lines":[{"item":
 * {...},"quantity":2}]}}, read by adding each line to an empty cart ({@code Cart.add}), so its
 * rules apply. Write-only or unmapped:
 *
 * <ul>
 *   <li>{@link io.github.emporion.commerce.pricing.PriceBreakdown} is written with every figure
 *       (lines with SKU and name, discounts with their allocation, shipping, tax per rate, coupons,
 *       totals; the pricing API's response) but not read: that form names each line's SKU rather
 *       than its catalog item and the shipping method's id rather than its rate, so the breakdown
 *       cannot be rebuilt from it. Send the cart and recompute; its records ({@code
 *       LineBreakdown}, {@code TaxPortion}, ...) are read and written on their own.
 *   <li>{@code Order} has no mapping: an order is its event history, and reading one must replay
 *       that history through {@code Order.place} and the lifecycle methods so an invalid history
 *       is rejected; that is not built yet. Services, builders, accumulators and the non-record
 *       tables ({@code TaxTable}, {@code Catalog}, ...) have no JSON form either.
 * </ul>
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
        addSerializer(PriceBreakdown.class, new PriceBreakdownSerializer());
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addSerializers(new RecordCodec.RecordSerializers());
        context.addDeserializers(new RecordCodec.RecordDeserializers());
        context.addKeySerializers(new RecordCodec.EnumKeySerializers());
        // added after the generic record mapping, so Jackson consults these first
        context.addSerializers(new BreakdownCodec.BreakdownSerializers());
        context.addDeserializers(new BreakdownCodec.BreakdownDeserializers());
    }
}

package io.github.emporion.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.emporion.commerce.cart.Cart;
import io.github.emporion.commerce.pricing.PriceBreakdown;
import io.github.emporion.marketing.budget.MarketingBudget;
import io.github.emporion.marketing.budget.SalesPlan;
import io.github.emporion.marketing.traffic.ChannelRule;
import io.github.emporion.marketing.traffic.SourceCategoryList;
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
 * <p>A {@link io.github.emporion.commerce.cart.Cart} is {@code {"currency":"EUR","lines":[{"item":
 * {...},"quantity":2}]}}, read by adding each line to an empty cart ({@code Cart.add}), so its
 * rules apply.
 *
 * <p>A map whose keys are Emporion enums is an object whose property names are the keys' lower
 * snake_case names, as enum values are: a campaign's {@code "utm_tags":{"source":"google",
 * "medium":"cpc"}}, a traffic source's {@code "click_ids":{"gclid":"abc"}}.
 *
 * <p>Marketing types with a hand-written form (three final classes that are not records, and the
 * {@code ChannelRule} record, which holds code), each read through a public factory so its rules
 * apply:
 *
 * <ul>
 *   <li>{@link io.github.emporion.marketing.budget.MarketingBudget}: {@code {"zone":"Europe/Paris",
 *       "currency":"EUR","tolerance":0.10,"lines":[{"target":{"kind":"channel","id":"Paid Search"},
 *       "month":"2026-04","planned":{"amount":"3000.00","currency":"EUR"}}]}}, read with {@code
 *       MarketingBudget.of} and {@code withTolerance} ({@code tolerance} may be left out: 0.10); a
 *       line in another currency or two lines of one target and month are rejected.
 *   <li>{@link io.github.emporion.marketing.budget.SalesPlan}: {@code {"zone":"Asia/Tokyo",
 *       "currency":"JPY","plans":[{"month":"2026-04","sales":{...},"expenses":{...}}]}}, read with
 *       {@code SalesPlan.of}.
 *   <li>{@link io.github.emporion.marketing.traffic.SourceCategoryList}: one object from source to
 *       category, {@code {"bing.com":"search","bsky.app":"social"}}, sorted by source (the curated
 *       list is written in full); sources are lower-cased on input and a source given twice is
 *       rejected.
 *   <li>{@link io.github.emporion.marketing.traffic.ChannelRule}: its condition is Java code, which
 *       JSON cannot carry, so a rule is written as a reference to one of Emporion's built-in rule
 *       sets, {@code {"rule_set":"ga4_v2023","name":"Paid Search","group":"paid_search"}} (the set of
 *       {@code Ga4ChannelRules.v2023()}), and read by looking the name up in that set: an unknown set
 *       or name is rejected with the known ones listed, a group other than the rule's is rejected,
 *       and writing a rule of your own fails. Keep your own rules in code.
 * </ul>
 *
 * <p>Write-only or unmapped:
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
        addSerializer(MarketingBudget.class, new MarketingCodecs.MarketingBudgetSerializer());
        addDeserializer(MarketingBudget.class, new MarketingCodecs.MarketingBudgetDeserializer());
        addSerializer(SalesPlan.class, new MarketingCodecs.SalesPlanSerializer());
        addDeserializer(SalesPlan.class, new MarketingCodecs.SalesPlanDeserializer());
        addSerializer(SourceCategoryList.class, new MarketingCodecs.SourceCategoryListSerializer());
        addDeserializer(SourceCategoryList.class, new MarketingCodecs.SourceCategoryListDeserializer());
        addSerializer(ChannelRule.class, new MarketingCodecs.ChannelRuleSerializer());
        addDeserializer(ChannelRule.class, new MarketingCodecs.ChannelRuleDeserializer());
    }

    @Override
    public void setupModule(SetupContext context) {
        // Jackson consults the serializers added last first: the generic record mapping goes in
        // before the codecs registered above, so a hand-written codec of a record (ChannelRule) wins.
        context.addSerializers(new RecordCodec.RecordSerializers());
        context.addDeserializers(new RecordCodec.RecordDeserializers());
        context.addKeySerializers(new EnumKeySerializers());
        super.setupModule(context);
    }
}

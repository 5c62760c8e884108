package io.github.emporion.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.emporion.commerce.cart.Cart;
import io.github.emporion.commerce.pricing.PriceBreakdown;
import io.github.emporion.metrics.attribution.ShapleyResult;
import io.github.emporion.metrics.clv.BgNbdModel;
import io.github.emporion.metrics.clv.CustomerLedger;
import io.github.emporion.metrics.clv.CustomerSummaries;
import io.github.emporion.metrics.clv.GammaGammaModel;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The Jackson module for Emporion types. Money is written as {@code
 * {"amount":"12.340","currency":"KWD"}} (amount a decimal string with the currency's minor units;
 * a JSON number is also accepted on input and read as an exact decimal); a currency as its ISO 4217
 * code. Every value record of core and metrics ({@code KpiLabel}, {@code RateResult}, {@code
 * ConfidenceInterval}, {@code TaxRate}, {@code Channel}, ...) is an object with snake_case property
 * names, read back through its validating constructor; enum values are lower snake_case ({@code
 * agresti_coull}); instants and dates ISO-8601 strings, also inside lists and sets ({@code
 * "touch_times":["2026-03-01T10:00:00Z"]}); an empty {@code Optional} is {@code null}; a {@code
 * char} a one-character string ({@code "delimiter":";"}). A {@code double} is a JSON number that
 * reads back to the same bits ({@code Double.toString}; {@code -0.0} and subnormals included); NaN
 * and the infinities, which some results may hold (a correlation of constant data, an undefined total), are
 * the strings {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"}, Jackson's default output,
 * and are accepted on input only as a {@code double} (any other string is an error); whether the
 * value is allowed is the record's constructor's decision ({@code TimedJourney.value} must be
 * finite).
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
 * <p>The CLV classes that are not records, read through their public factories:
 *
 * <ul>
 *   <li>{@link io.github.emporion.metrics.clv.CustomerLedger}: {@code {"zone":"Europe/Athens",
 *       "currency":"KWD","purchase_days":{"c-1":{"2026-03-01":"12.500","2026-03-09":"3.250"}}}}, the
 *       exact day totals per customer id and ISO date as decimal strings (at most 30 integer and 30
 *       fraction digits on input, as for money; {@code currency} null and
 *       {@code purchase_days} empty for an empty ledger); read by replaying one transaction per day
 *       through a {@code CustomerLedgerAccumulator}, so a negative amount or days without a
 *       currency are rejected;
 *   <li>{@link io.github.emporion.metrics.clv.CustomerSummaries}: {@code {"unit":"weeks",
 *       "customers":[...],"currency":"EUR","holdout_length":0.0}} ({@code currency} null for plain
 *       numbers), read through {@code CustomerSummaries.of}, so mixed units and repeated ids are
 *       rejected;
 *   <li>{@link io.github.emporion.metrics.clv.BgNbdModel}: {@code {"parameters":{"r":0.243,
 *       "alpha":4.414,"a":0.793,"b":2.426},"unit":"weeks"}}; {@link
 *       io.github.emporion.metrics.clv.GammaGammaModel}: {@code {"parameters":{"p":6.25,"q":3.74,
 *       "gamma":15.44}}} (so the fits and {@code ClvAnalysis} round-trip).
 * </ul>
 *
 * <p>A fitted {@link io.github.emporion.metrics.attribution.ShapleyResult} is {@code {"model":{...},
 * "attribution":{...},"coalitions":[{"channels":["A","B"],"conversions":2.0,"value":20.0,
 * "journeys":3.0,"credited_conversions":[0.5,1.5],"credited_value":[5.0,15.0]}]}} (coalitions only
 * for the exact-set games; empty credits for a key without conversions), read through {@code
 * ShapleyResult.of}, so it can be fitted once and used for per-journey credit elsewhere. The
 * attribution accumulators ({@code TransitionCounts}, {@code CoalitionCounts}, ...) have no JSON
 * form: their state moves between machines as {@code AttributionStates} bytes, and their results
 * ({@code MarkovResult}, {@code ShapleyResult}) round-trip.
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
        addSerializer(BgNbdModel.class, new ClvCodecs.BgNbdModelSerializer());
        addDeserializer(BgNbdModel.class, new ClvCodecs.BgNbdModelDeserializer());
        addSerializer(GammaGammaModel.class, new ClvCodecs.GammaGammaModelSerializer());
        addDeserializer(GammaGammaModel.class, new ClvCodecs.GammaGammaModelDeserializer());
        addSerializer(CustomerSummaries.class, new ClvCodecs.CustomerSummariesSerializer());
        addDeserializer(CustomerSummaries.class, new ClvCodecs.CustomerSummariesDeserializer());
        addSerializer(CustomerLedger.class, new ClvCodecs.CustomerLedgerSerializer());
        addDeserializer(CustomerLedger.class, new ClvCodecs.CustomerLedgerDeserializer());
        addSerializer(ShapleyResult.class, new AttributionCodecs.ShapleyResultSerializer());
        addDeserializer(ShapleyResult.class, new AttributionCodecs.ShapleyResultDeserializer());
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addSerializers(new RecordCodec.RecordSerializers());
        context.addDeserializers(new RecordCodec.RecordDeserializers());
    }
}

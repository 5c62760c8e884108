package io.github.emporion.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
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
 * <p>A map keyed by one of Emporion's enums has the enum's snake_case names as property names,
 * like the values: {@code Campaign.utmTags} is {@code {"source":"google","medium":"cpc"}}. A set
 * inside a record is an array in one stable order (natural order, or by {@code toString()} for
 * elements that are not comparable), so one value is written as the same JSON on every run.
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
 * <p>An {@link io.github.emporion.commerce.order.Order} is its history: the snapshot taken at
 * checkout and the lifecycle actions applied since, oldest first, followed by the figures derived
 * from them:
 *
 * <pre>{@code
 * {"snapshot":{"id":{"value":"o-7"},"customer_id":{"value":"c-1"},"currency":"KWD",
 *               "placed_at":"2026-03-02T09:00:00Z","prices_include_tax":true,"lines":[...],"shipping":{...}},
 *  "history":[{"action":"capture","at":"2026-03-02T09:05:00Z"},
 *             {"action":"prepare_shipment","at":"2026-03-02T09:10:00Z","shipment_id":"S1","quantities":{"SKU-A":3}},
 *             {"action":"ship","at":"2026-03-02T09:10:00Z","shipment_id":"S1"},
 *             {"action":"refund","at":"2026-03-05T03:41:00Z","amount":{"amount":"1.250","currency":"KWD"}}],
 *  "status":"shipped","payment_status":"partially_refunded","total":{...},"captured":{...},"refunded":{...},
 *  "shipments":[...],"returns":[...],"transactions":[...],"events":[...]}
 * }</pre>
 *
 * <ul>
 *   <li>An action is named as the event type it records, in snake_case, and carries {@code at}
 *       (an ISO-8601 instant) and: nothing more for {@code authorize}, {@code capture}, {@code
 *       payment_failed}, {@code void}, {@code cancel} and {@code deliver_digital}; an {@code
 *       amount} for {@code refund}; a {@code shipment_id} and {@code quantities} (SKU to units)
 *       for {@code prepare_shipment}; a {@code shipment_id} for {@code ship}, {@code deliver} and
 *       {@code cancel_shipment}; a {@code return_id} and {@code quantities} for {@code
 *       request_return}; a {@code return_id} for {@code accept_return}, {@code receive_return},
 *       {@code complete_return} and {@code cancel_return}. There is no {@code place}: the snapshot
 *       places the order. {@code Order.ship(id, quantities, at)} is written as its two actions.
 *   <li>Reading calls {@code Order.place(snapshot)} and then, for each action, the lifecycle
 *       method of that name ({@code authorizePayment}, {@code capturePayment}, {@code
 *       failPayment}, {@code voidPayment}, {@code refund}, {@code cancel}, {@code
 *       prepareShipment}, {@code ship}, {@code deliver}, {@code cancelShipment}, {@code
 *       deliverDigital}, {@code requestReturn}, {@code acceptReturn}, {@code receiveReturn}, {@code
 *       completeReturn}, {@code cancelReturn}), so every rule of the order applies: an impossible
 *       history (shipping before payment, more units than ordered, a refund above what was
 *       captured, a step dated before the previous one, a refund in another currency) is a {@code
 *       MismatchedInputException} naming the step ({@code history[3]}), its action and the rule.
 *       A history may hold at most 1,000 actions on input (real orders have dozens; the replay's
 *       cost grows with the square of the history, so longer ones are refused as hostile).
 *   <li>{@code status} to {@code events} are derived from the history and written for readers (a
 *       service can show an order without replaying it; {@code events} is the analytics export).
 *       On input they are optional — {@code snapshot} and {@code history} suffice — and each one
 *       given must equal what the replay gives, else the error names it ({@code Order.status does
 *       not match the history}).
 * </ul>
 *
 * <p>Records holding an order ({@code AttributedOrder}) use this form for it.
 *
 * <p>{@link io.github.emporion.commerce.customer.ContactDetails} (a final class) is {@code
 * {"email":"ada@example.org","phone":"+49 30 1234567","address":{"lines":["1 Main St"],
 * "postal_code":"10115","city":"Berlin","country_code":"DE"}}}, each property {@code null} when
 * unknown (and optional on input), read through {@code ContactDetails.none()} and its withers.
 * <b>Personal data:</b> {@code toString()} redacts it, but the JSON carries it in clear, as it
 * must to be stored or sent; treat such documents (and a {@code Customer}'s, which holds them) as
 * personal data, keep them out of logs, and erase by writing {@code ContactDetails.none()}. Error
 * messages name the field and the rule, never the e-mail or phone value.
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
 * <p>A record component declared {@code @Nullable} (such as a coupon's {@code
 * minimum_order_value}) is written as {@code null} when it is null, and read as null when it is
 * {@code null} or absent.
 *
 * <p>Unmapped: services, builders and accumulators, which hold no data form.
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
        add(ValueClassCodecs.CART);
        add(PricingCodecs.PRICE_BREAKDOWN);
        add(PricingCodecs.PRICING_REQUEST);
        add(PricingCodecs.TAX_TABLE);
        add(PricingCodecs.CATALOG);
        add(OrderCodecs.ORDER);
        add(ContactDetailsCodec.CONTACT_DETAILS);
        add(ClvCodecs.BG_NBD_MODEL);
        add(ClvCodecs.GAMMA_GAMMA_MODEL);
        add(ClvCodecs.CUSTOMER_SUMMARIES);
        add(ClvCodecs.CUSTOMER_LEDGER);
        add(AttributionCodecs.SHAPLEY_RESULT);
        add(MarketingCodecs.MARKETING_BUDGET);
        add(MarketingCodecs.SALES_PLAN);
        add(MarketingCodecs.CHANNEL_RULE);
        // one JSON object from source to category, not a fixed set of properties: not an ObjectForm
        addSerializer(SourceCategoryList.class, new MarketingCodecs.SourceCategoryListSerializer());
        addDeserializer(SourceCategoryList.class, new MarketingCodecs.SourceCategoryListDeserializer());
    }

    /** Registers the serializer and deserializer of a hand-written object form. */
    private <T> void add(ObjectForm<T> form) {
        addSerializer(form.type(), new ObjectForm.Serializer<>(form));
        addDeserializer(form.type(), new ObjectForm.Deserializer<>(form));
    }

    @Override
    public void setupModule(SetupContext context) {
        // Jackson consults the serializers added last first: the generic record mapping goes in
        // before the codecs registered above, so a hand-written codec of a record (ChannelRule) wins.
        context.addSerializers(new RecordCodec.RecordSerializers());
        context.addDeserializers(new RecordCodec.RecordDeserializers());
        context.addKeySerializers(new RecordCodec.EnumKeySerializers());
        // added after the generic record mapping, so Jackson consults these first
        context.addSerializers(new BreakdownCodec.BreakdownSerializers());
        context.addDeserializers(new BreakdownCodec.BreakdownDeserializers());
        super.setupModule(context);
    }
}

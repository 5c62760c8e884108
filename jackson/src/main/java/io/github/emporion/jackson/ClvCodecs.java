package io.github.emporion.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.emporion.metrics.clv.BgNbdModel;
import io.github.emporion.metrics.clv.BgNbdParameters;
import io.github.emporion.metrics.clv.ClvTimeUnit;
import io.github.emporion.metrics.clv.CustomerLedger;
import io.github.emporion.metrics.clv.CustomerLedgerAccumulator;
import io.github.emporion.metrics.clv.CustomerSummaries;
import io.github.emporion.metrics.clv.CustomerSummary;
import io.github.emporion.metrics.clv.GammaGammaModel;
import io.github.emporion.metrics.clv.GammaGammaParameters;
import io.github.emporion.metrics.clv.Transaction;
import io.github.emporion.money.Monies;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import javax.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;

/**
 * JSON for the final classes of {@code io.github.emporion.metrics.clv} that are not records, read
 * through their public factories so their rules hold:
 *
 * <ul>
 *   <li>{@link BgNbdModel}: {@code {"parameters":{"r":0.243,"alpha":4.414,"a":0.793,"b":2.426},
 *       "unit":"weeks"}}, read through {@link BgNbdModel#of};
 *   <li>{@link GammaGammaModel}: {@code {"parameters":{"p":6.25,"q":3.74,"gamma":15.44}}}, read
 *       through {@link GammaGammaModel#of};
 *   <li>{@link CustomerSummaries}: {@code {"unit":"weeks","customers":[{...}],"currency":"EUR",
 *       "holdout_length":39.0}} ({@code currency} null when built from plain numbers), read through
 *       {@link CustomerSummaries#of(ClvTimeUnit, List, CurrencyUnit, double)}, so mixed units and
 *       repeated ids are rejected;
 *   <li>{@link CustomerLedger}: {@code {"zone":"Europe/Athens","currency":"KWD","purchase_days":
 *       {"c-1":{"2026-03-01":"12.500","2026-03-09":"3.250"}}}}: per customer id, per purchase day
 *       (ISO date) the exact day total as a decimal string (scale kept; at most 30 integer and 30
 *       fraction digits on input, as for money); {@code currency} null and
 *       {@code purchase_days} empty for an empty ledger. Read by replaying one {@link
 *       Transaction#onDate} per day through a {@link CustomerLedgerAccumulator} of the zone, so a
 *       negative amount, a customer without days or days without a currency are rejected.
 * </ul>
 */
final class ClvCodecs {

    private ClvCodecs() {}

    /** Writes a {@link BgNbdModel}: its parameters and time unit. */
    static final class BgNbdModelSerializer extends StdSerializer<BgNbdModel> {
        private static final long serialVersionUID = 1L;

        BgNbdModelSerializer() {
            super(BgNbdModel.class);
        }

        @Override
        public void serialize(BgNbdModel model, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeFieldName("parameters");
            provider.defaultSerializeValue(model.parameters(), gen);
            gen.writeFieldName("unit");
            provider.defaultSerializeValue(model.unit(), gen);
            gen.writeEndObject();
        }
    }

    /** Reads a {@link BgNbdModel} through {@link BgNbdModel#of}. */
    static final class BgNbdModelDeserializer extends StdDeserializer<BgNbdModel> {
        private static final long serialVersionUID = 1L;

        BgNbdModelDeserializer() {
            super(BgNbdModel.class);
        }

        @Override
        public BgNbdModel deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Fields in =
                    Fields.of(BgNbdModel.class, RecordCodec.readExactTree(p, ctxt), Set.of("parameters", "unit"), ctxt);
            BgNbdParameters parameters = in.required("parameters", in.type(BgNbdParameters.class));
            ClvTimeUnit unit = in.required("unit", in.type(ClvTimeUnit.class));
            return BgNbdModel.of(parameters, unit);
        }
    }

    /** Writes a {@link GammaGammaModel}: its parameters. */
    static final class GammaGammaModelSerializer extends StdSerializer<GammaGammaModel> {
        private static final long serialVersionUID = 1L;

        GammaGammaModelSerializer() {
            super(GammaGammaModel.class);
        }

        @Override
        public void serialize(GammaGammaModel model, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            gen.writeStartObject();
            gen.writeFieldName("parameters");
            provider.defaultSerializeValue(model.parameters(), gen);
            gen.writeEndObject();
        }
    }

    /** Reads a {@link GammaGammaModel} through {@link GammaGammaModel#of}. */
    static final class GammaGammaModelDeserializer extends StdDeserializer<GammaGammaModel> {
        private static final long serialVersionUID = 1L;

        GammaGammaModelDeserializer() {
            super(GammaGammaModel.class);
        }

        @Override
        public GammaGammaModel deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Fields in =
                    Fields.of(GammaGammaModel.class, RecordCodec.readExactTree(p, ctxt), Set.of("parameters"), ctxt);
            return GammaGammaModel.of(in.required("parameters", in.type(GammaGammaParameters.class)));
        }
    }

    /** Writes {@link CustomerSummaries}: unit, customers, currency (or null) and holdout length. */
    static final class CustomerSummariesSerializer extends StdSerializer<CustomerSummaries> {
        private static final long serialVersionUID = 1L;

        CustomerSummariesSerializer() {
            super(CustomerSummaries.class);
        }

        @Override
        public void serialize(CustomerSummaries summaries, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            gen.writeStartObject();
            gen.writeFieldName("unit");
            provider.defaultSerializeValue(summaries.unit(), gen);
            gen.writeFieldName("customers");
            provider.defaultSerializeValue(summaries.customers(), gen);
            gen.writeFieldName("currency");
            provider.defaultSerializeValue(summaries.currency().orElse(null), gen);
            gen.writeNumberField("holdout_length", summaries.holdoutLength());
            gen.writeEndObject();
        }
    }

    /** Reads {@link CustomerSummaries} through {@link CustomerSummaries#of}. */
    static final class CustomerSummariesDeserializer extends StdDeserializer<CustomerSummaries> {
        private static final long serialVersionUID = 1L;

        CustomerSummariesDeserializer() {
            super(CustomerSummaries.class);
        }

        @Override
        public CustomerSummaries deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Fields in = Fields.of(
                    CustomerSummaries.class,
                    RecordCodec.readExactTree(p, ctxt),
                    Set.of("unit", "customers", "currency", "holdout_length"),
                    ctxt);
            ClvTimeUnit unit = in.required("unit", in.type(ClvTimeUnit.class));
            List<CustomerSummary> customers = in.required("customers", in.listOf(CustomerSummary.class));
            CurrencyUnit currency = in.optional("currency", in.type(CurrencyUnit.class));
            JsonNode holdout = in.node().get("holdout_length");
            if (holdout == null || !holdout.isNumber()) {
                return ctxt.reportInputMismatch(
                        CustomerSummaries.class, "CustomerSummaries.holdout_length must be a number (0 if none)");
            }
            try {
                return CustomerSummaries.of(unit, customers, currency, holdout.doubleValue());
            } catch (IllegalArgumentException e) {
                return ctxt.reportInputMismatch(
                        CustomerSummaries.class, "invalid CustomerSummaries: %s", e.getMessage());
            }
        }
    }

    /** Writes a {@link CustomerLedger}: zone, currency (or null) and the day totals per customer. */
    static final class CustomerLedgerSerializer extends StdSerializer<CustomerLedger> {
        private static final long serialVersionUID = 1L;

        CustomerLedgerSerializer() {
            super(CustomerLedger.class);
        }

        @Override
        public void serialize(CustomerLedger ledger, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            gen.writeStartObject();
            gen.writeStringField("zone", ledger.zone().getId());
            gen.writeFieldName("currency");
            provider.defaultSerializeValue(ledger.currency().orElse(null), gen);
            gen.writeObjectFieldStart("purchase_days");
            for (Map.Entry<String, NavigableMap<LocalDate, BigDecimal>> customer :
                    ledger.purchaseDays().entrySet()) {
                gen.writeObjectFieldStart(customer.getKey());
                for (Map.Entry<LocalDate, BigDecimal> day : customer.getValue().entrySet()) {
                    gen.writeStringField(day.getKey().toString(), decimal(day.getValue()));
                }
                gen.writeEndObject();
            }
            gen.writeEndObject();
            gen.writeEndObject();
        }

        /** Plain digits with the scale kept ({@code 12.50}); an exponent only for a negative scale. */
        private static String decimal(BigDecimal value) {
            return value.scale() >= 0 ? value.toPlainString() : value.toString();
        }
    }

    /**
     * Reads a {@link CustomerLedger} by replaying one transaction per customer and day through a
     * {@link CustomerLedgerAccumulator} of the zone.
     */
    static final class CustomerLedgerDeserializer extends StdDeserializer<CustomerLedger> {
        private static final long serialVersionUID = 1L;

        CustomerLedgerDeserializer() {
            super(CustomerLedger.class);
        }

        @Override
        public CustomerLedger deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Fields in = Fields.of(
                    CustomerLedger.class,
                    RecordCodec.readExactTree(p, ctxt),
                    Set.of("zone", "currency", "purchase_days"),
                    ctxt);
            ZoneId zone = zone(in.node().get("zone"), ctxt);
            @Nullable CurrencyUnit currency = in.optional("currency", in.type(CurrencyUnit.class));
            JsonNode customers = in.node().get("purchase_days");
            if (customers == null || !customers.isObject()) {
                return fail(ctxt, "CustomerLedger.purchase_days must be an object keyed by customer id");
            }
            CustomerLedgerAccumulator ledger = new CustomerLedgerAccumulator(zone);
            for (Map.Entry<String, JsonNode> customer : customers.properties()) {
                String id = customer.getKey();
                JsonNode days = customer.getValue();
                if (!days.isObject() || days.isEmpty()) {
                    return fail(
                            ctxt,
                            "CustomerLedger.purchase_days of customer '%s' must be a non-empty object keyed by"
                                    + " ISO date",
                            id);
                }
                if (currency == null) {
                    return fail(ctxt, "CustomerLedger with purchase days needs a currency");
                }
                for (Map.Entry<String, JsonNode> day : days.properties()) {
                    LocalDate date;
                    BigDecimal amount;
                    try {
                        date = LocalDate.parse(day.getKey());
                        amount = decimal(day.getValue());
                    } catch (DateTimeException | NumberFormatException e) {
                        return fail(
                                ctxt,
                                "CustomerLedger.purchase_days of customer '%s': '%s' must be an ISO date mapped to"
                                        + " a decimal string of at most %d integer and %d fraction digits, was %s",
                                shorten(id),
                                shorten(day.getKey()),
                                MonetaryAmountDeserializer.MAX_DIGITS,
                                MonetaryAmountDeserializer.MAX_DIGITS,
                                shorten(day.getValue().toString()));
                    }
                    try {
                        ledger.add(Transaction.onDate(id, date, zone, Monies.of(amount, currency)));
                    } catch (RuntimeException e) {
                        return fail(ctxt, "invalid CustomerLedger: %s", e.getMessage());
                    }
                }
            }
            return ledger.result();
        }

        /**
         * A decimal string of at most {@value MonetaryAmountDeserializer#MAX_DIGITS} integer and
         * fraction digits, as for money: {@code 1e999999999} would otherwise expand to a billion
         * digits when the ledger scales it.
         */
        private static BigDecimal decimal(JsonNode node) {
            String text = node.isTextual() ? node.textValue() : "?";
            BigDecimal value =
                    new BigDecimal(text.length() <= 2 * MonetaryAmountDeserializer.MAX_DIGITS + 8 ? text : "?");
            if (value.precision() - value.scale() > MonetaryAmountDeserializer.MAX_DIGITS
                    || value.scale() > MonetaryAmountDeserializer.MAX_DIGITS) {
                throw new NumberFormatException("more than " + MonetaryAmountDeserializer.MAX_DIGITS + " digits");
            }
            return value;
        }

        private static ZoneId zone(@Nullable JsonNode node, DeserializationContext ctxt) throws IOException {
            if (node != null && node.isTextual()) {
                try {
                    return ZoneId.of(node.textValue());
                } catch (DateTimeException e) {
                    // reported below
                }
            }
            return fail(ctxt, "CustomerLedger.zone must be a time-zone id such as \"Europe/Athens\", was %s", node);
        }

        private static String shorten(String text) {
            return text.length() <= 40 ? text : text.substring(0, 40) + "…";
        }

        private static <T> T fail(DeserializationContext ctxt, String message, @Nullable Object... args)
                throws IOException {
            return ctxt.reportInputMismatch(CustomerLedger.class, message, args);
        }
    }
}

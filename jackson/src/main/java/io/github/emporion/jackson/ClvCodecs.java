package io.github.emporion.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
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

    /** A {@link BgNbdModel}: its parameters and time unit; read through {@link BgNbdModel#of}. */
    static final ObjectForm<BgNbdModel> BG_NBD_MODEL = new ObjectForm<>(
            BgNbdModel.class, Set.of("parameters", "unit"), ClvCodecs::writeBgNbdModel, ClvCodecs::readBgNbdModel);

    private static void writeBgNbdModel(BgNbdModel model, ObjectForm.Out out) throws IOException {
        out.field("parameters", model.parameters());
        out.field("unit", model.unit());
    }

    private static BgNbdModel readBgNbdModel(Fields in) throws IOException {
        BgNbdParameters parameters = in.required("parameters", in.type(BgNbdParameters.class));
        ClvTimeUnit unit = in.required("unit", in.type(ClvTimeUnit.class));
        return BgNbdModel.of(parameters, unit);
    }

    /** A {@link GammaGammaModel}: its parameters; read through {@link GammaGammaModel#of}. */
    static final ObjectForm<GammaGammaModel> GAMMA_GAMMA_MODEL = new ObjectForm<>(
            GammaGammaModel.class,
            Set.of("parameters"),
            ClvCodecs::writeGammaGammaModel,
            ClvCodecs::readGammaGammaModel);

    private static void writeGammaGammaModel(GammaGammaModel model, ObjectForm.Out out) throws IOException {
        out.field("parameters", model.parameters());
    }

    private static GammaGammaModel readGammaGammaModel(Fields in) throws IOException {
        return GammaGammaModel.of(in.required("parameters", in.type(GammaGammaParameters.class)));
    }

    /**
     * {@link CustomerSummaries}: unit, customers, currency (or null) and holdout length; read
     * through {@link CustomerSummaries#of}.
     */
    static final ObjectForm<CustomerSummaries> CUSTOMER_SUMMARIES = new ObjectForm<>(
            CustomerSummaries.class,
            Set.of("unit", "customers", "currency", "holdout_length"),
            ClvCodecs::writeCustomerSummaries,
            ClvCodecs::readCustomerSummaries);

    private static void writeCustomerSummaries(CustomerSummaries summaries, ObjectForm.Out out) throws IOException {
        out.field("unit", summaries.unit());
        out.field("customers", summaries.customers());
        out.field("currency", summaries.currency().orElse(null));
        out.number("holdout_length", summaries.holdoutLength());
    }

    private static CustomerSummaries readCustomerSummaries(Fields in) throws IOException {
        ClvTimeUnit unit = in.required("unit", in.type(ClvTimeUnit.class));
        List<CustomerSummary> customers = in.required("customers", in.listOf(CustomerSummary.class));
        CurrencyUnit currency = in.optional("currency", in.type(CurrencyUnit.class));
        JsonNode holdout = in.node().get("holdout_length");
        if (holdout == null || !holdout.isNumber()) {
            return in.ctxt()
                    .reportInputMismatch(
                            CustomerSummaries.class, "CustomerSummaries.holdout_length must be a number (0 if none)");
        }
        return CustomerSummaries.of(unit, customers, currency, holdout.doubleValue());
    }

    /**
     * A {@link CustomerLedger}: zone, currency (or null) and the day totals per customer; read by
     * replaying one transaction per customer and day through a {@link CustomerLedgerAccumulator} of
     * the zone.
     */
    static final ObjectForm<CustomerLedger> CUSTOMER_LEDGER = new ObjectForm<>(
            CustomerLedger.class,
            Set.of("zone", "currency", "purchase_days"),
            ClvCodecs::writeCustomerLedger,
            ClvCodecs::readCustomerLedger);

    private static void writeCustomerLedger(CustomerLedger ledger, ObjectForm.Out out) throws IOException {
        out.string("zone", ledger.zone().getId());
        out.field("currency", ledger.currency().orElse(null));
        JsonGenerator gen = out.gen();
        gen.writeObjectFieldStart("purchase_days");
        for (Map.Entry<String, NavigableMap<LocalDate, BigDecimal>> customer :
                ledger.purchaseDays().entrySet()) {
            gen.writeObjectFieldStart(customer.getKey());
            for (Map.Entry<LocalDate, BigDecimal> day : customer.getValue().entrySet()) {
                gen.writeStringField(day.getKey().toString(), plain(day.getValue()));
            }
            gen.writeEndObject();
        }
        gen.writeEndObject();
    }

    /** Plain digits with the scale kept ({@code 12.50}); an exponent only for a negative scale. */
    private static String plain(BigDecimal value) {
        return value.scale() >= 0 ? value.toPlainString() : value.toString();
    }

    private static CustomerLedger readCustomerLedger(Fields in) throws IOException {
        DeserializationContext ctxt = in.ctxt();
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
        BigDecimal value = new BigDecimal(text.length() <= 2 * MonetaryAmountDeserializer.MAX_DIGITS + 8 ? text : "?");
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

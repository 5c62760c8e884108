package io.github.emporion.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.emporion.marketing.budget.BudgetLine;
import io.github.emporion.marketing.budget.MarketingBudget;
import io.github.emporion.marketing.budget.MonthlyPlan;
import io.github.emporion.marketing.budget.SalesPlan;
import io.github.emporion.marketing.channel.ChannelGroup;
import io.github.emporion.marketing.traffic.ChannelRule;
import io.github.emporion.marketing.traffic.Ga4ChannelRules;
import io.github.emporion.marketing.traffic.SourceCategory;
import io.github.emporion.marketing.traffic.SourceCategoryList;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.money.CurrencyUnit;

/**
 * JSON for the marketing value classes that are not records, and for {@link ChannelRule}, whose
 * condition is code. Each is read through its public factory, so its rules apply:
 *
 * <ul>
 *   <li>{@link MarketingBudget}: {@code {"zone":"Europe/Paris","currency":"EUR","tolerance":0.10,
 *       "lines":[{"target":{"kind":"channel","id":"Paid Search"},"month":"2026-04","planned":{...}}]}},
 *       read with {@link MarketingBudget#of} and {@link MarketingBudget#withTolerance}; {@code
 *       tolerance} may be left out (then {@link MarketingBudget#DEFAULT_TOLERANCE}).
 *   <li>{@link SalesPlan}: {@code {"zone":"Asia/Tokyo","currency":"JPY","plans":[{"month":"2026-04",
 *       "sales":{...},"expenses":{...}}]}}, read with {@link SalesPlan#of}.
 *   <li>{@link SourceCategoryList}: one JSON object from source to category, {@code
 *       {"bing.com":"search","bsky.app":"social"}}, read by adding each entry to {@link
 *       SourceCategoryList#empty()}; sources are lower-cased, so two spellings of one source are
 *       rejected.
 *   <li>{@link ChannelRule}: a reference to a built-in rule, {@code {"rule_set":"ga4_v2023",
 *       "name":"Paid Search","group":"paid_search"}}. A rule's condition is Java code, which JSON
 *       cannot carry; so only the rules of Emporion's built-in rule sets ({@link
 *       Ga4ChannelRules#v2023()} as {@code ga4_v2023}) are written, and reading looks the name up in
 *       the named set (an unknown set or name is an error listing the known ones; a group other than
 *       the rule's is an error). Writing any other rule fails.
 * </ul>
 */
final class MarketingCodecs {

    /** The built-in rule sets, by the name their rules carry in JSON. */
    static final Map<String, List<ChannelRule>> RULE_SETS = Map.of("ga4_v2023", Ga4ChannelRules.v2023());

    private MarketingCodecs() {}

    private static ZoneId zone(Fields in, String name) throws IOException {
        JsonNode node = in.node().get(name);
        if (node == null || node.isNull()) {
            return in.ctxt()
                    .reportInputMismatch(
                            in.owner(),
                            "%s is missing the property '%s'",
                            in.owner().getSimpleName(),
                            name);
        }
        try {
            return ZoneId.of(node.isTextual() ? node.textValue() : "");
        } catch (DateTimeException e) {
            return in.ctxt()
                    .reportInputMismatch(
                            in.owner(),
                            "%s.%s must be a time-zone id such as \"Europe/Paris\" but was %s",
                            in.owner().getSimpleName(),
                            name,
                            shorten(node.toString()));
        }
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /**
     * A {@link MarketingBudget}: zone, currency, tolerance and lines; read through {@link
     * MarketingBudget#of} and {@code withTolerance} ({@code tolerance} may be left out).
     */
    static final ObjectForm<MarketingBudget> MARKETING_BUDGET = new ObjectForm<>(
            MarketingBudget.class,
            Set.of("zone", "currency", "tolerance", "lines"),
            MarketingCodecs::writeMarketingBudget,
            MarketingCodecs::readMarketingBudget);

    private static void writeMarketingBudget(MarketingBudget budget, ObjectForm.Out out) throws IOException {
        out.string("zone", budget.zone().getId());
        out.string("currency", budget.currency().getCurrencyCode());
        out.plainNumber("tolerance", budget.tolerance());
        out.field("lines", budget.lines());
    }

    private static MarketingBudget readMarketingBudget(Fields in) throws IOException {
        ZoneId zone = zone(in, "zone");
        CurrencyUnit currency = in.required("currency", in.type(CurrencyUnit.class));
        JsonNode toleranceNode = in.node().get("tolerance");
        BigDecimal tolerance = MarketingBudget.DEFAULT_TOLERANCE;
        if (toleranceNode != null && !toleranceNode.isNull()) {
            if (!toleranceNode.isNumber()) {
                return in.ctxt()
                        .reportInputMismatch(
                                MarketingBudget.class,
                                "MarketingBudget.tolerance must be a number in [0, 1) but was %s",
                                shorten(toleranceNode.toString()));
            }
            tolerance = toleranceNode.decimalValue();
        }
        List<BudgetLine> lines = in.required("lines", in.listOf(BudgetLine.class));
        return MarketingBudget.of(zone, currency, lines).withTolerance(tolerance);
    }

    /** A {@link SalesPlan}: zone, currency and monthly plans; read through {@link SalesPlan#of}. */
    static final ObjectForm<SalesPlan> SALES_PLAN = new ObjectForm<>(
            SalesPlan.class,
            Set.of("zone", "currency", "plans"),
            MarketingCodecs::writeSalesPlan,
            MarketingCodecs::readSalesPlan);

    private static void writeSalesPlan(SalesPlan plan, ObjectForm.Out out) throws IOException {
        out.string("zone", plan.zone().getId());
        out.string("currency", plan.currency().getCurrencyCode());
        out.field("plans", plan.plans());
    }

    private static SalesPlan readSalesPlan(Fields in) throws IOException {
        ZoneId zone = zone(in, "zone");
        CurrencyUnit currency = in.required("currency", in.type(CurrencyUnit.class));
        List<MonthlyPlan> plans = in.required("plans", in.listOf(MonthlyPlan.class));
        return SalesPlan.of(zone, currency, plans);
    }

    /** Writes a {@link SourceCategoryList} as one object from source to category, sorted by source. */
    static final class SourceCategoryListSerializer extends StdSerializer<SourceCategoryList> {
        private static final long serialVersionUID = 1L;

        SourceCategoryListSerializer() {
            super(SourceCategoryList.class);
        }

        @Override
        public void serialize(SourceCategoryList list, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            gen.writeStartObject();
            for (Map.Entry<String, SourceCategory> entry : list.asMap().entrySet()) {
                gen.writeStringField(entry.getKey(), RecordCodec.snake(entry.getValue()));
            }
            gen.writeEndObject();
        }
    }

    /** Reads a {@link SourceCategoryList} through {@link SourceCategoryList#of}. */
    static final class SourceCategoryListDeserializer extends StdDeserializer<SourceCategoryList> {
        private static final long serialVersionUID = 1L;

        SourceCategoryListDeserializer() {
            super(SourceCategoryList.class);
        }

        @Override
        public SourceCategoryList deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = RecordCodec.readExactTree(p, ctxt);
            if (!node.isObject()) {
                return ctxt.reportInputMismatch(
                        SourceCategoryList.class,
                        "SourceCategoryList must be a JSON object from source to category, such as"
                                + " {\"bing.com\":\"search\"}");
            }
            Map<String, SourceCategory> entries = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                entries.put(entry.getKey(), (SourceCategory)
                        RecordCodec.readEnum(SourceCategory.class, entry.getValue(), ctxt));
            }
            try {
                return SourceCategoryList.of(entries);
            } catch (IllegalArgumentException e) {
                return ctxt.reportInputMismatch(
                        SourceCategoryList.class, "invalid SourceCategoryList: %s", e.getMessage());
            }
        }
    }

    /**
     * A built-in {@link ChannelRule}: {@code {"rule_set":"ga4_v2023","name":"Paid Search",
     * "group":"paid_search"}}; read by looking its name up in the named built-in rule set. Writing
     * any other rule fails.
     */
    static final ObjectForm<ChannelRule> CHANNEL_RULE = new ObjectForm<>(
            ChannelRule.class,
            Set.of("rule_set", "name", "group"),
            MarketingCodecs::writeChannelRule,
            MarketingCodecs::readChannelRule);

    private static void writeChannelRule(ChannelRule rule, ObjectForm.Out out) throws IOException {
        for (Map.Entry<String, List<ChannelRule>> set : RULE_SETS.entrySet()) {
            if (set.getValue().contains(rule)) {
                out.string("rule_set", set.getKey());
                out.string("name", rule.name());
                out.string("group", RecordCodec.snake(rule.group()));
                return;
            }
        }
        out.provider()
                .reportMappingProblem(
                        "cannot write ChannelRule '%s': its condition is Java code, so only the rules of the"
                                + " built-in rule sets %s have a JSON form",
                        rule.name(), RULE_SETS.keySet());
    }

    private static ChannelRule readChannelRule(Fields in) throws IOException {
        String setName = in.required("rule_set", in.type(String.class));
        String name = in.required("name", in.type(String.class));
        ChannelGroup group = in.required("group", in.type(ChannelGroup.class));
        List<ChannelRule> set = RULE_SETS.get(setName);
        if (set == null) {
            return in.ctxt()
                    .reportInputMismatch(
                            ChannelRule.class,
                            "unknown ChannelRule rule_set '%s' (expected one of %s; a rule's condition is code, so only"
                                    + " built-in rules can be read)",
                            shorten(setName),
                            RULE_SETS.keySet());
        }
        List<String> names = new ArrayList<>();
        for (ChannelRule rule : set) {
            if (rule.name().equals(name)) {
                if (rule.group() != group) {
                    return in.ctxt()
                            .reportInputMismatch(
                                    ChannelRule.class,
                                    "ChannelRule '%s' of %s assigns the group '%s', not '%s'",
                                    name,
                                    setName,
                                    RecordCodec.snake(rule.group()),
                                    RecordCodec.snake(group));
                }
                return rule;
            }
            names.add(rule.name());
        }
        return in.ctxt()
                .reportInputMismatch(
                        ChannelRule.class,
                        "unknown ChannelRule '%s' in %s (expected one of %s)",
                        shorten(name),
                        setName,
                        names);
    }
}

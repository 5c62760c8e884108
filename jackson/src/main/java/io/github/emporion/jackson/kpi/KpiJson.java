package io.github.emporion.jackson.kpi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.emporion.metrics.kpi.AmountResult;
import io.github.emporion.metrics.kpi.KpiLabel;
import io.github.emporion.metrics.kpi.KpiResult;
import io.github.emporion.metrics.kpi.MoneyResult;
import io.github.emporion.metrics.kpi.RateResult;
import io.github.emporion.metrics.stats.ConfidenceInterval;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Writes one KPI answer as JSON, the same way for the KPI-from-counts API and the KPI report (see
 * {@link JsonKpiApi} for the shape).
 */
public final class KpiJson {

    private KpiJson() {}

    /**
     * Writes a KPI answer.
     *
     * @param mapper the mapper (with {@link io.github.emporion.jackson.EmporionModule})
     * @param answer the answer
     * @return e.g. {@code {"kpi":"ctr","value":0.0295…,"numerator":57,"denominator":1930,"interval":{…}}}
     */
    public static ObjectNode value(ObjectMapper mapper, KpiValueAnswer answer) {
        ObjectNode node = mapper.createObjectNode().put("kpi", answer.kpi());
        KpiResult result = answer.result();
        KpiLabel label = result.label();
        if (result instanceof RateResult rate) {
            rate.valueRounded(JsonKpiApi.VALUE_DIGITS)
                    .ifPresentOrElse(v -> node.put("value", plain(v)), () -> node.putNull("value"));
            node.put("numerator", plain(rate.numerator()));
            node.put("denominator", plain(rate.denominator()));
        } else if (result instanceof MoneyResult money) {
            money.valueRounded()
                    .ifPresentOrElse(v -> node.set("value", mapper.valueToTree(v)), () -> node.putNull("value"));
            node.set("total", mapper.valueToTree(money.total()));
            node.put("denominator", plain(money.denominator()));
            if (money.perUnits() != 1) {
                node.put("per_units", money.perUnits());
            }
        } else {
            node.set("value", mapper.valueToTree(((AmountResult) result).value()));
        }
        result.undefinedReason().ifPresent(reason -> node.put("undefined", true).put("reason", reason));
        if (!label.variant().equals(KpiLabel.DEFAULT_VARIANT)) {
            node.put("variant", label.variant());
        }
        answer.interval().ifPresent(interval -> node.set("interval", interval(mapper, interval)));
        return node;
    }

    private static ObjectNode interval(ObjectMapper mapper, ConfidenceInterval interval) {
        return mapper.createObjectNode()
                .put("method", interval.method().name().toLowerCase(Locale.ROOT))
                .put("level", interval.confidence())
                .put("lower", interval.lower())
                .put("upper", interval.upper());
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    }
}

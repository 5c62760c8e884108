package io.github.emporion.jackson;

import io.github.emporion.metrics.attribution.AttributionResult;
import io.github.emporion.metrics.attribution.ShapleyModel;
import io.github.emporion.metrics.attribution.ShapleyResult;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * JSON for the final classes of {@code io.github.emporion.metrics.attribution} that are not
 * records, read through their public factories so their rules hold:
 *
 * <ul>
 *   <li>{@link ShapleyResult}: {@code {"model":{"game":"exact_set_conversion_rate",...},
 *       "attribution":{...},"coalitions":[{"channels":["A","B"],"conversions":2.0,"value":20.0,
 *       "journeys":3.0,"credited_conversions":[0.5,1.5],"credited_value":[5.0,15.0]}]}} — the
 *       fitted model, its channel totals and, for the exact-set games, every coalition key with its
 *       totals and its game's credits (empty credits for a key without conversions); read through
 *       {@link ShapleyResult#of}, so an attribution of another model, a key that is not the model's
 *       or credits of the wrong length are rejected.
 * </ul>
 */
final class AttributionCodecs {

    private AttributionCodecs() {}

    /**
     * A {@link ShapleyResult}: {@code {"model":{...},"attribution":{...},"coalitions":[...]}}, read
     * through {@link ShapleyResult#of}.
     */
    static final ObjectForm<ShapleyResult> SHAPLEY_RESULT = new ObjectForm<>(
            ShapleyResult.class,
            Set.of("model", "attribution", "coalitions"),
            AttributionCodecs::writeShapleyResult,
            AttributionCodecs::readShapleyResult);

    private static void writeShapleyResult(ShapleyResult result, ObjectForm.Out out) throws IOException {
        out.field("model", result.model());
        out.field("attribution", result.attribution());
        out.field("coalitions", result.coalitions());
    }

    private static ShapleyResult readShapleyResult(Fields in) throws IOException {
        ShapleyModel model = in.required("model", in.type(ShapleyModel.class));
        AttributionResult attribution = in.required("attribution", in.type(AttributionResult.class));
        List<ShapleyResult.Coalition> coalitions = in.required("coalitions", in.listOf(ShapleyResult.Coalition.class));
        return ShapleyResult.of(model, attribution, coalitions);
    }
}

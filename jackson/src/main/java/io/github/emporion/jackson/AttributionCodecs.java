package io.github.emporion.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
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

    /** Writes a {@link ShapleyResult}: model, attribution and coalitions. */
    static final class ShapleyResultSerializer extends StdSerializer<ShapleyResult> {
        private static final long serialVersionUID = 1L;

        ShapleyResultSerializer() {
            super(ShapleyResult.class);
        }

        @Override
        public void serialize(ShapleyResult result, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeFieldName("model");
            provider.defaultSerializeValue(result.model(), gen);
            gen.writeFieldName("attribution");
            provider.defaultSerializeValue(result.attribution(), gen);
            gen.writeFieldName("coalitions");
            provider.defaultSerializeValue(result.coalitions(), gen);
            gen.writeEndObject();
        }
    }

    /** Reads a {@link ShapleyResult} through {@link ShapleyResult#of}. */
    static final class ShapleyResultDeserializer extends StdDeserializer<ShapleyResult> {
        private static final long serialVersionUID = 1L;

        ShapleyResultDeserializer() {
            super(ShapleyResult.class);
        }

        @Override
        public ShapleyResult deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Fields in = Fields.of(
                    ShapleyResult.class,
                    RecordCodec.readExactTree(p, ctxt),
                    Set.of("model", "attribution", "coalitions"),
                    ctxt);
            ShapleyModel model = in.required("model", in.type(ShapleyModel.class));
            AttributionResult attribution = in.required("attribution", in.type(AttributionResult.class));
            List<ShapleyResult.Coalition> coalitions =
                    in.required("coalitions", in.listOf(ShapleyResult.Coalition.class));
            try {
                return ShapleyResult.of(model, attribution, coalitions);
            } catch (IllegalArgumentException e) {
                return ctxt.reportInputMismatch(ShapleyResult.class, "invalid ShapleyResult: %s", e.getMessage());
            }
        }
    }
}

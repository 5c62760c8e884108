package io.github.emporion.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A small JSON Schema 2020-12 validator for the keywords Emporion's schemas use ({@code type,
 * properties, required, additionalProperties, items, enum, const, oneOf, $ref} to {@code #/$defs},
 * {@code minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, minItems, maxItems, pattern});
 * any other keyword fails the check, so a schema cannot silently use something unvalidated. Test
 * code only: no well-kept validator is available offline, and the library must not depend on one.
 */
public final class MiniSchemaValidator {

    private static final Set<String> KNOWN = Set.of(
            "$schema",
            "$id",
            "$defs",
            "title",
            "description",
            "format",
            "type",
            "properties",
            "required",
            "additionalProperties",
            "items",
            "enum",
            "const",
            "oneOf",
            "$ref",
            "minimum",
            "maximum",
            "exclusiveMinimum",
            "exclusiveMaximum",
            "multipleOf",
            "minItems",
            "maxItems",
            "pattern");

    private final JsonNode root;

    private MiniSchemaValidator(JsonNode root) {
        this.root = root;
    }

    /**
     * Loads a schema shipped in the jar.
     *
     * @param name e.g. {@code kpi-request.schema.json}
     * @return the validator
     * @throws Exception if the schema cannot be read
     */
    public static MiniSchemaValidator load(String name) throws Exception {
        try (InputStream in = Objects.requireNonNull(
                MiniSchemaValidator.class.getResourceAsStream("/io/github/emporion/jackson/schema/" + name), name)) {
            return new MiniSchemaValidator(new ObjectMapper().readTree(in));
        }
    }

    /**
     * Returns the schema tree.
     *
     * @return the root
     */
    public JsonNode schema() {
        return root;
    }

    /**
     * Validates an instance.
     *
     * @param instance the instance
     * @return the violations, empty when valid
     */
    public List<String> validate(JsonNode instance) {
        List<String> errors = new ArrayList<>();
        check(root, instance, "", errors);
        return errors;
    }

    private void check(JsonNode schema, JsonNode value, String at, List<String> errors) {
        for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
            String keyword = it.next();
            if (!KNOWN.contains(keyword)) {
                errors.add(at + ": schema keyword not supported by this test validator: " + keyword);
            }
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (!ref.startsWith("#/$defs/")) {
                errors.add(at + ": unsupported $ref " + ref);
                return;
            }
            check(root.get("$defs").get(ref.substring(8)), value, at, errors);
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            errors.add(at + ": expected type " + schema.get("type") + " but was " + value.getNodeType());
            return;
        }
        if (schema.has("const") && !equal(schema.get("const"), value)) {
            errors.add(at + ": expected " + schema.get("const") + " but was " + value);
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode option : schema.get("enum")) {
                found |= equal(option, value);
            }
            if (!found) {
                errors.add(at + ": " + value + " not in " + schema.get("enum"));
            }
        }
        if (schema.has("oneOf")) {
            int matches = 0;
            for (JsonNode option : schema.get("oneOf")) {
                List<String> sub = new ArrayList<>();
                check(option, value, at, sub);
                matches += sub.isEmpty() ? 1 : 0;
            }
            if (matches != 1) {
                errors.add(at + ": matches " + matches + " of the oneOf alternatives, not exactly 1: " + value);
            }
        }
        if (value.isNumber()) {
            BigDecimal number = value.decimalValue();
            if (schema.has("minimum") && number.compareTo(schema.get("minimum").decimalValue()) < 0) {
                errors.add(at + ": below minimum");
            }
            if (schema.has("maximum") && number.compareTo(schema.get("maximum").decimalValue()) > 0) {
                errors.add(at + ": above maximum");
            }
            if (schema.has("exclusiveMinimum")
                    && number.compareTo(schema.get("exclusiveMinimum").decimalValue()) <= 0) {
                errors.add(at + ": not above exclusiveMinimum");
            }
            if (schema.has("exclusiveMaximum")
                    && number.compareTo(schema.get("exclusiveMaximum").decimalValue()) >= 0) {
                errors.add(at + ": not below exclusiveMaximum");
            }
            if (schema.has("multipleOf")
                    && number.remainder(schema.get("multipleOf").decimalValue()).signum() != 0) {
                errors.add(at + ": not a multiple of " + schema.get("multipleOf"));
            }
        }
        if (value.isTextual()
                && schema.has("pattern")
                && !value.asText().matches(".*(" + schema.get("pattern").asText() + ").*")) {
            errors.add(at + ": '" + value.asText() + "' does not match " + schema.get("pattern"));
        }
        if (value.isArray()) {
            if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
                errors.add(at + ": fewer than minItems");
            }
            if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
                errors.add(at + ": more than maxItems");
            }
            if (schema.has("items")) {
                for (int i = 0; i < value.size(); i++) {
                    check(schema.get("items"), value.get(i), at + "/" + i, errors);
                }
            }
        }
        if (value.isObject()) {
            JsonNode properties = schema.path("properties");
            if (schema.has("required")) {
                for (JsonNode name : schema.get("required")) {
                    if (!value.has(name.asText())) {
                        errors.add(at + ": missing required " + name.asText());
                    }
                }
            }
            for (Iterator<String> it = value.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (properties.has(name)) {
                    check(properties.get(name), value.get(name), at + "/" + name, errors);
                } else if (schema.has("additionalProperties")
                        && !schema.get("additionalProperties").asBoolean(true)) {
                    errors.add(at + ": property not allowed: " + name);
                }
            }
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(t, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "number" -> value.isNumber();
            case "integer" ->
                value.isIntegralNumber()
                        || (value.isNumber()
                                && value.decimalValue().stripTrailingZeros().scale() <= 0);
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> false;
        };
    }

    private static boolean equal(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }
}

package io.github.emporion.jackson;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The properties of one JSON object, read with errors that name the owner and the property: the
 * helper of the hand-written deserialisers of non-record classes (the reader of every {@link
 * ObjectForm}). {@link #of} rejects unknown properties; {@link #required} a missing or null one.
 *
 * @param owner the class being read, named in error messages
 * @param node the JSON object
 * @param ctxt the deserialisation context
 */
record Fields(Class<?> owner, JsonNode node, DeserializationContext ctxt) {

    static Fields of(Class<?> owner, JsonNode node, Set<String> names, DeserializationContext ctxt) throws IOException {
        if (!node.isObject()) {
            ctxt.reportInputMismatch(owner, "%s must be a JSON object", owner.getSimpleName());
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!names.contains(name)) {
                ctxt.reportInputMismatch(
                        owner,
                        "unknown property '%s' in %s (expected %s)",
                        name.length() <= 40 ? name : name.substring(0, 40) + "…",
                        owner.getSimpleName(),
                        new java.util.TreeSet<>(names));
            }
        }
        return new Fields(owner, node, ctxt);
    }

    JavaType type(Class<?> raw) {
        return ctxt.getTypeFactory().constructType(raw);
    }

    JavaType listOf(Class<?> element) {
        TypeFactory types = ctxt.getTypeFactory();
        return types.constructCollectionType(List.class, element);
    }

    <T> T required(String name, JavaType type) throws IOException {
        T value = optional(name, type);
        if (value == null) {
            return ctxt.reportInputMismatch(owner, "%s is missing the property '%s'", owner.getSimpleName(), name);
        }
        return value;
    }

    <T> @Nullable T optional(String name, JavaType type) throws IOException {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : ctxt.readTreeAsValue(value, type);
    }
}

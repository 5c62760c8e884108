package io.github.emporion.jackson.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.money.MonetaryAmount;

/**
 * Reads typed values from a request tree while collecting every problem with its JSON Pointer,
 * so that one reply lists all mistakes. Each reader method returns empty (and records a problem)
 * when the value is missing or wrong; call {@link #throwIfProblems()} before computing anything.
 */
public final class RequestReader {

    /** Counts beyond this are rejected: sums of them must still fit a {@code long}. */
    public static final long MAX_COUNT = 1_000_000_000_000_000L;

    private final ObjectMapper mapper;
    private final List<ApiProblem> problems = new ArrayList<>();

    /**
     * Creates a reader.
     *
     * @param mapper a mapper with {@link io.github.emporion.jackson.EmporionModule}, used for money
     */
    public RequestReader(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /**
     * Records a problem.
     *
     * @param pointer where
     * @param message what
     */
    public void problem(String pointer, String message) {
        problems.add(new ApiProblem(pointer, message));
    }

    /**
     * Returns the problems recorded so far.
     *
     * @return the problems
     */
    public List<ApiProblem> problems() {
        return List.copyOf(problems);
    }

    /**
     * Throws an invalid-request {@link ApiException} listing every recorded problem, if any.
     *
     * @throws ApiException if a problem was recorded
     */
    public void throwIfProblems() {
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
    }

    /**
     * Requires an object and reports every property not in {@code allowed}.
     *
     * @param node the node
     * @param pointer its pointer
     * @param allowed the property names allowed
     * @return the node if it is an object
     */
    public Optional<JsonNode> object(JsonNode node, String pointer, Set<String> allowed) {
        if (!node.isObject()) {
            problem(pointer, "must be an object but was " + describe(node));
            return Optional.empty();
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problem(
                        ApiProblem.child(pointer, name),
                        "unknown property '" + shorten(name) + "' (allowed: "
                                + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
        return Optional.of(node);
    }

    /**
     * Requires a non-empty array under {@code name}.
     *
     * @param parent the object
     * @param pointer the object's pointer
     * @param name the property
     * @param maxSize the most elements allowed
     * @return the array's elements
     */
    public List<JsonNode> array(JsonNode parent, String pointer, String name, int maxSize) {
        JsonNode node = parent.get(name);
        String at = ApiProblem.child(pointer, name);
        if (node == null) {
            problem(at, "required property '" + name + "' is missing");
            return List.of();
        }
        if (!node.isArray()) {
            problem(at, "must be an array but was " + describe(node));
            return List.of();
        }
        if (node.size() > maxSize) {
            problem(at, "must have at most " + maxSize + " elements but has " + node.size());
            return List.of();
        }
        List<JsonNode> elements = new ArrayList<>(node.size());
        node.elements().forEachRemaining(elements::add);
        return elements;
    }

    /**
     * Reads a required string.
     *
     * @param parent the object
     * @param pointer the object's pointer
     * @param name the property
     * @return the string
     */
    public Optional<String> text(JsonNode parent, String pointer, String name) {
        return required(parent, pointer, name).flatMap(node -> textValue(node, ApiProblem.child(pointer, name)));
    }

    /**
     * Reads a string value.
     *
     * @param node the node
     * @param pointer its pointer
     * @return the string
     */
    public Optional<String> textValue(JsonNode node, String pointer) {
        if (!node.isTextual()) {
            problem(pointer, "must be a string but was " + describe(node));
            return Optional.empty();
        }
        return Optional.of(node.textValue());
    }

    /**
     * Reads a whole, non-negative count ({@code 57}, also {@code 57.0}) up to {@link #MAX_COUNT}.
     *
     * @param node the node
     * @param pointer its pointer
     * @return the count
     */
    public Optional<Long> count(JsonNode node, String pointer) {
        return decimal(node, pointer).flatMap(value -> {
            if (value.signum() < 0) {
                problem(pointer, "must not be negative but was " + value.toPlainString());
                return Optional.empty();
            }
            if (value.compareTo(BigDecimal.valueOf(MAX_COUNT)) > 0) {
                problem(pointer, "must be at most " + MAX_COUNT + " but was " + shorten(value.toString()));
                return Optional.empty();
            }
            try {
                return Optional.of(value.longValueExact());
            } catch (ArithmeticException notWhole) {
                problem(pointer, "must be a whole number but was " + value.toPlainString());
                return Optional.empty();
            }
        });
    }

    /**
     * Reads an exact decimal number (a JSON number, never a string), rejecting absurd exponents.
     *
     * @param node the node
     * @param pointer its pointer
     * @return the number
     */
    public Optional<BigDecimal> decimal(JsonNode node, String pointer) {
        if (!node.isNumber()) {
            problem(pointer, "must be a number but was " + describe(node));
            return Optional.empty();
        }
        BigDecimal value;
        try {
            value = node.decimalValue();
        } catch (NumberFormatException e) {
            problem(pointer, "must be a number within range");
            return Optional.empty();
        }
        if (value.precision() - value.scale() > 30 || value.scale() > 30) {
            problem(
                    pointer,
                    "must have at most 30 integer and 30 fraction digits but was " + shorten(value.toString()));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /**
     * Reads a confidence level strictly between 0 and 1.
     *
     * @param node the node
     * @param pointer its pointer
     * @return the level
     */
    public Optional<Double> level(JsonNode node, String pointer) {
        return decimal(node, pointer).flatMap(value -> {
            double level = value.doubleValue();
            if (!(level > 0 && level < 1)) {
                problem(pointer, "must be strictly between 0 and 1 but was " + value.toPlainString());
                return Optional.empty();
            }
            return Optional.of(level);
        });
    }

    /**
     * Reads money ({@code {"amount":"12.30","currency":"EUR"}}).
     *
     * @param node the node
     * @param pointer its pointer
     * @return the amount
     */
    public Optional<MonetaryAmount> money(JsonNode node, String pointer) {
        try {
            return Optional.of(mapper.treeToValue(node, MonetaryAmount.class));
        } catch (MismatchedInputException e) {
            problem(pointer, e.getOriginalMessage());
        } catch (IOException | RuntimeException e) {
            problem(pointer, "must be money {\"amount\":\"12.30\",\"currency\":\"EUR\"}");
        }
        return Optional.empty();
    }

    /**
     * Reads an ISO-8601 instant such as {@code 2026-03-01T00:00:00Z}.
     *
     * @param node the node
     * @param pointer its pointer
     * @return the instant
     */
    public Optional<Instant> instant(JsonNode node, String pointer) {
        return textValue(node, pointer).flatMap(text -> {
            try {
                return Optional.of(Instant.parse(text));
            } catch (DateTimeParseException e) {
                problem(
                        pointer,
                        "must be an ISO-8601 instant like 2026-03-01T00:00:00Z but was '" + shorten(text) + "'");
                return Optional.empty();
            }
        });
    }

    /**
     * Reads a time-zone id such as {@code Europe/Athens}.
     *
     * @param node the node
     * @param pointer its pointer
     * @return the zone
     */
    public Optional<ZoneId> zone(JsonNode node, String pointer) {
        return textValue(node, pointer).flatMap(text -> {
            try {
                return Optional.of(ZoneId.of(text));
            } catch (RuntimeException e) {
                problem(pointer, "must be a time-zone id like Europe/Athens but was '" + shorten(text) + "'");
                return Optional.empty();
            }
        });
    }

    /**
     * Reads an enum constant written in snake_case, e.g. {@code half_even} for {@code HALF_EVEN}.
     *
     * @param node the node
     * @param pointer its pointer
     * @param type the enum type
     * @param <E> the enum type
     * @return the constant
     */
    public <E extends Enum<E>> Optional<E> enumValue(JsonNode node, String pointer, Class<E> type) {
        return textValue(node, pointer).flatMap(text -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().toLowerCase(Locale.ROOT).equals(text)) {
                    return Optional.of(constant);
                }
            }
            List<String> known = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                known.add(constant.name().toLowerCase(Locale.ROOT));
            }
            problem(pointer, "unknown value '" + shorten(text) + "' (known: " + String.join(", ", known) + ")");
            return Optional.empty();
        });
    }

    /**
     * Reads a whole number in {@code [min, max]}.
     *
     * @param node the node
     * @param pointer its pointer
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @return the number
     */
    public Optional<Integer> integer(JsonNode node, String pointer, int min, int max) {
        return decimal(node, pointer).flatMap(value -> {
            if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
                problem(pointer, "must be between " + min + " and " + max + " but was " + shorten(value.toString()));
                return Optional.empty();
            }
            try {
                return Optional.of(value.intValueExact());
            } catch (ArithmeticException notWhole) {
                problem(pointer, "must be a whole number but was " + value.toPlainString());
                return Optional.empty();
            }
        });
    }

    /**
     * Returns a required property, recording a problem when it is missing or null.
     *
     * @param parent the object
     * @param pointer the object's pointer
     * @param name the property
     * @return the property's node
     */
    public Optional<JsonNode> required(JsonNode parent, String pointer, String name) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            problem(ApiProblem.child(pointer, name), "required property '" + name + "' is missing");
            return Optional.empty();
        }
        return Optional.of(node);
    }

    /**
     * Returns an optional property (absent or JSON null gives empty).
     *
     * @param parent the object
     * @param name the property
     * @return the property's node
     */
    public static Optional<JsonNode> optional(JsonNode parent, String name) {
        JsonNode node = parent.get(name);
        return node == null || node.isNull() ? Optional.empty() : Optional.of(node);
    }

    /**
     * Names the JSON type of a node for messages.
     *
     * @param node the node
     * @return e.g. {@code a string}
     */
    public static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> "nothing";
        };
    }

    /**
     * Cuts a text from the request to at most 40 characters for an error message.
     *
     * @param text the text
     * @return the text or its first 40 characters followed by an ellipsis
     */
    public static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}

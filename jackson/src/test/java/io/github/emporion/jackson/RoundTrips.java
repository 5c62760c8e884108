package io.github.emporion.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiPredicate;
import java.util.function.Function;

/** The round-trip check every round-trip test class runs over its list of generators. */
final class RoundTrips {

    /** Valid instances drawn from each generator. */
    static final int CASES = 300;

    private RoundTrips() {}

    /**
     * Draws {@link #CASES} valid instances from each generator (a draw its constructor rejects with
     * an {@code IllegalArgumentException} is not a round-trip case and is drawn again, up to twenty
     * times as often), writes each to JSON, reads it back as its class, and asserts that it equals
     * the original and is written again to the same JSON.
     *
     * @param mapper the mapper with {@link EmporionModule}
     * @param generators functions from a seeded random source to a random valid instance
     * @param seed the seed, named in every failure
     */
    static void assertEveryDrawRoundTrips(ObjectMapper mapper, List<Function<Random, Object>> generators, long seed)
            throws Exception {
        assertEveryDrawRoundTrips(
                mapper, generators, seed, value -> mapper.constructType(value.getClass()), Object::equals);
    }

    /**
     * As {@link #assertEveryDrawRoundTrips(ObjectMapper, List, long)}, reading each value back as
     * the type {@code typeOf} gives (a generic record with its type arguments) and comparing with
     * {@code equal}.
     *
     * @param mapper the mapper with {@link EmporionModule}
     * @param generators functions from a seeded random source to a random valid instance
     * @param seed the seed, named in every failure
     * @param typeOf the type to read a value back as
     * @param equal whether the value read back equals the original
     */
    static void assertEveryDrawRoundTrips(
            ObjectMapper mapper,
            List<Function<Random, Object>> generators,
            long seed,
            Function<Object, JavaType> typeOf,
            BiPredicate<Object, Object> equal)
            throws Exception {
        Random random = new Random(seed);
        List<String> failures = new ArrayList<>();
        for (int g = 0; g < generators.size(); g++) {
            int done = 0;
            for (int attempt = 0; done < CASES && attempt < 20 * CASES; attempt++) {
                Object value;
                try {
                    value = generators.get(g).apply(random);
                } catch (IllegalArgumentException invalidDraw) {
                    continue;
                }
                done++;
                String json = mapper.writeValueAsString(value);
                Object back = mapper.readValue(json, typeOf.apply(value));
                if (!equal.test(value, back)) {
                    failures.add(
                            "generator " + g + ", " + value.getClass().getSimpleName() + " read back unequal: " + json);
                } else if (!json.equals(mapper.writeValueAsString(back))) {
                    failures.add("generator " + g + ", " + value.getClass().getSimpleName()
                            + " written again differently: " + json);
                }
            }
            assertThat(done).as("seed %d: valid draws of generator %d", seed, g).isEqualTo(CASES);
        }
        assertThat(failures).as("seed %d", seed).isEmpty();
    }
}

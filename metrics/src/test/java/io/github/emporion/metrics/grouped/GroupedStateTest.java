package io.github.emporion.metrics.grouped;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/** {@code state()} and {@code mergeState(...)} carry an accumulator's whole state. */
class GroupedStateTest {

    private static final String[] KEYS = {"search", "email", "social", "display"};

    /** Splits rows at a random point; rebuilds the first part from its state and merges the second. */
    private static <T, S, A extends GroupedAccumulator<String, T, ?, S, A>> void assertStateRoundTrip(
            long seed, Function<Random, T> rows, Supplier<A> zero) {
        Random random = new Random(seed);
        for (int trial = 0; trial < 200; trial++) {
            int size = random.nextInt(300);
            int cut = random.nextInt(size + 1);
            A single = zero.get();
            A first = zero.get();
            A second = zero.get();
            for (int i = 0; i < size; i++) {
                T row = rows.apply(random);
                single.add(row);
                (i < cut ? first : second).add(row);
            }
            A rebuilt = zero.get().mergeState(first.state()).merge(second);

            assertThat(rebuilt.result())
                    .as("seed %d, trial %d, %d rows cut at %d", seed, trial, size, cut)
                    .isEqualTo(single.result());
        }
    }

    @Test
    void mergeState_marketing_equalsSinglePass() {
        assertStateRoundTrip(
                21L,
                r -> new MarketingFact<>(
                        KEYS[r.nextInt(KEYS.length)],
                        100,
                        r.nextInt(100),
                        r.nextInt(5),
                        Monetary.getCurrency("JPY"),
                        r.nextInt(1_000_000),
                        r.nextInt(1_000_000)),
                () -> MarketingKpiAccumulator.<String>of("JPY"));
    }

    @Test
    void mergeState_carts_equalsSinglePass() {
        assertStateRoundTrip(
                24L,
                r -> new CartFact<>(KEYS[r.nextInt(KEYS.length)], r.nextBoolean()),
                CartKpiAccumulator<String>::new);
    }

    @Test
    void mergeState_engagement_equalsSinglePass() {
        assertStateRoundTrip(
                25L,
                r -> EngagementFact.of(
                        KEYS[r.nextInt(KEYS.length)],
                        1000,
                        r.nextInt(1000),
                        r.nextInt(50),
                        io.github.emporion.money.Monies.ofMinorUnits(r.nextInt(100_000), Monetary.getCurrency("KWD"))),
                () -> EngagementKpiAccumulator.<String>of("KWD"));
    }

    @Test
    void mergeState_sessions_equalsSinglePass() {
        assertStateRoundTrip(
                22L,
                r -> new SessionFact<>(
                        KEYS[r.nextInt(KEYS.length)],
                        r.nextBoolean(),
                        r.nextBoolean(),
                        r.nextBoolean(),
                        r.nextBoolean(),
                        r.nextBoolean(),
                        r.nextBoolean()),
                SessionKpiAccumulator<String>::new);
    }

    @Test
    void mergeState_orders_equalsSinglePass() {
        assertStateRoundTrip(
                23L,
                r -> {
                    long gross = r.nextInt(100_000);
                    return new OrderFact<>(
                            KEYS[r.nextInt(KEYS.length)],
                            Monetary.getCurrency("KWD"),
                            2 + r.nextInt(5),
                            r.nextInt(2),
                            gross,
                            r.nextInt(1000),
                            r.nextInt(2000),
                            r.nextInt(500),
                            r.nextInt(300),
                            gross / 2,
                            r.nextInt(10) == 0);
                },
                () -> OrderKpiAccumulator.<String>of("KWD"));
    }

    @Test
    void state_sessions_listsTheCountersInSummaryOrder() {
        SessionKpiAccumulator<String> acc = new SessionKpiAccumulator<>();
        acc.add(new SessionFact<>("email", true, false, true, true, false, false));
        acc.add(new SessionFact<>("email", false, true, false, true, true, true));

        // sessions 2, engaged 1, single-page 1, converting 1, then the closed funnel: viewed 1,
        // cart 1 (the second session skipped the product view), checkout 0, purchase 0
        assertThat(acc.state()).containsOnlyKeys("email");
        assertThat(acc.state().get("email")).containsExactly(2, 1, 1, 1, 1, 1, 0, 0);
    }

    @Test
    void mergeState_badCounters_areRejectedWithoutChange() {
        SessionKpiAccumulator<String> acc = new SessionKpiAccumulator<>();
        acc.add(new SessionFact<>("email", true, false, false, false, false, false));
        Map<String, long[]> before = acc.state();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> acc.mergeState(Map.of("search", new long[3])))
                .withMessageContaining("8 counters");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> acc.mergeState(Map.of("search", new long[] {1, 0, 0, 0, 0, 0, 0, -1})))
                .withMessageContaining("must not be negative");
        assertThat(acc.state()).containsOnlyKeys(List.copyOf(before.keySet()).toArray(String[]::new));
        assertThat(acc.state().get("email")).containsExactly(before.get("email"));
    }
}

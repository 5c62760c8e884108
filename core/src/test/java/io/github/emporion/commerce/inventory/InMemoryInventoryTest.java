package io.github.emporion.commerce.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.emporion.commerce.catalog.Sku;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class InMemoryInventoryTest {
    private static final Sku A = Sku.of("A");
    private static final Sku B = Sku.of("B");
    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void reserveCommitRelease_moveUnitsBetweenOnHandReservedAndAvailable() {
        InMemoryInventory inventory = new InMemoryInventory();
        inventory.receive(A, 10);
        Reservation r = inventory.reserve(A, 3, T0.plusSeconds(900));
        assertThat(inventory.level(A)).isEqualTo(new StockLevel(A, 10, 3));
        assertThat(inventory.level(A).available()).isEqualTo(7);

        // partial shipment: 2 of 3 leave the warehouse, 1 stays reserved
        Reservation rest = inventory.commit(r.id(), 2).orElseThrow();
        assertThat(rest.quantity()).isEqualTo(1);
        assertThat(inventory.level(A)).isEqualTo(new StockLevel(A, 8, 1));

        inventory.release(r.id());
        assertThat(inventory.level(A)).isEqualTo(new StockLevel(A, 8, 0));
        assertThat(inventory.reservation(r.id())).isEmpty();
    }

    @Test
    void reserveAll_insufficientStockOnOneSku_reservesNothing() {
        InMemoryInventory inventory = new InMemoryInventory();
        inventory.receive(A, 5);
        inventory.receive(B, 1);
        Map<Sku, Long> wanted = new LinkedHashMap<>();
        wanted.put(A, 2L);
        wanted.put(B, 2L);
        assertThatThrownBy(() -> inventory.reserveAll(wanted, T0))
                .isInstanceOf(InsufficientStockException.class)
                .hasMessage("not enough stock of B: requested quantity 2 must be <= available 1");
        assertThat(inventory.level(A).reserved()).isZero();
        assertThat(inventory.level(B).reserved()).isZero();
    }

    @Test
    void releaseExpired_releasesOnlyReservationsAtOrBeforeNow() {
        InMemoryInventory inventory = new InMemoryInventory();
        inventory.receive(A, 10);
        Reservation early = inventory.reserve(A, 2, T0);
        Reservation late = inventory.reserve(A, 3, T0.plusSeconds(60));
        assertThat(inventory.releaseExpired(T0)).containsExactly(early);
        assertThat(inventory.level(A)).isEqualTo(new StockLevel(A, 10, 3));
        assertThat(inventory.reservation(late.id())).contains(late);
    }

    @Test
    void badInput_isRejectedWithFieldValueAndRule_stockUnchanged() {
        InMemoryInventory inventory = new InMemoryInventory();
        inventory.receive(A, 4);
        Reservation r = inventory.reserve(A, 2, T0);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> inventory.receive(A, 0))
                .withMessage("quantity of A must be >= 1: 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> inventory.reserve(A, -1, T0))
                .withMessage("quantity of A must be >= 1: -1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> inventory.commit(r.id(), 3))
                .withMessage("commit quantity for reservation " + r.id() + " must be between 1 and 2: 3");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> inventory.release("R999"))
                .withMessage("reservationId must name an open reservation: 'R999' is unknown or closed");
        assertThatThrownBy(() -> inventory.writeOff(A, 3))
                .isInstanceOf(InsufficientStockException.class)
                .hasMessage("not enough stock of A: requested quantity 3 must be <= available 2");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new StockLevel(A, 1, 2))
                .withMessage("stock of A reserved must be between 0 and onHand 1: 2");
        assertThatThrownBy(() -> inventory.reserve(B, 1, T0))
                .isInstanceOf(InsufficientStockException.class)
                .hasMessage("not enough stock of B: requested quantity 1 must be <= available 0");
        assertThat(inventory.level(A)).isEqualTo(new StockLevel(A, 4, 2));
        assertThat(inventory.level(B)).isEqualTo(new StockLevel(B, 0, 0));
    }

    /**
     * 8 threads race for 1,000 units of A and 500 of B with random multi-SKU reservations, partial
     * commits and releases. Afterwards: no oversell (every successful reservation had stock), the
     * counts match the ledger kept by the threads, and nothing is negative.
     */
    @Test
    void concurrentReservations_neverOversellAndBalanceExactly() throws Exception {
        InMemoryInventory inventory = new InMemoryInventory();
        inventory.receive(A, 1_000);
        inventory.receive(B, 500);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        AtomicLong committedA = new AtomicLong();
        AtomicLong committedB = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        ConcurrentLinkedQueue<Reservation> open = new ConcurrentLinkedQueue<>();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long seed = 1000 + t;
            futures.add(pool.submit(() -> {
                SplittableRandom random = new SplittableRandom(seed);
                start.await();
                for (int i = 0; i < 2_000; i++) {
                    Map<Sku, Long> wanted = new LinkedHashMap<>();
                    wanted.put(A, (long) random.nextInt(1, 6));
                    if (random.nextBoolean()) {
                        wanted.put(B, (long) random.nextInt(1, 4));
                    }
                    try {
                        for (Reservation r : inventory.reserveAll(wanted, T0)) {
                            switch (random.nextInt(3)) {
                                case 0 -> inventory.release(r.id());
                                case 1 -> {
                                    long q = random.nextLong(1, r.quantity() + 1);
                                    inventory.commit(r.id(), q);
                                    (r.sku().equals(A) ? committedA : committedB).addAndGet(q);
                                    inventory.reservation(r.id()).ifPresent(open::add);
                                }
                                default -> open.add(r);
                            }
                        }
                    } catch (InsufficientStockException e) {
                        refused.incrementAndGet();
                        // give stock back so the race goes on: release one open reservation
                        Reservation r = open.poll();
                        if (r != null) {
                            inventory.release(r.id());
                        }
                    }
                    StockLevel a = inventory.level(A);
                    if (a.reserved() < 0 || a.reserved() > a.onHand()) {
                        throw new AssertionError("seed " + seed + ": inconsistent level " + a);
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        long openA = open.stream()
                .filter(r -> r.sku().equals(A))
                .mapToLong(Reservation::quantity)
                .sum();
        long openB = open.stream()
                .filter(r -> r.sku().equals(B))
                .mapToLong(Reservation::quantity)
                .sum();
        assertThat(inventory.level(A)).isEqualTo(new StockLevel(A, 1_000 - committedA.get(), openA));
        assertThat(inventory.level(B)).isEqualTo(new StockLevel(B, 500 - committedB.get(), openB));
        assertThat(refused.get()).as("the race must hit empty stock sometimes").isPositive();
    }
}

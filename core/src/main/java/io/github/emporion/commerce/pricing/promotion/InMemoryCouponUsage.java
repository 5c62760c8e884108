package io.github.emporion.commerce.pricing.promotion;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** A thread-safe {@link CouponUsage} held in memory. */
public final class InMemoryCouponUsage implements CouponUsage {
    private final ConcurrentHashMap<String, AtomicLong> total = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, AtomicLong> perCustomer = new ConcurrentHashMap<>();

    /** Creates an empty store. */
    public InMemoryCouponUsage() {}

    @Override
    public long timesUsed(String code) {
        AtomicLong n = total.get(Objects.requireNonNull(code, "code"));
        return n == null ? 0 : n.get();
    }

    @Override
    public long timesUsedBy(String code, String customerId) {
        AtomicLong n = perCustomer.get(key(code, customerId));
        return n == null ? 0 : n.get();
    }

    @Override
    public void record(String code, String customerId) {
        String key = key(code, customerId);
        total.computeIfAbsent(code, k -> new AtomicLong()).incrementAndGet();
        perCustomer.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
    }

    private static String key(String code, String customerId) {
        return Objects.requireNonNull(code, "code") + '\u0000' + Objects.requireNonNull(customerId, "customerId");
    }

    @Override
    public String toString() {
        return "InMemoryCouponUsage[" + total.size() + " codes]";
    }
}

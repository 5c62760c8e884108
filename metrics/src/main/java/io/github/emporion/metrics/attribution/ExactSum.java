package io.github.emporion.metrics.attribution;

import java.util.Arrays;

/**
 * An exact sum of doubles (Shewchuk's non-overlapping partials, as in Python's {@code math.fsum}).
 * The sum is kept without rounding error and rounded once, correctly, by {@link #value()}; hence
 * the value does not depend on the order of additions, and merging partial sums is exact. This is
 * what makes the attribution accumulators' split-and-merge law hold bit for bit.
 */
final class ExactSum {

    double[] partials = new double[2];
    int size;

    ExactSum() {}

    /** Adds {@code x} (finite) exactly. */
    void add(double x) {
        if (x == 0.0) {
            return;
        }
        double[] p = partials;
        int i = 0;
        for (int j = 0; j < size; j++) {
            double y = p[j];
            if (Math.abs(x) < Math.abs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) {
                p[i++] = lo;
            }
            x = hi;
        }
        if (i == p.length) {
            partials = p = Arrays.copyOf(p, p.length * 2);
        }
        p[i] = x;
        size = i + 1;
    }

    /** Adds every partial of {@code other} exactly. */
    void add(ExactSum other) {
        double[] p = Arrays.copyOf(other.partials, other.size);
        for (double x : p) {
            add(x);
        }
    }

    /** Returns a copy. */
    ExactSum copy() {
        ExactSum c = new ExactSum();
        c.partials = Arrays.copyOf(partials, Math.max(2, partials.length));
        c.size = size;
        return c;
    }

    /** Returns the exact sum rounded to the nearest double (ties to even). */
    double value() {
        int n = size;
        if (n == 0) {
            return 0.0;
        }
        double[] p = partials;
        double hi = p[--n];
        double lo = 0.0;
        while (n > 0) {
            double x = hi;
            double y = p[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) {
                break;
            }
        }
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr) {
                hi = x;
            }
        }
        return hi;
    }
}

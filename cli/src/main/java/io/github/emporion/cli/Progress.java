package io.github.emporion.cli;

import java.io.PrintWriter;

/**
 * A progress bar on stderr for long inputs. It draws only when stderr is a terminal ({@link
 * System#console()} is present) and the input is long (at least {@link #MIN_BYTES}); in a pipe, a
 * redirect or a test it is silent, so stderr carries only the user's messages.
 */
final class Progress {

    /** Inputs shorter than this (8 MiB) finish too fast to need a bar. */
    static final long MIN_BYTES = 8L << 20;

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final String label;
    private final long total;
    private final PrintWriter err;
    private final boolean enabled;
    private long lastDraw;

    private Progress(String label, long total, PrintWriter err, boolean enabled) {
        this.label = label;
        this.total = total;
        this.err = err;
        this.enabled = enabled;
    }

    /**
     * Starts a bar if stderr is a terminal and the input is long, otherwise a silent one.
     *
     * @param label what is being read, e.g. the file name
     * @param totalBytes the input size, or a negative number if unknown (silent)
     * @param err the error stream
     * @return the progress bar
     */
    static Progress start(String label, long totalBytes, PrintWriter err) {
        return new Progress(label, totalBytes, err, System.console() != null && totalBytes >= MIN_BYTES);
    }

    /**
     * Reports how far the input has been read; redraws at most ten times a second.
     *
     * @param doneBytes bytes read so far
     */
    void update(long doneBytes) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        draw(Math.min(doneBytes, total));
    }

    /** Completes the bar and ends its line. */
    void finish() {
        if (enabled) {
            draw(total);
            err.println();
            err.flush();
        }
    }

    private void draw(long done) {
        int filled = (int) (WIDTH * done / Math.max(1, total));
        err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
                + (100 * done / Math.max(1, total)) + "%");
        err.flush();
    }
}

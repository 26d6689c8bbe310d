package dev.bcfkit.json;

/**
 * A count of the reader's own work on the current thread, for the tests that check that reading
 * grows linearly with the input (docs/SECURITY.md): one unit for every entry of a list, map or
 * record read or skipped, every comparison of two map keys, and every step of a JSON pointer
 * built. Counting is off unless a test turns it on; wall time is never measured.
 */
final class ReaderWork {
    private static final ThreadLocal<long[]> UNITS = ThreadLocal.withInitial(() -> new long[1]);
    /** Whether work is counted; set only by tests. */
    static volatile boolean counting;

    private ReaderWork() {
    }

    /** @param units work done on this thread */
    static void add(long units) {
        if (counting) {
            UNITS.get()[0] += units;
        }
    }

    /** Starts counting on this thread from zero. */
    static void start() {
        counting = true;
        UNITS.get()[0] = 0;
    }

    /** @return the work counted on this thread since {@link #start()} */
    static long units() {
        return UNITS.get()[0];
    }
}

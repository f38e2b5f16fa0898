package kr.roundtable.export;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Whether the user cancelled the export running on this thread. A flag rather than the thread's interrupt alone:
 * libraries on the way (the database driver, POI) may clear an interrupt, and an interrupt closes the file channel
 * under the writer. Writers ask {@link #check()} at each row; {@link SafeFile} asks once more before the move, so a
 * cancelled export never replaces the file, however late the cancel came.
 */
public final class Cancellation {
    private static final ThreadLocal<BooleanSupplier> CURRENT = new ThreadLocal<>();

    private Cancellation() {
    }

    /** Work that writes a file and may throw. */
    @FunctionalInterface
    public interface Work {
        void run() throws java.io.IOException;
    }

    /** Runs {@code work} on this thread with {@code cancelled} as what the writers ask. */
    public static void watching(BooleanSupplier cancelled, Work work) throws java.io.IOException {
        BooleanSupplier before = CURRENT.get();
        CURRENT.set(cancelled);
        try {
            work.run();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }

    public static boolean requested() {
        BooleanSupplier cancelled = CURRENT.get();
        return Thread.currentThread().isInterrupted() || cancelled != null && cancelled.getAsBoolean();
    }

    /** Stops the export here when the user has cancelled it. */
    public static void check() {
        if (requested()) {
            throw new CancellationException("export cancelled");
        }
    }
}

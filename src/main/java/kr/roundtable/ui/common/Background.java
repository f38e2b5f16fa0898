package kr.roundtable.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.concurrent.Task;

/** Runs work off the JavaFX thread and hands the result (or the failure) back on it. */
public final class Background implements AutoCloseable {
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "roundtable-background");
        t.setDaemon(true);
        return t;
    });

    // writes that must happen in the order they were asked for (a draft, then the remark) share one thread
    private final ExecutorService serial = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "roundtable-writer");
        t.setDaemon(true);
        return t;
    });

    /** Like {@link #run}, but one after the other in the order asked. */
    public <T> Task<T> runInOrder(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = task(work, onSuccess, onFailure);
        submit(serial, task);
        return task;
    }

    public <T> Task<T> run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = task(work, onSuccess, onFailure);
        submit(executor, task);
        return task;
    }

    /** Work asked for while the app closes (a timer firing late) is dropped: the window is going away. */
    private static void submit(ExecutorService on, Runnable task) {
        try {
            on.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // nothing to do: the executor was shut down with the window
        }
    }

    private static <T> Task<T> task(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                return work.get();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        return task;
    }

    @Override
    public void close() {
        executor.shutdownNow();
        serial.shutdown();
    }
}

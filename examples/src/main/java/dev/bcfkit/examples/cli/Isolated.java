package dev.bcfkit.examples.cli;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs the work on one file alone, on its own thread, within a deadline, so that one file can
 * never lose the others of a batch: an {@link OutOfMemoryError}, a {@link StackOverflowError}, any
 * other failure or the deadline passing becomes an {@link UnreadableDocument} about that file
 * only. The memory of a file that exhausted the heap is free again once its thread has unwound.
 * Work past its deadline is interrupted and left behind at the lowest priority on a daemon
 * thread; it ends with the tool.
 */
final class Isolated {
    /** The deadline per file when none is given: far beyond the second or so a real file takes. */
    static final int DEFAULT_TIMEOUT_SECONDS = 60;
    /** The longest deadline that may be given: a day. */
    static final int MAX_TIMEOUT_SECONDS = 86_400;

    private final int timeoutSeconds;
    private int started;

    /**
     * @param timeoutSeconds the deadline per file, in seconds
     */
    Isolated(int timeoutSeconds) {
        this.timeoutSeconds = timeoutSeconds;
    }

    /**
     * Reads {@code --timeout}.
     *
     * @param args the parsed arguments of a command that has the option
     * @return the deadline per file, in seconds
     * @throws UsageException if it is not a whole number of seconds from 1 to a day
     */
    static Isolated of(Arguments args) {
        String text = args.value("timeout");
        return new Isolated(text == null ? DEFAULT_TIMEOUT_SECONDS
                : Numbers.whole(args.command(), "--timeout", text, 1, MAX_TIMEOUT_SECONDS));
    }

    /**
     * @param work the work on one file
     * @param <T> its result
     * @return the result
     * @throws UnreadableDocument if it failed, ran out of memory or stack, or took too long
     * @throws RuntimeException as the work threw it
     */
    <T> T run(Supplier<T> work) {
        FutureTask<T> task = new FutureTask<>(work::get);
        Thread thread = new Thread(task, "bcf-file-" + ++started);
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            throw new UnreadableDocument("not checked within the time limit of " + timeoutSeconds
                    + (timeoutSeconds == 1 ? " second" : " seconds") + " (--timeout); skipped");
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new UnreadableDocument("interrupted before it was checked");
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
    }

    private static RuntimeException failure(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof OutOfMemoryError) {
            return new UnreadableDocument("out of memory while reading or checking it; skipped (the other files"
                    + " are still checked; a larger heap, such as BCF_JAVA_OPTS=-Xmx1g, may help)");
        }
        return new UnreadableDocument(Failures.message(cause));
    }
}

package tally.command.writer;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.LongConsumer;
import tally.eventstore.AppendResult;
import tally.eventstore.CommandIdReused;
import tally.eventstore.DiskFull;
import tally.eventstore.VersionConflict;

/**
 * Whether the log took the writer's last append, and how long each took: for the server's
 * readiness check and its metrics. Learnt from the appends themselves rather than by probing
 * the log, so that asking costs nothing ({@code /health} asks on every call): a log that fails
 * shows from its first failed append until one is taken again (as after a full disk is freed).
 * A version conflict or a reused id is the log's answer, not a failure to write it; a full disk
 * is the store's own to tell ({@code EventStore.writeProblem()}: it clears by itself once space
 * is freed, with no append needed).
 */
public final class LogWrites {
    private static final LongConsumer NOBODY = nanos -> { };

    private volatile String failure;
    private volatile LongConsumer latency = NOBODY;

    /** Null while the last append was taken; else why the last one was not (a class name). */
    public String failure() {
        return failure;
    }

    /** Told each taken append's time, in nanoseconds, from hand-over to its durable answer. */
    public void onLatency(LongConsumer nanos) {
        latency = nanos == null ? NOBODY : nanos;
    }

    /** The same append, watched from now until it is answered. */
    CompletableFuture<AppendResult> watch(CompletableFuture<AppendResult> append) {
        long handedOver = System.nanoTime();
        append.whenComplete((result, error) -> {
            if (result != null) {
                taken(System.nanoTime() - handedOver);
            } else {
                failed(error instanceof CompletionException ? error.getCause() : error);
            }
        });
        return append;
    }

    void taken(long nanos) {
        if (failure != null) {
            failure = null;
        }
        latency.accept(nanos);
    }

    void failed(Throwable cause) {
        if (!(cause instanceof VersionConflict || cause instanceof CommandIdReused
                || cause instanceof DiskFull || cause instanceof IllegalArgumentException)) {
            failure = cause.getClass().getSimpleName();
        }
    }
}

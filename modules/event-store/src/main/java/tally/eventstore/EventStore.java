package tally.eventstore;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import tally.events.StoredEvent;

/**
 * The append-only log. One writer hands out positions in commit order, so the log is gapless and
 * a reader never sees position 11 before 10. Kept behind this interface so the same modules can
 * run on another database later (docs/design.md, "Growing past one machine").
 */
public interface EventStore extends AutoCloseable {

    /**
     * Queues an append for the single writer. The future completes only after the batch holding
     * it has committed; it fails with {@link VersionConflict}, {@link CommandIdReused} or
     * {@link EventStoreException}, and in each of those cases nothing of it was stored (one
     * exception: an {@link EventStoreException} saying the disk did not confirm it; a retry with
     * the same command id then returns the first answer). A request the log
     * cannot hold (a stream over 100 characters, a command id or user over 64, a fingerprint over
     * 128) fails at once with {@link IllegalArgumentException}.
     *
     * <p>The future is completed on the store's confirming thread: a stage attached without
     * {@code ...Async} runs there and holds up every other append, so keep it short.
     */
    CompletableFuture<AppendResult> append(AppendRequest request);

    /** {@link #append} and wait; rethrows the typed failure unwrapped. */
    default AppendResult appendAndWait(AppendRequest request) {
        try {
            return append(request).join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** Every event of one stream, in version order. */
    List<StoredEvent> readStream(String stream);

    /** Up to {@code limit} events after {@code afterPosition}, in position order. */
    List<StoredEvent> readAll(long afterPosition, int limit);

    /** The position of the last committed event, 0 for an empty log. */
    long headPosition();

    /** The first answer given to a command id, if that id has been seen. */
    Optional<AppendResult> findCommand(String commandId);

    /** The doorbell rung after each commit. */
    Doorbell doorbell();

    /**
     * Why the log takes no appends now (a full disk, naming the data folder), or empty while it
     * takes them. It clears by itself once the cause is gone.
     */
    default Optional<String> writeProblem() {
        return Optional.empty();
    }

    /**
     * Whether other nodes may append to this log too (PostgreSQL), so that a version this node
     * expects can be taken by another between its decision and its append. False for H2: one
     * process holds the file, and every append goes through this store.
     */
    default boolean sharedWithOtherNodes() {
        return false;
    }

    /**
     * The lease of a role named {@code role} that one node at a time plays for this log
     * ({@link NodeLease}); each call makes a lease of its own, not yet held. On a log no other
     * node shares, a lease always held.
     */
    default NodeLease lease(String role) {
        return NodeLease.ALWAYS_HELD;
    }

    /** Answers what is queued, stops the writer, and closes the database. */
    @Override
    void close();
}

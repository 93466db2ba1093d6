package tally.command.writer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The streams with an append still on its way to the log, and the commands that wait for them
 * on a log several nodes share ({@link tally.eventstore.EventStore#sharedWithOtherNodes}). The
 * writer decides a stream's next command on its aggregate before the last append has settled,
 * with that append's events applied. If another node wrote the same version meanwhile, the first
 * append is refused, but the next one, decided on the never-logged events and expecting the
 * version the other node's event holds, would be taken: a reservation above what the bin held
 * was found so (AllocationOnTwoNodesTest). So on a shared log a stream's next command waits
 * until its append has settled, from the first command on: whether another node has written yet
 * is known only once its doorbell is heard, too late for the first clash. On a log one writer
 * appends to (H2), no other can take a version, and nothing waits.
 *
 * <p>{@link #appending} and {@link #parkWhileAppending} run on the writer's thread,
 * {@link #settled} on the store's confirming thread.
 */
final class StreamsInFlight {
    private final boolean shared;
    private final Map<String, Integer> appending = new HashMap<>();
    private final Map<String, Deque<PendingCommand>> parked = new HashMap<>();

    /** {@code shared}: whether other nodes append to the log; if not, nothing here waits. */
    StreamsInFlight(boolean shared) {
        this.shared = shared;
    }

    synchronized void appending(String stream) {
        if (shared) {
            appending.merge(stream, 1, Integer::sum);
        }
    }

    /**
     * A stream's append settled (the store's confirming thread): on a shared log the writer is
     * told through its mailbox, behind the forgetting of a refused aggregate, so that no command
     * is decided in between on the refused events; {@code retry} then goes first.
     */
    void afterSettle(String stream, PendingCommand retry, Consumer<WriterMessage> mailbox) {
        if (shared) {
            mailbox.accept(new WriterMessage.StreamSettled(stream, retry));
        } else if (retry != null) {
            mailbox.accept(retry);
        }
    }

    /** Parks the command while its stream has an append on the way, and says so. */
    synchronized boolean parkWhileAppending(String stream, PendingCommand command) {
        if (!appending.containsKey(stream)) {
            return false;
        }
        parked.computeIfAbsent(stream, s -> new ArrayDeque<>()).add(command);
        return true;
    }

    /** An append of the stream settled: the commands to decide now, in the order they came. */
    synchronized List<PendingCommand> settled(String stream) {
        if (appending.merge(stream, -1, Integer::sum) > 0) {
            return List.of();
        }
        appending.remove(stream);
        Deque<PendingCommand> waited = parked.remove(stream);
        return waited == null ? List.of() : List.copyOf(waited);
    }
}

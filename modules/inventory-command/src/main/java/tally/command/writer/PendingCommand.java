package tally.command.writer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import tally.command.CommandAnswer;
import tally.command.CommandEnvelope;
import tally.command.domain.Aggregate;
import tally.events.TallyEvent;

/** One command on its way through the writer, with the outcome its caller waits for. */
final class PendingCommand implements WriterMessage {
    private final CommandEnvelope command;
    private final CompletableFuture<Recorded> outcome = new CompletableFuture<>();
    private Map<String, Aggregate> held;
    private int attempts;
    private boolean readAgain;

    PendingCommand(CommandEnvelope command) {
        this.command = command;
    }

    CommandEnvelope command() {
        return command;
    }

    CompletableFuture<Recorded> outcome() {
        return outcome;
    }

    int attempts() {
        return attempts;
    }

    /** Only the thread that queues it again calls this, before queueing it. */
    void retried() {
        attempts++;
        held = null;
    }

    /**
     * True the first time only: a refusal decided on aggregates another node may have changed
     * is decided once more on the log's latest, never twice.
     */
    boolean readAgainOnce() {
        if (readAgain) {
            return false;
        }
        readAgain = true;
        attempts++;
        held = null;
        return true;
    }

    /**
     * Keeps an aggregate read for this command until it is decided, even if memory lets it go
     * meanwhile: a command needing more aggregates than memory holds would otherwise wait for
     * ever, each read pushing out the one before. Writer's thread only.
     */
    void hold(Aggregate aggregate) {
        if (held == null) {
            held = new HashMap<>(4);
        }
        held.put(aggregate.stream(), aggregate);
    }

    /** An aggregate held for this command, or null. */
    Aggregate held(String stream) {
        return held == null ? null : held.get(stream);
    }

    /** {@code events}: what it recorded now, or null when this is an earlier answer again. */
    void complete(CommandAnswer a, List<TallyEvent> events) {
        outcome.complete(new Recorded(a, events));
    }

    void fail(Throwable problem) {
        outcome.completeExceptionally(problem);
    }
}

package tally.command.gateway;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import tally.command.CommandAnswer;
import tally.command.CommandEnvelope;
import tally.command.CommandProblem;
import tally.command.Fingerprints;
import tally.command.domain.Command;
import tally.command.writer.CommandWriter;
import tally.events.StoredEvent;
import tally.events.TallyEvent;
import tally.eventstore.EventStore;

/**
 * The way in for callers inside the server that issue commands of their own, the allocation
 * first: through the same writer and rules as an HTTP command, under a command id the caller
 * chooses and a user it names ({@code system:allocation}).
 *
 * <p>It answers what the command recorded, not only where: a caller that derives its ids from
 * the log (so that, after a crash, it replays the same ids and repeats nothing) must learn what
 * was decided the first time. So when the id had been seen, the events are read back from the
 * log: those of the answer's stream that carry the id.
 */
@Singleton
public final class CommandGateway {
    private static final Executor READS = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("command-gateway-read-", 0).factory());

    private final CommandWriter writer;
    private final EventStore store;
    private final Fingerprints fingerprints = new Fingerprints();

    CommandGateway(CommandWriter writer, EventStore store) {
        this.writer = writer;
        this.store = store;
    }

    /**
     * What a command came to.
     *
     * @param answer   as an HTTP command's 200: id, stream, version after, position
     * @param events   the events it recorded, in order; empty when it recorded nothing
     * @param repeated true when the id had been seen and this is what its first use recorded
     */
    public record Outcome(CommandAnswer answer, List<TallyEvent> events, boolean repeated) {
        public Outcome {
            Objects.requireNonNull(answer, "answer");
            events = List.copyOf(events);
        }
    }

    /**
     * Issues a command. The future completes once its events are durable (or, for an id seen
     * before, once they are read back), or fails with a {@link CommandProblem}: 422 when the
     * rules refuse it (nothing stored), 409 when the id was used for another command or by
     * another user, 503 when the log could not take it (retry with the same id).
     *
     * @param commandId 1-64 characters; the same id and command give the first outcome again
     * @param user      recorded on its events, e.g. {@code system:allocation}
     */
    public CompletableFuture<Outcome> issue(String commandId, String user, Command command) {
        String name = command.getClass().getSimpleName();
        var envelope = new CommandEnvelope(name, command, commandId, true, null,
                fingerprints.of(name, command, null), user);
        return writer.record(envelope).thenCompose(recorded -> recorded.events() != null
                ? CompletableFuture.completedFuture(
                        new Outcome(recorded.answer(), recorded.events(), false))
                : CompletableFuture.supplyAsync(() -> readBack(recorded.answer()), READS));
    }

    /** The events of the answer's stream recorded under its command id, up to its position. */
    private Outcome readBack(CommandAnswer answer) {
        var events = new ArrayList<TallyEvent>();
        for (StoredEvent e : store.readStream(answer.stream())) {
            if (e.position() <= answer.position() && answer.commandId().equals(e.commandId())) {
                events.add(e.event());
            }
        }
        return new Outcome(answer, events, true);
    }
}

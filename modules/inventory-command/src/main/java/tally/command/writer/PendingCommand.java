package tally.command.writer;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import tally.command.CommandAnswer;
import tally.command.CommandEnvelope;
import tally.events.TallyEvent;

/** One command on its way through the writer, with the outcome its caller waits for. */
final class PendingCommand implements WriterMessage {
    private final CommandEnvelope command;
    private final CompletableFuture<CommandWriter.Recorded> outcome = new CompletableFuture<>();
    private int attempts;

    PendingCommand(CommandEnvelope command) {
        this.command = command;
    }

    CommandEnvelope command() {
        return command;
    }

    CompletableFuture<CommandWriter.Recorded> outcome() {
        return outcome;
    }

    int attempts() {
        return attempts;
    }

    /** Only the thread that queues it again calls this, before queueing it. */
    void retried() {
        attempts++;
    }

    /** {@code events}: what it recorded now, or null when this is an earlier answer again. */
    void complete(CommandAnswer a, List<TallyEvent> events) {
        outcome.complete(new CommandWriter.Recorded(a, events));
    }

    void fail(Throwable problem) {
        outcome.completeExceptionally(problem);
    }
}

package tally.command.writer;

import java.util.concurrent.CompletableFuture;
import tally.command.CommandAnswer;
import tally.command.CommandEnvelope;

/** One command on its way through the writer, with the answer its caller waits for. */
final class PendingCommand implements WriterMessage {
    private final CommandEnvelope command;
    private final CompletableFuture<CommandAnswer> answer = new CompletableFuture<>();
    private int attempts;

    PendingCommand(CommandEnvelope command) {
        this.command = command;
    }

    CommandEnvelope command() {
        return command;
    }

    CompletableFuture<CommandAnswer> answer() {
        return answer;
    }

    int attempts() {
        return attempts;
    }

    /** Only the thread that queues it again calls this, before queueing it. */
    void retried() {
        attempts++;
    }

    void complete(CommandAnswer a) {
        answer.complete(a);
    }

    void fail(Throwable problem) {
        answer.completeExceptionally(problem);
    }
}

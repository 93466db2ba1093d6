package tally.command.writer;

import java.util.Queue;
import tally.command.CommandProblem;
import tally.command.domain.Aggregate;

/**
 * What the command writer's one thread takes from its mailbox, in the order it came: a command
 * to decide, an aggregate to forget, a stream read. Sealed, so the writer's {@code switch} over
 * it names every kind and a new kind cannot go unhandled.
 */
sealed interface WriterMessage
        permits PendingCommand, WriterMessage.ForgetAggregate, WriterMessage.StreamLoaded,
        WriterMessage.StreamSettled {

    /** Forget this very aggregate (not a newer load of its stream): the log did not take it. */
    record ForgetAggregate(Aggregate aggregate) implements WriterMessage {
    }

    /** A stream read and replayed on a loader thread (or the error that stopped it). */
    record StreamLoaded(String stream, Aggregate aggregate, RuntimeException error)
            implements WriterMessage {
    }

    /**
     * On a shared log, a stream's append settled: queued behind the {@link ForgetAggregate} of a
     * refused append, so that no command of the stream is decided between the two on the events
     * the log refused ({@link StreamsInFlight}); {@code retry}, if any, goes first.
     */
    record StreamSettled(String stream, PendingCommand retry) implements WriterMessage {
    }

    /** Once the writer has stopped: answers every command left in its mailbox. */
    static void answerLeftovers(Queue<WriterMessage> mailbox) {
        WriterMessage left;
        while ((left = mailbox.poll()) != null) {
            switch (left) {
                case PendingCommand pending ->
                        pending.fail(CommandProblem.unavailable("the server is stopping"));
                case StreamSettled settled when settled.retry() != null -> settled.retry()
                        .fail(CommandProblem.unavailable("the server is stopping"));
                case ForgetAggregate _, StreamLoaded _, StreamSettled _ -> {
                    // nothing to answer: the writer and its aggregates are gone
                }
            }
        }
    }
}

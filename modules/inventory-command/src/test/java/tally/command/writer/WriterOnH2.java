package tally.command.writer;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import tally.command.CommandAnswer;
import tally.command.CommandProblem;
import tally.command.CommandTestEventStore;
import tally.eventstore.h2.H2EventStore;

/** A command writer over a fresh H2 log, closed after each test: what the writer tests share. */
abstract class WriterOnH2 {
    final H2EventStore store = CommandTestEventStore.open();
    final CommandWriter writer = new CommandWriter(store, 1000);

    @AfterEach
    void close() {
        writer.close();
        store.close();
    }

    /** The problem {@code answer} failed with: what the caller's HTTP answer is made from. */
    static CommandProblem problemOf(CompletableFuture<CommandAnswer> answer) {
        return (CommandProblem) catchThrowableOfType(answer::join, CompletionException.class)
                .getCause();
    }
}

package tally.command;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tally.eventstore.EventStore;
import tally.eventstore.EventStoreOptions;
import tally.eventstore.h2.H2EventStore;

/** A fresh log in a temporary folder, for this module's own tests (app-server has the real one). */
@Factory
public class CommandTestEventStore {

    @Singleton
    @Bean(preDestroy = "close")
    EventStore eventStore() {
        return open();
    }

    public static H2EventStore open() {
        try {
            Path dir = Files.createTempDirectory("tally-command-test");
            dir.toFile().deleteOnExit();
            return H2EventStore.open(EventStoreOptions.in(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

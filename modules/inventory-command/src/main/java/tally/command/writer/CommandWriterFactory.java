package tally.command.writer;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import tally.eventstore.EventStore;

/**
 * The one command writer of this process, stopped (after answering what it took) before the log.
 * Beside the writer, so that its constructor stays package-private: nothing else makes one.
 */
@Factory
final class CommandWriterFactory {

    @Singleton
    @Bean(preDestroy = "close")
    CommandWriter commandWriter(EventStore store,
                                @Value("${tally.command.products-in-memory:100000}") int capacity) {
        return new CommandWriter(store, capacity);
    }
}

package tally.command.writer;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import tally.command.domain.LocationMode;
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
                                @Value("${tally.command.products-in-memory:100000}") int capacity,
                                @Value("${tally.locations:open}") String locations) {
        LocationMode mode = LocationMode.parse(locations);
        if (mode == null) {
            throw new IllegalArgumentException("tally.locations must be strict or open, not "
                    + locations);
        }
        return new CommandWriter(store, capacity, mode);
    }
}

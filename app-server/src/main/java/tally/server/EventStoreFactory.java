package tally.server;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.annotation.Context;
import java.nio.file.Path;
import tally.eventstore.Durability;
import tally.eventstore.EventStore;
import tally.eventstore.EventStoreOptions;
import tally.eventstore.h2.H2EventStore;

/** The one event log of this process, in the data folder; opened at start-up, not on first use. */
@Factory
class EventStoreFactory {

    @Context
    @Bean(preDestroy = "close")
    EventStore eventStore(@Value("${tally.data:tally-data}") String data,
                          @Value("${tally.durability:default}") String durability,
                          @Value("${tally.disk-reserve-mb:32}") long diskReserveMb) {
        return H2EventStore.open(EventStoreOptions.in(Path.of(data))
                .withDurability(Durability.parse(durability))
                .withDiskReserve(diskReserveMb * 1024 * 1024)
                .withCompactOnClose(true));
    }
}

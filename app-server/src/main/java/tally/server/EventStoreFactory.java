package tally.server;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.annotation.Context;
import java.nio.file.Path;
import tally.eventstore.Durability;
import tally.eventstore.EventStore;
import tally.eventstore.EventStoreOptions;
import tally.eventstore.RawLogImporter;
import tally.eventstore.h2.H2EventStore;
import tally.eventstore.postgres.PostgresEventStore;
import tally.eventstore.postgres.PostgresLogImport;
import tally.eventstore.postgres.PostgresOptions;
import tally.eventstore.h2.H2LogImport;

/**
 * The one event log of this process, opened at start-up, not on first use: in the data folder,
 * or in the PostgreSQL database that {@code tally.store.url} names (docs/scale.md).
 */
@Factory
class EventStoreFactory {

    @Context
    @Bean(preDestroy = "close")
    EventStore eventStore(@Value("${tally.data:tally-data}") String data,
                          @Value("${tally.durability:default}") String durability,
                          @Value("${" + StoreSettings.URL + ":}") String storeUrl,
                          @Value("${" + StoreSettings.USERNAME + ":}") String username,
                          @Value("${" + StoreSettings.PASSWORD + ":}") String password,
                          @Value("${tally.disk-reserve-mb:32}") long diskReserveMb) {
        var postgres = StoreSettings.postgres(storeUrl, username, password, System.getenv());
        if (postgres.isPresent()) {
            var log = postgres.get();
            return PostgresEventStore.open(PostgresOptions.of(log.url(), log.username(),
                    log.password()));
        }
        return H2EventStore.open(EventStoreOptions.in(Path.of(data))
                .withDurability(Durability.parse(durability))
                .withDiskReserve(diskReserveMb * 1024 * 1024)
                .withCompactOnClose(true));
    }

    /** The log of a stopped site's folder, for a command of the jar (a backup) to read. */
    static EventStore openLog(Path data) {
        return H2EventStore.open(EventStoreOptions.in(data));
    }

    /** A new log built from copied rows ({@code restore}), in a folder that holds none. */
    static RawLogImporter logImport(Path folder) {
        return H2LogImport.into(folder);
    }

    /** A site's log moved into an empty PostgreSQL log ({@code copy-log}). */
    static RawLogImporter postgresImport(StoreSettings.Postgres log) {
        return PostgresLogImport.into(PostgresOptions.of(log.url(), log.username(),
                log.password()));
    }
}

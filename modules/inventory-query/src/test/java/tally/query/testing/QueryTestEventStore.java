package tally.query.testing;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import java.nio.file.Path;
import tally.eventstore.EventStore;
import tally.eventstore.EventStoreOptions;
import tally.eventstore.h2.H2EventStore;

/** In this module's tests the app server is absent, so the log is opened here, as it does. */
@Factory
class QueryTestEventStore {

    @Context
    @Bean(preDestroy = "close")
    EventStore eventStore(@Value("${tally.data}") String data) {
        return H2EventStore.open(EventStoreOptions.in(Path.of(data)));
    }
}

package tally.allocation;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import tally.eventstore.EventStore;
import tally.eventstore.h2.TestStores;

/** The log for tests that run the real write side: an H2 store in the test's data folder. */
@Factory
final class TestLogFactory {

    @Singleton
    @Bean(preDestroy = "close")
    EventStore eventStore(@Value("${tally.data}") String data) {
        return TestStores.openIn(Path.of(data));
    }
}

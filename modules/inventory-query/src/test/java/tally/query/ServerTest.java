package tally.query;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.TestInstance;
import tally.events.InventoryEvent;
import tally.eventstore.EventStore;

/** A real server with its own data folder per test class; events go in through the store. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServerTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    EventStore store;

    @Override
    public Map<String, String> getProperties() {
        try {
            return Map.of("tally.data", Files.createTempDirectory("tally-query").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long append(InventoryEvent... events) {
        return Workload.append(store, List.of(events));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> get(String uri) {
        return http.toBlocking().retrieve(HttpRequest.GET(uri), Map.class);
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> getList(String uri) {
        return (List<Map<String, Object>>) (List<?>) http.toBlocking().retrieve(
                HttpRequest.GET(uri), io.micronaut.core.type.Argument.listOf(Map.class));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> post(String uri) {
        return http.toBlocking().retrieve(HttpRequest.POST(uri, ""), Map.class);
    }

    HttpClientResponseException failure(HttpRequest<?> request) {
        return Assertions.assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(request, String.class));
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }
}

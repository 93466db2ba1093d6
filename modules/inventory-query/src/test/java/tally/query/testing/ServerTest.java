package tally.query.testing;

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
import tally.events.TallyEvent;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.StockMoved;
import tally.events.InventoryEvent.StockReceived;
import tally.eventstore.EventStore;

/** A real server with its own data folder per test class; events go in through the store. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServerTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    protected HttpClient http;

    @Inject
    protected EventStore store;

    @Override
    public Map<String, String> getProperties() {
        try {
            return Map.of("tally.data", Files.createTempDirectory("tally-query").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected long append(TallyEvent... events) {
        return Workload.append(store, List.of(events));
    }

    protected long appendAs(String user, TallyEvent... events) {
        return Workload.append(store, List.of(events), user);
    }

    /** Two products, both received at A-01, seven of SKU-1 moved on to B-02: five events. */
    protected long appendTwoProductsInTwoLocations() {
        return append(new ProductRegistered("SKU-1", "Widget", 5),
                new ProductRegistered("SKU-2", "Gadget", 0),
                new StockReceived("SKU-1", "A-01", 10, "PO-1"),
                new StockMoved("SKU-1", "A-01", "B-02", 7),
                new StockReceived("SKU-2", "A-01", 4, null));
    }

    @SuppressWarnings("unchecked")
    protected Map<String, Object> get(String uri) {
        return http.toBlocking().retrieve(HttpRequest.GET(uri), Map.class);
    }

    @SuppressWarnings("unchecked")
    protected List<Map<String, Object>> getList(String uri) {
        return (List<Map<String, Object>>) (List<?>) http.toBlocking().retrieve(
                HttpRequest.GET(uri), io.micronaut.core.type.Argument.listOf(Map.class));
    }

    @SuppressWarnings("unchecked")
    protected Map<String, Object> post(String uri) {
        return http.toBlocking().retrieve(HttpRequest.POST(uri, ""), Map.class);
    }

    protected HttpClientResponseException failure(HttpRequest<?> request) {
        return Assertions.assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(request, String.class));
    }

    protected static long number(Object value) {
        return ((Number) value).longValue();
    }
}

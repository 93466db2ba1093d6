package tally.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tally.events.InventoryEvent;
import tally.events.InventoryEvent.StockPicked;
import tally.events.InventoryEvent.StockReceived;
import tally.events.OrderEvent;
import tally.events.StoredEvent;
import tally.eventstore.EventStore;

/** 32 clients pick from one location at once: the stock is never oversold, and the log agrees. */
@MicronautTest
class ConcurrentPickersTest {
    static final int CLIENTS = 32;
    static final int PICKS_EACH = 12;
    static final int STOCK = 500;

    @Inject
    EmbeddedServer server;
    @Inject
    EventStore store;

    record Told(String commandId, int quantity, int status, String slug, long position) {
    }

    @Test
    void thirty_two_pickers_never_take_the_stock_below_zero() throws Exception {
        var http = new Http(server.getURI());
        assertThat(http.post("register-product", "{\"sku\":\"HOT\",\"name\":\"Hot item\"}")
                .status()).isEqualTo(200);
        assertThat(http.post("receive-stock", "{\"sku\":\"HOT\",\"location\":\"A1\",\"quantity\":"
                + STOCK + "}").status()).isEqualTo(200);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        var futures = new ArrayList<Future<List<Told>>>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            futures.add(pool.submit((Callable<List<Told>>) () -> pick(http, client)));
        }
        var told = new ArrayList<Told>();
        for (var f : futures) {
            told.addAll(f.get());
        }
        pool.shutdown();

        var accepted = told.stream().filter(t -> t.status() == 200).toList();
        assertThat(told).allSatisfy(t -> assertThat(t.status()).isIn(200, 422));
        assertThat(told).filteredOn(t -> t.status() == 422)
                .allSatisfy(t -> assertThat(t.slug()).endsWith("insufficient-stock"));
        assertThat(accepted).isNotEmpty();
        assertThat(told.size() - accepted.size()).as("some were refused").isPositive();

        Map<String, StoredEvent> picksInLog = new HashMap<>();
        long stock = 0;
        for (StoredEvent e : store.readStream("product-HOT")) {
            switch (e.event()) {
                case StockPicked p -> {
                    picksInLog.put(e.commandId(), e);
                    stock -= p.quantity();
                }
                case StockReceived r -> stock += r.quantity();
                case InventoryEvent _, OrderEvent _, tally.events.LocationEvent _ -> {
                    // the test only registers, receives and picks
                }
            }
            assertThat(stock).as("stock after position " + e.position()).isNotNegative();
        }
        assertThat(picksInLog).hasSameSizeAs(accepted);
        for (Told t : accepted) {
            StoredEvent e = picksInLog.get(t.commandId());
            assertThat(e).as("pick " + t.commandId() + " is in the log").isNotNull();
            assertThat(e.position()).isEqualTo(t.position());
            assertThat(((StockPicked) e.event()).quantity()).isEqualTo(t.quantity());
        }
        int picked = accepted.stream().mapToInt(Told::quantity).sum();
        assertThat(stock).isEqualTo(STOCK - picked);
    }

    private static List<Told> pick(Http http, int client) {
        var random = new Random(client);
        var told = new ArrayList<Told>();
        for (int i = 0; i < PICKS_EACH; i++) {
            int quantity = 1 + random.nextInt(2 * STOCK / (CLIENTS * PICKS_EACH / 2) + 1);
            String id = "picker-" + client + "-" + i;
            var a = http.post("pick-stock", "{\"sku\":\"HOT\",\"location\":\"A1\",\"quantity\":"
                    + quantity + ",\"commandId\":\"" + id + "\"}");
            told.add(new Told(id, quantity, a.status(),
                    a.status() == 200 ? null : a.body().get("type").asText(),
                    a.status() == 200 ? a.body().get("position").asLong() : 0));
        }
        return told;
    }
}

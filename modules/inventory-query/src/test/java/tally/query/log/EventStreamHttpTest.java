package tally.query.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.StockReceived;
import tally.events.TallyEvent;
import tally.query.testing.EventStreamReader;
import tally.query.testing.Eventually;
import tally.query.testing.ServerTest;

/** docs/api.md, "Other systems follow the log": {@code GET /api/events/stream}. */
@MicronautTest
class EventStreamHttpTest extends ServerTest {
    private static final int HISTORY = 100_000;

    @Inject
    EmbeddedServer server;

    @Inject
    EventStream stream;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(super.getProperties());
        // Small socket buffers: a consumer that stops reading is felt within kilobytes.
        properties.put("micronaut.server.netty.child-options.SO_SNDBUF", "8192");
        return properties;
    }

    @BeforeAll
    void aLongLog() {
        append(new ProductRegistered("FOLLOW-1", "Crate", 0));
        var receipts = new ArrayList<TallyEvent>();
        for (int i = 1; i < HISTORY; i++) {
            receipts.add(new StockReceived("FOLLOW-1", "F-01", 1, "PO-" + i));
            if (receipts.size() == 1000 || i == HISTORY - 1) {
                append(receipts.toArray(TallyEvent[]::new));
                receipts.clear();
            }
        }
    }

    private EventStreamReader follow(String query, String lastEventId) {
        return new EventStreamReader(server.getURI(), query, lastEventId);
    }

    @Test
    void a_consumer_from_0_gets_every_event_once_in_order_and_then_what_is_appended_live() {
        try (var reader = follow("?after=0", null)) {
            assertThat(reader.status()).isEqualTo(200);
            var first = reader.next();
            assertThat(first.id()).isEqualTo(1);
            assertThat(first.event()).isEqualTo("ProductRegistered");
            assertThat(first.data()).contains("\"position\":1", "\"stream\":\"product-FOLLOW-1\"",
                    "\"data\":{\"sku\":\"FOLLOW-1\",\"name\":\"Crate\",\"reorderPoint\":0}");
            long expected = 2;
            long live = 0;
            while (expected <= HISTORY + 200) {
                if (expected == HISTORY / 2) { // live traffic while it catches up
                    for (int i = 0; i < 200; i++) {
                        live = append(new StockReceived("FOLLOW-2", "F-02", 1, "LIVE-" + i));
                    }
                }
                var message = reader.next();
                assertThat(message.id()).as("in order, each once").isEqualTo(expected);
                expected++;
            }
            assertThat(expected - 1).isEqualTo(live);
            long more = append(new StockReceived("FOLLOW-2", "F-02", 5, "AFTER"));
            var after = reader.next();
            assertThat(after.id()).isEqualTo(more);
            assertThat(after.data()).contains("\"reference\":\"AFTER\"");
        }
    }

    @Test
    void last_event_id_resumes_after_it_and_outranks_after() {
        try (var reader = follow("?after=0", "41")) {
            assertThat(reader.next().id()).isEqualTo(42);
            assertThat(reader.next().id()).isEqualTo(43);
        }
        try (var reader = follow("?after=41", null)) {
            assertThat(reader.next().id()).isEqualTo(42);
        }
    }

    @Test
    void a_consumer_that_stops_reading_holds_the_server_back_and_then_catches_up() {
        long head = store.headPosition();
        try (var reader = follow("?after=0", null)) {
            assertThat(reader.next().id()).isEqualTo(1);
            // It reads nothing more: the server sends what the connection takes, and no more.
            Eventually.until(Duration.ofSeconds(10), () -> stream.clients() >= 1);
            sleepQuietly();
            long sent = stream.furthestSent();
            assertThat(sent).as("read ahead of a consumer that does not read")
                    .isLessThan(head / 2);
            for (long expected = 2; expected <= head; expected++) {
                assertThat(reader.next().id()).isEqualTo(expected);
            }
        }
    }

    @Test
    void refuses_a_resume_it_cannot_serve() {
        for (String[] refused : new String[][] {{"?after=-1", null, "400"},
                {"", "seven", "400"}, {"", String.valueOf(store.headPosition() + 1000), "422"}}) {
            try (var reader = follow(refused[0], refused[1])) {
                assertThat(reader.status()).as(refused[0] + " " + refused[1])
                        .isEqualTo(Integer.parseInt(refused[2]));
            }
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1_000); // what the server would send meanwhile if it did not wait
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package tally.query.live;

import static org.assertj.core.api.Assertions.assertThat;
import static tally.query.live.SseClient.kind;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.StockReceived;
import tally.events.InventoryEvent.StockReserved;
import tally.events.OrderEvent.LineAllocation;
import tally.events.OrderEvent.OrderAllocated;
import tally.events.OrderEvent.OrderLine;
import tally.events.OrderEvent.OrderPlaced;
import tally.query.testing.Eventually;
import tally.query.testing.ServerTest;
import tally.query.testing.Workload;

@MicronautTest
class LiveStreamHttpTest extends ServerTest {
    private static final Duration SOON = Duration.ofSeconds(15);

    @Inject
    EmbeddedServer server;

    @Inject
    LiveStream live;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(super.getProperties());
        properties.put("tally.query.stream.client-buffer", "300");
        // Small socket buffers, so that a client that stops reading is felt within a few
        // hundred kilobytes rather than the megabytes Linux would otherwise buffer.
        properties.put("micronaut.server.netty.child-options.SO_SNDBUF", "8192");
        return properties;
    }

    /**
     * The greeting proves this client is subscribed: counting clients could count one that an
     * earlier test closed and the server has not yet noticed, and a commit before the
     * subscription would then never reach this client.
     */
    private static void awaitGreeting(SseClient client) {
        client.await(m -> m.event().equals("projection"), SOON);
    }

    private void awaitAllCaughtUp(long position) {
        Eventually.until(SOON, () -> getList("/api/projections").stream()
                .allMatch(s -> number(s.get("position")) >= position));
    }

    @Test
    void a_client_receives_each_read_model_change_after_its_commit() {
        try (var client = new SseClient(server.getURI(), null)) {
            awaitGreeting(client);
            long head = appendAs("operator", new ProductRegistered("LIVE-1", "Lamp", 5),
                    new StockReceived("LIVE-1", "Z-01", 3, "PO-9"));

            var stock = client.await(kind("stock", "\"onHand\":3"), SOON);
            assertThat(stock.data()).contains("\"sku\":\"LIVE-1\"", "\"position\":" + head,
                    "\"belowReorderPoint\":true",
                    "\"locations\":[{\"location\":\"Z-01\",\"quantity\":3,\"reserved\":0}]");
            // "P" or "P-n": the position, and which message at it (StreamId)
            assertThat(Long.parseLong(stock.id().split("-")[0])).isGreaterThanOrEqualTo(head);
            assertThat(client.await(kind("location", "\"location\":\"Z-01\""), SOON).data())
                    .contains("{\"sku\":\"LIVE-1\",\"quantity\":3}");
            assertThat(client.await(kind("activity", "Received 3 of LIVE-1"), SOON).data())
                    .contains("\"position\":" + head, "\"type\":\"StockReceived\"",
                            "\"user\":\"operator\"");
            assertThat(client.await(kind("projection", "\"name\":\"activity\""), SOON).data())
                    .contains("\"state\":\"RUNNING\"", "\"lag\":");
        }
    }

    @Test
    void a_client_receives_each_order_as_it_now_stands_and_the_stock_it_reserves() {
        try (var client = new SseClient(server.getURI(), null)) {
            awaitGreeting(client);
            append(new ProductRegistered("LIVE-2", "Lens", 0),
                    new StockReceived("LIVE-2", "Z-02", 5, null),
                    new OrderPlaced("LIVE-SO", "Ada", List.of(new OrderLine("LIVE-2", 3))));
            assertThat(client.await(kind("order", "\"orderId\":\"LIVE-SO\""), SOON).data())
                    .contains("\"status\":\"PLACED\"", "\"customer\":\"Ada\"");
            long head = append(new StockReserved("LIVE-2", "Z-02", 2, "LIVE-SO", 3),
                    new OrderAllocated("LIVE-SO", List.of(new LineAllocation("LIVE-2", 2, 1))));

            assertThat(client.await(kind("order", "\"status\":\"PARTIAL\""), SOON).data())
                    .contains("\"position\":" + head, "\"version\":2", "\"lines\":[{\"sku\":"
                            + "\"LIVE-2\",\"ordered\":3,\"reserved\":2,\"picked\":0,"
                            + "\"backordered\":1}]");
            assertThat(client.await(kind("stock", "\"reserved\":2"), SOON).data())
                    .contains("\"sku\":\"LIVE-2\"", "\"onHand\":5", "\"available\":3",
                            "{\"location\":\"Z-02\",\"quantity\":5,\"reserved\":2}");
        }
    }

    @Test
    void a_new_client_is_told_at_once_where_each_read_model_stands() {
        try (var client = new SseClient(server.getURI(), null)) {
            for (String name : java.util.List.of("stock", "locations", "activity", "orders", "bins",
                    "barcodes")) {
                assertThat(client.await(kind("projection", "\"name\":\"" + name + "\""), SOON).data())
                        .contains("\"state\":", "\"headPosition\":");
            }
        }
    }

    @Test
    void a_client_reconnecting_with_its_last_event_id_receives_what_changed_meanwhile_once() {
        List<SseClient.Message> seen;
        try (var first = new SseClient(server.getURI(), null)) {
            awaitGreeting(first);
            long head = append(new ProductRegistered("BACK-1", "Bell", 0),
                    new StockReceived("BACK-1", "Y-00", 2, null));
            awaitAllCaughtUp(head);
            first.await(kind("activity", "Received 2 of BACK-1"), SOON);
            first.await(kind("location", "\"location\":\"Y-00\""), SOON);
            first.await(kind("stock", "\"onHand\":2"), SOON);
            seen = List.copyOf(first.received);
        }
        String lastId = seen.getLast().id();
        long head = append(new StockReceived("BACK-1", "Y-01", 8, null));
        awaitAllCaughtUp(head);

        try (var second = new SseClient(server.getURI(), lastId)) {
            second.await(kind("stock", "\"onHand\":10"), SOON);
            second.await(kind("location", "\"location\":\"Y-01\""), SOON);
            second.await(kind("activity", "Received 8 of BACK-1"), SOON);
            assertThat(second.received).noneMatch(m -> m.event().equals("reset"));
            // Nothing seen is sent again (the greeting, a projection message per read model, is
            // this connection's own and carries the newest id)
            assertThat(second.received).filteredOn(m -> !m.event().equals("projection"))
                    .noneMatch(seen::contains)
                    .extracting(SseClient.Message::id).doesNotHaveDuplicates();
        }
    }

    @Test
    void a_client_resuming_from_what_the_server_no_longer_has_is_told_to_reset() {
        try (var client = new SseClient(server.getURI(), "0")) {
            client.await(m -> m.event().equals("reset"), SOON);
        }
    }

    @Test
    void a_client_that_stops_reading_gets_reset_and_is_dropped_while_others_go_on() throws Exception {
        try (var healthy = new SseClient(server.getURI(), null);
             var stalled = new Socket()) {
            stalled.setReceiveBufferSize(2048);
            stalled.connect(new java.net.InetSocketAddress(server.getHost(), server.getPort()));
            OutputStream out = stalled.getOutputStream();
            out.write(("GET /api/stream HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream"
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Eventually.until(SOON, () -> live.clients() == 2);

            var workload = new Workload(3, 50, 20);
            long head = 0;
            // The healthy client reads each burst before the next is sent, so only the stalled
            // one can fall behind, however slowly this machine runs the healthy reader.
            for (int i = 0; i < 300 && live.clients() == 2; i++) {
                head = Workload.append(store, workload.next(10));
                if (live.clients() == 2) {
                    healthy.await(kind("activity", "\"position\":" + head), SOON);
                }
            }
            Eventually.until(SOON, () -> live.clients() == 1, () -> "clients " + live.clients());
            final long last = head;
            healthy.await(kind("activity", "\"position\":" + last), SOON);
            assertThat(healthy.received).noneMatch(m -> m.event().equals("reset"));

            String tail = readUpToReset(stalled);
            assertThat(tail).contains("event: reset");
        }
    }

    /** Reads what the server sent, up to its reset. */
    private static String readUpToReset(Socket socket) throws Exception {
        socket.setSoTimeout(10_000);
        InputStream in = socket.getInputStream();
        var text = new StringBuilder();
        byte[] buffer = new byte[1 << 16];
        int n;
        while (text.indexOf("event: reset") < 0 && (n = in.read(buffer)) > 0) {
            text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
        return text.toString();
    }
}

package tally.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import tally.events.StoredEvent;
import tally.eventstore.EventStoreOptions;
import tally.eventstore.durability.SmallDisk;
import tally.eventstore.h2.H2EventStore;
import tally.server.openapi.CheckedHttp;
import tally.server.openapi.TestSignIn;

/**
 * docs/durability.md, "A full disk", over HTTP: the real server with its data folder on a small
 * filesystem of its own (4 MB reserve), filled but for 2 MB while four clients receive stock. While it is full a command is
 * a 503 problem saying the disk is full and where, and {@code /health/readiness} is a 503 saying
 * so; once the filler is deleted the server takes commands again by itself; after a stop the log
 * holds every command answered 200, at the position answered, with no gap.
 */
class DiskFullHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private volatile String bearer;

    @Test
    void a_full_disk_is_a_503_until_space_is_freed_and_loses_no_answered_command()
            throws Exception {
        try (SmallDisk disk = SmallDisk.mount(64)) {
            Path data = disk.path().resolve("data");
            var acknowledged = new ConcurrentHashMap<String, Long>();
            var refused = new ConcurrentHashMap<String, JsonNode>();
            try (ChildServer server = ChildServer.start(List.of(ChildServer.QUICK_START.get(0),
                    "-Dtally.disk-reserve-mb=4"), data)) {
                URI url = server.url();
                bearer = TestSignIn.bearer(url);
                var checked = new CheckedHttp(url);
                assertThat(checked.post("/api/commands/register-product",
                        "{\"sku\":\"BOLT-1\",\"name\":\"Bolt\"}").status()).isEqualTo(200);
                var running = new AtomicBoolean(true);
                var clients = new ArrayList<Thread>();
                for (int c = 0; c < 4; c++) {
                    int client = c;
                    clients.add(Thread.ofPlatform().start(() -> receiveUntilStopped(url, client,
                            running, acknowledged, refused)));
                }
                until(() -> acknowledged.size() >= 100);

                // All but half the reserve: filled to the last byte faster than the server looks
                // (every 100 ms), the allocation's database, which writes at every commit, may
                // fail a write and close (docs/durability.md, "What it cannot do").
                Path filler = disk.fillLeaving(2L << 20);
                until(() -> !refused.isEmpty());
                String folder = data.toRealPath().toString();
                // The server frees room by itself now and then (its journal's files go once H2
                // has stored them), and with three reserves free it takes commands again: top
                // the disk up and look again until a look finds it full.
                CheckedHttp.Answer full = null;
                CheckedHttp.Answer unready = null;
                for (int look = 0; look < 50; look++) {
                    disk.topUp(filler, 2L << 20);
                    full = checked.post("/api/commands/receive-stock",
                            "{\"sku\":\"BOLT-1\",\"location\":\"A-01\",\"quantity\":1}");
                    unready = CheckedHttp.anonymous(url).get("/health/readiness");
                    if (full.status() == 503 && unready.status() == 503) {
                        break;
                    }
                }
                assertThat(full.status()).isEqualTo(503);
                assertThat(full.contentType()).isEqualTo("application/problem+json");
                assertThat(full.body()).contains("https://tally.dev/problems/unavailable")
                        .contains("is full").contains(folder);
                assertThat(refused.values()).allSatisfy(p -> assertThat(p.path("detail")
                        .asText()).contains("is full").contains(folder));
                var lastLook = unready;
                assertThat(unready.status()).as(() -> lastLook.body() + "\n"
                        + String.join("\n", server.output())).isEqualTo(503);
                assertThat(unready.body()).contains("eventLog").contains("disk")
                        .contains("full");
                int whileFull = acknowledged.size();

                Files.delete(filler);
                until(() -> acknowledged.size() >= whileFull + 100);
                var ready = CheckedHttp.anonymous(url).get("/health/readiness");
                assertThat(ready.status()).as(() -> ready.body() + "\n"
                        + String.join("\n", server.output())).isEqualTo(200);
                running.set(false);
                for (Thread t : clients) {
                    t.join();
                }
                server.terminate();
            }
            try (var log = H2EventStore.open(EventStoreOptions.in(data))) {
                List<StoredEvent> events = log.readAll(0, Integer.MAX_VALUE);
                var inLog = new HashMap<String, Long>();
                for (int i = 0; i < events.size(); i++) {
                    assertThat(events.get(i).position()).as("no gap").isEqualTo(i + 1L);
                    inLog.put(events.get(i).commandId(), events.get(i).position());
                }
                assertThat(inLog).containsAllEntriesOf(acknowledged);
                assertThat(inLog).doesNotContainKeys(refused.keySet().toArray(String[]::new));
            }
        }
    }

    private void receiveUntilStopped(URI url, int client, AtomicBoolean running,
                                     Map<String, Long> acknowledged, Map<String, JsonNode> refused) {
        for (int n = 1; running.get(); n++) {
            String id = "c" + client + "-" + n;
            try {
                var response = http.send(HttpRequest.newBuilder(url.resolve(
                        "/api/commands/receive-stock")).header("Content-Type", "application/json")
                        .header("Authorization", bearer).POST(HttpRequest.BodyPublishers.ofString(
                                "{\"sku\":\"BOLT-1\",\"location\":\"A-01\",\"quantity\":1,"
                                        + "\"commandId\":\"" + id + "\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    acknowledged.put(id, JSON.readTree(response.body()).get("position").asLong());
                } else if (response.statusCode() == 503) {
                    refused.put(id, JSON.readTree(response.body()));
                }
            } catch (Exception e) {
                return;
            }
        }
    }

    private static void until(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; !condition.getAsBoolean(); i++) {
            assertThat(i).as("waited 60 s").isLessThan(12_000);
            Thread.sleep(5);
        }
    }
}

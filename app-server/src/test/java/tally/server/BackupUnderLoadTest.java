package tally.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.server.openapi.TestSignIn;

/**
 * Issue 16's test of backups: a child server taking commands from several threads, a backup
 * taken mid-load with the command line (which reaches the server through its backup.key),
 * restored into a new folder and started: its log is a prefix of the live one with no gap and
 * every event the same, its users sign in with their passwords, and its read models are the
 * log's fold.
 */
class BackupUnderLoadTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SKUS = {"BOLT-1", "NUT-2"};
    private final HttpClient http = HttpClient.newHttpClient();
    private volatile String bearer;

    @Test
    void a_backup_taken_under_load_restores_as_a_prefix_of_the_live_log(@TempDir Path tmp)
            throws Exception {
        Path live = tmp.resolve("live");
        Path file = tmp.resolve("site.zip");
        Path restored = tmp.resolve("restored");
        List<JsonNode> liveLog;
        String backupLine;
        try (ChildServer server = ChildServer.start(live)) {
            URI url = server.url();
            bearer = TestSignIn.bearer(url);
            send(url, "POST", "/api/users", "{\"username\":\"olga\",\"displayName\":\"Olga\","
                    + "\"password\":\"olga-password-1\",\"roles\":[\"operator\"]}");
            for (String sku : SKUS) {
                send(url, "POST", "/api/commands/register-product",
                        "{\"sku\":\"" + sku + "\",\"name\":\"" + sku + "\"}");
            }
            var answered = new AtomicLong();
            var running = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(6);
            for (int c = 0; c < 6; c++) {
                String sku = SKUS[c % 2];
                int quantity = c + 1;
                clients.submit(() -> {
                    while (running.get()) {
                        send(url, "POST", "/api/commands/receive-stock", "{\"sku\":\"" + sku
                                + "\",\"location\":\"A-0" + quantity + "\",\"quantity\":"
                                + quantity + "}");
                        answered.incrementAndGet();
                    }
                    return null;
                });
            }
            waitUntil(() -> answered.get() >= 300);
            long before = answered.get();
            var out = new ByteArrayOutputStream();
            var err = new ByteArrayOutputStream();
            int exit = Launcher.run(new String[] {"backup", "--data", live.toString(), "--to",
                    file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            backupLine = out.toString(StandardCharsets.UTF_8);
            assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(backupLine).contains("from the server running at");
            // Commands went on during the backup and after it: the backup is a true prefix.
            waitUntil(() -> answered.get() >= before + 300);
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            liveLog = log(url);
        }
        assertThat(Files.exists(file)).isTrue();

        var err = new ByteArrayOutputStream();
        int exit = Launcher.run(new String[] {"restore", file.toString(), "--data",
                restored.toString()}, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();

        try (ChildServer server = ChildServer.start(restored)) {
            URI url = server.url();
            bearer = TestSignIn.bearer(url); // the tester's password, kept in the backup
            TestSignIn.signIn(url, "olga", "olga-password-1");
            List<JsonNode> copy = log(url);
            long head = copy.size();
            assertThat(backupLine).contains("positions 1 to " + head + ")");
            assertThat(head).isGreaterThan(300).isLessThan(liveLog.size());
            for (int i = 0; i < copy.size(); i++) {
                assertThat(copy.get(i).get("position").asLong()).isEqualTo(i + 1);
            }
            assertThat(copy).isEqualTo(liveLog.subList(0, (int) head));
            for (String sku : SKUS) {
                long folded = copy.stream().filter(e -> e.get("type").asText()
                        .equals("StockReceived") && e.get("data").get("sku").asText().equals(sku))
                        .mapToLong(e -> e.get("data").get("quantity").asLong()).sum();
                JsonNode stock = send(url, "GET", "/api/stock/" + sku + "?minPosition=" + head
                        + "&waitMillis=30000", null);
                assertThat(stock.get("position").asLong()).isGreaterThanOrEqualTo(head);
                assertThat(stock.get("onHand").asLong()).as(sku).isEqualTo(folded)
                        .isPositive();
            }
        }
    }

    /** The whole log through GET /api/events, each item as the API shows it. */
    private List<JsonNode> log(URI url) throws Exception {
        var items = new ArrayList<JsonNode>();
        long after = 0;
        while (true) {
            JsonNode page = send(url, "GET", "/api/events?after=" + after + "&limit=1000", null);
            if (page.get("items").isEmpty()) {
                return items;
            }
            page.get("items").forEach(items::add);
            after = items.getLast().get("position").asLong();
        }
    }

    private JsonNode send(URI url, String method, String path, String body) throws Exception {
        var request = HttpRequest.newBuilder(url.resolve(path)).header("Authorization", bearer)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build();
        var answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(method + " " + path + ": " + answer.body())
                .isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within 3 minutes");
            }
            Thread.sleep(20);
        }
    }
}

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.eventstore.RawCommand;
import tally.eventstore.RawEvent;
import tally.eventstore.postgres.TestPostgres;
import tally.server.backup.BackupManifest;
import tally.server.backup.BackupReader;
import tally.users.StoredUser;
import tally.server.openapi.TestSignIn;

/**
 * Issue 17's "moving a site", black box: an H2 site that took several kinds of command from two
 * users (a count that matched, so recorded nothing, among them) is copied by {@code copy-log}
 * into PostgreSQL, and a server started with {@code --store} on it (a new data folder holding
 * only the site's users file) shows the same events item for item, positions and users on
 * events included, the same stock of each product, signs both users in, and answers a retried
 * command id as the H2 site did; its {@code GET /api/backup} reads the PostgreSQL log. The
 * refusals (a running site, no site, an unreachable or non-empty database) say one line.
 */
class CopyLogTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SKUS = List.of("BOLT-1", "NUT-1");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void an_h2_site_copied_into_postgres_starts_there_with_the_same_log_users_and_stock(
            @TempDir Path site, @TempDir Path node, @TempDir Path nowhere) throws Exception {
        var server = TestPostgres.server();
        String store = server.freshStore();
        List<JsonNode> events;
        List<JsonNode> stock = new ArrayList<>();
        JsonNode received;
        try (ChildServer h2 = ChildServer.start(site)) {
            URI url = h2.url();
            String tester = TestSignIn.bearer(url);
            post(url, tester, "/api/users", "{\"username\":\"olga\",\"password\":"
                    + "\"olga-on-shift-7\",\"roles\":[\"operator\"],\"displayName\":\"Olga\"}");
            String olga = "Bearer " + TestSignIn.signIn(url, "olga", "olga-on-shift-7");
            command(url, tester, "register-product", "{\"sku\":\"BOLT-1\",\"name\":\"Bolt\"}");
            command(url, tester, "register-product", "{\"sku\":\"NUT-1\",\"name\":\"Nut\"}");
            received = command(url, olga, "receive-stock", "{\"sku\":\"BOLT-1\",\"location\":"
                    + "\"A-01\",\"quantity\":48,\"commandId\":\"rcv-1\"}");
            command(url, olga, "move-stock", "{\"sku\":\"BOLT-1\",\"from\":\"A-01\",\"to\":"
                    + "\"DOCK-1\",\"quantity\":10}");
            command(url, olga, "pick-stock", "{\"sku\":\"BOLT-1\",\"location\":\"DOCK-1\","
                    + "\"quantity\":4}");
            command(url, olga, "adjust-stock", "{\"sku\":\"BOLT-1\",\"location\":\"A-01\","
                    + "\"countedQuantity\":37,\"reason\":\"count\"}");
            JsonNode matched = command(url, olga, "adjust-stock", "{\"sku\":\"BOLT-1\","
                    + "\"location\":\"A-01\",\"countedQuantity\":37,\"reason\":\"again\","
                    + "\"commandId\":\"count-2\"}");
            command(url, tester, "receive-stock", "{\"sku\":\"NUT-1\",\"location\":\"B-01\","
                    + "\"quantity\":5}");
            command(url, tester, "rename-product", "{\"sku\":\"NUT-1\",\"name\":\"Hex nut\"}");
            events = allEvents(url, tester);
            assertThat(events).hasSize(8); // the matched count recorded nothing
            assertThat(matched.get("position").asLong()).isEqualTo(6);
            for (String sku : SKUS) {
                stock.add(get(url, tester, "/api/stock/" + sku + "?minPosition=8"
                        + "&waitMillis=30000"));
            }
            Run running = run("copy-log", "--data", site.toString(), "--to", store);
            assertThat(running.exit()).isEqualTo(1);
            assertThat(running.err()).contains("another Tally is already using").hasLineCount(1);
            h2.terminate();
        }

        Run noSite = run("copy-log", "--data", nowhere.toString(), "--to", store);
        assertThat(noSite.exit()).isEqualTo(1);
        assertThat(noSite.err()).contains("there is no Tally site").hasLineCount(1);
        Run unreachable = run("copy-log", "--data", site.toString(), "--to",
                "jdbc:postgresql://127.0.0.1:1/nothing?user=tally");
        assertThat(unreachable.exit()).isEqualTo(1);
        assertThat(unreachable.err()).startsWith("tally: not copied: ").hasLineCount(1);

        Run copy = run("copy-log", "--data", site.toString(), "--to", store);
        assertThat(copy.exit()).as(copy.err()).isZero();
        assertThat(copy.out()).contains("copied 8 events (positions 1 to 8) and 1 command ids"
                + " without events, and 2 users");
        Run again = run("copy-log", "--data", site.toString(), "--to", store);
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("is not empty").hasLineCount(1);

        // No users file in the node's folder: with --store its users come from PostgreSQL,
        // where copy-log put them.
        try (ChildServer pg = ChildServer.start(node, "--store", store)) {
            URI url = pg.url();
            String tester = TestSignIn.bearer(url);
            String olga = "Bearer " + TestSignIn.signIn(url, "olga", "olga-on-shift-7");
            List<JsonNode> moved = allEvents(url, olga);
            assertThat(moved).isEqualTo(events);
            assertThat(moved).extracting(e -> e.get("user").asText()).contains("olga", "tester");
            for (int i = 0; i < SKUS.size(); i++) {
                assertThat(get(url, tester, "/api/stock/" + SKUS.get(i) + "?minPosition=8"
                        + "&waitMillis=30000")).isEqualTo(stock.get(i));
            }
            JsonNode retry = command(url, olga, "receive-stock", "{\"sku\":\"BOLT-1\","
                    + "\"location\":\"A-01\",\"quantity\":48,\"commandId\":\"rcv-1\"}");
            assertThat(retry.get("position")).isEqualTo(received.get("position"));
            assertThat(allEvents(url, tester)).hasSize(8);
            BackupManifest backup;
            try {
                backup = backupOf(url, tester, node.resolve("backup.zip"));
            } catch (RuntimeException e) {
                throw new AssertionError("the backup failed; the node said " + pg.output(), e);
            }
            assertThat(List.of(backup.events(), backup.head(), backup.commands(),
                    backup.users())).containsExactly(8L, 8L, 1L, 2L);
            JsonNode next = command(url, olga, "receive-stock", "{\"sku\":\"NUT-1\","
                    + "\"location\":\"B-01\",\"quantity\":1}");
            assertThat(next.get("position").asLong()).isEqualTo(9);
        }
    }

    /** {@code GET /api/backup} on a PostgreSQL node, read back whole as a restore would. */
    private BackupManifest backupOf(URI url, String bearer, Path file) throws Exception {
        var answer = http.send(HttpRequest.newBuilder(url.resolve("/api/backup"))
                .header("Authorization", bearer).GET().build(),
                HttpResponse.BodyHandlers.ofFile(file));
        assertThat(answer.statusCode()).isEqualTo(200);
        return BackupReader.read(file, new BackupReader.Rows() {
            @Override
            public void events(List<RawEvent> batch) {
            }

            @Override
            public void commands(List<RawCommand> batch) {
            }

            @Override
            public void user(StoredUser user) {
            }
        });
    }

    private List<JsonNode> allEvents(URI url, String bearer) throws Exception {
        var all = new ArrayList<JsonNode>();
        get(url, bearer, "/api/events?after=0&limit=1000").get("items").forEach(all::add);
        return all;
    }

    private JsonNode command(URI url, String bearer, String name, String body) throws Exception {
        return post(url, bearer, "/api/commands/" + name, body);
    }

    private JsonNode post(URI url, String bearer, String path, String body) throws Exception {
        var answer = http.send(HttpRequest.newBuilder(url.resolve(path))
                .header("Content-Type", "application/json").header("Authorization", bearer)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path + " " + answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private JsonNode get(URI url, String bearer, String path) throws Exception {
        var answer = http.send(HttpRequest.newBuilder(url.resolve(path))
                .header("Authorization", bearer).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path + " " + answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
    }
}

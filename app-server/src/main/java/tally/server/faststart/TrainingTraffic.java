package tally.server.faststart;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A request of each kind the server answers, for {@link AotCacheBuilder}'s training run: the
 * classes that serve them go into the AOT cache, so the first requests after a start are quick
 * too. Each status is checked: this is the one run of the jar itself, as shipped, in the build.
 */
final class TrainingTraffic {
    /** Name, body, and the status docs/api.md gives it. */
    private record Command(String name, String body, int status) {
    }

    private static final List<Command> COMMANDS = List.of(
            new Command("register-product", "{\"sku\":\"TRAINING-1\",\"name\":\"Training\"}", 200),
            new Command("receive-stock", "{\"sku\":\"TRAINING-1\",\"location\":\"A-01\","
                    + "\"quantity\":5,\"commandId\":\"training-1\"}", 200),
            new Command("move-stock", "{\"sku\":\"TRAINING-1\",\"from\":\"A-01\","
                    + "\"to\":\"A-02\",\"quantity\":2}", 200),
            new Command("pick-stock", "{\"sku\":\"TRAINING-1\",\"location\":\"A-02\","
                    + "\"quantity\":1}", 200),
            new Command("adjust-stock", "{\"sku\":\"TRAINING-1\",\"location\":\"A-01\","
                    + "\"countedQuantity\":2,\"reason\":\"count\"}", 200),
            new Command("pick-stock", "{\"sku\":\"TRAINING-1\",\"location\":\"A-02\","
                    + "\"quantity\":99}", 422),
            new Command("receive-stock", "{\"sku\":\"TRAINING-1\",\"quantity\":\"many\"}", 400),
            new Command("no-such-command", "{}", 404));
    private static final List<String> QUERIES = List.of("/health", "/api/products", "/api/stock",
            "/api/stock?belowReorderPoint=true", "/api/stock/TRAINING-1?minPosition=5",
            "/api/locations", "/api/locations/A-01", "/api/activity?limit=5",
            "/api/events?after=0&limit=10", "/api/projections", "/openapi.yml");

    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

    private TrainingTraffic() {
    }

    /** Each kind once, then {@code load} of {@link TrainingLoad}; the requests sent. */
    static long serve(URI server, Duration load) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        expect(401, "no token", http.send(HttpRequest.newBuilder(server.resolve("/api/stock"))
                .build(), HttpResponse.BodyHandlers.ofString()));
        String bearer = "Bearer " + signIn(http, server);
        InputStream stream = http.send(HttpRequest.newBuilder(server.resolve("/api/stream"))
                .header("Authorization", bearer).build(),
                HttpResponse.BodyHandlers.ofInputStream()).body();
        for (Command command : COMMANDS) {
            expect(command.status(), command.name(), http.send(HttpRequest.newBuilder(
                    server.resolve("/api/commands/" + command.name()))
                    .header("Content-Type", "application/json").header("Authorization", bearer)
                    .POST(HttpRequest.BodyPublishers.ofString(command.body())).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (String query : QUERIES) {
            expect(200, query, http.send(HttpRequest.newBuilder(server.resolve(query))
                    .header("Authorization", bearer).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        expect(404, "unknown sku", http.send(HttpRequest.newBuilder(
                server.resolve("/api/stock/UNKNOWN")).header("Authorization", bearer).build(),
                HttpResponse.BodyHandlers.ofString()));
        // Whatever the live stream has sent meanwhile: its messages went out while we queried.
        stream.readNBytes(Math.min(stream.available(), 4096));
        stream.close();
        return new TrainingLoad(http, server, bearer).run(load);
    }

    /**
     * The training run's own first user, on its scratch folder, and a session of it: the
     * password is random, used once and printed nowhere.
     */
    private static String signIn(HttpClient http, URI server)
            throws IOException, InterruptedException {
        String credentials = "{\"username\":\"training\",\"password\":\""
                + UUID.randomUUID() + "\"}";
        for (String path : List.of("/api/setup", "/api/sessions")) {
            var answer = http.send(HttpRequest.newBuilder(server.resolve(path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(credentials)).build(),
                    HttpResponse.BodyHandlers.ofString());
            expect(200, path, answer);
            if (path.equals("/api/sessions")) {
                var token = TOKEN.matcher(answer.body());
                if (token.find()) {
                    return token.group(1);
                }
            }
        }
        throw new IllegalStateException("signing in answered no token");
    }

    private static void expect(int status, String what, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + " answered " + response.statusCode()
                    + " instead of " + status + ": " + response.body());
        }
    }
}

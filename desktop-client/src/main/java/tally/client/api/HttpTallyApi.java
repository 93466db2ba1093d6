package tally.client.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import javax.net.ssl.SSLContext;
import tally.client.api.WireShapes.ActivityList;
import tally.client.api.WireShapes.CommandResult;
import tally.client.api.WireShapes.EventLog;
import tally.client.api.WireShapes.ImportReport;
import tally.client.api.WireShapes.LocationContents;
import tally.client.api.WireShapes.LocationList;
import tally.client.api.WireShapes.NewUser;
import tally.client.api.WireShapes.OrderDetail;
import tally.client.api.WireShapes.OrderList;
import tally.client.api.WireShapes.PickList;
import tally.client.api.WireShapes.ProductHistory;
import tally.client.api.WireShapes.ProjectionStatus;
import tally.client.api.WireShapes.Session;
import tally.client.api.WireShapes.StockDetail;
import tally.client.api.WireShapes.StockList;
import tally.client.api.WireShapes.UserAccount;
import tally.client.api.WireShapes.UserChange;
import tally.client.api.WireShapes.UserList;
import tally.client.trust.KnownServers;
import tally.client.trust.ServerTrust;

/** {@link TallyApi} over {@link HttpClient} and Jackson. */
public final class HttpTallyApi implements TallyApi {
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

    private final URI server;
    private final String base;
    private final HttpClient http;
    private final Bearer bearer = new Bearer();
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    /** Over HTTPS, trusting what the console's known-servers file trusts for this server. */
    public HttpTallyApi(URI server) {
        this(server, ServerTrust.sslContext(server, KnownServers.atDefaultPlace()));
    }

    /** {@code tls} serves HTTPS calls and the stream alike; plain HTTP does not use it. */
    public HttpTallyApi(URI server, SSLContext tls) {
        this.server = server;
        String text = server.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        // HTTP/1.1: no h2c upgrade dance with a server that does not speak it.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).sslContext(tls).build();
    }

    @Override
    public URI server() {
        return server;
    }

    @Override
    public Session signIn(String username, String password) {
        var session = read(send(post("/api/sessions", new Credentials(username, password)),
                ANSWER_TIMEOUT), Session.class);
        bearer.signedIn(session.token());
        return session;
    }

    /** The body of {@code POST /api/sessions}; {@link #toString()} leaves the password out. */
    private record Credentials(String username, String password) {
        @Override
        public String toString() {
            return "Credentials[" + username + "]";
        }
    }

    @Override
    public void signOut() {
        // Signed with the token, which is then forgotten first: a 401 here ends nothing more.
        var request = request("/api/sessions/current").DELETE();
        bearer.forget();
        send(request, ANSWER_TIMEOUT);
    }

    @Override
    public void onSessionEnded(Runnable listener) {
        bearer.onEnded(listener);
    }

    @Override
    public CommandResult command(String name, Map<String, Object> body) {
        return read(send(post("/api/commands/" + PathSegments.encode(name), body), ANSWER_TIMEOUT),
                CommandResult.class);
    }

    @Override
    public StockList stock() {
        return get("/api/stock", StockList.class);
    }

    @Override
    public StockDetail stock(String sku, long minPosition, int waitMillis) {
        String path = "/api/stock/" + PathSegments.encode(sku);
        if (minPosition <= 0) {
            return get(path, StockDetail.class);
        }
        var request = request(path + "?minPosition=" + minPosition + "&waitMillis=" + waitMillis);
        return read(send(request.GET(), ANSWER_TIMEOUT.plusMillis(waitMillis)), StockDetail.class);
    }

    @Override
    public LocationList locations() {
        return get("/api/locations", LocationList.class);
    }

    @Override
    public WireShapes.BinList bins() {
        return get("/api/bins", WireShapes.BinList.class);
    }

    @Override
    public WireShapes.Barcode barcode(String code) {
        return get("/api/barcodes/" + PathSegments.encode(code), WireShapes.Barcode.class);
    }

    @Override
    public LocationContents location(String location) {
        return get("/api/locations/" + PathSegments.encode(location), LocationContents.class);
    }

    @Override
    public ActivityList activity(int limit) {
        return get("/api/activity?limit=" + limit, ActivityList.class);
    }

    @Override
    public EventLog events(long after, int limit) {
        return EventLogs.of(get("/api/events?after=" + after + "&limit=" + limit,
                JsonNode.class));
    }

    @Override
    public OrderList orders(String status) {
        return get("/api/orders" + (status == null ? "" : "?status=" + PathSegments.encode(status)),
                OrderList.class);
    }

    @Override
    public OrderDetail order(String orderId, long minPosition) {
        return get("/api/orders/" + PathSegments.encode(orderId) + waitFor(minPosition),
                OrderDetail.class);
    }

    @Override
    public PickList pickList(String orderId, long minPosition) {
        return get("/api/orders/" + PathSegments.encode(orderId) + "/pick-list"
                + waitFor(minPosition), PickList.class);
    }

    @Override
    public ProductHistory history(String sku, String location) {
        return get("/api/stock/" + PathSegments.encode(sku) + "/history"
                + (location == null ? "" : "?location=" + PathSegments.encode(location)),
                ProductHistory.class);
    }

    /** Up to 2 s: a read model further behind is shown as it stands, and says where. */
    private static String waitFor(long minPosition) {
        return minPosition <= 0 ? "" : "?minPosition=" + minPosition + "&waitMillis=2000";
    }

    @Override
    public List<ProjectionStatus> projections() {
        return read(send(request("/api/projections").GET(), ANSWER_TIMEOUT),
                new TypeReference<List<ProjectionStatus>>() { });
    }

    @Override
    public void controlProjection(String name, String action) {
        send(request("/api/projections/" + PathSegments.encode(name) + "/"
                + PathSegments.encode(action))
                .POST(HttpRequest.BodyPublishers.noBody()), ANSWER_TIMEOUT);
    }

    @Override
    public void delayProjection(String name, long delayMillis) {
        var body = bytes(Map.of("delayMillis", delayMillis));
        send(request("/api/projections/" + PathSegments.encode(name) + "/delay")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)), ANSWER_TIMEOUT);
    }

    @Override
    public Closeable stream(OptionalLong lastEventId, StreamListener listener) {
        var request = request("/api/stream").header("Accept", "text/event-stream");
        lastEventId.ifPresent(id -> request.header("Last-Event-ID", Long.toString(id)));
        HttpRequest built = request.GET().build();
        return SseConnection.open(http, built, json, bearer.watching(built, listener));
    }

    @Override
    public UserList users() {
        return get("/api/users", UserList.class);
    }

    @Override
    public UserAccount addUser(NewUser user) {
        return read(send(post("/api/users", user), ANSWER_TIMEOUT), UserAccount.class);
    }

    @Override
    public UserAccount changeUser(String username, UserChange change) {
        return read(send(put("/api/users/" + PathSegments.encode(username), change),
                ANSWER_TIMEOUT), UserAccount.class);
    }

    @Override
    public void resetPassword(String username, String password) {
        send(put("/api/users/" + PathSegments.encode(username) + "/password",
                Map.of("password", password)), ANSWER_TIMEOUT);
    }

    @Override
    public byte[] exportCsv(String listPathAndQuery) {
        var request = bearer.sign(HttpRequest.newBuilder(URI.create(base + listPathAndQuery))
                .header("Accept", "text/csv"));
        return send(request.GET(), ANSWER_TIMEOUT).body();
    }

    @Override
    public ImportReport importProducts(byte[] csv, boolean dryRun) {
        return importCsv("/api/import/products", csv, dryRun);
    }

    @Override
    public ImportReport importBins(byte[] csv, boolean dryRun) {
        return importCsv("/api/import/bins", csv, dryRun);
    }

    @Override
    public byte[] paper(String pathAndQuery) {
        var request = bearer.sign(HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .header("Accept", "application/pdf"));
        return send(request.GET(), ANSWER_TIMEOUT).body();
    }

    private ImportReport importCsv(String path, byte[] csv, boolean dryRun) {
        var request = request(path + (dryRun ? "?dryRun=true" : ""))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv));
        // One command a row, each waited for: a long file takes longer than one command.
        return read(send(request, ANSWER_TIMEOUT.multipliedBy(6)), ImportReport.class);
    }

    private <T> T get(String path, Class<T> type) {
        return read(send(request(path).GET(), ANSWER_TIMEOUT), type);
    }

    private HttpRequest.Builder post(String path, Object body) {
        return request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(body)));
    }

    private HttpRequest.Builder put(String path, Object body) {
        return request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes(body)));
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return bearer.sign(HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .header("Accept", "application/json"));
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder builder, Duration timeout) {
        HttpRequest request = builder.timeout(timeout).build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw ServerUnreachable.of(request, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerUnreachable("interrupted while waiting for the server", e);
        }
        if (response.statusCode() == 401) {
            bearer.refused(request);
        }
        if (response.statusCode() >= 300) {
            throw ProblemException.of(json, response.statusCode(), response.body(),
                    retryAfter(response));
        }
        return response;
    }

    /** Seconds; an HTTP date (the header's other form) is not worth a wrong figure: -1. */
    private static long retryAfter(HttpResponse<?> response) {
        try {
            return response.headers().firstValueAsLong("Retry-After").orElse(-1);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private <T> T read(HttpResponse<byte[]> response, Class<T> type) {
        try {
            return json.readValue(response.body(), type);
        } catch (IOException e) {
            throw new ServerUnreachable("the server's answer could not be read", e);
        }
    }

    private <T> T read(HttpResponse<byte[]> response, TypeReference<T> type) {
        try {
            return json.readValue(response.body(), type);
        } catch (IOException e) {
            throw new ServerUnreachable("the server's answer could not be read", e);
        }
    }

    private byte[] bytes(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + body, e);
        }
    }
}

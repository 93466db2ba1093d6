package tally.client.api;

import static tally.client.api.HttpCalls.ANSWER_TIMEOUT;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.net.URI;
import java.net.http.HttpRequest;
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

/** {@link TallyApi} over the JDK's HTTP client and Jackson; {@link HttpCalls} sends each call. */
public final class HttpTallyApi implements TallyApi {
    private final URI server;
    private final Bearer bearer = new Bearer();
    private final HttpCalls calls;
    private final TrainingApi training;

    /** Over HTTPS, trusting what the console's known-servers file trusts for this server. */
    public HttpTallyApi(URI server) {
        this(server, ServerTrust.sslContext(server, KnownServers.atDefaultPlace()));
    }

    /** {@code tls} serves HTTPS calls and the stream alike; plain HTTP does not use it. */
    public HttpTallyApi(URI server, SSLContext tls) {
        this.server = server;
        this.calls = new HttpCalls(server, tls, bearer);
        this.training = new HttpTrainingApi(calls);
    }

    @Override
    public URI server() {
        return server;
    }

    @Override
    public TrainingApi training() {
        return training;
    }

    @Override
    public Session signIn(String username, String password) {
        var session = calls.postJson("/api/sessions", new Credentials(username, password),
                Session.class);
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
        var request = calls.request("/api/sessions/current").DELETE();
        bearer.forget();
        calls.send(request, ANSWER_TIMEOUT);
    }

    @Override
    public void onSessionEnded(Runnable listener) {
        bearer.onEnded(listener);
    }

    @Override
    public CommandResult command(String name, Map<String, Object> body) {
        return calls.postJson("/api/commands/" + PathSegments.encode(name), body,
                CommandResult.class);
    }

    @Override
    public StockList stock() {
        return calls.get("/api/stock", StockList.class);
    }

    @Override
    public StockDetail stock(String sku, long minPosition, int waitMillis) {
        String path = "/api/stock/" + PathSegments.encode(sku);
        if (minPosition <= 0) {
            return calls.get(path, StockDetail.class);
        }
        var request = calls.request(path + "?minPosition=" + minPosition
                + "&waitMillis=" + waitMillis);
        return calls.read(calls.send(request.GET(), ANSWER_TIMEOUT.plusMillis(waitMillis)),
                StockDetail.class);
    }

    @Override
    public LocationList locations() {
        return calls.get("/api/locations", LocationList.class);
    }

    @Override
    public WireShapes.BinList bins() {
        return calls.get("/api/bins", WireShapes.BinList.class);
    }

    @Override
    public WireShapes.Barcode barcode(String code) {
        return calls.get("/api/barcodes/" + PathSegments.encode(code), WireShapes.Barcode.class);
    }

    @Override
    public LocationContents location(String location) {
        return calls.get("/api/locations/" + PathSegments.encode(location), LocationContents.class);
    }

    @Override
    public ActivityList activity(int limit) {
        return calls.get("/api/activity?limit=" + limit, ActivityList.class);
    }

    @Override
    public EventLog events(long after, int limit) {
        return EventLogs.of(calls.get("/api/events?after=" + after + "&limit=" + limit,
                JsonNode.class));
    }

    @Override
    public OrderList orders(String status) {
        return calls.get("/api/orders"
                + (status == null ? "" : "?status=" + PathSegments.encode(status)),
                OrderList.class);
    }

    @Override
    public OrderDetail order(String orderId, long minPosition) {
        return calls.get("/api/orders/" + PathSegments.encode(orderId) + waitFor(minPosition),
                OrderDetail.class);
    }

    @Override
    public PickList pickList(String orderId, long minPosition) {
        return calls.get("/api/orders/" + PathSegments.encode(orderId) + "/pick-list"
                + waitFor(minPosition), PickList.class);
    }

    @Override
    public ProductHistory history(String sku, String location) {
        return calls.get("/api/stock/" + PathSegments.encode(sku) + "/history"
                + (location == null ? "" : "?location=" + PathSegments.encode(location)),
                ProductHistory.class);
    }

    /** Up to 2 s: a read model further behind is shown as it stands, and says where. */
    private static String waitFor(long minPosition) {
        return minPosition <= 0 ? "" : "?minPosition=" + minPosition + "&waitMillis=2000";
    }

    @Override
    public List<ProjectionStatus> projections() {
        return calls.read(calls.send(calls.request("/api/projections").GET(),
                ANSWER_TIMEOUT),
                new TypeReference<List<ProjectionStatus>>() { });
    }

    @Override
    public void controlProjection(String name, String action) {
        calls.send(calls.request("/api/projections/" + PathSegments.encode(name) + "/"
                + PathSegments.encode(action))
                .POST(HttpRequest.BodyPublishers.noBody()), ANSWER_TIMEOUT);
    }

    @Override
    public void delayProjection(String name, long delayMillis) {
        var body = calls.bytes(Map.of("delayMillis", delayMillis));
        calls.send(calls.request("/api/projections/" + PathSegments.encode(name) + "/delay")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)), ANSWER_TIMEOUT);
    }

    @Override
    public Closeable stream(OptionalLong lastEventId, StreamListener listener) {
        var request = calls.request("/api/stream").header("Accept", "text/event-stream");
        lastEventId.ifPresent(id -> request.header("Last-Event-ID", Long.toString(id)));
        HttpRequest built = request.GET().build();
        return SseConnection.open(calls.http(), built, calls.json(),
                bearer.watching(built, listener));
    }

    @Override
    public UserList users() {
        return calls.get("/api/users", UserList.class);
    }

    @Override
    public UserAccount addUser(NewUser user) {
        return calls.postJson("/api/users", user, UserAccount.class);
    }

    @Override
    public UserAccount changeUser(String username, UserChange change) {
        return calls.read(calls.send(calls.put("/api/users/" + PathSegments.encode(username),
                change), ANSWER_TIMEOUT), UserAccount.class);
    }

    @Override
    public void resetPassword(String username, String password) {
        calls.send(calls.put("/api/users/" + PathSegments.encode(username) + "/password",
                Map.of("password", password)), ANSWER_TIMEOUT);
    }

    @Override
    public byte[] exportCsv(String listPathAndQuery) {
        return calls.bytes(listPathAndQuery, "text/csv");
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
        return calls.bytes(pathAndQuery, "application/pdf");
    }

    private ImportReport importCsv(String path, byte[] csv, boolean dryRun) {
        var request = calls.request(path + (dryRun ? "?dryRun=true" : ""))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv));
        // One command a row, each waited for: a long file takes longer than one command.
        return calls.read(calls.send(request, ANSWER_TIMEOUT.multipliedBy(6)),
                ImportReport.class);
    }
}

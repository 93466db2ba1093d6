package tally.client.api;

import java.io.Closeable;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import tally.client.api.WireShapes.ActivityList;
import tally.client.api.WireShapes.CommandResult;
import tally.client.api.WireShapes.EventLog;
import tally.client.api.WireShapes.BinList;
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

/**
 * Everything the console may ask of the server: docs/api.md and nothing else. Every method blocks
 * until the answer is in, so it is called from background threads only, never the FX thread.
 * A refused or invalid call throws {@link ProblemException}; no answer, {@link ServerUnreachable}.
 * Once signed in, every call (the stream too) carries the session's token.
 */
public interface TallyApi {

    URI server();

    /**
     * {@code POST /api/sessions}: from now on every call carries the answer's token. A wrong
     * name or password is a 401 ({@code bad-credentials}), too many tries a 429 whose
     * {@link ProblemException#retryAfterSeconds} says how long to wait.
     */
    Session signIn(String username, String password);

    /** {@code DELETE /api/sessions/current}; the token is forgotten whatever the answer. */
    void signOut();

    /**
     * Calls {@code listener}, on the thread of the call, each time the server refuses the token
     * (a 401 to any call but signing in, the stream included): the session is over, and the
     * token is forgotten, until the next {@link #signIn}.
     */
    void onSessionEnded(Runnable listener);

    /** {@code POST /api/commands/{name}}; null values in the body are left out. */
    CommandResult command(String name, Map<String, Object> body);

    StockList stock();

    /** {@code GET /api/stock/{sku}}, waiting up to waitMillis for minPosition when it is > 0. */
    StockDetail stock(String sku, long minPosition, int waitMillis);

    /**
     * {@code GET /api/stock/{sku}/history}: the events that made its figures, oldest first;
     * {@code location} null for all, else those that touched it. 404 when the sku is unknown.
     */
    ProductHistory history(String sku, String location);

    LocationList locations();

    LocationContents location(String location);

    /** {@code GET /api/bins}: the register of bins, retired ones too. */
    BinList bins();

    /**
     * {@code GET /api/barcodes/{code}}: the product a GTIN-8/12/13/14 stands for; 404 when no
     * product has it, 400 when the code is no GTIN. Assigning one is the command
     * {@code assign-barcode}.
     */
    WireShapes.Barcode barcode(String code);

    ActivityList activity(int limit);

    EventLog events(long after, int limit);

    /** {@code GET /api/orders}, newest first; {@code status} null for every order. */
    OrderList orders(String status);

    /**
     * {@code GET /api/orders/{orderId}}, waiting up to a few seconds for minPosition when it is
     * > 0 (a command's position, so the answer shows that command); 404 when unknown.
     */
    OrderDetail order(String orderId, long minPosition);

    /** {@code GET /api/orders/{orderId}/pick-list}, in walk order; minPosition as above. */
    PickList pickList(String orderId, long minPosition);

    List<ProjectionStatus> projections();

    /** {@code POST /api/projections/{name}/{action}}: pause, resume, rebuild or break. */
    void controlProjection(String name, String action);

    void delayProjection(String name, long delayMillis);

    /**
     * Opens {@code GET /api/stream}, from {@code lastEventId} when given, and returns as soon as
     * the request is on its way (a server may answer only with its first message). Messages
     * then arrive on a thread of the api's own, until {@link StreamListener#closed} is called
     * once, also when the server refuses or cannot be reached; closing the handle ends it.
     */
    Closeable stream(OptionalLong lastEventId, StreamListener listener);

    /**
     * A list query ({@code /api/stock}, {@code /api/locations}, {@code /api/activity?limit=N})
     * asked with {@code Accept: text/csv}: the file's bytes, as the server wrote them (UTF-8).
     */
    byte[] exportCsv(String listPathAndQuery);

    /**
     * {@code POST /api/import/products} with a CSV file; {@code dryRun} for the preview. A file
     * with bad rows is a 422 {@link ProblemException} unless it is a dry run, which answers
     * every row's verdict instead.
     */
    ImportReport importProducts(byte[] csv, boolean dryRun);

    /** {@code POST /api/import/bins}: the bins import, as {@link #importProducts}. */
    ImportReport importBins(byte[] csv, boolean dryRun);

    /**
     * A sheet to print ({@code /api/labels/bins.pdf}, {@code /api/labels/products.pdf},
     * {@code /api/orders/{orderId}/pick-list.pdf}, with its query): the PDF's bytes.
     */
    byte[] paper(String pathAndQuery);

    /** {@code GET /api/users} (admin). */
    UserList users();

    /** {@code POST /api/users} (admin); 409 when the name is taken. */
    UserAccount addUser(NewUser user);

    /** {@code PUT /api/users/{username}} (admin): display name, roles, enabled. */
    UserAccount changeUser(String username, UserChange change);

    /** {@code PUT /api/users/{username}/password} as an admin resets it. */
    void resetPassword(String username, String password);

    /** The trainer's lessons' calls, signed as every other call; none unless overridden. */
    default TrainingApi training() {
        throw new UnsupportedOperationException("no training calls on " + server());
    }
}

package tally.client.testing;

import java.io.Closeable;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeSet;
import tally.client.api.ProblemDetails;
import tally.client.api.ProblemException;
import tally.client.api.ServerUnreachable;
import tally.client.api.StreamListener;
import tally.client.api.StreamMessage.ActivityAdded;
import tally.client.api.StreamMessage.LocationChanged;
import tally.client.api.StreamMessage.ProjectionChanged;
import tally.client.api.StreamMessage.Reset;
import tally.client.api.StreamMessage.StockChanged;
import tally.client.api.WireShapes.ActivityItem;
import tally.client.api.WireShapes.ActivityList;
import tally.client.api.WireShapes.CommandResult;
import tally.client.api.WireShapes.EventLog;
import tally.client.api.WireShapes.LocationContents;
import tally.client.api.WireShapes.LocationList;
import tally.client.api.WireShapes.LogEvent;
import tally.client.api.WireShapes.ProjectionStatus;
import tally.client.api.WireShapes.SkuQuantity;
import tally.client.api.WireShapes.StockDetail;
import tally.client.api.WireShapes.StockList;
import tally.client.testing.FakeWarehouse.Recorded;

/**
 * A server in memory, for view-model and view tests: the contract's answers and stream
 * messages, read models that can be paused, a switch that takes the server down, and users
 * who must sign in ({@link FakeSessions}). Another client's commands need no session.
 */
public final class FakeTallyApi extends FakeSessionCalls {
    private final FakeWarehouse warehouse = new FakeWarehouse();
    private final Map<String, FakeReadModel> models = new LinkedHashMap<>();
    private final List<StreamListener> streams = new ArrayList<>();
    private final TreeSet<String> everUsed = new TreeSet<>();
    private final Map<String, CommandResult> seenIds = new LinkedHashMap<>();
    /** Every command sent, also those that found the server down. */
    public final List<String> commandNames = new ArrayList<>();
    public final List<Map<String, Object>> commandBodies = new ArrayList<>();
    public final List<OptionalLong> streamsOpenedFrom = new ArrayList<>();
    private boolean down;
    private boolean breakable = true;
    private int resetsToSend;
    private boolean holdNewStreams;
    private final List<StreamListener> held = new ArrayList<>();

    public FakeTallyApi() {
        for (String name : List.of("stock", "locations", "activity")) {
            models.put(name, new FakeReadModel(name));
        }
    }

    @Override
    public URI server() {
        return URI.create("http://fake.tally:8080");
    }

    @Override
    public synchronized CommandResult command(String name, Map<String, Object> body) {
        return decide(name, body, true);
    }

    private CommandResult decide(String name, Map<String, Object> body, boolean guarded) {
        commandNames.add(name);
        commandBodies.add(Map.copyOf(body));
        up();
        if (guarded) {
            client.guard(FakeSessions.rolesForCommand(name));
        }
        Object id = body.get("commandId");
        if (id != null && seenIds.containsKey(id.toString())) {
            return seenIds.get(id.toString());
        }
        List<Recorded> recorded = warehouse.decide(name, body);
        String sku = body.get("sku").toString();
        recorded.forEach(r -> {
            everUsed.addAll(r.locations());
            models.values().forEach(m -> m.offer(r));
        });
        publish();
        var result = new CommandResult(id == null ? "generated" : id.toString(),
                "product-" + sku, warehouse.products.get(sku).version(),
                warehouse.lastPositionOf(sku));
        if (id != null) {
            seenIds.put(id.toString(), result);
        }
        return result;
    }

    /** Another client's command, straight at the server: it needs no session here. */
    public synchronized CommandResult otherClient(String name, Map<String, Object> body) {
        return decide(name, body, false);
    }

    @Override
    public synchronized StockList stock() {
        reachable();
        long at = models.get("stock").position;
        return new StockList(at, warehouse.products.keySet().stream()
                .map(sku -> warehouse.detail(sku, at).line()).toList());
    }

    @Override
    public synchronized StockDetail stock(String sku, long minPosition, int waitMillis) {
        reachable();
        if (!warehouse.products.containsKey(sku)) {
            throw FakeWarehouse.problem(404, "not-found", "no product " + sku);
        }
        return warehouse.detail(sku, models.get("stock").position);
    }

    @Override
    public synchronized LocationList locations() {
        reachable();
        return new LocationList(models.get("locations").position,
                everUsed.stream().map(l -> contents(l).line()).toList());
    }

    @Override
    public synchronized LocationContents location(String location) {
        reachable();
        if (!everUsed.contains(location)) {
            throw FakeWarehouse.problem(404, "not-found", "no location " + location);
        }
        return contents(location);
    }

    @Override
    public synchronized ActivityList activity(int limit) {
        reachable();
        long at = models.get("activity").position;
        var items = new ArrayList<ActivityItem>();
        for (int i = (int) at - 1; i >= 0 && items.size() < limit; i--) {
            items.add(activityOf(warehouse.log.get(i)));
        }
        return new ActivityList(at, items);
    }

    @Override
    public synchronized EventLog events(long after, int limit) {
        reachable();
        return new EventLog(warehouse.log.size(), warehouse.log.stream()
                .filter(r -> r.position() > after).limit(limit)
                .map(r -> new LogEvent(r.position(), "product-" + r.sku(), 0, r.type(),
                        Instant.now().toString(), null, r.user(), r.data())).toList());
    }

    @Override
    public synchronized List<ProjectionStatus> projections() {
        reachable();
        return models.values().stream().map(m -> m.describe(warehouse.log.size())).toList();
    }

    @Override
    public synchronized void controlProjection(String name, String action) {
        asTrainer();
        FakeReadModel m = models.get(name);
        if (m == null || action.equals("break") && !breakable) {
            throw FakeWarehouse.problem(404, "not-found", "no such resource");
        }
        switch (action) {
            case "pause" -> m.state = "PAUSED";
            case "resume" -> m.state = "RUNNING";
            case "rebuild" -> m.rebuild(warehouse.log);
            case "break" -> m.state = "FAILED";
            default -> throw FakeWarehouse.problem(404, "not-found", action);
        }
        publish();
        streams.forEach(s -> s.message(new ProjectionChanged(warehouse.log.size(),
                m.describe(warehouse.log.size()))));
    }

    @Override
    public synchronized void delayProjection(String name, long delayMillis) {
        asTrainer();
        models.get(name).delayMillis = delayMillis;
        streams.forEach(s -> s.message(new ProjectionChanged(warehouse.log.size(),
                models.get(name).describe(warehouse.log.size()))));
    }

    @Override
    public synchronized Closeable stream(OptionalLong lastEventId, StreamListener listener) {
        reachable();
        streamsOpenedFrom.add(lastEventId);
        if (resetsToSend > 0) {
            resetsToSend--;
            streams.add(listener);
            listener.message(new Reset(warehouse.log.size()));
        } else if (holdNewStreams) {
            held.add(listener);
        } else {
            streams.add(listener);
        }
        return () -> {
            synchronized (this) {
                streams.remove(listener);
                held.remove(listener);
            }
        };
    }

    /** Who issues the commands from now on (null: as a server before users recorded them). */
    public synchronized void actAs(String user) {
        warehouse.user = user;
    }

    /** Takes the server down (open streams break) or brings it back. */
    public synchronized void setDown(boolean isDown) {
        down = isDown;
        if (isDown) {
            var broken = List.copyOf(streams);
            streams.clear();
            broken.forEach(s -> s.closed(new ServerUnreachable("connection reset", null)));
        }
    }

    public synchronized void setBreakable(boolean yes) {
        breakable = yes;
    }

    public synchronized void sendResetOnNextStreams(int count) {
        resetsToSend = count;
    }

    /**
     * Like the real server under load: a stream opened now is subscribed only when
     * {@link #subscribeHeldStreams} is called, and hears nothing of what happens before.
     */
    public synchronized void holdNewStreams() {
        holdNewStreams = true;
    }

    /** Answers the held streams as a server without {@code /api/stream} would: 404. */
    public synchronized void refuseHeldStreams() {
        var refused = List.copyOf(held);
        held.clear();
        refused.forEach(s -> s.closed(new ProblemException(new ProblemDetails(
                "https://tally.dev/problems/not-found", "Not Found", 404, "no stream here",
                List.of()))));
    }

    public synchronized void subscribeHeldStreams() {
        holdNewStreams = false;
        streams.addAll(held);
        held.clear();
    }

    public synchronized int openStreams() {
        return streams.size();
    }

    public synchronized String state(String model) {
        return models.get(model).state;
    }

    private void publish() {
        for (FakeReadModel m : models.values()) {
            for (Recorded r : m.drain()) {
                streams.forEach(s -> tell(s, m.name, r));
            }
        }
    }

    private void tell(StreamListener s, String model, Recorded r) {
        switch (model) {
            case "stock" -> s.message(new StockChanged(r.position(),
                    warehouse.detail(r.sku(), r.position())));
            case "locations" -> r.locations().forEach(l -> {
                var c = contents(l);
                s.message(new LocationChanged(r.position(),
                        new LocationContents(r.position(), l, c.items())));
            });
            default -> s.message(new ActivityAdded(r.position(), activityOf(r)));
        }
    }

    private LocationContents contents(String location) {
        return new LocationContents(models.get("locations").position, location,
                warehouse.contents(location).entrySet().stream()
                        .map(e -> new SkuQuantity(e.getKey(), e.getValue())).toList());
    }

    private static ActivityItem activityOf(Recorded r) {
        return new ActivityItem(r.position(), "product-" + r.sku(), r.type(),
                "2026-01-05T10:15:30.123Z", r.user(), r.summary());
    }

    @Override
    void up() {
        if (down) {
            throw new ServerUnreachable("no answer from fake.tally:8080: Connection refused",
                    new java.net.ConnectException("Connection refused"));
        }
    }
}

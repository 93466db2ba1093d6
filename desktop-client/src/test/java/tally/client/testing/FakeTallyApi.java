package tally.client.testing;

import java.io.Closeable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeSet;
import tally.client.api.ProblemDetails;
import tally.client.api.ProblemException;
import tally.client.api.ServerUnreachable;
import tally.client.api.StreamListener;
import tally.client.api.StreamMessage.ProjectionChanged;
import tally.client.api.StreamMessage.Reset;
import tally.client.api.WireShapes.ActivityItem;
import tally.client.api.WireShapes.ActivityList;
import tally.client.api.WireShapes.CommandResult;
import tally.client.api.WireShapes.EventLog;
import tally.client.api.WireShapes.LocationContents;
import tally.client.api.WireShapes.LocationList;
import tally.client.api.WireShapes.LogEvent;
import tally.client.api.WireShapes.OrderDetail;
import tally.client.api.WireShapes.OrderList;
import tally.client.api.WireShapes.OrderSummary;
import tally.client.api.WireShapes.PickList;
import tally.client.api.WireShapes.ProjectionStatus;
import tally.client.api.WireShapes.StockDetail;
import tally.client.api.WireShapes.StockList;
import tally.client.testing.FakeWarehouse.Recorded;

/**
 * A server in memory, for view-model and view tests: the contract's answers and stream
 * messages, read models that can be paused, a switch that takes the server down, and users
 * who must sign in ({@link FakeSessions}). Another client's commands need no session.
 */
public final class FakeTallyApi extends FakeBarcodeCalls {
    private final FakeWarehouse warehouse = new FakeWarehouse();
    private final FakeOrders orders = new FakeOrders(warehouse);
    private final FakeAllocation allocation = new FakeAllocation(warehouse, orders);
    final Map<String, FakeReadModel> models = new LinkedHashMap<>();
    private final FakeModelMessages messages = new FakeModelMessages(warehouse, orders, models);
    private final TreeSet<String> everUsed = new TreeSet<>();
    private final Map<String, CommandResult> seenIds = new LinkedHashMap<>();
    /** The command id each recorded event carries, by position, as the log shows it. */
    private final Map<Long, String> commandIdAt = new LinkedHashMap<>();
    /** Every command sent, also those that found the server down. */
    public final List<String> commandNames = new ArrayList<>();
    public final List<Map<String, Object>> commandBodies = new ArrayList<>();
    private boolean breakable = true;
    /** The training routes of the trainer's lessons. */
    public final FakeTraining training = new FakeTraining(this);

    public FakeTallyApi() {
        for (String name : List.of("stock", "locations", "activity", "orders", "allocation")) {
            models.put(name, new FakeReadModel(name));
        }
    }

    /**
     * The server comes back on another, empty data folder (an IT person's restore, a trainer's
     * fresh demo): every read model, order and event gone, the head back at 0.
     */
    public synchronized void restartOnEmptyLog() {
        setDown(true);
        warehouse.products.clear();
        warehouse.log.clear();
        warehouse.held.clear();
        warehouse.sequenceOf.clear();
        orders.orders.clear();
        commandIdAt.clear();
        models.values().forEach(FakeReadModel::forget);
        setDown(false);
    }

    @Override
    long head() {
        return warehouse.log.size();
    }

    @Override
    String nameOf(String sku) {
        var p = warehouse.products.get(sku);
        return p == null ? null : p.name();
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
        if (name.endsWith("-location")) {
            return binCommand(name, body, warehouse::contents);
        }
        if (name.equals("assign-barcode")) {
            return assignBarcode(body);
        }
        Object id = body.get("commandId");
        if (id != null && seenIds.containsKey(id.toString())) {
            return seenIds.get(id.toString());
        }
        boolean forOrder = FakeOrders.handles(name);
        List<Recorded> recorded = forOrder ? orders.decide(name, body)
                : warehouse.decide(name, body);
        recorded.forEach(this::offer);
        recorded.forEach(r -> commandIdAt.put(r.position(), id == null ? "generated"
                : id.toString()));
        settle();
        CommandResult result;
        if (forOrder) {
            String orderId = body.get("orderId").toString();
            result = new CommandResult(id == null ? "generated" : id.toString(),
                    "order-" + orderId, orders.known(orderId).version,
                    recorded.get(recorded.size() - 1).position());
        } else {
            String sku = body.get("sku").toString();
            result = new CommandResult(id == null ? "generated" : id.toString(),
                    "product-" + sku, warehouse.products.get(sku).version(),
                    warehouse.lastPositionOf(sku));
        }
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
                everUsed.stream().map(l -> messages.contents(l).line()).toList());
    }

    @Override
    public synchronized LocationContents location(String location) {
        reachable();
        if (!everUsed.contains(location)) {
            throw FakeWarehouse.problem(404, "not-found", "no location " + location);
        }
        return messages.contents(location);
    }

    @Override
    public synchronized ActivityList activity(int limit) {
        reachable();
        long at = models.get("activity").position;
        var items = new ArrayList<ActivityItem>();
        for (int i = (int) at - 1; i >= 0 && items.size() < limit; i--) {
            items.add(FakeModelMessages.activityOf(warehouse.log.get(i)));
        }
        return new ActivityList(at, items);
    }

    @Override
    public synchronized EventLog events(long after, int limit) {
        reachable();
        return new EventLog(warehouse.log.size(), warehouse.log.stream()
                .filter(r -> r.position() > after).limit(limit)
                .map(r -> new LogEvent(r.position(), r.stream(), 0, r.type(),
                        Instant.now().toString(), commandIdAt.get(r.position()), r.user(),
                        r.data())).toList());
    }

    @Override
    public synchronized OrderList orders(String status) {
        reachable();
        long at = models.get("orders").position;
        var all = new ArrayList<>(orders.orders.keySet().stream()
                .map(id -> orders.detail(id, at))
                .filter(o -> status == null || o.status().equals(status))
                .map(o -> new OrderSummary(o.orderId(), o.customer(), o.status(),
                        o.lines().size(), o.placedAt())).toList());
        Collections.reverse(all);
        return new OrderList(at, all);
    }

    @Override
    public synchronized OrderDetail order(String orderId, long minPosition) {
        reachable();
        return orders.detail(orderId, models.get("orders").position);
    }

    @Override
    public synchronized PickList pickList(String orderId, long minPosition) {
        reachable();
        return orders.pickList(orderId, models.get("orders").position);
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
            // The allocation rebuilds its own state only: it reserves nothing twice.
            case "rebuild" -> m.rebuild(name.equals("allocation") ? List.of() : warehouse.log);
            case "break" -> m.state = "FAILED";
            default -> throw FakeWarehouse.problem(404, "not-found", action);
        }
        settle();
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
    public tally.client.api.TrainingApi training() {
        return training;
    }

    /** Who issues the commands from now on (null: as a server before users recorded them). */
    public synchronized void actAs(String user) {
        warehouse.user = user;
    }

    public synchronized void setBreakable(boolean yes) {
        breakable = yes;
    }

    public synchronized String state(String model) {
        return models.get(model).state;
    }

    private void offer(Recorded r) {
        everUsed.addAll(r.locations());
        models.values().forEach(m -> m.offer(r));
    }

    /** The allocation reacts while it runs, to what it reacts to; then the models publish. */
    private void settle() {
        List<Recorded> seen;
        boolean reacted = false;
        while (!(seen = models.get("allocation").drain()).isEmpty()) {
            reacted = true;
            seen.forEach(r -> allocation.react(r).forEach(this::offer));
        }
        for (FakeReadModel m : models.values()) {
            List<Recorded> applied = m.name.equals("allocation") ? List.of() : m.drain();
            applied.forEach(r -> streams.forEach(s -> messages.tell(s, m.name, r)));
            // As the real server's projection messages do: a model that moved past events
            // it has nothing to say about still tells where it stands.
            boolean silent = applied.isEmpty() ? m.name.equals("allocation") && reacted
                    : !m.concerns(applied.get(applied.size() - 1));
            if (silent) {
                streams.forEach(s -> s.message(new ProjectionChanged(warehouse.log.size(),
                        m.describe(warehouse.log.size()))));
            }
        }
    }
}

package tally.client.testing;

import java.util.ArrayList;
import java.util.List;
import tally.client.api.TrainingApi;
import tally.client.api.TrainingShapes.History;
import tally.client.api.TrainingShapes.SecondOperator;
import tally.client.api.TrainingShapes.Traffic;
import tally.client.api.TrainingShapes.Training;
import tally.client.api.WireShapes.ProjectionStatus;

/**
 * The fake server's training routes: traffic that is only a switch with counts, a second
 * operator whose receive is a real command of the fake warehouse, a history that is done at
 * once. Every call is noted in {@link #calls}, in order.
 */
public final class FakeTraining implements TrainingApi {
    public final List<String> calls = new ArrayList<>();
    /** A paced rebuild stays REBUILDING at its pace (until rebuilt at full speed). */
    public boolean slowRebuilds;
    private final FakeTallyApi server;
    private Traffic traffic = new Traffic(false, 0, 0, 0, null);
    private History history = new History(false, 0, 0, null, null);
    private int orders;

    FakeTraining(FakeTallyApi server) {
        this.server = server;
    }

    @Override
    public synchronized Training training() {
        return new Training(traffic, history);
    }

    @Override
    public synchronized Traffic startTraffic(int commandsPerSecond) {
        calls.add("traffic " + commandsPerSecond);
        traffic = new Traffic(true, commandsPerSecond, traffic.accepted() + 7, traffic.refused(),
                "2026-12-04T16:00:00Z");
        return traffic;
    }

    @Override
    public synchronized Traffic stopTraffic() {
        calls.add("stop traffic");
        traffic = new Traffic(false, traffic.commandsPerSecond(), traffic.accepted(),
                traffic.refused(), traffic.startedAt());
        return traffic;
    }

    @Override
    public SecondOperator secondOperator(String sku, String command) {
        synchronized (this) {
            calls.add("second operator " + command + " " + sku);
        }
        if (command.equals("place-order")) {
            String id = "TRAIN-" + (++orders);
            var done = server.otherClient("place-order", CommandBody.of("orderId", id,
                    "customer", "Training", "lines", List.of(CommandBody.of("sku", sku,
                            "quantity", 1L))));
            return new SecondOperator("system:training", command, sku, null, 1, id,
                    done.position(), null);
        }
        var at = server.stock(sku, 0, 0).locations();
        String bin = at.isEmpty() ? "A-01" : at.getFirst().location();
        var done = server.otherClient("receive-stock", CommandBody.of("sku", sku, "location", bin,
                "quantity", 1L, "reference", "second operator"));
        return new SecondOperator("system:training", command, sku, bin, 1, null, done.position(),
                done.version());
    }

    @Override
    public synchronized History growHistory(long events) {
        calls.add("history " + events);
        history = new History(false, events, events, 0L, events);
        return history;
    }

    /** A longer history still being appended, as on a real server for a while. */
    public synchronized void historyRunning(long requested) {
        history = new History(true, requested, requested / 2, 0L, null);
    }

    @Override
    public synchronized History stopHistory() {
        calls.add("stop history");
        history = new History(false, history.requested(), history.appended(),
                history.fromPosition(), history.toPosition());
        return history;
    }

    @Override
    public ProjectionStatus rebuild(String name, long eventsPerSecond) {
        synchronized (this) {
            calls.add("rebuild " + name + " at " + eventsPerSecond);
        }
        server.controlProjection(name, "rebuild");
        if (slowRebuilds) {
            synchronized (server) {
                var m = server.models.get(name);
                m.state = "REBUILDING";
                m.pace = eventsPerSecond;
            }
        }
        return server.projections().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow();
    }
}

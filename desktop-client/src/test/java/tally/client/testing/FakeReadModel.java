package tally.client.testing;

import java.util.ArrayList;
import java.util.List;
import tally.client.api.WireShapes.ProjectionStatus;
import tally.client.testing.FakeWarehouse.Recorded;

/** A read model of the fake server: applies what it is offered unless paused or failed. */
final class FakeReadModel {
    final String name;
    String state = "RUNNING";
    long position;
    long delayMillis;
    /** The pace of a rebuild that is still going ({@link FakeTraining#slowRebuilds}). */
    Long pace;
    private final List<Recorded> waiting = new ArrayList<>();

    FakeReadModel(String name) {
        this.name = name;
    }

    /** As if it never ran: a server started on an empty log. */
    void forget() {
        state = "RUNNING";
        position = 0;
        delayMillis = 0;
        waiting.clear();
    }

    void offer(Recorded r) {
        waiting.add(r);
    }

    /** What it applies now, in order; its position moves to the last of them. */
    List<Recorded> drain() {
        if (!state.equals("RUNNING") || waiting.isEmpty()) {
            return List.of();
        }
        var applied = List.copyOf(waiting);
        waiting.clear();
        position = applied.get(applied.size() - 1).position();
        return applied;
    }

    /** Whether the model has a message of its own about this event. */
    boolean concerns(Recorded r) {
        return switch (name) {
            case "stock" -> r.sku() != null;
            case "locations" -> !r.locations().isEmpty();
            case "orders" -> r.orderId() != null;
            default -> true;
        };
    }

    void rebuild(List<Recorded> log) {
        pace = null;
        waiting.clear();
        waiting.addAll(log);
        position = 0;
        state = "RUNNING";
    }

    ProjectionStatus describe(long head) {
        return new ProjectionStatus(name, position, head, head - position, (head - position) * 100,
                state, delayMillis, state.equals("FAILED") ? "broken on purpose" : null, pace);
    }
}

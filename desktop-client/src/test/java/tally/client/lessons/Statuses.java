package tally.client.lessons;

import tally.client.api.WireShapes.ProjectionStatus;

/** Read-model statuses as the server sends them, for the checks' tests. */
final class Statuses {
    private Statuses() {
    }

    static ProjectionStatus of(String name, long position, long head, long lagMillis,
                               String state) {
        return new ProjectionStatus(name, position, head, head - position, lagMillis, state, 0,
                state.equals("FAILED") ? "position " + (position + 1)
                        + " (StockReceived): broken on purpose by a trainer" : null);
    }

    static ProjectionStatus running(String name, long position, long head, long lagMillis) {
        return of(name, position, head, lagMillis, "RUNNING");
    }
}

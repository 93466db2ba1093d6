package tally.query.engine.waits;

import tally.query.engine.runner.ReadModelSupervisor;

/** Test-only: the waits reaching up into the runner, which the engine's layers must report. */
public final class WaitsKnowingTheRunner {
    private WaitsKnowingTheRunner() {
    }

    static PositionWaiters stock(ReadModelSupervisor supervisor) {
        return supervisor.waitersOf("stock");
    }
}

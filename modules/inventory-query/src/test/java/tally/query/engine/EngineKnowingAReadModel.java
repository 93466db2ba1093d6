package tally.query.engine;

import tally.query.orders.PretendOrders;

/** Test-only: the engine calling a read model, which the architecture rules must report. */
public final class EngineKnowingAReadModel {
    private EngineKnowingAReadModel() {
    }

    static int orders() {
        return PretendOrders.open();
    }
}

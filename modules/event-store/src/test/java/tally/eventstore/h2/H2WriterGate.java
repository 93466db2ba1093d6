package tally.eventstore.h2;

import tally.eventstore.WriterGate;

/** A {@link WriterGate} on an H2 store's writer, whose hook only this package can reach. */
public final class H2WriterGate {
    private H2WriterGate() {
    }

    public static WriterGate holdWriter(H2EventStore store) {
        return WriterGate.holdWriter(store::beforeNextBatch);
    }
}

package tally.eventstore.postgres;

import tally.eventstore.WriterGate;

/** A {@link WriterGate} on a PostgreSQL store's writer, whose hook only this package can reach. */
public final class PostgresWriterGate {
    private PostgresWriterGate() {
    }

    public static WriterGate holdWriter(PostgresEventStore store) {
        return WriterGate.holdWriter(store::beforeNextBatch);
    }
}

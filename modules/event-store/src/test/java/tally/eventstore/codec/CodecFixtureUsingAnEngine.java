package tally.eventstore.codec;

import tally.eventstore.postgres.PostgresEventStore;

/** Fixture for EventStoreLayersTest: a class both engines share that reaches into one. */
public final class CodecFixtureUsingAnEngine {
    PostgresEventStore engine;
}

package tally.eventstore.h2.journal;

import tally.eventstore.h2.H2EventStore;

/** Fixture for EventStoreLayersTest: a journal class that reaches back into the H2 engine. */
public final class JournalFixtureUsingTheEngine {
    H2EventStore engine;
}

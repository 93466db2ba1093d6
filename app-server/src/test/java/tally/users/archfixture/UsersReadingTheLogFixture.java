package tally.users.archfixture;

import tally.eventstore.EventStore;

/** Breaks the arrows on purpose, for ModuleArrowsTest: the users module reading the log. */
public final class UsersReadingTheLogFixture {
    EventStore log;
}

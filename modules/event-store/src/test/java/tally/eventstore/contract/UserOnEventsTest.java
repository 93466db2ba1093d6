package tally.eventstore.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tally.events.TallyEvent;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.StockReceived;
import tally.events.StoredEvent;
import tally.eventstore.AppendRequest;
import tally.eventstore.CommandIdReused;
import tally.eventstore.ExpectedVersion;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tally.eventstore.EventStore;
import tally.eventstore.h2.TestStores;

/**
 * Who did what: the user an append names is recorded on each of its events and read back by
 * every read, from the tables and after a reopen, and a command id is its user's (events from
 * before users: MigrationTest and JournalReplayTest; the rule alone: CommandIdRuleTest).
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Engine.class)
class UserOnEventsTest {
    private static final String STREAM = StoredEvent.streamOf("SKU-1");

    private final TestLog log;

    UserOnEventsTest(Engine engine) {
        this.log = engine.freshLog();
    }

    @AfterEach
    void delete() {
        log.delete();
    }

    @Test
    void each_event_of_an_append_carries_its_user_in_every_read_and_after_a_reopen() {
        try (var store = log.open()) {
            store.appendAndWait(new AppendRequest(STREAM, ExpectedVersion.exactly(0), "c1",
                    "supervisor", "fp-1", List.of(new ProductRegistered("SKU-1", "Bolt", 0),
                    new StockReceived("SKU-1", "A-1", 4, null))));
            store.appendAndWait(new AppendRequest(STREAM, ExpectedVersion.ANY, "c2",
                    "system:allocation", null,
                    List.of(new StockReceived("SKU-1", "A-1", 1, null))));
            TestStores.append(store, new StockReceived("SKU-1", "A-1", 2, null));

            assertThat(store.readAll(0, 10)).extracting(StoredEvent::user)
                    .containsExactly("supervisor", "supervisor", "system:allocation", null);
            assertThat(store.readStream(STREAM)).extracting(StoredEvent::user)
                    .containsExactly("supervisor", "supervisor", "system:allocation", null);
        }
        try (var store = log.open()) {
            assertThat(store.readAll(0, 10)).extracting(StoredEvent::commandId, StoredEvent::user)
                    .containsExactly(tuple("c1", "supervisor"), tuple("c1", "supervisor"),
                            tuple("c2", "system:allocation"),
                            tuple(store.readAll(3, 1).get(0).commandId(), null));
        }
    }

    @Test
    void a_user_is_kept_exactly_as_given_up_to_64_characters_and_in_any_script() {
        String longest = "u".repeat(59) + "-ÅØ日本";
        try (var store = log.open()) {
            store.appendAndWait(new AppendRequest(STREAM, ExpectedVersion.ANY, null, longest,
                    null, List.of(new ProductRegistered("SKU-1", "Bolt", 0))));

            assertThat(longest).hasSize(64);
            assertThat(store.readAll(0, 1)).singleElement().extracting(StoredEvent::user)
                    .isEqualTo(longest);
        }
    }

    @Test
    void a_command_id_is_answered_again_for_its_user_and_refused_to_another() {
        try (var store = log.open()) {
            store.appendAndWait(receive("c1", "ann", List.of(new StockReceived("SKU-1", "A-1", 1,
                    null))));
            store.appendAndWait(receive("count-1", "ann", List.of()));
        }
        try (var store = log.open()) {
            for (String id : List.of("c1", "count-1")) {
                assertThat(store.appendAndWait(receive(id, "ann", List.of())).duplicate()).isTrue();
                assertThatThrownBy(() -> store.appendAndWait(receive(id, "bob", List.of())))
                        .isInstanceOf(CommandIdReused.class);
            }
            assertThat(store.headPosition()).isEqualTo(1);
        }
    }

    @Test
    void a_command_id_recorded_without_a_user_is_answered_again_whoever_retries_it() {
        try (var store = log.open()) {
            store.appendAndWait(receive("c1", null, List.of(new StockReceived("SKU-1", "A-1", 1,
                    null))));

            assertThat(store.appendAndWait(receive("c1", "bob", List.of())).duplicate()).isTrue();
            assertThat(store.headPosition()).isEqualTo(1);
        }
    }

    /** Fingerprints matter to the rule as much as users; here they are left out, so only users. */
    private static AppendRequest receive(String id, String user, List<TallyEvent> events) {
        return new AppendRequest(STREAM, ExpectedVersion.ANY, id, user, null, events);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}

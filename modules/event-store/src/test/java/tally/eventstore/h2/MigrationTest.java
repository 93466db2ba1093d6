package tally.eventstore.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.events.InventoryEvent.StockReceived;
import tally.events.StoredEvent;
import tally.eventstore.AppendRequest;
import tally.eventstore.AppendResult;
import tally.eventstore.CommandIdReused;
import tally.eventstore.ExpectedVersion;

/** The log's migrations keep what was stored before them answering as it did. */
class MigrationTest {
    private static final String STREAM = "product-SKU-1";

    @Test
    void a_command_id_recorded_in_the_commands_table_before_v2_still_answers_its_retries(
            @TempDir Path dir) throws Exception {
        TestStores.logOfSchema(dir, "1", "INSERT INTO events VALUES (1, '" + STREAM + "', 1,"
                + " 'StockReceived', CURRENT_TIMESTAMP, 'c1', '{\"sku\":\"SKU-1\","
                + "\"location\":\"A-1\",\"quantity\":5,\"reference\":null}')",
                "INSERT INTO commands VALUES ('c1', '" + STREAM + "', 1, 1, 'fp',"
                        + " CURRENT_TIMESTAMP)");

        try (var store = TestStores.openIn(dir)) {
            var retry = new AppendRequest(STREAM, ExpectedVersion.ANY, "c1", null, "fp",
                    List.of(new StockReceived("SKU-1", "A-1", 5, null)));
            var reused = new AppendRequest(STREAM, ExpectedVersion.ANY, "c1", null, "other",
                    List.of(new StockReceived("SKU-1", "A-1", 6, null)));

            assertThat(store.appendAndWait(retry))
                    .isEqualTo(new AppendResult("c1", STREAM, 1, 1, true, "fp", null));
            assertThatThrownBy(() -> store.appendAndWait(reused))
                    .isInstanceOf(CommandIdReused.class);
            assertThat(store.readStream(STREAM)).singleElement()
                    .satisfies(e -> assertThat(e.commandId()).isEqualTo("c1"));
            assertThat(store.headPosition()).isEqualTo(1);
        }
    }

    @Test
    void events_stored_before_users_were_recorded_read_back_unchanged_with_no_user(
            @TempDir Path dir) throws Exception {
        TestStores.logOfSchema(dir, "2", "INSERT INTO events (position, stream, version, type,"
                + " occurred_at, command_id, fingerprint, data) VALUES (1, '" + STREAM + "', 1,"
                + " 'StockReceived', TIMESTAMP WITH TIME ZONE '2026-03-02 08:15:00.25Z', 'c1',"
                + " 'fp', '{\"sku\":\"SKU-1\",\"location\":\"A-1\",\"quantity\":5,"
                + "\"reference\":null}')");

        try (var store = TestStores.openIn(dir)) {
            store.appendAndWait(new AppendRequest(STREAM, ExpectedVersion.exactly(1), "c2",
                    "operator", "fp-2", List.of(new StockReceived("SKU-1", "A-1", 2, null))));

            assertThat(store.readStream(STREAM)).containsExactly(
                    new StoredEvent(1, STREAM, 1, "StockReceived",
                            Instant.parse("2026-03-02T08:15:00.250Z"), "c1", null,
                            new StockReceived("SKU-1", "A-1", 5, null)),
                    new StoredEvent(2, STREAM, 2, "StockReceived",
                            store.readAll(1, 1).get(0).occurredAt(), "c2", "operator",
                            new StockReceived("SKU-1", "A-1", 2, null)));
        }
    }
}

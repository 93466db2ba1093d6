package tally.eventstore.h2.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.eventstore.AppendResult;
import tally.eventstore.Durability;
import tally.eventstore.EventStoreException;
import tally.eventstore.h2.journal.BatchRows.EventRow;

/**
 * The journal alone: its records read back as written, torn or damaged ones, and those of the
 * format before users.
 */
class JournalTest {
    private static final Instant AT = Instant.parse("2026-11-23T09:00:00.123456Z");

    @TempDir
    Path dir;

    @Test
    void records_read_back_as_written_nulls_and_long_text_included() throws IOException {
        var first = new BatchRows(AT, List.of(row(1, "c-1"), row(2, null)), List.of());
        var second = new BatchRows(AT.plusSeconds(1), List.of(row(3, "c-3")),
                List.of(new AppendResult("count-1", "product-A", 3, 3, false, null,
                        "counter")));
        try (var journal = Journal.startAfter(dir, Durability.DEFAULT)) {
            journal.append(List.of(first));
            journal.append(List.of(second));
        }

        assertThat(Journal.readAll(dir)).containsExactly(first, second);
    }

    @Test
    void a_record_cut_short_or_damaged_ends_what_is_read_and_the_records_before_it_stand()
            throws IOException {
        var kept = new BatchRows(AT, List.of(row(1, "c-1")), List.of());
        try (var journal = Journal.startAfter(dir, Durability.DEFAULT)) {
            journal.append(List.of(kept));
        }
        Path segment = dir.resolve("events.journal.1");
        ByteBuffer torn = JournalCodec.encode(List.of(new BatchRows(AT, List.of(row(2, "c-2")),
                List.of())));
        Files.write(segment, java.util.Arrays.copyOf(torn.array(), torn.capacity() - 5),
                StandardOpenOption.APPEND);
        assertThat(Journal.readAll(dir)).containsExactly(kept);

        byte[] bytes = Files.readAllBytes(segment);
        bytes[JournalCodec.HEADER + 10] ^= 1;
        Files.write(segment, bytes);
        assertThat(Journal.readAll(dir)).isEmpty();
    }

    /**
     * {@code journal-format-1/events.journal.1} was written by the journal of the version before
     * users were recorded (commit a7c9adf), with these rows: what a server killed before its
     * upgrade leaves for the upgraded one to replay.
     */
    @Test
    void a_segment_written_before_users_were_recorded_reads_back_with_no_user() throws Exception {
        Files.copy(Path.of(getClass().getResource("/journal-format-1/events.journal.1").toURI()),
                dir.resolve("events.journal.1"));

        Instant at = Instant.parse("2026-03-02T08:15:00.250Z");
        assertThat(Journal.readAll(dir)).containsExactly(
                new BatchRows(at, List.of(new EventRow(1, "product-OLD-1", 1, "c-1", null, "fp-1",
                        "ProductRegistered",
                        "{\"sku\":\"OLD-1\",\"name\":\"Old widget\",\"reorderPoint\":3}")),
                        List.of()),
                new BatchRows(at.plusMillis(5), List.of(new EventRow(2, "product-OLD-1", 2, "c-2",
                        null, "fp-2", "StockReceived", "{\"sku\":\"OLD-1\",\"location\":"
                        + "\"A-01\",\"quantity\":5,\"reference\":\"PO-1\"}")),
                        List.of(new AppendResult("count-1", "product-OLD-1", 2, 2, false,
                                "fp-3", null))));
    }

    @Test
    void a_record_of_a_format_this_version_does_not_know_is_refused_not_misread()
            throws IOException {
        ByteBuffer record = JournalCodec.encode(List.of(new BatchRows(AT, List.of(row(1, "c-1")),
                List.of())));
        record.putInt(JournalCodec.HEADER, JournalCodec.FORMAT_WITH_USERS - 1);
        var crc = new CRC32C();
        crc.update(record.array(), JournalCodec.HEADER, record.capacity() - JournalCodec.HEADER);
        record.putInt(4, (int) crc.getValue());
        Files.write(dir.resolve("events.journal.1"), record.array());

        assertThatThrownBy(() -> Journal.readAll(dir)).isInstanceOf(EventStoreException.class)
                .hasMessageContaining("format -3, written by a newer version of Tally");
    }

    private static EventRow row(long position, String commandId) {
        // The journal stores an event's JSON as text it never reads: any long text will do.
        return new EventRow(position, "product-A", position, commandId,
                commandId == null ? null : "clerk", "fp", "StockReceived",
                "{\"quantity\":" + position + ",\"reference\":\"ref-"
                        + "x".repeat((int) position * 100) + "\"}");
    }
}

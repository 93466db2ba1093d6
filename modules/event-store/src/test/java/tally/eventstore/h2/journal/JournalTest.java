package tally.eventstore.h2.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.eventstore.AppendResult;
import tally.eventstore.Durability;
import tally.eventstore.h2.journal.BatchRows.EventRow;

/** The journal alone: its records read back as written, and torn or damaged ones. */
class JournalTest {
    private static final Instant AT = Instant.parse("2026-11-23T09:00:00.123456Z");

    @TempDir
    Path dir;

    @Test
    void records_read_back_as_written_nulls_and_long_text_included() throws IOException {
        var first = new BatchRows(AT, List.of(row(1, "c-1"), row(2, null)), List.of());
        var second = new BatchRows(AT.plusSeconds(1), List.of(row(3, "c-3")),
                List.of(new AppendResult("count-1", "product-A", 3, 3, false, null)));
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

    private static EventRow row(long position, String commandId) {
        // The journal stores an event's JSON as text it never reads: any long text will do.
        return new EventRow(position, "product-A", position, commandId, "fp", "StockReceived",
                "{\"quantity\":" + position + ",\"reference\":\"ref-"
                        + "x".repeat((int) position * 100) + "\"}");
    }
}

package tally.eventstore.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tally.eventstore.Durability;
import tally.eventstore.h2.journal.BatchRows;
import tally.eventstore.h2.journal.BatchRows.EventRow;
import tally.eventstore.h2.journal.Journal;

/**
 * A journal write the disk refuses part way is cut off again: the records written after the
 * space comes back are read by a replay. Left in place, the part written would end what a replay
 * reads (a record cut short is where a kill stopped the writing), and hide every record after it.
 */
class JournalOnAFullDiskTest {

    @Test
    void a_record_the_full_disk_cut_short_does_not_hide_the_records_after_it() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(1)) {
            Path dir = Files.createDirectories(disk.path().resolve("data"));
            var written = new ArrayList<BatchRows>();
            Path filler;
            try (var journal = Journal.startAfter(dir, Durability.DEFAULT)) {
                filler = disk.fillLeaving(6000); // room for one record of 5,000 bytes, not two
                int refused = 0;
                for (long p = 1; refused == 0; p++) {
                    var batch = batch(p);
                    try {
                        journal.append(List.of(batch));
                        written.add(batch);
                    } catch (IOException e) {
                        refused++;
                    }
                }
                Files.delete(filler);
                var after = batch(100);
                journal.append(List.of(after));
                written.add(after);
            }

            assertThat(Journal.readAll(dir)).containsExactlyElementsOf(written);
        }
    }

    private static BatchRows batch(long position) {
        return new BatchRows(Instant.parse("2026-12-04T10:00:00Z"), List.of(new EventRow(position,
                "product-A", position, "c-" + position, null, null, "ProductRegistered",
                "{\"name\":\"" + "x".repeat(5000) + "\"}")), List.of());
    }
}

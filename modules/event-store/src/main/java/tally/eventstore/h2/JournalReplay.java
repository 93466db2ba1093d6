package tally.eventstore.h2;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import tally.eventstore.AppendResult;
import tally.eventstore.EventStoreException;
import tally.eventstore.h2.journal.BatchRows;
import tally.eventstore.h2.journal.BatchRows.EventRow;
import tally.eventstore.h2.journal.Journal;

/**
 * At open, before the writer starts: puts back into the tables what the journal holds and the H2
 * file lost (a crash between two checkpoints), makes it durable, and deletes the journal. Every
 * journal row missing from the tables is put back, not only those after the head: a file that
 * came back from a kill without an earlier batch but with a later one is mended too (H2 stored
 * beside commits before {@link DiskWrites#batchFence()}; KillNineTest saw it). Afterwards the log
 * must run without a gap from the journal's first row to its head: a journal that does not mend
 * it is refused rather than trusted.
 */
final class JournalReplay {
    private JournalReplay() {
    }

    /** The number of rows put back. */
    static int replay(Path dir, PreparedConnection c, LogTables tables, DiskWrites disk)
            throws IOException, SQLException {
        List<BatchRows> journal = Journal.readAll(dir);
        int restored = 0;
        long first = Long.MAX_VALUE;
        if (!journal.isEmpty()) {
            c.connection().setAutoCommit(false);
            first = tables.headPosition(c) + 1;
            for (BatchRows batch : journal) {
                var events = new ArrayList<EventRow>();
                for (EventRow e : batch.events()) {
                    first = Math.min(first, e.position());
                    if (!tables.hasPosition(c, e.position())) {
                        events.add(e);
                    }
                }
                var known = tables.findCommands(c, batch.commands().stream()
                        .map(AppendResult::commandId).toList());
                var commands = new ArrayList<AppendResult>();
                batch.commands().stream().filter(r -> !known.containsKey(r.commandId()))
                        .forEach(commands::add);
                tables.insert(c, new BatchRows(batch.at(), events, commands));
                restored += events.size() + commands.size();
            }
            if (first != Long.MAX_VALUE) {
                requireGapless(c, tables, first);
            }
            c.connection().commit();
            disk.write();
            disk.sync();
        }
        Journal.deleteUpTo(dir, Long.MAX_VALUE);
        return restored;
    }

    private static void requireGapless(PreparedConnection c, LogTables tables, long first)
            throws SQLException {
        long head = tables.headPosition(c);
        long count = tables.countFrom(c, first);
        if (count != head - first + 1) {
            c.connection().rollback();
            throw new EventStoreException("the journal does not mend the log: from position "
                    + first + " to " + head + " it holds " + count + " events");
        }
    }
}

package tally.eventstore;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import tally.eventstore.BatchRows.EventRow;

/**
 * At open, before the writer starts: puts back into the tables what the journal holds and the H2
 * file lost (a crash between two checkpoints), makes it durable, and deletes the journal. Only
 * rows after the log's head are put back, and they must continue it without a gap: a journal
 * that does not is refused rather than trusted.
 */
final class JournalReplay {
    private JournalReplay() {
    }

    /** The number of rows put back. */
    static int replay(Path dir, Statements c, LogTables tables, DiskWrites disk)
            throws IOException, SQLException {
        List<BatchRows> journal = Journal.readAll(dir);
        int restored = 0;
        if (!journal.isEmpty()) {
            c.connection().setAutoCommit(false);
            long next = tables.headPosition(c) + 1;
            for (BatchRows batch : journal) {
                var events = new ArrayList<EventRow>();
                for (EventRow e : batch.events()) {
                    if (e.position() >= next) {
                        requireNext(e, next);
                        events.add(e);
                        next++;
                    }
                }
                var commands = new ArrayList<AppendResult>();
                var known = tables.findCommands(c, batch.commands().stream()
                        .map(AppendResult::commandId).toList());
                batch.commands().stream().filter(r -> !known.containsKey(r.commandId()))
                        .forEach(commands::add);
                tables.insert(c, new BatchRows(batch.at(), events, commands));
                restored += events.size() + commands.size();
            }
            c.connection().commit();
            disk.write();
            disk.sync();
        }
        Journal.deleteUpTo(dir, Long.MAX_VALUE);
        return restored;
    }

    private static void requireNext(EventRow e, long next) {
        if (e.position() != next) {
            throw new EventStoreException("the journal does not continue the log: it holds"
                    + " position " + e.position() + " where " + next + " comes next");
        }
    }
}

package tally.eventstore.h2;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The mark a clean close leaves beside the log's file, taken away again at the next open. Without
 * it the last run ended some other way (kill -9, power, a crash), and H2's file may have come
 * back torn between a table and its indexes: H2's background writer stores maps as it goes, and
 * a standalone probe tore 3 databases in 16 kills (docs/design.md, "Durability"). An index that
 * lists a row its table lost refuses the journal's replay of that row; a row its index lost is
 * never found by its stream. So after any stop without the mark, {@link LogIndexes} builds the
 * indexes again from the tables before anything else reads them.
 */
final class CleanStop {
    static final String MARK = "events.closed-cleanly";

    private CleanStop() {
    }

    /**
     * Whether the last run closed the log cleanly. Takes the mark away, durably, so that a crash
     * from here on is seen at the next open.
     */
    static boolean take(Path folder) throws IOException {
        boolean clean = Files.deleteIfExists(folder.resolve(MARK));
        if (clean) {
            syncFolder(folder);
        }
        return clean;
    }

    /** After the log's file is closed: the next open may trust its indexes. */
    static void leave(Path folder) throws IOException {
        Path mark = folder.resolve(MARK);
        try (var channel = FileChannel.open(mark, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        syncFolder(folder);
    }

    /** A file's creation or deletion is durable once its folder is synced (on Linux). */
    private static void syncFolder(Path folder) {
        try (var channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some systems (Windows) cannot open a folder: as durable as they make it.
        }
    }
}

package tally.query.engine.runner;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import tally.query.engine.Projection;
import tally.query.engine.Transactor;
import tally.query.engine.checkpoints.ReadModelCheckpoints;

/**
 * Whether the views database was closed cleanly; only then are its rows trusted at start-up.
 *
 * <p>H2 puts its file level with the tables in the background, about once a second, and it
 * takes each table as it stands at a slightly different moment. Killed, it can come back with
 * part of a committed transaction: a read model's rows without the checkpoint that moved with
 * them (the next start applies those events again: a duplicate key, an order "placed twice",
 * stock counted twice), or the checkpoint without its rows (those events are silently lost). A
 * kill test of H2 alone, four threads each writing a row and its checkpoint, found both, in
 * about one kill in five. So after anything but a clean stop every read model is emptied and
 * folded again from the log, which holds everything the views hold.
 *
 * <p>The mark is a row in the database itself: taken away at start-up and written to the file
 * before any read model applies anything, put back at a clean stop once every runner has
 * stopped, and written while nothing else changes, so the file holds it only together with
 * whole transactions.
 */
final class ViewsCleanStop {
    private ViewsCleanStop() {
    }

    /**
     * At start-up, before any runner exists: leaves the database marked as in use. After an
     * unclean stop it first empties every read model and sets its checkpoint to 0, in the same
     * transaction. Answers whether that threw away any applied event (not so on a first start).
     */
    static boolean takeMark(Transactor tx, List<Projection> projections) {
        boolean emptied = tx.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                if (s.executeUpdate("DELETE FROM views_clean_stop") > 0) {
                    return false;
                }
            }
            boolean applied = false;
            for (Projection p : projections) {
                applied |= ReadModelCheckpoints.load(c, p.name()) > 0;
                p.clear(c);
                ReadModelCheckpoints.save(c, p.name(), 0);
            }
            return applied;
        });
        writeFile(tx);
        return emptied;
    }

    /** At a clean stop, once no runner applies anything any more. */
    static void putMark(Transactor tx) {
        tx.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO views_clean_stop (stopped_at) VALUES (?)")) {
                ps.setObject(1, OffsetDateTime.now());
                return ps.executeUpdate();
            }
        });
        writeFile(tx);
    }

    /** H2's CHECKPOINT: what is committed goes to the file now, not in a second. */
    private static void writeFile(Transactor tx) {
        tx.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                return s.execute("CHECKPOINT");
            }
        });
    }
}

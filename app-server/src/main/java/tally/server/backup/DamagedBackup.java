package tally.server.backup;

/** A backup file that cannot be restored as it is; the message says why, in a user's words. */
public final class DamagedBackup extends RuntimeException {
    public DamagedBackup(String message) {
        super(message);
    }
}

package tally.command.writer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Command ids the log took moments ago (the last {@value #KEPT}). A retry of one, from a client
 * whose answer was lost or late, goes to the command-id rule before it is decided: deciding it
 * applied its events to the cached aggregate, the log then refused them as a duplicate, and the
 * aggregate had to be read again, its whole stream (retries were answered about 20 a second).
 * An older id still gets the right answer, the slow way.
 */
final class RecentCommandIds {
    static final int KEPT = 10_000;

    private final Set<String> ids = Collections.newSetFromMap(Collections.synchronizedMap(
            new LinkedHashMap<>() {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > KEPT;
                }
            }));

    /** From the store's confirming thread: the log holds this id now. */
    void taken(String commandId) {
        ids.add(commandId);
    }

    boolean contains(String commandId) {
        return ids.contains(commandId);
    }
}

package tally.eventstore;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The committed version and last position of each stream the writer has touched, loaded from the
 * log on first use. Only the writer's thread uses it.
 */
final class StreamHeads {
    record Head(long version, long lastPosition) {
        static final Head EMPTY = new Head(0, 0);
    }

    interface Loader {
        Head load(String stream) throws SQLException;
    }

    private final Map<String, Head> heads = new HashMap<>();
    private final Loader loader;

    StreamHeads(Loader loader) {
        this.loader = loader;
    }

    Head get(String stream) throws SQLException {
        Head head = heads.get(stream);
        if (head == null) {
            head = loader.load(stream);
            heads.put(stream, head);
        }
        return head;
    }

    void advance(Map<String, Head> committed) {
        heads.putAll(committed);
    }

    /** After a failed batch: what we believed may be wrong, so read it again next time. */
    void forgetAll() {
        heads.clear();
    }
}

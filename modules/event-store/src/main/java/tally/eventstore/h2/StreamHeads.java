package tally.eventstore.h2;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The committed version and last position of each stream the writer has touched, loaded from the
 * log on first use. Only the writer's thread uses it.
 */
final class StreamHeads {
    interface Loader {
        StreamHead load(String stream) throws SQLException;
    }

    private final Map<String, StreamHead> heads = new HashMap<>();
    private final Loader loader;

    StreamHeads(Loader loader) {
        this.loader = loader;
    }

    StreamHead get(String stream) throws SQLException {
        StreamHead head = heads.get(stream);
        if (head == null) {
            head = loader.load(stream);
            heads.put(stream, head);
        }
        return head;
    }

    void advance(Map<String, StreamHead> committed) {
        heads.putAll(committed);
    }

    /** After a failed batch: what we believed may be wrong, so read it again next time. */
    void forgetAll() {
        heads.clear();
    }
}

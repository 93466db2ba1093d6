package tally.eventstore;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tally.events.InventoryEvent;
import tally.eventstore.StreamHeads.Head;

/** What one batch will write: rows with their positions and versions, and each caller's answer. */
final class BatchPlan {
    record EventRow(long position, String stream, long version, String commandId,
                    InventoryEvent event) {
    }

    private final StreamHeads committed;
    private final Map<String, Head> touched = new HashMap<>();
    private final List<EventRow> rows = new ArrayList<>();
    private final List<AppendResult> commandRows = new ArrayList<>();
    private final Map<AppendRequest, AppendResult> results = new IdentityHashMap<>();
    private final Map<String, AppendResult> byCommandId = new HashMap<>();
    private long nextPosition;

    BatchPlan(long headPosition, StreamHeads committed) {
        this.nextPosition = headPosition + 1;
        this.committed = committed;
    }

    long versionOf(String stream) throws SQLException {
        return headOf(stream).version();
    }

    void add(AppendRequest r) throws SQLException {
        Head head = headOf(r.stream());
        long version = head.version();
        long position = head.lastPosition();
        for (InventoryEvent e : r.events()) {
            position = nextPosition++;
            version++;
            rows.add(new EventRow(position, r.stream(), version, r.commandId(), e));
        }
        touched.put(r.stream(), new Head(version, position));
        var result = new AppendResult(r.commandId(), r.stream(), version, position, false,
                r.fingerprint());
        results.put(r, result);
        if (r.commandId() != null) {
            commandRows.add(result);
            byCommandId.put(r.commandId(), result);
        }
    }

    AppendResult resultOf(AppendRequest r) {
        return results.get(r);
    }

    AppendResult resultOfCommand(String commandId) {
        return byCommandId.get(commandId);
    }

    boolean isEmpty() {
        return rows.isEmpty() && commandRows.isEmpty();
    }

    List<EventRow> rows() {
        return rows;
    }

    List<AppendResult> commandRows() {
        return commandRows;
    }

    long lastPosition() {
        return nextPosition - 1;
    }

    Map<String, Head> newHeads() {
        return touched;
    }

    Set<String> streams() {
        return touched.keySet();
    }

    private Head headOf(String stream) throws SQLException {
        Head head = touched.get(stream);
        return head != null ? head : committed.get(stream);
    }
}

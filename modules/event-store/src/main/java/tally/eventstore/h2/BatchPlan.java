package tally.eventstore.h2;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tally.eventstore.AppendRequest;
import tally.eventstore.AppendResult;
import tally.eventstore.codec.EventCodec;
import tally.eventstore.h2.journal.BatchRows;
import tally.eventstore.h2.journal.BatchRows.EventRow;

/** What one batch will write: rows with their positions and versions, and each caller's answer. */
final class BatchPlan {
    private final StreamHeads committed;
    private final Map<String, StreamHead> touched = new HashMap<>();
    private final List<EventRow> rows = new ArrayList<>();
    private final List<AppendResult> emptyCommands = new ArrayList<>();
    private final Map<String, AppendResult> byCommandId = new HashMap<>();
    private long nextPosition;

    BatchPlan(long headPosition, StreamHeads committed) {
        this.nextPosition = headPosition + 1;
        this.committed = committed;
    }

    long versionOf(String stream) throws SQLException {
        return headOf(stream).version();
    }

    /** Adds an admitted append, {@code data} being its events' JSON; returns its answer. */
    AppendResult add(AppendRequest r, List<String> data) throws SQLException {
        StreamHead head = headOf(r.stream());
        long version = head.version();
        long position = head.lastPosition();
        for (int i = 0; i < data.size(); i++) {
            position = nextPosition++;
            version++;
            rows.add(new EventRow(position, r.stream(), version, r.commandId(), r.user(),
                    r.fingerprint(), EventCodec.typeOf(r.events().get(i)), data.get(i)));
        }
        touched.put(r.stream(), new StreamHead(version, position));
        var result = new AppendResult(r.commandId(), r.stream(), version, position, false,
                r.fingerprint(), r.user());
        if (r.commandId() != null) {
            byCommandId.put(r.commandId(), result);
            if (data.isEmpty()) {
                emptyCommands.add(result);
            }
        }
        return result;
    }

    AppendResult resultOfCommand(String commandId) {
        return byCommandId.get(commandId);
    }

    boolean isEmpty() {
        return rows.isEmpty() && emptyCommands.isEmpty();
    }

    /** The rows to write, appends of no events but with a command id recording only the id. */
    BatchRows rows(Instant at) {
        return new BatchRows(at, rows, emptyCommands);
    }

    long lastPosition() {
        return nextPosition - 1;
    }

    Map<String, StreamHead> newHeads() {
        return touched;
    }

    private StreamHead headOf(String stream) throws SQLException {
        StreamHead head = touched.get(stream);
        return head != null ? head : committed.get(stream);
    }
}

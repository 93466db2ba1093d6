package tally.eventstore.postgres;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import tally.eventstore.AppendRequest;
import tally.eventstore.AppendResult;
import tally.eventstore.CommandIdReused;
import tally.eventstore.CommandIdRule;
import tally.eventstore.VersionConflict;
import tally.eventstore.codec.EventCodec;
import tally.eventstore.groupcommit.PendingAppend;

/**
 * One batch of this node, decided while it holds the log's lock: against the head, the streams'
 * versions and the command ids as every node has committed them, plus the batch so far. So a
 * second node's append on a stream another node just moved is a {@link VersionConflict}, and its
 * retry of a command id another node took gets that first answer ({@link CommandIdRule}). Nobody
 * is answered until the batch has committed.
 */
final class LockedBatch {
    /** One event's row, its position drawn under the lock. */
    record Row(long position, String stream, long version, AppendRequest from, String type,
               String data) {
    }

    private final Map<String, StreamHead> heads;
    private final Map<String, AppendResult> seen;
    private final List<Row> rows = new ArrayList<>();
    private final List<AppendResult> commands = new ArrayList<>();
    private final Map<PendingAppend, AppendResult> accepted = new IdentityHashMap<>();
    private final Map<PendingAppend, AppendResult> duplicates = new IdentityHashMap<>();
    private final Map<PendingAppend, RuntimeException> refused = new IdentityHashMap<>();
    private long nextPosition;

    LockedBatch(long headPosition, Map<String, StreamHead> heads, Map<String, AppendResult> seen) {
        this.nextPosition = headPosition + 1;
        this.heads = new HashMap<>(heads);
        this.seen = new HashMap<>(seen);
    }

    void decide(PendingAppend p) {
        AppendRequest r = p.request();
        AppendResult first = r.commandId() == null ? null : seen.get(r.commandId());
        StreamHead head = heads.getOrDefault(r.stream(), StreamHead.EMPTY);
        try {
            if (first != null) {
                duplicates.put(p, CommandIdRule.answerAgain(first, r.fingerprint(), r.user()));
                return;
            }
            r.expectedVersion().check(r.stream(), head.version());
        } catch (CommandIdReused | VersionConflict refusal) {
            refused.put(p, refusal);
            return;
        }
        long version = head.version();
        long position = head.lastPosition();
        for (int i = 0; i < p.data().size(); i++) {
            position = nextPosition++;
            version++;
            rows.add(new Row(position, r.stream(), version, r, EventCodec.typeOf(
                    r.events().get(i)), p.data().get(i)));
        }
        heads.put(r.stream(), new StreamHead(version, position));
        var result = new AppendResult(r.commandId(), r.stream(), version, position, false,
                r.fingerprint(), r.user());
        if (r.commandId() != null) {
            seen.put(r.commandId(), result);
            commands.add(result);
        }
        accepted.put(p, result);
    }

    List<Row> rows() {
        return rows;
    }

    /** Every accepted append with a command id: each gets its row in {@code commands}. */
    List<AppendResult> commands() {
        return commands;
    }

    boolean writesNothing() {
        return rows.isEmpty() && commands.isEmpty();
    }

    long lastPosition() {
        return nextPosition - 1;
    }

    /** After the commit: each caller's answer, in the order they were decided. */
    void answer() {
        accepted.forEach((p, result) -> p.answer().complete(result));
        duplicates.forEach((p, first) -> p.answer().complete(first));
        refused.forEach((p, why) -> p.answer().completeExceptionally(why));
    }
}

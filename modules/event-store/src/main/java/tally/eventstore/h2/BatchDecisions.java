package tally.eventstore.h2;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import tally.eventstore.AppendRequest;
import tally.eventstore.AppendResult;
import tally.eventstore.CommandIdReused;
import tally.eventstore.CommandIdRule;
import tally.eventstore.EventStoreException;
import tally.eventstore.VersionConflict;
import tally.eventstore.groupcommit.PendingAppend;

/**
 * What becomes of each append in a batch: written (into the {@link BatchPlan}), answered with a
 * first answer again, or refused. Nobody is answered until the batch's fate is known: a refusal
 * decided against an earlier append of the same batch would be wrong if the batch then failed.
 * The rules themselves are not judged here: {@link CommandIdRule} says what a seen id gets, and
 * {@link tally.eventstore.ExpectedVersion#check} whether the stream is where the append was
 * decided; this class only finds what they judge against (the log, and the batch so far).
 */
final class BatchDecisions {
    private final BatchPlan plan;
    private final Map<PendingAppend, AppendResult> accepted = new IdentityHashMap<>();
    private final Map<PendingAppend, AppendResult> duplicates = new IdentityHashMap<>();
    private final Map<PendingAppend, RuntimeException> refused = new IdentityHashMap<>();

    BatchDecisions(BatchPlan plan) {
        this.plan = plan;
    }

    List<String> commandIds(List<PendingAppend> batch) {
        var ids = new ArrayList<String>();
        for (PendingAppend p : batch) {
            if (p.request().commandId() != null) {
                ids.add(p.request().commandId());
            }
        }
        return ids;
    }

    /** Version check and idempotency for each append, against the log plus the batch so far. */
    void decideAll(List<PendingAppend> batch, Map<String, AppendResult> seenInLog)
            throws SQLException {
        for (PendingAppend p : batch) {
            decide(p, seenInLog);
        }
    }

    private void decide(PendingAppend p, Map<String, AppendResult> seenInLog)
            throws SQLException {
        AppendRequest r = p.request();
        AppendResult first = firstAnswerOf(r.commandId(), seenInLog);
        try {
            if (first != null) {
                duplicates.put(p, CommandIdRule.answerAgain(first, r.fingerprint(), r.user()));
                return;
            }
            r.expectedVersion().check(r.stream(), plan.versionOf(r.stream()));
        } catch (CommandIdReused | VersionConflict refusal) {
            refused.put(p, refusal);
            return;
        }
        accepted.put(p, plan.add(r, p.data()));
    }

    /** What the id was first answered, in the log or earlier in this batch; null if unseen. */
    private AppendResult firstAnswerOf(String commandId, Map<String, AppendResult> seenInLog) {
        if (commandId == null) {
            return null;
        }
        AppendResult first = seenInLog.get(commandId);
        return first != null ? first : plan.resultOfCommand(commandId);
    }

    /** After the commit; {@code syncFailure} (or null) is what the written appends get instead. */
    void answer(EventStoreException syncFailure) {
        accepted.forEach((p, result) -> {
            if (syncFailure == null) {
                p.answer().complete(result);
            } else {
                p.answer().completeExceptionally(syncFailure);
            }
        });
        duplicates.forEach((p, first) -> p.answer().complete(first));
        refused.forEach((p, why) -> p.answer().completeExceptionally(why));
    }
}

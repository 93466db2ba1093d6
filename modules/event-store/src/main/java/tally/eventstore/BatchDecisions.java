package tally.eventstore;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import tally.eventstore.GroupCommitWriter.Pending;

/**
 * What becomes of each append in a batch: written (into the {@link BatchPlan}), answered with a
 * first answer again, or refused. Nobody is answered until the batch's fate is known: a refusal
 * decided against an earlier append of the same batch would be wrong if the batch then failed.
 */
final class BatchDecisions {
    private final BatchPlan plan;
    private final Map<Pending, AppendResult> accepted = new IdentityHashMap<>();
    private final Map<Pending, AppendResult> duplicates = new IdentityHashMap<>();
    private final Map<Pending, RuntimeException> refused = new IdentityHashMap<>();

    BatchDecisions(BatchPlan plan) {
        this.plan = plan;
    }

    List<String> commandIds(List<Pending> batch) {
        var ids = new ArrayList<String>();
        for (Pending p : batch) {
            if (p.request().commandId() != null) {
                ids.add(p.request().commandId());
            }
        }
        return ids;
    }

    /** Version check and idempotency for each append, against the log plus the batch so far. */
    void decideAll(List<Pending> batch, Map<String, AppendResult> seenInLog) throws SQLException {
        for (Pending p : batch) {
            decide(p, seenInLog);
        }
    }

    private void decide(Pending p, Map<String, AppendResult> seenInLog) throws SQLException {
        AppendRequest r = p.request();
        if (r.commandId() != null) {
            AppendResult first = seenInLog.get(r.commandId());
            if (first == null) {
                first = plan.resultOfCommand(r.commandId());
            }
            if (first != null) {
                if (r.fingerprint() != null && !r.fingerprint().equals(first.fingerprint())) {
                    refused.put(p, new CommandIdReused(first));
                } else {
                    duplicates.put(p, first.asDuplicate());
                }
                return;
            }
        }
        long actual = plan.versionOf(r.stream());
        if (!r.expectedVersion().admits(actual)) {
            refused.put(p, new VersionConflict(r.stream(), r.expectedVersion().value(), actual));
            return;
        }
        accepted.put(p, plan.add(r, p.data()));
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

package tally.command.writer;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * What a register knows of the appends this writer decided since it read the log: their events
 * are in the register already, so a read of the log that meets them must skip them rather than
 * count them twice. It knows them by command id until the log has answered, then by the
 * positions the log gave them: a register that has read up to position p and knows that p + 1
 * onwards is this writer's own may move past them without reading anything. On a log only this
 * writer appends to, that is every append, and the register never reads the log again.
 *
 * <p>{@link #settled} runs on the store's confirming thread, everything else on the writer's.
 */
final class OwnAppends {
    /** Past this many appends not yet passed, the register is dropped and read afresh. */
    static final int MOST_KEPT = 100_000;

    private record Placed(String commandId, long last) {
    }

    private final Set<String> decided = new HashSet<>();
    private final ConcurrentSkipListMap<Long, Placed> placed = new ConcurrentSkipListMap<>();
    private volatile boolean kept;

    /** From now on, the register these appends are known for holds what is decided. */
    void keep() {
        kept = true;
    }

    /** The register was dropped: nothing decided before now matters any more. */
    void clear() {
        kept = false;
        decided.clear();
        placed.clear();
    }

    /** An append whose events the register took in as they were decided. */
    void decided(String commandId) {
        decided.add(commandId);
    }

    /** Where the log put an append this writer decided: positions {@code first} to {@code last}. */
    void settled(String commandId, long first, long last) {
        if (kept) {
            placed.put(first, new Placed(commandId, last));
        }
    }

    /** Whether an event of the log carrying this command id is already in the register. */
    boolean isOwn(String commandId) {
        return commandId != null && decided.contains(commandId);
    }

    /**
     * How far the register may count itself read, from {@code readUpTo}: past every append of
     * this writer that follows on without a gap. Forgets what lies at or below it.
     */
    long passOwn(long readUpTo) {
        long upTo = readUpTo;
        for (var first = placed.firstEntry(); first != null && first.getKey() <= upTo + 1;
             first = placed.firstEntry()) {
            placed.remove(first.getKey());
            decided.remove(first.getValue().commandId());
            upTo = Math.max(upTo, first.getValue().last());
        }
        return upTo;
    }

    /** A read of the log met these appends, whole: no later read can meet them again. */
    void passed(Set<String> commandIds) {
        decided.removeAll(commandIds);
    }

    /** Whether so much is kept that reading the log afresh is the cheaper way. */
    boolean tooMany() {
        return decided.size() > MOST_KEPT;
    }
}

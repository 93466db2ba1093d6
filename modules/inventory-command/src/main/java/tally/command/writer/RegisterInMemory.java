package tally.command.writer;

import java.util.HashSet;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import tally.events.InventoryEvent;
import tally.events.StoredEvent;
import tally.events.TallyEvent;
import tally.eventstore.EventStore;

/**
 * A register of the write side as the command writer holds it (the bins, the barcodes): read
 * from the whole log the first time a command needs it, then kept up to date with every event
 * the writer decides, so what one command recorded is known to the very next. A site that never
 * needs it never reads it. Writer's thread only.
 *
 * <p>Other writers may append to the same log (other nodes on one PostgreSQL log, docs/scale.md).
 * Before each command that needs it, the register takes in what the log holds past the position
 * it has read up to, skipping this writer's own appends, whose events it took in when they were
 * decided ({@link OwnAppends}). It reads only when the doorbell has heard of a head past that
 * position and the gap is not all this writer's own: on a log nobody else writes to, never.
 * What it cannot know is what another node commits after that: a bin retired there a moment
 * ago, a barcode assigned there in the same instant; no register is exact across nodes without
 * a lock they share, which the log's one lock is not held for (docs/scale.md, "What a node
 * knows").
 *
 * <p>When the log did not take what was decided (a conflict, a failure), the register may hold
 * what is not there; it is then forgotten and read again from the log when next needed, as an
 * aggregate is.
 */
final class RegisterInMemory<R> {
    private static final int PAGE = 10_000;

    private final EventStore store;
    private final Supplier<R> fresh;
    private final BiConsumer<R, TallyEvent> fromLog;
    private final BiConsumer<R, InventoryEvent> fromDecided;
    private final R untilNeeded;
    private final LongSupplier heard;
    private final OwnAppends own = new OwnAppends();
    private R register;
    private long readUpTo;

    /**
     * {@code fresh} makes the register to read the log into, {@code fromLog} folds one logged
     * event into it, {@code fromDecided} one product event the writer has just decided;
     * {@code untilNeeded} answers while no command has needed the register yet; {@code heard}
     * tells the head of the log as far as this node has heard ({@link LogHeard}).
     */
    RegisterInMemory(EventStore store, Supplier<R> fresh, BiConsumer<R, TallyEvent> fromLog,
                     BiConsumer<R, InventoryEvent> fromDecided, R untilNeeded,
                     LongSupplier heard) {
        this.store = store;
        this.fresh = fresh;
        this.fromLog = fromLog;
        this.fromDecided = fromDecided;
        this.untilNeeded = untilNeeded;
        this.heard = heard;
    }

    /**
     * The register to decide with: read first when {@code needed} and not yet read; when needed
     * and read, first told what other writers logged since.
     */
    R forDeciding(boolean needed, IntSupplier appendsUnsettled) {
        if (needed && register == null) {
            register = read(appendsUnsettled);
        } else if (register != null && (needed || own.tooMany())) {
            catchUp();
        }
        return register != null ? register : untilNeeded;
    }

    /** The register as read; only asked for after {@link #forDeciding} read it. */
    R read() {
        return register;
    }

    /** What a command's decided events change in the register. */
    void decided(String commandId, List<TallyEvent> events) {
        if (register == null || events.isEmpty()) {
            return;
        }
        readUpTo = own.passOwn(readUpTo);
        own.decided(commandId);
        for (TallyEvent e : events) {
            if (e instanceof InventoryEvent product) {
                fromDecided.accept(register, product);
            }
        }
    }

    /** Something decided did not reach the log: read the register afresh when next needed. */
    void forget() {
        register = null;
        own.clear();
    }

    /** Where the log put {@code count} events this writer decided: confirming thread. */
    void settled(String commandId, long lastPosition, int count) {
        own.settled(commandId, lastPosition - count + 1, lastPosition);
    }

    /** Takes in what other writers logged past {@link #readUpTo}, skipping this writer's own. */
    private void catchUp() {
        readUpTo = own.passOwn(readUpTo);
        if (heard.getAsLong() <= readUpTo) {
            return;
        }
        var met = new HashSet<String>();
        readUpTo = readAfter(readUpTo, e -> {
            if (own.isOwn(e.commandId())) {
                met.add(e.commandId());
            } else {
                fromLog.accept(register, e.event());
            }
        });
        own.passed(met);
    }

    /**
     * Reads the log once every append decided so far has settled, so that nothing the writer
     * decided is missing from the log it reads, nor counted twice.
     */
    private R read(IntSupplier appendsUnsettled) {
        while (appendsUnsettled.getAsInt() > 0) {
            LockSupport.parkNanos(100_000);
        }
        own.clear();
        own.keep();
        R read = fresh.get();
        readUpTo = readAfter(0, e -> fromLog.accept(read, e.event()));
        return read;
    }

    /** Hands every event past {@code after} to {@code each}; answers the last position read. */
    private long readAfter(long after, Consumer<StoredEvent> each) {
        long upTo = after;
        while (true) {
            List<StoredEvent> page = store.readAll(upTo, PAGE);
            if (page.isEmpty()) {
                return upTo;
            }
            page.forEach(each);
            upTo = page.getLast().position();
        }
    }
}

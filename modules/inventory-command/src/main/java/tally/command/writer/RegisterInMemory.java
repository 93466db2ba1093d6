package tally.command.writer;

import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;
import java.util.function.IntSupplier;
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
    private R register;

    /**
     * {@code fresh} makes the register to read the log into, {@code fromLog} folds one logged
     * event into it, {@code fromDecided} one product event the writer has just decided;
     * {@code untilNeeded} answers while no command has needed the register yet.
     */
    RegisterInMemory(EventStore store, Supplier<R> fresh, BiConsumer<R, TallyEvent> fromLog,
                     BiConsumer<R, InventoryEvent> fromDecided, R untilNeeded) {
        this.store = store;
        this.fresh = fresh;
        this.fromLog = fromLog;
        this.fromDecided = fromDecided;
        this.untilNeeded = untilNeeded;
    }

    /** The register to decide with: read first when {@code needed} and not yet read. */
    R forDeciding(boolean needed, IntSupplier appendsUnsettled) {
        if (needed && register == null) {
            register = read(appendsUnsettled);
        }
        return register != null ? register : untilNeeded;
    }

    /** The register as read; only asked for after {@link #forDeciding} read it. */
    R read() {
        return register;
    }

    /** What a product's decided events change in the register. */
    void decided(List<TallyEvent> events) {
        if (register == null) {
            return;
        }
        for (TallyEvent e : events) {
            if (e instanceof InventoryEvent product) {
                fromDecided.accept(register, product);
            }
        }
    }

    /** Something decided did not reach the log: read the register afresh when next needed. */
    void forget() {
        register = null;
    }

    /**
     * Reads the log once every append decided so far has settled, so that nothing the writer
     * decided is missing from the log it reads, nor counted twice.
     */
    private R read(IntSupplier appendsUnsettled) {
        while (appendsUnsettled.getAsInt() > 0) {
            LockSupport.parkNanos(100_000);
        }
        R read = fresh.get();
        long after = 0;
        while (true) {
            List<StoredEvent> page = store.readAll(after, PAGE);
            if (page.isEmpty()) {
                return read;
            }
            page.forEach(e -> fromLog.accept(read, e.event()));
            after = page.getLast().position();
        }
    }
}

package tally.command.writer;

import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntSupplier;
import tally.command.domain.Aggregate;
import tally.command.domain.BinRegister;
import tally.command.domain.Command;
import tally.command.domain.LocationCommand;
import tally.command.domain.LocationMode;
import tally.command.domain.OrderCommand;
import tally.command.domain.ProductCommand;
import tally.events.InventoryEvent;
import tally.events.StoredEvent;
import tally.events.TallyEvent;
import tally.eventstore.EventStore;

/**
 * The register of bins as the command writer holds it: read from the whole log the first time a
 * command needs it (a bin's own command, or any stock command in a strict register), then kept
 * up to date with every event the writer decides, so a bin defined by one command is known to
 * the very next. An open site that never defines a bin never reads it. Writer's thread only.
 *
 * <p>When the log did not take what was decided (a conflict, a failure), the register may count
 * units that are not there; it is then forgotten and read again from the log when next needed,
 * as an aggregate is.
 */
final class BinsInMemory {
    private static final String PREFIX = StoredEvent.streamOfLocation("");
    private static final int PAGE = 10_000;

    private final EventStore store;
    private final LocationMode mode;
    private final BinRegister openAndEmpty = new BinRegister(LocationMode.OPEN);
    private BinRegister register;

    BinsInMemory(EventStore store, LocationMode mode) {
        this.store = store;
        this.mode = mode;
    }

    static boolean isBin(String stream) {
        return stream.startsWith(PREFIX);
    }

    /** The register to decide this command with, read first if the command needs it. */
    BinRegister forDeciding(Command command, IntSupplier appendsUnsettled) {
        boolean needed = switch (command) {
            case LocationCommand _ -> true;
            case ProductCommand _ -> mode == LocationMode.STRICT;
            case OrderCommand _ -> false;
        };
        if (needed && register == null) {
            register = read(appendsUnsettled);
        }
        return register != null ? register : openAndEmpty;
    }

    /** A bin's aggregate: only asked for after {@link #forDeciding} read the register. */
    Aggregate bin(String stream) {
        return register.bin(stream.substring(PREFIX.length()));
    }

    /** The units a product's decided events put into or took out of bins. */
    void decided(List<TallyEvent> events) {
        if (register == null) {
            return;
        }
        for (TallyEvent e : events) {
            if (e instanceof InventoryEvent stock) {
                register.count(stock);
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
    private BinRegister read(IntSupplier appendsUnsettled) {
        while (appendsUnsettled.getAsInt() > 0) {
            LockSupport.parkNanos(100_000);
        }
        var fresh = new BinRegister(mode);
        long after = 0;
        while (true) {
            List<StoredEvent> page = store.readAll(after, PAGE);
            if (page.isEmpty()) {
                return fresh;
            }
            page.forEach(e -> fresh.apply(e.event()));
            after = page.getLast().position();
        }
    }
}

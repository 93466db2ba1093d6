package tally.command.writer;

import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntSupplier;
import tally.command.domain.BarcodeRegister;
import tally.command.domain.Command;
import tally.command.domain.ProductCommand.AssignBarcode;
import tally.events.InventoryEvent;
import tally.events.StoredEvent;
import tally.events.TallyEvent;
import tally.eventstore.EventStore;

/**
 * The register of barcodes as the command writer holds it, the way it holds the bins
 * ({@link BinsInMemory}): read from the whole log the first time a barcode is assigned, then kept
 * up to date with every event the writer decides, so a barcode assigned to one product is taken
 * for the very next command. A site that never assigns a barcode never reads it. Writer's thread
 * only; forgotten, and read again when next needed, when the log did not take what was decided.
 */
final class BarcodesInMemory {
    private static final int PAGE = 10_000;

    private final EventStore store;
    private final BarcodeRegister nobodysYet = new BarcodeRegister();
    private BarcodeRegister register;

    BarcodesInMemory(EventStore store) {
        this.store = store;
    }

    /** The register to decide this command with, read first if it assigns a barcode. */
    BarcodeRegister forDeciding(Command command, IntSupplier appendsUnsettled) {
        if (command instanceof AssignBarcode && register == null) {
            register = read(appendsUnsettled);
        }
        return register != null ? register : nobodysYet;
    }

    /** The barcodes a product's decided events assigned or unassigned. */
    void decided(List<TallyEvent> events) {
        if (register == null) {
            return;
        }
        for (TallyEvent e : events) {
            if (e instanceof InventoryEvent product) {
                register.count(product);
            }
        }
    }

    /** Something decided did not reach the log: read the register afresh when next needed. */
    void forget() {
        register = null;
    }

    /** Reads the log once every append decided so far has settled (see {@link BinsInMemory}). */
    private BarcodeRegister read(IntSupplier appendsUnsettled) {
        while (appendsUnsettled.getAsInt() > 0) {
            LockSupport.parkNanos(100_000);
        }
        var fresh = new BarcodeRegister();
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

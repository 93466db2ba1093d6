package tally.command.writer;

import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import tally.command.domain.BarcodeRegister;
import tally.command.domain.Command;
import tally.command.domain.ProductCommand.AssignBarcode;
import tally.eventstore.EventStore;

/**
 * The register of barcodes as the command writer holds it ({@link RegisterInMemory}): needed
 * the first time a barcode is assigned, so a barcode assigned to one product is taken for the
 * very next command. A site that never assigns a barcode never reads it.
 */
final class BarcodesInMemory {
    private final RegisterInMemory<BarcodeRegister> barcodes;

    BarcodesInMemory(EventStore store, LongSupplier heard) {
        this.barcodes = new RegisterInMemory<>(store, BarcodeRegister::new,
                BarcodeRegister::apply, BarcodeRegister::count, new BarcodeRegister(), heard);
    }

    /** The register to decide this command with, read first if it assigns a barcode. */
    BarcodeRegister forDeciding(Command command, IntSupplier appendsUnsettled) {
        return barcodes.forDeciding(command instanceof AssignBarcode, appendsUnsettled);
    }

    /** The register itself, to be told what is decided and where the log put it. */
    RegisterInMemory<?> register() {
        return barcodes;
    }
}

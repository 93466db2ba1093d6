package tally.command.writer;

import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import tally.command.domain.Aggregate;
import tally.command.domain.BinRegister;
import tally.command.domain.Command;
import tally.command.domain.LocationCommand;
import tally.command.domain.LocationMode;
import tally.command.domain.OrderCommand;
import tally.command.domain.ProductCommand;
import tally.events.StoredEvent;
import tally.eventstore.EventStore;

/**
 * The register of bins as the command writer holds it ({@link RegisterInMemory}): needed by a
 * bin's own command, and by any stock command in a strict register, so a bin defined by one
 * command is known to the very next. An open site that never defines a bin never reads it.
 */
final class BinsInMemory {
    private static final String PREFIX = StoredEvent.streamOfLocation("");

    private final LocationMode mode;
    private final RegisterInMemory<BinRegister> bins;

    BinsInMemory(EventStore store, LocationMode mode, LongSupplier heard) {
        this.mode = mode;
        this.bins = new RegisterInMemory<>(store, () -> new BinRegister(mode),
                BinRegister::apply, BinRegister::count, new BinRegister(LocationMode.OPEN), heard);
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
        return bins.forDeciding(needed, appendsUnsettled);
    }

    /** A bin's aggregate: only asked for after {@link #forDeciding} read the register. */
    Aggregate bin(String stream) {
        return bins.read().bin(stream.substring(PREFIX.length()));
    }

    /** The register itself, to be told what is decided and where the log put it. */
    RegisterInMemory<?> register() {
        return bins;
    }
}

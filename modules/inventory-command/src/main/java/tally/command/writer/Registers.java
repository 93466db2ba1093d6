package tally.command.writer;

import java.util.List;
import tally.command.domain.LocationMode;
import tally.events.TallyEvent;
import tally.eventstore.AppendResult;
import tally.eventstore.Doorbell;
import tally.eventstore.EventStore;

/**
 * The registers the writer decides with beside the aggregates, the bins and the barcodes, and
 * what keeps them following the log: every decided command's events, where the log put them,
 * and how far the log has grown as this node's doorbell tells it, so that what other writers
 * (other nodes on one log) logged is taken in before a register decides ({@link RegisterInMemory}).
 */
final class Registers implements AutoCloseable {
    private final Doorbell doorbell;
    private final LogHeard heard;
    private final BinsInMemory bins;
    private final BarcodesInMemory barcodes;
    private final List<RegisterInMemory<?>> both;

    Registers(EventStore store, LocationMode locations) {
        this.doorbell = store.doorbell();
        this.heard = new LogHeard(store.headPosition());
        this.bins = new BinsInMemory(store, locations, heard::head);
        this.barcodes = new BarcodesInMemory(store, heard::head);
        this.both = List.of(bins.register(), barcodes.register());
        doorbell.register(heard);
    }

    BinsInMemory bins() {
        return bins;
    }

    BarcodesInMemory barcodes() {
        return barcodes;
    }

    /** The head of the log as far as this node has heard: for tests. */
    long heardHead() {
        return heard.head();
    }

    /** Whether another node has written to the log since this writer began ({@link LogHeard}). */
    boolean othersWrote() {
        return heard.othersWrote();
    }

    /** What a command's events change in the registers, as it is decided: writer's thread. */
    void decided(String commandId, List<TallyEvent> events) {
        both.forEach(r -> r.decided(commandId, events));
    }

    /** Where the log put a command's {@code events}: the store's confirming thread. */
    void settled(AppendResult result, List<TallyEvent> events) {
        if (!result.duplicate() && !events.isEmpty()) {
            heard.ownCommitted(events.size());
            both.forEach(r -> r.settled(result.commandId(), result.position(), events.size()));
        }
    }

    /** Something decided did not reach the log: read the registers afresh when next needed. */
    void forget() {
        both.forEach(RegisterInMemory::forget);
    }

    @Override
    public void close() {
        doorbell.unregister(heard);
    }
}

package tally.server.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import tally.allocation.Allocation;

/**
 * The commands this node's allocation sent to the write side: on a log several nodes share, only
 * the node holding the allocation's lease sends any, so a standby's stays still. Read from the
 * allocation's own counter when scraped.
 */
final class AllocationMeters implements MeterBinder {
    private final Allocation allocation;

    AllocationMeters(Allocation allocation) {
        this.allocation = allocation;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("tally.allocation.commands", allocation, Allocation::commandsSent)
                .description("Commands this node's allocation sent to the write side (none while"
                        + " it stands by)")
                .register(registry);
    }
}

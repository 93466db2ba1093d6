package tally.allocation.archfixture;

import tally.command.writer.CommandWriter;

/** Fixture for ModuleArrowsTest: allocation code that goes round the gateway. Never run. */
public final class AllocationUsingTheWriter {
    CommandWriter writer;
}

package tally.query.archfixture;

import tally.allocation.Allocation;

/** Fixture for ModuleArrowsTest: a module other than the server using the allocation. */
public final class QueryUsingTheAllocation {
    Allocation allocation;
}

package tally.allocation.archfixture;

import tally.query.engine.status.ProjectionStatus;

/** Fixture for ModuleArrowsTest: allocation code that reads the query side. Never run. */
public final class AllocationReadingAReadModel {
    ProjectionStatus status;
}

package tally.server.archfixture.cycle;

import tally.server.archfixture.PackageCycleFixture;

/** Fixture for ModuleArrowsTest: the other half of {@link PackageCycleFixture}'s cycle. */
public final class OtherHalfOfTheCycle {
    PackageCycleFixture other;
}

package tally.server.archfixture;

import tally.server.archfixture.cycle.OtherHalfOfTheCycle;

/** Fixture for ModuleArrowsTest: a package cycle with {@link OtherHalfOfTheCycle}. */
public final class PackageCycleFixture {
    OtherHalfOfTheCycle other;
}

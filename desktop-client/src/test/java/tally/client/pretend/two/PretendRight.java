package tally.client.pretend.two;

import tally.client.pretend.one.PretendLeft;

/** Test-only: the other half of a package cycle the architecture rule must report. */
public final class PretendRight {
    PretendLeft left;
}

package tally.client.pretend.one;

import tally.client.pretend.two.PretendRight;

/** Test-only: one half of a package cycle the architecture rule must report. */
public final class PretendLeft {
    PretendRight right;
}

package tally.server.idle;

/**
 * Gives memory back once the server falls quiet after load. Under load G1 grows the heap to what
 * the load needs and, with its default free ratios, keeps most of it: after a minute at 64
 * connections the heap held 382 MiB committed for a live set of 40-55 MiB, and 30 s later still
 * 188 MiB (docs/benchmarks.md, "Memory when idle, measured by part"). Tighter free ratios all the
 * time would make G1 shrink and grow the heap again under load; so the heap is made lean only
 * when the server has been quiet for a while after work, and the JVM's own ratios are back at
 * the first look that sees work again (within 5 s of it).
 *
 * <p>Quiet is told by the bytes the JVM's threads allocated since the last look: a server at
 * work allocates hundreds of MiB a second, an idle one a few MiB a minute. This needs no hook in
 * the HTTP path and counts every kind of work (commands, reads, the read models, backups).
 * A fresh server has nothing to give back (the heap it committed and never touched is not
 * resident), so that the first load finds the heap the JVM started with; only what start-up
 * allocates after this is made, if it is still running at the first look, counts as work.
 */
public final class IdleMemory {
    private final Jvm jvm;
    private final long busyBytes;
    private final int quietLooks;
    private long allocatedAtLastLook;
    private int quietSoFar;
    private boolean givenBack = true;
    private boolean lean;

    /** What this needs of the JVM: {@link HotSpotMemory} in the server, a fake in tests. */
    public interface Jvm {
        /** Bytes allocated on the heap by all threads since the JVM started, or -1 unknown. */
        long allocatedBytes();

        /** Makes the heap lean for the quiet spell and collects, returning free heap. */
        void giveBack();

        /** Work again: the JVM's own sizing of the heap. */
        void workAgain();

        /** Returns the C heap's free pages to the system (cheap: milliseconds). */
        void trimCHeap();
    }

    /**
     * {@code busyBytes}: allocated between two looks, at least this much counts as work;
     * {@code quietLooks}: that many looks in a row under it make a quiet spell.
     */
    public IdleMemory(Jvm jvm, long busyBytes, int quietLooks) {
        this.jvm = jvm;
        this.busyBytes = busyBytes;
        this.quietLooks = quietLooks;
        this.allocatedAtLastLook = jvm.allocatedBytes();
    }

    /**
     * One look, every few seconds: gives memory back when the server has been quiet for
     * {@code quietLooks} looks and has worked since it last gave back; trims the C heap at
     * every quiet look, since it grows again while idle (by 25 MiB in 35 s, measured). Whether
     * it gave back heap.
     */
    public synchronized boolean look() {
        long allocated = jvm.allocatedBytes();
        if (allocated < 0) {
            return false;
        }
        long since = allocated - allocatedAtLastLook;
        allocatedAtLastLook = allocated;
        if (since >= busyBytes) {
            if (lean) {
                lean = false;
                jvm.workAgain();
            }
            givenBack = false;
            quietSoFar = 0;
            return false;
        }
        quietSoFar++;
        boolean giving = !givenBack && quietSoFar >= quietLooks;
        if (giving) {
            givenBack = true;
            lean = true;
            jvm.giveBack();
        }
        jvm.trimCHeap();
        // What the collection and the trim allocated themselves is not work.
        allocatedAtLastLook = jvm.allocatedBytes();
        return giving;
    }
}

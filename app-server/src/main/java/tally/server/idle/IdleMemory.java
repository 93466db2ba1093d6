package tally.server.idle;

/**
 * Gives memory back once the server falls quiet after load. Under load G1 grows the heap to what
 * the load needs and, with its default free ratios, keeps most of it: after a minute at 64
 * connections and 30 s idle the server stayed at 3 times its resident memory at start, the heap
 * alone holding 380 MiB committed for a live set of 40-55 MiB (docs/benchmarks.md, "Memory when
 * idle, measured by part"). Tighter free ratios all the time would make G1 shrink and grow the
 * heap again under load; so the heap is made lean only on the first quiet spell after load,
 * once, and the JVM's own ratios are back before the next request needs them.
 *
 * <p>Quiet is told by the bytes the JVM's threads allocated since the last look: a server at
 * work allocates hundreds of MiB a second, an idle one a few MiB a minute. This needs no hook in
 * the HTTP path and counts every kind of work (commands, reads, the read models, backups).
 */
public final class IdleMemory {
    private final Jvm jvm;
    private final long busyBytes;
    private long allocatedAtLastLook;
    private boolean givenBack;

    /** What this needs of the JVM: {@link HotSpotMemory} in the server, a fake in tests. */
    public interface Jvm {
        /** Bytes allocated on the heap by all threads since the JVM started, or -1 unknown. */
        long allocatedBytes();

        /** Collects, returning free heap to the system, and trims the C heap. */
        void giveBack();
    }

    /** {@code busyBytes}: allocated between two looks, at least this much counts as work. */
    public IdleMemory(Jvm jvm, long busyBytes) {
        this.jvm = jvm;
        this.busyBytes = busyBytes;
        // Start-up is work too: the first quiet look after it gives back what it left.
        this.allocatedAtLastLook = jvm.allocatedBytes();
    }

    /**
     * One look, every few seconds: gives memory back when the server was quiet since the last
     * look and has worked since it last gave back. Whether it gave back.
     */
    public synchronized boolean look() {
        long allocated = jvm.allocatedBytes();
        if (allocated < 0) {
            return false;
        }
        long since = allocated - allocatedAtLastLook;
        allocatedAtLastLook = allocated;
        if (since >= busyBytes) {
            givenBack = false;
            return false;
        }
        if (givenBack) {
            return false;
        }
        givenBack = true;
        jvm.giveBack();
        // What the collection allocated itself is not work.
        allocatedAtLastLook = jvm.allocatedBytes();
        return true;
    }
}

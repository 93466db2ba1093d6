package tally.query.engine.keyed;

/**
 * The state of one key of a {@link KeyedProjection} (a product, a location) while a batch is
 * folded into it, and as its {@link StateCache} keeps it between batches.
 */
public interface KeyedState<S extends KeyedState<S>> {

    /** A state to fold the next batch into, leaving this cached one as it is. */
    S toFold();

    /** Whether the batch changed it: only those are written and described. */
    boolean changed();

    /** What to cache once the batch's transaction has committed. */
    S committed();

    /**
     * A copy to hold in memory for the queries once the batch has committed
     * ({@link CommittedRows}), built before the commit: read from other threads, it must never
     * change afterwards. Only asked of read models whose table gives {@code selectAll}.
     */
    default S held() {
        return committed();
    }
}

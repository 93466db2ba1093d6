package tally.query.engine.keyed;

/**
 * The one table of a {@link KeyedProjection}, one row per key, and the statements the
 * projection runs on it: {@code selectByKey} takes the key as its one parameter and answers
 * that key's row, if any; {@code mergeWhole} writes one state's row whole; {@code selectAll},
 * when given, answers every row with the columns of {@code selectByKey} and then the key, so
 * that the projection keeps all its rows in memory for the queries ({@link CommittedRows}).
 */
public record KeyedTable(String name, String selectByKey, String mergeWhole, String selectAll) {

    /** A table whose rows are not held in memory: its queries read the database. */
    public KeyedTable(String name, String selectByKey, String mergeWhole) {
        this(name, selectByKey, mergeWhole, null);
    }
}

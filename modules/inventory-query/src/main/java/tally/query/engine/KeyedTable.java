package tally.query.engine;

/**
 * The one table of a {@link KeyedProjection}, one row per key, and the two statements the
 * projection runs on it: {@code selectByKey} takes the key as its one parameter and answers
 * that key's row, if any; {@code mergeWhole} writes one state's row whole.
 */
public record KeyedTable(String name, String selectByKey, String mergeWhole) {
}

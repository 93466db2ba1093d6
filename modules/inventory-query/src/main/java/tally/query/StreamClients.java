package tally.query;

/**
 * A stream that clients keep open (the read models' live stream, the raw log's): how many are
 * connected now, for the server's metrics, which know the streams only by this face.
 */
public interface StreamClients {

    /** The stream's path, e.g. {@code /api/stream}. */
    String path();

    /** Clients connected now. */
    int connected();
}

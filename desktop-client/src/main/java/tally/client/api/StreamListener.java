package tally.client.api;

/** Hears one {@code GET /api/stream}: its messages in order, then its end, once. */
public interface StreamListener {

    void message(StreamMessage message);

    /** The stream has ended: cause is null when the client closed it itself. */
    void closed(Throwable cause);
}

package tally.query.engine;

import tally.events.StoredEvent;

/** A projection could not apply one event of a batch; {@code index} is its place in the batch. */
public final class EventFailed extends RuntimeException {
    private final int index;
    private final transient StoredEvent event;

    public EventFailed(int index, StoredEvent event, Throwable cause) {
        super("position " + event.position() + " (" + event.type() + "): " + messageOf(cause),
                cause);
        this.index = index;
        this.event = event;
    }

    public int index() {
        return index;
    }

    public StoredEvent event() {
        return event;
    }

    /** What went wrong in a few words: the message, or the exception's name when it has none. */
    public static String messageOf(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}

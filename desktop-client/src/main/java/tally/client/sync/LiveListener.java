package tally.client.sync;

/** A screen that follows the {@link Connection}: told always on the UI thread, in order. */
@FunctionalInterface
public interface LiveListener {

    void heard(LiveUpdate update);
}

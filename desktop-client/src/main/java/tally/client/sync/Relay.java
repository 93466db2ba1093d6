package tally.client.sync;

import java.util.List;
import tally.client.api.Answers.ActivityItem;
import tally.client.api.Answers.LocationContents;
import tally.client.api.Answers.Projection;
import tally.client.api.Answers.StockDetail;
import tally.client.api.StreamListener;

/** Carries one stream's messages, from the api's reader thread, to the listeners on the UI. */
final class Relay implements StreamListener {
    private final Connection connection;
    private final int generation;
    private final Inbox inbox;
    private final List<LiveListener> listeners;

    Relay(Connection connection, int generation, Inbox inbox, List<LiveListener> listeners) {
        this.connection = connection;
        this.generation = generation;
        this.inbox = inbox;
        this.listeners = listeners;
    }

    @Override
    public void stock(long id, StockDetail stock) {
        deliver(id, () -> listeners.forEach(l -> l.stock(id, stock)));
    }

    @Override
    public void location(long id, LocationContents contents) {
        deliver(id, () -> listeners.forEach(l -> l.location(id, contents)));
    }

    @Override
    public void activity(long id, ActivityItem item) {
        deliver(id, () -> listeners.forEach(l -> l.activity(id, item)));
    }

    @Override
    public void projection(long id, Projection projection) {
        deliver(projection.headPosition(),
                () -> listeners.forEach(l -> l.projection(id, projection)));
    }

    @Override
    public void reset(long id) {
        connection.reset(generation);
    }

    @Override
    public void closed(Throwable cause) {
        if (cause != null) {
            connection.failed(generation, cause);
        }
    }

    private void deliver(long position, Runnable task) {
        connection.served(generation);
        inbox.post(generation, connection::current, () -> {
            connection.heard(position);
            task.run();
        });
    }
}

package tally.query.bins;

import tally.events.LocationEvent;
import tally.events.LocationEvent.LocationChanged;
import tally.events.LocationEvent.LocationDefined;
import tally.events.LocationEvent.LocationRetired;
import tally.query.bins.BinAnswers.BinLine;
import tally.query.bins.BinAnswers.BinView;
import tally.query.engine.keyed.KeyedState;

/**
 * One bin of the {@code bins} read model while a batch is folded: small enough to copy whole,
 * so a batch folds into a copy and the cached state changes only once it has committed.
 */
final class BinState implements KeyedState<BinState> {
    final String location;
    String name;
    String zone;
    Integer capacity;
    boolean retired;
    long version;
    private boolean changed;

    BinState(String location) {
        this.location = location;
    }

    private BinState(BinState from) {
        this.location = from.location;
        this.name = from.name;
        this.zone = from.zone;
        this.capacity = from.capacity;
        this.retired = from.retired;
        this.version = from.version;
    }

    @Override
    public BinState toFold() {
        return new BinState(this);
    }

    @Override
    public boolean changed() {
        return changed;
    }

    @Override
    public BinState committed() {
        return new BinState(this);
    }

    void on(LocationEvent event, long streamVersion) {
        switch (event) {
            case LocationDefined d -> describe(d.name(), d.zone(), d.capacity(), false);
            case LocationChanged c -> describe(c.name(), c.zone(), c.capacity(), retired);
            case LocationRetired _ -> retired = true;
        }
        version = streamVersion;
        changed = true;
    }

    BinLine asLine() {
        return new BinLine(location, name, zone, capacity, retired, version);
    }

    BinView asView(long position) {
        return new BinView(position, location, name, zone, capacity, retired, version);
    }

    private void describe(String name, String zone, Integer capacity, boolean retired) {
        this.name = name;
        this.zone = zone;
        this.capacity = capacity;
        this.retired = retired;
    }
}

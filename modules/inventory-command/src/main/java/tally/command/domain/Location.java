package tally.command.domain;

import java.util.List;
import tally.command.domain.LocationCommand.ChangeLocation;
import tally.command.domain.LocationCommand.DefineLocation;
import tally.command.domain.LocationCommand.RetireLocation;
import tally.command.domain.Refusal.LocationAlreadyDefined;
import tally.command.domain.Refusal.LocationNotEmpty;
import tally.command.domain.Refusal.UnknownLocation;
import tally.events.LocationEvent;
import tally.events.LocationEvent.LocationChanged;
import tally.events.LocationEvent.LocationDefined;
import tally.events.LocationEvent.LocationRetired;
import tally.events.StoredEvent;

/**
 * One bin of the register: defined, changed, retired, and defined again if it comes back. It is
 * kept by the {@link BinRegister}, which knows what the bin holds (the products' events tell
 * that, not the bin's stream), so retiring is decided with that figure in hand.
 */
public final class Location implements Aggregate {
    private final String code;
    private boolean defined;
    private boolean retired;
    private long version;

    public Location(String code) {
        this.code = code;
    }

    /** The bin as its stream tells it. */
    public static Location replay(String code, List<LocationEvent> history) {
        var location = new Location(code);
        history.forEach(location::on);
        return location;
    }

    /**
     * Decides a command: the event it records, already applied. Throws a {@link Refusal} and
     * changes nothing when the rules say no.
     *
     * @param unitsHeld the units that lie in this bin now, reserved ones among them
     */
    public List<LocationEvent> decide(LocationCommand command, long unitsHeld) {
        if (!command.location().equals(code)) {
            throw new IllegalArgumentException(command + " is not for bin " + code);
        }
        LocationEvent event = switch (command) {
            case DefineLocation c -> {
                if (inUse()) {
                    throw new LocationAlreadyDefined(code);
                }
                yield new LocationDefined(code, c.name(), c.zone(), c.capacity());
            }
            case ChangeLocation c -> {
                requireInUse();
                yield new LocationChanged(code, c.name(), c.zone(), c.capacity());
            }
            case RetireLocation _ -> {
                requireInUse();
                if (unitsHeld > 0) {
                    throw new LocationNotEmpty(code, unitsHeld);
                }
                yield new LocationRetired(code);
            }
        };
        on(event);
        return List.of(event);
    }

    /** In the register and not retired: stock may go there in a strict register. */
    public boolean inUse() {
        return defined && !retired;
    }

    public boolean retired() {
        return retired;
    }

    public String code() {
        return code;
    }

    @Override
    public String stream() {
        return StoredEvent.streamOfLocation(code);
    }

    @Override
    public long version() {
        return version;
    }

    void on(LocationEvent event) {
        switch (event) {
            case LocationDefined _ -> {
                defined = true;
                retired = false;
            }
            case LocationChanged _ -> {
                // name, zone and capacity decide nothing on the write side
            }
            case LocationRetired _ -> retired = true;
        }
        version++;
    }

    private void requireInUse() {
        if (!inUse()) {
            throw new UnknownLocation(code, retired);
        }
    }
}

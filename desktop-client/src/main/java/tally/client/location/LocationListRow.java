package tally.client.location;

import tally.client.api.WireShapes.LocationLine;
import tally.client.sync.Write;

/** One location of the list; {@code write} is this console's last command there, if any. */
public record LocationListRow(String location, long skus, long units, Write write) {

    static LocationListRow of(LocationLine summary, Write write) {
        return new LocationListRow(summary.location(), summary.skus(), summary.units(), write);
    }

    LocationListRow with(Write newWrite) {
        return new LocationListRow(location, skus, units, newWrite);
    }

    public String stateText() {
        return write == null ? "" : write.describe();
    }
}

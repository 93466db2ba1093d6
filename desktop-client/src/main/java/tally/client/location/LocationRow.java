package tally.client.location;

import tally.client.api.Answers.LocationSummary;
import tally.client.sync.Write;

/** One location of the list; {@code write} is this console's last command there, if any. */
public record LocationRow(String location, long skus, long units, Write write) {

    static LocationRow of(LocationSummary summary, Write write) {
        return new LocationRow(summary.location(), summary.skus(), summary.units(), write);
    }

    LocationRow with(Write newWrite) {
        return new LocationRow(location, skus, units, newWrite);
    }

    public String stateText() {
        return write == null ? "" : write.describe();
    }
}

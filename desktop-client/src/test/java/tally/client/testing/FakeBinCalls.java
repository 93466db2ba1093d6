package tally.client.testing;

import java.util.Map;
import java.util.TreeMap;
import tally.client.api.WireShapes.BinLine;
import tally.client.api.WireShapes.BinList;
import tally.client.api.WireShapes.CommandResult;

/**
 * The fake server's register of bins: defined by {@code define-location}, listed by
 * {@code GET /api/bins}, in code order; a layer of calls as the stream and session calls are.
 */
abstract class FakeBinCalls extends FakeStreamCalls {
    private final Map<String, BinLine> bins = new TreeMap<>();
    private long binPosition;

    /** A bin in the register from the start, as if defined before the test. */
    public synchronized void defineBin(String location) {
        bins.put(location, new BinLine(location, null, null, null, false, 1));
    }

    synchronized CommandResult defineBin(Map<String, Object> body) {
        String location = (String) body.get("location");
        if (bins.containsKey(location)) {
            throw FakeWarehouse.problem(422, "location-already-defined", "bin " + location
                    + " is already in the register");
        }
        Object capacity = body.get("capacity");
        bins.put(location, new BinLine(location, (String) body.get("name"),
                (String) body.get("zone"), capacity == null ? null
                : ((Number) capacity).intValue(), false, 1));
        Object id = body.get("commandId");
        return new CommandResult(id == null ? "generated" : id.toString(), "location-" + location,
                1, ++binPosition);
    }

    @Override
    public synchronized BinList bins() {
        reachable();
        return new BinList(binPosition, java.util.List.copyOf(bins.values()));
    }
}

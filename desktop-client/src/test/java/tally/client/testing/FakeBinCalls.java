package tally.client.testing;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import tally.client.api.WireShapes.BinLine;
import tally.client.api.WireShapes.BinList;
import tally.client.api.WireShapes.CommandResult;

/**
 * The fake server's register of bins: defined, changed and retired by the bins' commands,
 * listed by {@code GET /api/bins} in code order; a layer of calls as the stream and session
 * calls are.
 */
abstract class FakeBinCalls extends FakeStreamCalls {
    private final Map<String, BinLine> bins = new TreeMap<>();
    private long binPosition;

    /** A bin in the register from the start, as if defined before the test. */
    public synchronized void defineBin(String location) {
        bins.put(location, new BinLine(location, null, null, null, false, 1));
    }

    private CommandResult defineBin(Map<String, Object> body) {
        String location = (String) body.get("location");
        if (bins.containsKey(location) && !bins.get(location).retired()) {
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

    /**
     * {@code define-location}, {@code change-location} or {@code retire-location}; a bin that
     * holds units ({@code contents} of its code) is not retired, as on the server.
     */
    synchronized CommandResult binCommand(String command, Map<String, Object> body,
                                          Function<String, Map<String, Long>> contents) {
        if (command.equals("define-location")) {
            return defineBin(body);
        }
        String location = (String) body.get("location");
        BinLine was = bins.get(location);
        if (was == null || was.retired()) {
            throw FakeWarehouse.problem(422, "unknown-location", "bin " + location
                    + " is not in the register");
        }
        if (command.equals("retire-location")) {
            long units = contents.apply(location).values().stream().mapToLong(Long::longValue)
                    .sum();
            FakeWarehouse.require(units == 0, "location-not-empty", "bin " + location
                    + " still holds " + units + " units: move or count them out before"
                    + " retiring it");
            bins.put(location, new BinLine(location, was.name(), was.zone(), was.capacity(),
                    true, was.version() + 1));
        } else {
            Object capacity = body.get("capacity");
            bins.put(location, new BinLine(location, (String) body.get("name"),
                    (String) body.get("zone"), capacity == null ? null
                    : ((Number) capacity).intValue(), false, was.version() + 1));
        }
        Object id = body.get("commandId");
        return new CommandResult(id == null ? "generated" : id.toString(), "location-" + location,
                bins.get(location).version(), ++binPosition);
    }

    @Override
    public synchronized BinList bins() {
        reachable();
        return new BinList(binPosition, java.util.List.copyOf(bins.values()));
    }
}

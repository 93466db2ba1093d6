package tally.client.command;

import java.util.HashSet;
import java.util.Set;
import tally.client.api.TallyApi;
import tally.client.api.WireShapes.BinLine;
import tally.client.api.WireShapes.LocationLine;
import tally.client.ui.UiExecutor;

/**
 * Which bins the form may send stock to without asking: those the register holds (retired
 * ones aside), those that have held stock, and those the operator said yes to once. On an open
 * site any code is taken, so a mistyped {@code a-1} beside {@code A-1} would silently become a
 * new bin: the form asks once before using a bin never used before. The read models answer
 * "never used"; the server (strict or not) has the last word.
 */
final class NewBins {
    private final TallyApi api;
    private final UiExecutor ui;
    /** Known used, or confirmed by the operator: asked about no more this session. */
    private final Set<String> cleared = new HashSet<>();

    NewBins(TallyApi api, UiExecutor ui) {
        this.api = api;
        this.ui = ui;
    }

    /**
     * Looks the bin up off the FX thread, then on it: {@code send} when it is in use (or the
     * lookup failed: the server judges), else {@code ask}; either way it is cleared, so the
     * operator's next send goes ahead.
     */
    void check(String location, Runnable send, Runnable ask) {
        ui.call(() -> used(location), used -> {
            clear(location);
            (used ? send : ask).run();
        }, e -> {
            clear(location);
            send.run();
        });
    }

    /** Whether the form may send to this bin without looking it up. Any thread. */
    synchronized boolean cleared(String location) {
        return cleared.contains(location);
    }

    /** The operator was asked once about this bin: the next send goes ahead. */
    synchronized void clear(String location) {
        cleared.add(location);
    }

    /**
     * Looks the bin up in the register and in the locations that have held stock; blocks on
     * HTTP, so call it off the FX thread. A bin found is cleared for the session.
     */
    private boolean used(String location) {
        boolean found = api.bins().items().stream().filter(b -> !b.retired())
                .map(BinLine::location).anyMatch(location::equals)
                || api.locations().items().stream().map(LocationLine::location)
                .anyMatch(location::equals);
        if (found) {
            clear(location);
        }
        return found;
    }
}

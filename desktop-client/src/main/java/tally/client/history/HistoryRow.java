package tally.client.history;

import java.util.stream.Collectors;
import tally.client.api.WireShapes.HistoryItem;
import tally.client.api.WireShapes.LocationQuantity;
import tally.client.ui.LocalTimes;
import tally.client.ui.Who;

/** One line of a product's history as the console shows it: local time, who, what, after. */
public record HistoryRow(long position, String time, String who, String what, String after) {
    static HistoryRow of(HistoryItem item, LocalTimes times) {
        return new HistoryRow(item.position(), times.shown(item.occurredAt()),
                Who.shown(item.user()), item.summary(), after(item));
    }

    /** "A-01 7 (2 reserved) · B-02 3", or "nothing anywhere". */
    static String after(HistoryItem item) {
        if (item.locations().isEmpty()) {
            return "nothing anywhere";
        }
        return item.locations().stream().map(HistoryRow::figures)
                .collect(Collectors.joining(" · "));
    }

    private static String figures(LocationQuantity l) {
        return l.location() + " " + l.quantity()
                + (l.reserved() == 0 ? "" : " (" + l.reserved() + " reserved)");
    }
}

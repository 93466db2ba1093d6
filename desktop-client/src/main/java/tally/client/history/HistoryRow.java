package tally.client.history;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;
import tally.client.api.WireShapes.HistoryItem;
import tally.client.api.WireShapes.LocationQuantity;
import tally.client.ui.Who;

/** One line of a product's history as the console shows it: local time, who, what, after. */
public record HistoryRow(long position, String time, String who, String what, String after) {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern(
            "yyyy-MM-dd HH:mm:ss");

    static HistoryRow of(HistoryItem item, ZoneId zone) {
        return new HistoryRow(item.position(), localTime(item.occurredAt(), zone),
                Who.shown(item.user()), item.summary(), after(item));
    }

    /** The server answers UTC; the operator reads the clock on the wall. */
    static String localTime(String occurredAt, ZoneId zone) {
        try {
            return LOCAL.format(Instant.parse(occurredAt).atZone(zone));
        } catch (DateTimeParseException e) {
            return occurredAt;
        }
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

package tally.query.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The shape of {@code GET /api/stock/{sku}/history} (docs/api.md, "Why is this number so"). */
final class HistoryAnswers {
    private HistoryAnswers() {
    }

    /**
     * @param earlier how many older events (of those the filter keeps) were left out by
     *                {@code limit}: the items are the newest ones, so a long stream stays cheap
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ProductHistory(long position, String sku, int earlier, List<HistoryItem> items) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record HistoryItem(long position, String type, String occurredAt, String user, String summary,
                       List<LocationFigures> locations) {
    }

    /** One location's figures as they stood after an event. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record LocationFigures(String location, long quantity, long reserved) {
    }
}

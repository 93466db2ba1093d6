package tally.query.log;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/** The shape of {@code GET /api/events} (docs/api.md, "Queries"): the raw log, page by page. */
final class EventLogAnswers {
    private EventLogAnswers() {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record EventList(long headPosition, List<EventItem> items) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record EventItem(long position, String stream, long version, String type, String occurredAt,
                     String commandId, String user, Map<String, Object> data) {
    }
}

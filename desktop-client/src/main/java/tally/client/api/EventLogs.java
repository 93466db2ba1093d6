package tally.client.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import tally.client.api.WireShapes.EventLog;
import tally.client.api.WireShapes.LogEvent;

/** {@code GET /api/events} read as a tree: each event's {@code data} is kept as its JSON text. */
final class EventLogs {
    private EventLogs() {
    }

    static EventLog of(JsonNode node) {
        var items = new ArrayList<LogEvent>();
        for (JsonNode e : node.path("items")) {
            items.add(new LogEvent(e.path("position").asLong(), e.path("stream").asText(),
                    e.path("version").asLong(), e.path("type").asText(),
                    e.path("occurredAt").asText(), e.path("commandId").asText(null),
                    e.path("user").asText(null), e.path("data").toString()));
        }
        return new EventLog(node.path("headPosition").asLong(), items);
    }
}

package tally.client.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import tally.client.api.StreamMessage.ActivityAdded;
import tally.client.api.StreamMessage.LocationChanged;
import tally.client.api.StreamMessage.OrderChanged;
import tally.client.api.StreamMessage.ProjectionChanged;
import tally.client.api.StreamMessage.Reset;
import tally.client.api.StreamMessage.StockChanged;
import tally.client.api.WireShapes.ActivityItem;
import tally.client.api.WireShapes.LocationContents;
import tally.client.api.WireShapes.OrderDetail;
import tally.client.api.WireShapes.ProjectionStatus;
import tally.client.api.WireShapes.StockDetail;

/**
 * Turns the lines of a {@code text/event-stream} into {@link StreamMessage}s, as the
 * WHATWG rules have it: fields {@code id}, {@code event}, {@code data} (lines joined by a line
 * feed), comments start with a colon, a blank line ends a message.
 */
final class SseParser {
    private final ObjectMapper json;
    private final StreamListener listener;
    private final StringBuilder data = new StringBuilder();
    private String event = "";
    private long id = -1;

    SseParser(ObjectMapper json, StreamListener listener) {
        this.json = json;
        this.listener = listener;
    }

    void line(String line) throws IOException {
        if (line.isEmpty()) {
            dispatch();
            return;
        }
        if (line.startsWith(":")) {
            return;
        }
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        switch (field) {
            case "event" -> event = value;
            case "data" -> data.append(data.length() == 0 ? "" : "\n").append(value);
            case "id" -> id = parseId(value);
            default -> { }
        }
    }

    private void dispatch() throws IOException {
        String kind = event;
        String text = data.toString();
        event = "";
        data.setLength(0);
        switch (kind) {
            case "stock" -> tell(new StockChanged(id, json.readValue(text, StockDetail.class)));
            case "location" -> tell(new LocationChanged(id,
                    json.readValue(text, LocationContents.class)));
            case "activity" -> tell(new ActivityAdded(id,
                    json.readValue(text, ActivityItem.class)));
            case "order" -> tell(new OrderChanged(id, json.readValue(text, OrderDetail.class)));
            case "projection" -> tell(new ProjectionChanged(id,
                    json.readValue(text, ProjectionStatus.class)));
            case "reset" -> tell(new Reset(id));
            default -> { } // a kind added to the server after this console: skipped
        }
    }

    private void tell(StreamMessage message) {
        listener.message(message);
    }

    private long parseId(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return id;
        }
    }
}

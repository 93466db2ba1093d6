package tally.client.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import tally.client.api.WireShapes.ActivityItem;
import tally.client.api.WireShapes.LocationContents;
import tally.client.api.WireShapes.ProjectionStatus;
import tally.client.api.WireShapes.StockDetail;

/**
 * Turns the lines of a {@code text/event-stream} into listener calls, one per message, as the
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
            case "stock" -> listener.stock(id, json.readValue(text, StockDetail.class));
            case "location" -> listener.location(id, json.readValue(text, LocationContents.class));
            case "activity" -> listener.activity(id, json.readValue(text, ActivityItem.class));
            case "projection" -> listener.projection(id, json.readValue(text, ProjectionStatus.class));
            case "reset" -> listener.reset(id);
            default -> { }
        }
    }

    private long parseId(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return id;
        }
    }
}

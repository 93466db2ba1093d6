package tally.eventstore.h2;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import tally.events.InventoryEvent;

/**
 * Turns events into the log's {@code type} and {@code data} columns and back. The type is the
 * record's simple name; the table of names is read off the sealed interface, so a new event
 * record is stored without anyone remembering to register it.
 */
final class EventCodec {
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    // A reader per type, looked up once: reading the log back is mostly this.
    private final Map<String, ObjectReader> readers = Arrays
            .stream(InventoryEvent.class.getPermittedSubclasses())
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, json::readerFor));

    static String typeOf(InventoryEvent event) {
        return event.getClass().getSimpleName();
    }

    String toJson(InventoryEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event, e);
        }
    }

    InventoryEvent fromJson(String type, String data) {
        ObjectReader reader = readers.get(type);
        if (reader == null) {
            throw new IllegalStateException("unknown event type " + type);
        }
        try {
            return reader.readValue(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read " + type + " " + data, e);
        }
    }
}

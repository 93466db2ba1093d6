package tally.eventstore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import tally.events.InventoryEvent;

/**
 * Turns events into the log's {@code type} and {@code data} columns and back. The type is the
 * record's simple name; the table of names is read off the sealed interface, so a new event
 * record is stored without anyone remembering to register it.
 */
public final class EventCodec {
    private static final Map<String, Class<?>> TYPES = Arrays
            .stream(InventoryEvent.class.getPermittedSubclasses())
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    public static String typeOf(InventoryEvent event) {
        return event.getClass().getSimpleName();
    }

    public String toJson(InventoryEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event, e);
        }
    }

    public InventoryEvent fromJson(String type, String data) {
        Class<?> cls = TYPES.get(type);
        if (cls == null) {
            throw new IllegalStateException("unknown event type " + type);
        }
        try {
            return (InventoryEvent) json.readValue(data, cls);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read " + type + " " + data, e);
        }
    }
}

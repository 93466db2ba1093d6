package tally.eventstore.h2;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tally.events.TallyEvent;

/**
 * Turns events into the log's {@code type} and {@code data} columns and back. The type is the
 * record's simple name; the table of names is read off the sealed families of {@link TallyEvent},
 * so a new event record is stored without anyone remembering to register it.
 */
final class EventCodec {
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    // A reader per type, looked up once: reading the log back is mostly this.
    private final Map<String, ObjectReader> readers = Arrays
            .stream(TallyEvent.class.getPermittedSubclasses())
            .flatMap(family -> Stream.of(family.getPermittedSubclasses()))
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, json::readerFor));

    static String typeOf(TallyEvent event) {
        return event.getClass().getSimpleName();
    }

    String toJson(TallyEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event, e);
        }
    }

    TallyEvent fromJson(String type, String data) {
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

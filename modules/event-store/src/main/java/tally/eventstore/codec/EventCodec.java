package tally.eventstore.codec;

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
 * Turns events into the log's {@code type} and {@code data} columns and back, for both engines:
 * one codec is what makes a log copied from H2 to PostgreSQL (or back) read the same. The type is
 * the record's simple name; the table of names is read off the sealed families of
 * {@link TallyEvent}, so a new event record is stored without anyone remembering to register it.
 * Public only because Java has no visibility for sibling packages; nothing outside the event
 * store may use it (the server's ModuleArrowsTest: no module uses the store's inner packages).
 */
public final class EventCodec {
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    // A reader per type, looked up once: reading the log back is mostly this.
    private final Map<String, ObjectReader> readers = Arrays
            .stream(TallyEvent.class.getPermittedSubclasses())
            .flatMap(family -> Stream.of(family.getPermittedSubclasses()))
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, json::readerFor));

    public static String typeOf(TallyEvent event) {
        return event.getClass().getSimpleName();
    }

    public String toJson(TallyEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event, e);
        }
    }

    public TallyEvent fromJson(String type, String data) {
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

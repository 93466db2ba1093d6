package tally.eventstore.postgres;

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
 * The log's {@code type} and {@code data} columns, written exactly as the H2 engine writes them
 * (the record's simple name, Jackson's JSON of the record), so a log copied from one engine to
 * the other reads the same. A twin of the H2 engine's codec rather than a shared class, since an
 * engine may not use another engine's internals (EventStoreLayersTest).
 */
final class EventJson {
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
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

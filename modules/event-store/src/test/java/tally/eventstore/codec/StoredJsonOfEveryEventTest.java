package tally.eventstore.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tally.events.TallyEvent;
import tally.eventstore.h2.SampleEvents;

/**
 * Pins the stored form of every event type, as both engines write it: {@code stored-json.txt}
 * holds, a line a type, the type column and the JSON of {@link SampleEvents#sampleOf} for it.
 * A log written before must read back the same, so a record whose shape changed (a renamed or
 * dropped component) fails here, and a new event type fails until its line is added: its shape
 * is then fixed for good (a new shape is a new record or an upcaster, STYLE).
 */
class StoredJsonOfEveryEventTest {
    private final EventCodec codec = new EventCodec();

    @Test
    void every_event_type_is_written_as_its_pinned_json() throws IOException {
        Map<String, String> pinned = pinnedLines();
        for (var type : SampleEvents.types()) {
            TallyEvent sample = SampleEvents.sampleOf(type, "KEY-1", 7);

            assertThat(EventCodec.typeOf(sample) + " " + codec.toJson(sample))
                    .as("the stored form of " + type.getSimpleName() + " (a new type: add its line)")
                    .isEqualTo(type.getSimpleName() + " " + pinned.get(type.getSimpleName()));
        }
        assertThat(pinned).hasSameSizeAs(SampleEvents.types());
    }

    @Test
    void every_pinned_line_reads_back_as_the_event_it_was_written_from() throws IOException {
        for (var type : SampleEvents.types()) {
            String json = pinnedLines().get(type.getSimpleName());

            assertThat(codec.fromJson(type.getSimpleName(), json)).as(json)
                    .isEqualTo(SampleEvents.sampleOf(type, "KEY-1", 7));
        }
    }

    private static Map<String, String> pinnedLines() throws IOException {
        var lines = new LinkedHashMap<String, String>();
        try (InputStream in = StoredJsonOfEveryEventTest.class
                .getResourceAsStream("stored-json.txt")) {
            assertThat(in).as("stored-json.txt beside this test").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    int space = line.indexOf(' ');
                    lines.put(line.substring(0, space), line.substring(space + 1));
                }
            }
        }
        return lines;
    }
}

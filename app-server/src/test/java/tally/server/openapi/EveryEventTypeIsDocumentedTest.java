package tally.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tally.events.TallyEvent;
import tally.eventstore.AppendRequest;
import tally.eventstore.EventStore;
import tally.eventstore.ExpectedVersion;
import tally.eventstore.h2.SampleEvents;

/**
 * One event of every type of both families in the log, read back through {@code /api/events}:
 * {@link CheckedHttp} holds the answer to the document, so an event type without its schema
 * there (or with a wrong one) fails here. The samples are written straight into the log; what
 * the read models or the allocation make of them does not matter to the raw log.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryEventTypeIsDocumentedTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Inject
    EventStore store;

    @Override
    public Map<String, String> getProperties() {
        return OwnServer.properties("tally-event-types");
    }

    @Test
    void the_raw_log_of_every_event_type_matches_the_document() {
        int seed = 1;
        for (Class<? extends TallyEvent> type : SampleEvents.types()) {
            TallyEvent event = SampleEvents.sampleOf(type, "S-" + seed, seed++);
            store.append(new AppendRequest(event.stream(), ExpectedVersion.ANY, null, "tester",
                    null, List.of(event))).join();
        }
        var http = new CheckedHttp(server.getURI());

        var answer = http.get("/api/events?after=0&limit=1000");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(DocumentedOperationsTest.json(answer).get("items"))
                .extracting(e -> e.get("type").asText())
                .containsAll(SampleEvents.types().stream().map(Class::getSimpleName).toList());
    }
}

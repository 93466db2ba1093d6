package tally.eventstore.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tally.events.InventoryEvent;
import tally.events.LocationEvent;
import tally.events.OrderEvent;
import tally.events.StoredEvent;
import tally.eventstore.AppendRequest;
import tally.eventstore.ExpectedVersion;
import tally.eventstore.h2.SampleEvents;
import tally.eventstore.h2.TestStores;

/** Every event type goes into the log and comes back out of a reopened log as it went in. */
@ParameterizedClass(name = "{0}")
@EnumSource(Engine.class)
class EveryEventInTheLogTest {
    private final TestLog log;

    EveryEventInTheLogTest(Engine engine) {
        this.log = engine.freshLog();
    }

    @AfterEach
    void delete() {
        log.delete();
    }

    @Test
    void every_permitted_event_type_survives_the_log_with_its_envelope() {
        List<InventoryEvent> samples = SampleEvents.oneOfEach("SKU-9");
        String stream = StoredEvent.streamOf("SKU-9");
        try (var store = log.open()) {
            TestStores.append(store, samples.toArray(InventoryEvent[]::new));
        }
        try (var store = log.open()) {
            List<StoredEvent> read = store.readStream(stream);

            assertThat(read).extracting(StoredEvent::event).containsExactlyElementsOf(samples);
            assertThat(read).extracting(StoredEvent::type).containsExactlyElementsOf(
                    samples.stream().map(e -> e.getClass().getSimpleName()).toList());
            assertThat(read).extracting(StoredEvent::version).startsWith(1L, 2L);
        }
    }

    @Test
    void every_order_event_type_survives_the_log_in_its_orders_stream() {
        List<OrderEvent> samples = SampleEvents.oneOfEachOrderEvent("SO-9");
        try (var store = log.open()) {
            store.appendAndWait(new AppendRequest(samples.getFirst().stream(),
                    ExpectedVersion.ANY, null, null, null, List.copyOf(samples)));
        }
        try (var store = log.open()) {
            List<StoredEvent> read = store.readStream("order-SO-9");

            assertThat(read).extracting(StoredEvent::event).containsExactlyElementsOf(samples);
        }
    }

    @Test
    void a_bins_events_survive_the_log_in_its_location_stream_even_without_name_or_capacity() {
        List<LocationEvent> samples = List.of(
                new LocationEvent.LocationDefined("A-1", "Aisle A, first bin", "A", 40),
                new LocationEvent.LocationChanged("A-1", null, null, null),
                new LocationEvent.LocationRetired("A-1"));
        try (var store = log.open()) {
            store.appendAndWait(new AppendRequest("location-A-1",
                    ExpectedVersion.ANY, null, null, null, List.copyOf(samples)));
        }
        try (var store = log.open()) {
            assertThat(store.readStream("location-A-1")).extracting(StoredEvent::event)
                    .containsExactlyElementsOf(samples);
        }
    }
}

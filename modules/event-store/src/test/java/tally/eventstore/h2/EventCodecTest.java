package tally.eventstore.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.events.InventoryEvent;
import tally.events.InventoryEvent.StockReceived;
import tally.events.LocationEvent;
import tally.events.OrderEvent;
import tally.events.StoredEvent;
import tally.events.TallyEvent;

class EventCodecTest {
    private final EventCodec codec = new EventCodec();

    @Test
    void every_permitted_event_type_survives_a_json_round_trip() {
        var types = SampleEvents.types();
        assertThat(types).hasSize(InventoryEvent.class.getPermittedSubclasses().length
                + OrderEvent.class.getPermittedSubclasses().length
                + LocationEvent.class.getPermittedSubclasses().length).isNotEmpty();
        for (var type : types) {
            TallyEvent sample = SampleEvents.sampleOf(type, "KEY-1", 7);
            String json = codec.toJson(sample);

            TallyEvent back = codec.fromJson(EventCodec.typeOf(sample), json);

            assertThat(back).as(type.getSimpleName() + " from " + json).isEqualTo(sample)
                    .isInstanceOf(type);
        }
    }

    @Test
    void every_permitted_event_type_survives_the_log_with_its_envelope(@TempDir Path dir) {
        List<InventoryEvent> samples = SampleEvents.oneOfEach("SKU-9");
        String stream = StoredEvent.streamOf("SKU-9");
        try (var store = TestStores.openIn(dir)) {
            TestStores.append(store, samples.toArray(InventoryEvent[]::new));
        }
        try (var store = TestStores.openIn(dir)) {
            List<StoredEvent> read = store.readStream(stream);

            assertThat(read).extracting(StoredEvent::event).containsExactlyElementsOf(samples);
            assertThat(read).extracting(StoredEvent::type).containsExactlyElementsOf(
                    samples.stream().map(e -> e.getClass().getSimpleName()).toList());
            assertThat(read).extracting(StoredEvent::version).startsWith(1L, 2L);
        }
    }

    @Test
    void every_order_event_type_survives_the_log_in_its_orders_stream(@TempDir Path dir) {
        List<OrderEvent> samples = SampleEvents.oneOfEachOrderEvent("SO-9");
        try (var store = TestStores.openIn(dir)) {
            store.appendAndWait(new tally.eventstore.AppendRequest(samples.getFirst().stream(),
                    tally.eventstore.ExpectedVersion.ANY, null, null, null, List.copyOf(samples)));
        }
        try (var store = TestStores.openIn(dir)) {
            List<StoredEvent> read = store.readStream("order-SO-9");

            assertThat(read).extracting(StoredEvent::event).containsExactlyElementsOf(samples);
        }
    }

    @Test
    void a_bins_events_survive_the_log_in_its_location_stream_even_without_name_or_capacity(
            @TempDir Path dir) {
        List<LocationEvent> samples = List.of(
                new LocationEvent.LocationDefined("A-1", "Aisle A, first bin", "A", 40),
                new LocationEvent.LocationChanged("A-1", null, null, null),
                new LocationEvent.LocationRetired("A-1"));
        try (var store = TestStores.openIn(dir)) {
            store.appendAndWait(new tally.eventstore.AppendRequest("location-A-1",
                    tally.eventstore.ExpectedVersion.ANY, null, null, null, List.copyOf(samples)));
        }
        try (var store = TestStores.openIn(dir)) {
            assertThat(store.readStream("location-A-1")).extracting(StoredEvent::event)
                    .containsExactlyElementsOf(samples);
        }
    }

    @Test
    void the_type_is_the_records_simple_name_and_the_json_names_its_components() {
        var e = new StockReceived("SKU-1", "A-01", 5, "PO-7");

        assertThat(EventCodec.typeOf(e)).isEqualTo("StockReceived");
        assertThat(codec.toJson(e)).isEqualTo(
                "{\"sku\":\"SKU-1\",\"location\":\"A-01\",\"quantity\":5,\"reference\":\"PO-7\"}");
    }

    @Test
    void an_unknown_type_is_refused() {
        assertThatThrownBy(() -> codec.fromJson("StockStolen", "{\"sku\":\"S\"}"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("StockStolen");
    }

    @Test
    void a_field_the_record_does_not_have_is_refused_rather_than_dropped() {
        assertThatThrownBy(() -> codec.fromJson("StockReceived",
                "{\"sku\":\"S\",\"location\":\"L\",\"quantity\":1,\"reference\":null,\"x\":1}"))
                .isInstanceOf(IllegalStateException.class);
    }
}

package tally.eventstore.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tally.events.InventoryEvent;
import tally.events.InventoryEvent.StockReceived;
import tally.events.LocationEvent;
import tally.events.OrderEvent;
import tally.events.TallyEvent;
import tally.eventstore.h2.SampleEvents;

/** The codec both engines write and read the log's {@code type} and {@code data} with. */
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

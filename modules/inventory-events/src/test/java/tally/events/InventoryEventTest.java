package tally.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tally.events.InventoryEvent.StockReceived;

class InventoryEventTest {

    @Test
    void every_event_is_an_immutable_record_named_in_the_past_tense_that_starts_with_its_sku() {
        Class<?>[] types = InventoryEvent.class.getPermittedSubclasses();

        assertThat(types).hasSizeGreaterThanOrEqualTo(5);
        for (Class<?> type : types) {
            assertThat(type.isRecord()).as(type + " is a record").isTrue();
            assertThat(Modifier.isFinal(type.getModifiers())).isTrue();
            assertThat(type.getSimpleName()).as("past tense").endsWith("ed");
            assertThat(type.getRecordComponents()[0].getName()).as(type + " first component")
                    .isEqualTo("sku");
        }
    }

    @Test
    void every_order_event_is_an_immutable_record_in_the_past_tense_that_starts_with_its_order() {
        Class<?>[] types = OrderEvent.class.getPermittedSubclasses();

        assertThat(types).hasSizeGreaterThanOrEqualTo(4);
        for (Class<?> type : types) {
            assertThat(type.isRecord()).as(type + " is a record").isTrue();
            assertThat(type.getSimpleName()).as("past tense").endsWith("ed");
            assertThat(type.getRecordComponents()[0].getName()).as(type + " first component")
                    .isEqualTo("orderId");
        }
    }

    @Test
    void every_location_event_is_an_immutable_record_in_the_past_tense_that_starts_with_its_code() {
        Class<?>[] types = LocationEvent.class.getPermittedSubclasses();

        assertThat(types).hasSize(3);
        for (Class<?> type : types) {
            assertThat(type.isRecord()).as(type + " is a record").isTrue();
            assertThat(type.getSimpleName()).as("past tense").endsWith("ed");
            assertThat(type.getRecordComponents()[0].getName()).as(type + " first component")
                    .isEqualTo("location");
        }
    }

    @Test
    void a_bins_stream_is_named_after_its_code() {
        assertThat(new LocationEvent.LocationRetired("A-01").stream()).isEqualTo("location-A-01");
        assertThat(StoredEvent.streamOfLocation("A-01")).isEqualTo("location-A-01");
    }

    @Test
    void a_products_stream_is_named_after_its_sku_and_an_orders_after_its_id() {
        assertThat(StoredEvent.streamOf("SKU-1")).isEqualTo("product-SKU-1");
        assertThat(new StockReceived("SKU-1", "A-1", 1, null).stream()).isEqualTo("product-SKU-1");
        assertThat(new OrderEvent.OrderShipped("SO-1").stream()).isEqualTo("order-SO-1");
    }

    @Test
    void an_order_keeps_its_lines_as_placed_and_they_cannot_be_changed_afterwards() {
        var lines = new java.util.ArrayList<>(List.of(new OrderEvent.OrderLine("SKU-1", 2)));
        var placed = new OrderEvent.OrderPlaced("SO-1", null, lines);
        lines.clear();

        assertThat(placed.lines()).containsExactly(new OrderEvent.OrderLine("SKU-1", 2));
        assertThatThrownBy(() -> placed.lines().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void an_envelope_needs_its_stream_type_time_and_event_but_not_a_command_id_or_user() {
        var event = new StockReceived("SKU-1", "A-1", 3, null);
        var stored = new StoredEvent(7, "product-SKU-1", 2, "StockReceived", Instant.EPOCH, null,
                null, event);

        assertThat(stored.commandId()).isNull();
        assertThat(stored.user()).isNull();
        assertThat(stored.event().stream()).isEqualTo("product-SKU-1");
        assertThatThrownBy(() -> new StoredEvent(7, null, 2, "StockReceived", Instant.EPOCH,
                null, null, event)).isInstanceOf(NullPointerException.class).hasMessage("stream");
        assertThatThrownBy(() -> new StoredEvent(7, "s", 2, "StockReceived", Instant.EPOCH,
                null, null, null)).isInstanceOf(NullPointerException.class).hasMessage("event");
    }
}

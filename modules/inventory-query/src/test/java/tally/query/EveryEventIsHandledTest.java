package tally.query;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tally.events.InventoryEvent;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.StockReceived;
import tally.events.LocationEvent;
import tally.events.OrderEvent;
import tally.events.OrderEvent.OrderAllocated;
import tally.events.OrderEvent.OrderLine;
import tally.events.OrderEvent.OrderPlaced;
import tally.events.TallyEvent;
import tally.eventstore.h2.SampleEvents;
import tally.query.engine.Projection;
import tally.query.testing.EveryProjection;
import tally.query.testing.Log;
import tally.query.testing.ViewsDatabase;

/**
 * The projections' switches over the events have no {@code default}, so the compiler names an
 * event a projection forgets; this test also runs it: every event record of both families
 * (built by {@link SampleEvents}), through every projection there is (found on the class path,
 * so a new read model is included unasked), after what must precede it in a valid log.
 */
class EveryEventIsHandledTest {
    private final ViewsDatabase db = new ViewsDatabase();

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    static Stream<Arguments> everyProjectionAndEvent() {
        return EveryProjection.fresh().stream().flatMap(p -> SampleEvents.types().stream()
                .map(type -> Arguments.of(p, type)));
    }

    @ParameterizedTest(name = "{0} handles {1}")
    @MethodSource("everyProjectionAndEvent")
    void every_projection_handles_every_kind_of_event(Projection projection,
                                                      Class<? extends TallyEvent> type) {
        TallyEvent sample = SampleEvents.sampleOf(type,
                OrderEvent.class.isAssignableFrom(type) ? "SO-1" : "L", 1);
        Log log = Log.of(before(sample).toArray(TallyEvent[]::new)).add(sample);

        assertThatCode(() -> db.transactor().inTransaction(c -> projection.apply(c, log.all(), true)))
                .doesNotThrowAnyException();
    }

    /** The products and the order a sample event speaks of, registered and placed first. */
    private static List<TallyEvent> before(TallyEvent sample) {
        var events = new ArrayList<TallyEvent>();
        switch (sample) {
            case OrderPlaced p -> p.lines().forEach(l -> events.addAll(stocked(l.sku())));
            case OrderAllocated a -> {
                a.lines().forEach(l -> events.addAll(stocked(l.sku())));
                events.add(new OrderPlaced(a.orderId(), null, a.lines().stream().map(l ->
                        new OrderLine(l.sku(), l.reserved() + l.backordered())).toList()));
            }
            case OrderEvent e -> {
                events.addAll(stocked("L"));
                events.add(new OrderPlaced(e.orderId(), null, List.of(new OrderLine("L", 1))));
            }
            case LocationEvent _ -> {
                // a bin's events need nothing before them: a change or retirement of a bin the
                // read model never saw defined is still folded
            }
            case InventoryEvent e -> {
                events.addAll(stocked(e.sku()));
                String orderId = orderIdOf(e);
                if (orderId != null) {
                    events.add(new OrderPlaced(orderId, "Ada", List.of(new OrderLine(e.sku(),
                            1000))));
                }
            }
        }
        return events;
    }

    private static List<TallyEvent> stocked(String sku) {
        return List.of(new ProductRegistered(sku, "Sample", 1),
                new StockReceived(sku, "L", 1000, null));
    }

    /** The order a product's event is for, read by reflection so new ones need no case here. */
    private static String orderIdOf(InventoryEvent e) {
        for (var component : e.getClass().getRecordComponents()) {
            if (component.getName().equals("orderId")) {
                try {
                    return (String) component.getAccessor().invoke(e);
                } catch (ReflectiveOperationException failure) {
                    throw new IllegalStateException(failure);
                }
            }
        }
        return null;
    }
}

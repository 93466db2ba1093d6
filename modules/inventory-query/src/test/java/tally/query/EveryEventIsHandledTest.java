package tally.query;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tally.events.InventoryEvent;
import tally.events.InventoryEvent.ProductRegistered;
import tally.query.engine.Projection;
import tally.query.testing.EveryProjection;
import tally.query.testing.Log;
import tally.query.testing.ViewsDatabase;

/**
 * The projections' switches over the events have no {@code default}, so the compiler names an
 * event a projection forgets; this test also runs it: every permitted subclass, through every
 * projection there is (found on the class path, so a new read model is included unasked).
 */
class EveryEventIsHandledTest {
    private final ViewsDatabase db = new ViewsDatabase();

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    static Stream<Arguments> everyProjectionAndEvent() {
        return EveryProjection.fresh().stream().flatMap(p -> Stream.of(InventoryEvent.class
                .getPermittedSubclasses()).map(type -> Arguments.of(p, type)));
    }

    @ParameterizedTest(name = "{0} handles {1}")
    @MethodSource("everyProjectionAndEvent")
    void every_projection_handles_every_kind_of_event(Projection projection, Class<?> type) {
        InventoryEvent sample = sampleOf(type);
        Log log = Log.of(new ProductRegistered(sample.sku(), "Sample", 1),
                new InventoryEvent.StockReceived(sample.sku(), "L", 100, null)).add(sample);

        assertThatCode(() -> db.transactor().inTransaction(c -> projection.apply(c, log.all(), true)))
                .doesNotThrowAnyException();
    }

    /** A record of the given type with every string "L" (sku and locations) and every int 1. */
    private static InventoryEvent sampleOf(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = types[i] == int.class ? (Object) 1 : types[i] == long.class ? (Object) 1L
                    : components[i].getName().equals("to") ? "M" : "L";
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            return (InventoryEvent) constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a sample " + type, e);
        }
    }
}

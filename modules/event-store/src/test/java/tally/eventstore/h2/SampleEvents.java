package tally.eventstore.h2;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import tally.events.InventoryEvent;
import tally.events.OrderEvent;
import tally.events.TallyEvent;

/**
 * Sample events built by reflection from the record components of every event record of both
 * families of {@link TallyEvent}, so a test over "every event" cannot forget a new one. Public for
 * other modules' tests (e.g. "every projection handles every event"), through the test-jar.
 */
public final class SampleEvents {
    private SampleEvents() {
    }

    /** Every event record of both families. */
    public static List<Class<? extends TallyEvent>> types() {
        var types = new ArrayList<Class<? extends TallyEvent>>();
        for (Class<?> family : TallyEvent.class.getPermittedSubclasses()) {
            for (Class<?> c : family.getPermittedSubclasses()) {
                types.add(c.asSubclass(TallyEvent.class));
            }
        }
        return types;
    }

    /** One product event of each type, all for {@code sku}. */
    public static List<InventoryEvent> oneOfEach(String sku) {
        var events = new ArrayList<InventoryEvent>();
        int seed = 1;
        for (Class<?> type : InventoryEvent.class.getPermittedSubclasses()) {
            events.add(sampleOf(type.asSubclass(InventoryEvent.class), sku, seed++));
        }
        return events;
    }

    /** One order event of each type, all for {@code orderId}. */
    public static List<OrderEvent> oneOfEachOrderEvent(String orderId) {
        var events = new ArrayList<OrderEvent>();
        int seed = 1;
        for (Class<?> type : OrderEvent.class.getPermittedSubclasses()) {
            events.add(sampleOf(type.asSubclass(OrderEvent.class), orderId, seed++));
        }
        return events;
    }

    /**
     * An event of {@code type} whose first component (its sku or order id) is {@code key}; every
     * other component gets a value derived from its name and {@code seed}, so two components never
     * share a value by accident.
     */
    public static <E extends TallyEvent> E sampleOf(Class<E> type, String key, int seed) {
        return build(type, key, seed);
    }

    private static <R> R build(Class<R> type, String key, int seed) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type + " is not a record");
        }
        RecordComponent[] components = type.getRecordComponents();
        var types = new Class<?>[components.length];
        var values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = i == 0 && key != null ? key : valueFor(components[i], seed * 100 + i + 1);
        }
        try {
            Constructor<R> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a sample " + type.getSimpleName(), e);
        }
    }

    private static Object valueFor(RecordComponent component, int n) {
        Class<?> t = component.getType();
        if (t == String.class && component.getName().equals("barcode")) {
            return String.format("%014d", n); // a barcode is written as 14 digits
        }
        if (t == String.class) {
            return component.getName() + "-" + n;
        }
        if (t == int.class || t == Integer.class) {
            return n;
        }
        if (t == long.class || t == Long.class) {
            return (long) n;
        }
        if (t == boolean.class || t == Boolean.class) {
            return n % 2 == 0;
        }
        if (t == List.class) {
            // A list of records, e.g. an order's lines: two of them, told apart by their values.
            var element = (Class<?>) ((ParameterizedType) component.getGenericType())
                    .getActualTypeArguments()[0];
            return List.of(build(element, null, n), build(element, null, n + 50));
        }
        throw new IllegalStateException("SampleEvents cannot build a " + t.getName() + " for "
                + component + ": teach valueFor that type");
    }
}

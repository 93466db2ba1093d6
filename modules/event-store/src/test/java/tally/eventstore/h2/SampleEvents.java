package tally.eventstore.h2;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import tally.events.InventoryEvent;

/**
 * Sample events built by reflection from the record components of every permitted subclass of
 * {@link InventoryEvent}, so a test over "every event" cannot forget a new one. Public for other
 * modules' tests (e.g. "every projection handles every event"), through the test-jar.
 */
public final class SampleEvents {
    private SampleEvents() {
    }

    /** Every permitted event type. */
    public static List<Class<? extends InventoryEvent>> types() {
        var types = new ArrayList<Class<? extends InventoryEvent>>();
        for (Class<?> c : InventoryEvent.class.getPermittedSubclasses()) {
            types.add(c.asSubclass(InventoryEvent.class));
        }
        return types;
    }

    /** One event of each permitted type, all for {@code sku}. */
    public static List<InventoryEvent> oneOfEach(String sku) {
        var events = new ArrayList<InventoryEvent>();
        int seed = 1;
        for (Class<? extends InventoryEvent> type : types()) {
            events.add(sampleOf(type, sku, seed++));
        }
        return events;
    }

    /**
     * An event of {@code type} for {@code sku}; every other component gets a value derived from
     * its name and {@code seed}, so two components never share a value by accident.
     */
    public static <E extends InventoryEvent> E sampleOf(Class<E> type, String sku, int seed) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type + " is not a record");
        }
        RecordComponent[] components = type.getRecordComponents();
        var types = new Class<?>[components.length];
        var values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = components[i].getName().equals("sku") ? sku
                    : valueFor(components[i], seed * 100 + i + 1);
        }
        try {
            Constructor<E> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a sample " + type.getSimpleName(), e);
        }
    }

    private static Object valueFor(RecordComponent component, int n) {
        Class<?> t = component.getType();
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
        throw new IllegalStateException("SampleEvents cannot build a " + t.getName() + " for "
                + component + ": teach valueFor that type");
    }
}

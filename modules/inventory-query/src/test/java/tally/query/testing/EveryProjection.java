package tally.query.testing;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.core.annotation.Order;
import java.lang.reflect.Constructor;
import java.util.Comparator;
import java.util.List;
import tally.query.engine.Projection;

/**
 * Every read model's projection in the main code, found on the class path as the server finds
 * its beans: tests that go through them all take in a new read model without being told, and
 * the engine's tests need not import the read-model packages.
 */
public final class EveryProjection {
    private static final List<Class<?>> TYPES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("tally.query").stream()
            .filter(c -> c.isAssignableTo(Projection.class) && !c.isInterface()
                    && !c.getModifiers().contains(JavaModifier.ABSTRACT))
            .<Class<?>>map(JavaClass::reflect)
            .sorted(Comparator.comparingInt(t -> t.getAnnotation(Order.class).value()))
            .toList();

    private EveryProjection() {
    }

    /** A new instance of each, in the server's order. */
    public static List<Projection> fresh() {
        return TYPES.stream().map(EveryProjection::instanceOf).toList();
    }

    /** A new instance of the projection of read model {@code name}. */
    public static Projection named(String name) {
        return fresh().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no read model " + name));
    }

    private static Projection instanceOf(Class<?> type) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return (Projection) constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + type, e);
        }
    }
}

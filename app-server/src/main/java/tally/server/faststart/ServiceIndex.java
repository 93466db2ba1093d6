package tally.server.faststart;

import io.micronaut.core.io.service.SoftServiceLoader;
import io.micronaut.core.io.service.SoftServiceLoader.StaticDefinition;
import io.micronaut.core.io.service.SoftServiceLoader.StaticServiceLoader;
import io.micronaut.core.optim.StaticOptimizations;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Micronaut's services (its bean definitions among them) read straight from tally.jar's table of
 * contents. Micronaut would find them by opening the jar as a zip file system, building its own
 * index of all 21,700 entries, several times over at start-up. Used only when tally.jar is the
 * whole class path (as with {@code java -jar}), so that no other entry can add a service;
 * otherwise Micronaut scans as usual. Public because Micronaut loads it as a service.
 */
public final class ServiceIndex
        implements StaticOptimizations.Loader<SoftServiceLoader.Optimizations> {
    private static final String SERVICES = "META-INF/services/";
    private static final String MICRONAUT = "META-INF/micronaut/";

    @Override
    public SoftServiceLoader.Optimizations load() {
        Optional<Path> jar = thisJar();
        if (jar.isPresent()) {
            try {
                return optimizations(read(jar.get()), ServiceIndex.class.getClassLoader());
            } catch (IOException e) {
                // Micronaut's own scan will say what is wrong with the jar
            }
        }
        return new SoftServiceLoader.Optimizations(Map.of());
    }

    /**
     * A loader for each service listed, and for any other service one that finds none: asked
     * about a service the index lacks, Micronaut would scan the jar after all.
     */
    static SoftServiceLoader.Optimizations optimizations(Map<String, List<String>> index,
                                                         ClassLoader classLoader) {
        StaticServiceLoader<Object> none = condition -> Stream.empty();
        var loaders = new HashMap<String, StaticServiceLoader<?>>() {
            @Override
            public StaticServiceLoader<?> get(Object service) {
                return getOrDefault(service, none);
            }

            @Override
            public boolean containsKey(Object service) {
                return true;
            }
        };
        index.forEach((service, names) -> loaders.put(service, listed(names, classLoader)));
        return new SoftServiceLoader.Optimizations(loaders);
    }

    /** The jar this class came from, when it is the whole class path. */
    static Optional<Path> thisJar() {
        String classPath = System.getProperty("java.class.path", "");
        try {
            Path jar = Path.of(ServiceIndex.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
            if (classPath.contains(File.pathSeparator) || !Files.isRegularFile(jar)
                    || !Files.isSameFile(jar, Path.of(classPath))) {
                return Optional.empty();
            }
            return Optional.of(jar);
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * What the jar lists: the lines of each META-INF/services/NAME (without comments), and the
     * file names in each META-INF/micronaut/NAME/, in the jar's order.
     */
    record Listing(Map<String, Collection<String>> standard, Map<String, List<String>> micronaut) {
        /** Each service's classes in the order Micronaut's scan offers them: standard first. */
        Map<String, List<String>> all() {
            var all = new HashMap<String, List<String>>();
            standard.forEach((service, names) -> all.put(service, new ArrayList<>(names)));
            micronaut.forEach((service, names) ->
                    all.computeIfAbsent(service, k -> new ArrayList<>()).addAll(names));
            return all;
        }
    }

    static Map<String, List<String>> read(Path jar) throws IOException {
        return list(jar).all();
    }

    static Listing list(Path jar) throws IOException {
        var standard = new LinkedHashMap<String, Collection<String>>();
        var micronaut = new LinkedHashMap<String, List<String>>();
        try (var zip = new ZipFile(jar.toFile())) {
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory()) {
                    continue;
                }
                if (name.startsWith(SERVICES) && name.indexOf('/', SERVICES.length()) < 0) {
                    standard.put(name.substring(SERVICES.length()), lines(zip, entry));
                } else if (name.startsWith(MICRONAUT)) {
                    String[] parts = name.substring(MICRONAUT.length()).split("/");
                    if (parts.length == 2) {
                        micronaut.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts[1]);
                    }
                }
            }
        }
        return new Listing(standard, micronaut);
    }

    /** As Micronaut reads a services file: a set, so in its order, not the file's. */
    private static Collection<String> lines(ZipFile zip, ZipEntry entry) throws IOException {
        var names = new HashSet<String>();
        try (var in = new BufferedReader(new InputStreamReader(zip.getInputStream(entry),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                int comment = line.indexOf('#');
                names.add(comment > 0 ? line.substring(0, comment) : line);
            }
        }
        return names;
    }

    static StaticServiceLoader<Object> listed(List<String> names, ClassLoader loader) {
        return condition -> instances(names, loader, condition);
    }

    /**
     * New instances, as Micronaut's scan makes them: a class that is missing, not public or
     * without a public constructor is left out; any other failure is the service's own and is
     * thrown. By reflection, not as Micronaut by a method handle per class: each of those is a
     * new method type, and their hundreds kept the compiler busy at start-up.
     */
    @SuppressWarnings("unchecked")
    private static <S> Stream<StaticDefinition<S>> instances(List<String> names,
                                                             ClassLoader classLoader,
                                                             Predicate<String> condition) {
        var found = new ArrayList<StaticDefinition<S>>(names.size());
        for (String name : names) {
            if (!condition.test(name)) {
                continue;
            }
            try {
                Class<?> type = Class.forName(name, false, classLoader);
                if (!Modifier.isPublic(type.getModifiers())) {
                    continue;
                }
                S instance = (S) type.getConstructor().newInstance();
                found.add(StaticDefinition.of(name, () -> instance));
            } catch (NoClassDefFoundError | ClassNotFoundException | NoSuchMethodException
                     | IllegalAccessException e) {
                // as Micronaut does: a service whose classes are not all here is not offered
            } catch (InvocationTargetException e) {
                if (!(e.getCause() instanceof NoClassDefFoundError)) {
                    throw new IllegalStateException("cannot create the service " + name,
                            e.getCause());
                }
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                throw new IllegalStateException("cannot create the service " + name, e);
            }
        }
        return found.stream();
    }
}

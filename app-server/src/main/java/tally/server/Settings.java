package tally.server;

import io.micronaut.context.env.PropertiesPropertySourceLoader;
import io.micronaut.context.env.yaml.YamlPropertySourceLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tally.eventstore.Durability;
import tally.server.faststart.HeapLimit;

/**
 * The server's settings: the built-in defaults (tally-defaults.yml, see faststart.DefaultSettings),
 * overridden by a settings file, overridden by flags. Flags and the file use the same keys, e.g.
 * {@code tally.data}.
 */
final class Settings {
    static final String DATA = "tally.data";
    static final String PORT = "micronaut.server.port";
    static final String HOST = "micronaut.server.host";
    static final String LOCATIONS = "tally.locations";
    static final String DURABILITY = "tally.durability";
    static final String MAX_HEAP = "tally.max-heap";

    private Settings() {
    }

    /** The properties to start the server with, flags over the file. */
    static Map<String, Object> of(LaunchOptions options) {
        var settings = new HashMap<String, Object>();
        // A demo keeps its sample warehouse apart from a site's real stock.
        settings.put(DATA, options.mode() == LaunchOptions.Mode.DEMO ? "tally-demo" : "tally-data");
        settings.put(PORT, 8080);
        // A demo shows the register at work: its sample bins are defined, others refused.
        settings.put(LOCATIONS, options.mode() == LaunchOptions.Mode.DEMO ? "strict" : "open");
        settings.put(HOST, "127.0.0.1");
        options.config().ifPresent(file -> settings.putAll(readFile(file)));
        options.data().ifPresent(d -> settings.put(DATA, d.toString()));
        options.host().ifPresent(h -> settings.put(HOST, h));
        options.port().ifPresent(p -> settings.put(PORT, p));
        options.tlsKeystore().ifPresent(k -> settings.put(TlsSettings.KEYSTORE, k.toString()));
        options.locations().ifPresent(l -> settings.put(LOCATIONS, l));
        options.store().ifPresent(url -> settings.put(StoreSettings.URL, url));
        StoreSettings.check(settings.get(StoreSettings.URL));
        // Checked here, so that a settings file's typo stops the start-up with the setting named
        // rather than failing the first command.
        String locations = String.valueOf(settings.get(LOCATIONS)).strip()
                .toLowerCase(java.util.Locale.ROOT);
        if (!locations.equals("strict") && !locations.equals("open")) {
            throw new IllegalArgumentException("tally.locations must be strict or open, not '"
                    + settings.get(LOCATIONS) + "'");
        }
        settings.put(LOCATIONS, locations);
        if (settings.containsKey(DURABILITY)) { // as above: named at start, not at the first write
            Durability.parse(String.valueOf(settings.get(DURABILITY)));
        }
        if (settings.containsKey(MAX_HEAP)) { // read by the launcher; a typo is named here
            HeapLimit.parse(String.valueOf(settings.get(MAX_HEAP)), MAX_HEAP);
        }
        // Micronaut picks a free port for -1; docs/api.md says 0 does that.
        if ("0".equals(String.valueOf(settings.get(PORT)))) {
            settings.put(PORT, -1);
        }
        settings.put(DATA, Path.of(String.valueOf(settings.get(DATA))).toAbsolutePath()
                .normalize().toString());
        return settings;
    }

    /**
     * The server JVM's heap limit: {@code --max-heap}, else {@code tally.max-heap} in the settings
     * file, else the default. Read by the launcher before the server's JVM exists, so from the
     * file alone rather than from Micronaut's environment.
     */
    static HeapLimit heapLimit(LaunchOptions options, List<String> args) {
        if (args.contains("--max-heap")) {
            return options.maxHeap();
        }
        Object fromFile = options.config().map(Settings::readFile).map(f -> f.get(MAX_HEAP))
                .orElse(null);
        return fromFile == null ? HeapLimit.DEFAULT
                : HeapLimit.parse(String.valueOf(fromFile), MAX_HEAP);
    }

    static Path dataFolder(Map<String, Object> settings) {
        return Path.of(String.valueOf(settings.get(DATA)));
    }

    /** A settings file's keys; {@code copy-log} reads its credentials from one too. */
    static Map<String, Object> readFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("settings file " + file.toAbsolutePath()
                    + " does not exist");
        }
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            if (name.endsWith(".properties")) {
                return new PropertiesPropertySourceLoader().read(name, in);
            }
            if (name.endsWith(".yml") || name.endsWith(".yaml")) {
                return new YamlPropertySourceLoader().read(name, in);
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read settings file "
                    + file.toAbsolutePath() + ": " + e.getMessage());
        }
        throw new IllegalArgumentException("settings file must end in .yml, .yaml or"
                + " .properties: " + file);
    }
}

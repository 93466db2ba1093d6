package tally.eventstore.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tally.eventstore.Durability;

/**
 * What the benchmark runs, from {@code key=value} arguments or {@code -Dbench.key=value}
 * (arguments win): {@code seconds} per measured run (5), {@code warmup} seconds before each
 * (2), {@code jit} seconds of 64 writers before the first, for the JIT (10),
 * {@code writers} (1,8,64), {@code modes} (default,fsync), {@code events} to read back
 * (1000000; 0 skips), {@code dir} for the files (the system temp folder). An empty list of
 * writers or modes skips the append runs. {@code pg} (a {@code jdbc:postgresql://} URL, its
 * user and password in it or in {@code PGUSER}/{@code PGPASSWORD}) measures that PostgreSQL log
 * instead of H2, through {@code nodes} stores at once (1,2): the log keeps what they append.
 */
record BenchSettings(double seconds, double warmup, double jit, List<Integer> writers,
                     List<Durability> modes, int events, String dir, String pg,
                     List<Integer> nodes) {

    static BenchSettings from(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("expected key=value, not " + arg);
            }
            given.put(kv[0], kv[1]);
        }
        return new BenchSettings(
                Double.parseDouble(value(given, "seconds", "5")),
                Double.parseDouble(value(given, "warmup", "2")),
                Double.parseDouble(value(given, "jit", "10")),
                Arrays.stream(value(given, "writers", "1,8,64").split(","))
                        .map(String::trim).filter(w -> !w.isEmpty()).map(Integer::valueOf).toList(),
                Arrays.stream(value(given, "modes", "default,fsync").split(","))
                        .map(String::trim).filter(m -> !m.isEmpty()).map(Durability::parse)
                        .toList(),
                Integer.parseInt(value(given, "events", "1000000")),
                value(given, "dir", System.getProperty("java.io.tmpdir")),
                value(given, "pg", ""),
                Arrays.stream(value(given, "nodes", "1,2").split(","))
                        .map(String::trim).filter(n -> !n.isEmpty()).map(Integer::valueOf).toList());
    }

    private static String value(Map<String, String> given, String key, String fallback) {
        String v = given.get(key);
        return v != null ? v : System.getProperty("bench." + key, fallback);
    }

    static String label(Durability d) {
        return d.name().toLowerCase(Locale.ROOT);
    }
}

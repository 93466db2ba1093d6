package tally.eventstore.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tally.eventstore.Durability;
import tally.eventstore.EventStoreOptions;
import tally.eventstore.h2.H2EventStore;

/**
 * Appends/s and append latency for 1, 8 and 64 writers in each durability mode, then events/s
 * reading a million events back. Run from the project root:
 * {@code ./mvnw -B -ntp -q -pl modules/event-store -am test-compile exec:java@benchmark}
 * (shorter: {@code -Dbench.seconds=1 -Dbench.events=200000}; see {@link BenchSettings}).
 * With {@code -Dbench.pg=jdbc:postgresql://...} the appends go to that PostgreSQL log instead
 * ({@link PostgresAppends}), through one store and through two at once.
 */
public final class EventStoreBenchmark {
    private EventStoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.from(args);
        System.out.printf("Event store benchmark: %d cores, Java %s, %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                settings);
        var rows = new ArrayList<List<String>>();
        rows.add(List.of("mode", "writers", "appends/s", "p50", "p99", "max",
                "writer CPU/append", "store CPU/append", "process CPU/append"));
        if (!settings.pg().isBlank()) {
            PostgresAppends.measure(settings, rows);
            Table.print(rows);
            return;
        }
        boolean coldCode = true;
        for (Durability mode : settings.modes()) {
            measureAppends(settings, mode, rows, coldCode);
            coldCode = false;
        }
        Table.print(rows);
        if (settings.events() > 0) {
            measureReadBack(settings);
        }
        // exec:java leaves non-daemon threads of the build alone; ours are all stopped.
    }

    private static void measureAppends(BenchSettings settings, Durability mode,
                                       List<List<String>> rows, boolean coldCode)
            throws Exception {
        Path dir = Files.createTempDirectory(Path.of(settings.dir()), "tally-bench-");
        try (var store = H2EventStore.open(EventStoreOptions.in(dir).withDurability(mode))) {
            var load = new AppendLoad(store);
            if (coldCode) {
                // On two cores the JIT takes many seconds to compile H2's write path, and a
                // server pays that once; measuring it would measure the compiler.
                load.run(64, settings.jit());
            }
            for (int writers : settings.writers()) {
                load.run(writers, settings.warmup());
                var outcome = load.run(writers, settings.seconds());
                rows.add(AppendLoad.row(BenchSettings.label(mode), writers, outcome));
                System.out.printf("  %s, %d writers: %,.0f appends/s%n",
                        BenchSettings.label(mode), writers, outcome.perSecond());
            }
        } finally {
            delete(dir);
        }
    }

    private static void measureReadBack(BenchSettings settings) throws Exception {
        Path dir = Files.createTempDirectory(Path.of(settings.dir()), "tally-bench-read-");
        try (var store = H2EventStore.open(EventStoreOptions.in(dir))) {
            var f = ReadBack.run(store, settings.events());
            System.out.printf("Wrote %,d events (100 per append, pipelined) in %.1f s: %,.0f"
                    + " events/s%n", f.written(), f.writeSeconds(), f.written() / f.writeSeconds());
            printPass("first pass (cold code)", f.first());
            printPass("second pass", f.second());
        } finally {
            delete(dir);
        }
    }

    private static void printPass(String label, ReadBack.Pass p) {
        System.out.printf("Read them back with readAll pages of 1000, %s: %.1f s, %,.0f"
                + " events/s (%.1f us of CPU per event)%n", label, p.seconds(),
                p.read() / p.seconds(), p.cpu() * 1e6 / p.read());
    }

    private static void delete(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

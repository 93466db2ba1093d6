package tally.eventstore.bench;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import tally.eventstore.EventStore;
import tally.eventstore.postgres.PostgresEventStore;
import tally.eventstore.postgres.PostgresOptions;

/**
 * The append runs on a PostgreSQL log: for each number of nodes, that many stores open on the
 * same database in this JVM (each with its own writer, as separate nodes have), the writers
 * spread over them. Nodes in one JVM share its CPU, as nodes on one small machine would.
 */
final class PostgresAppends {
    private PostgresAppends() {
    }

    /** Node-to-node lag, under 8 writers' load on every node and then with the log quiet. */
    private static void printLag(AppendLoad load, List<EventStore> nodes, BenchSettings settings)
            throws Exception {
        var background = new Thread(() -> {
            try {
                load.run(8 * nodes.size(), settings.seconds());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "lag-load");
        background.start();
        Histogram busy = NodeLag.measure(nodes.get(0), nodes.get(1), 300);
        background.join();
        Histogram quiet = NodeLag.measure(nodes.get(0), nodes.get(1), 300);
        for (var run : List.of(List.of("under load", busy), List.of("quiet", quiet))) {
            Histogram h = (Histogram) run.get(1);
            System.out.printf("  node-to-node lag (answer on one node to the other's doorbell),"
                    + " %s: p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d samples)%n", run.get(0),
                    h.getValueAtPercentile(50) / 1e6, h.getValueAtPercentile(99) / 1e6,
                    h.getMaxValue() / 1e6, h.getTotalCount());
        }
    }

    static void measure(BenchSettings settings, List<List<String>> rows) throws Exception {
        var options = PostgresOptions.of(settings.pg(), System.getenv("PGUSER"),
                System.getenv("PGPASSWORD"));
        boolean coldCode = true;
        for (int n : settings.nodes()) {
            var nodes = new ArrayList<EventStore>();
            try {
                for (int i = 0; i < n; i++) {
                    nodes.add(PostgresEventStore.open(options));
                }
                var load = new AppendLoad(nodes);
                if (coldCode) {
                    load.run(64, settings.jit());
                    coldCode = false;
                }
                for (int writers : settings.writers()) {
                    load.run(writers, settings.warmup());
                    var outcome = load.run(writers, settings.seconds());
                    String label = "postgres, " + n + (n == 1 ? " node" : " nodes");
                    rows.add(AppendLoad.row(label, writers, outcome));
                    System.out.printf("  %s, %d writers: %,.0f appends/s%n", label, writers,
                            outcome.perSecond());
                }
                if (n > 1) {
                    printLag(load, nodes, settings);
                }
            } finally {
                nodes.forEach(EventStore::close);
            }
        }
    }
}
